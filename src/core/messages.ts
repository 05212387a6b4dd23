/**
 * Every message a user can see from a GHG.* function, in Japanese and English, in one place.
 * Messages say what was expected, so a clerk can fix the cell without opening the manual.
 */
import type { Label } from "./data/types";

const list = (choices: readonly string[], max = 12): string =>
  choices.length > max
    ? `${choices.slice(0, max).join("、")} …（他 ${choices.length - max} 件）`
    : choices.join("、");

export const messages = {
  notANumber: (param: Label, got: string): Label => ({
    ja: `${param.ja}には数値を入力してください（入力: ${got}）`,
    en: `${param.en} must be a number (got: ${got})`,
  }),
  notFinite: (param: Label): Label => ({
    ja: `${param.ja}が大きすぎるか計算できない値です`,
    en: `${param.en} is too large or not a finite number`,
  }),
  /** The one #NUM! (Excel shows no message with it: the CLI prints this, the README explains it). */
  resultOverflow: (): Label => ({
    ja: "計算結果が大きすぎて数値で表せません。入力の桁と単位（kg と t、kWh と MWh など）を確認してください",
    en: "The result is too large to be a number. Check the inputs' magnitudes and units (kg or t, kWh or MWh …)",
  }),
  negative: (param: Label, got: number): Label => ({
    ja: `${param.ja}は 0 以上の数値にしてください（入力: ${got}）`,
    en: `${param.en} must be 0 or more (got: ${got})`,
  }),
  notPositive: (param: Label, got: number): Label =>
    // Desktop Excel passes an empty cell as 0: say so, or a clerk looking at a blank cell reads "got: 0" as a bug.
    got === 0
      ? {
          ja: `${param.ja}は 0 より大きい数値にしてください（入力: 0 または空欄）`,
          en: `${param.en} must be greater than 0 (got: 0 or a blank cell)`,
        }
      : {
          ja: `${param.ja}は 0 より大きい数値にしてください（入力: ${got}）`,
          en: `${param.en} must be greater than 0 (got: ${got})`,
        },
  notAFraction: (param: Label, got: number): Label => ({
    ja: `${param.ja}は 0〜1 の割合で入力してください（30% は 0.3）（入力: ${got}）`,
    en: `${param.en} must be a share between 0 and 1 (30% is 0.3) (got: ${got})`,
  }),
  blank: (param: Label): Label => ({
    ja: `${param.ja}が空欄です。値を入力してください`,
    en: `${param.en} is blank; enter a value`,
  }),
  notAName: (param: Label, choices: readonly string[]): Label => ({
    ja: `${param.ja}は名前（文字列）で指定してください。選択肢: ${list(choices)}`,
    en: `${param.en} must be a name (text). Choices: ${list(choices)}`,
  }),
  unknownName: (param: Label, got: string, choices: readonly string[]): Label => ({
    ja: `「${got}」は${param.ja}の一覧にありません。選択肢: ${list(choices)}`,
    en: `"${got}" is not a known ${param.en}. Choices: ${list(choices)}`,
  }),
  unknownFactorSet: (got: string, sets: readonly string[]): Label => ({
    ja: `係数セット「${got}」はありません。使用できるセット: ${sets.join("、")}`,
    en: `Factor set "${got}" does not exist. Available: ${sets.join(", ")}`,
  }),
  outOfTable: (what: Label, got: string, range: string): Label => ({
    ja: `${what.ja}「${got}」は表の範囲外です（範囲: ${range}）`,
    en: `${what.en} "${got}" is outside the table (range: ${range})`,
  }),
  notInTable: (what: Label, detail: Label): Label => ({
    ja: `${what.ja}: ${detail.ja}`,
    en: `${what.en}: ${detail.en}`,
  }),
  factorRequired: (param: Label, why: Label): Label => ({
    ja: `${param.ja}を指定してください。${why.ja}`,
    en: `Specify ${param.en}. ${why.en}`,
  }),
  regionRequired: (species: string, choices: readonly string[]): Label => ({
    ja: `「${species}」の係数は都道府県によって異なります。都道府県を指定してください（例: ${list(choices, 5)}）`,
    en: `Coefficients for "${species}" depend on the prefecture; specify one (e.g. ${list(choices, 5)})`,
  }),
  unknownField: (got: string, fields: readonly string[]): Label => ({
    ja: `項目「${got}」はありません。指定できる項目: ${fields.join("、")}`,
    en: `Unknown field "${got}". Fields: ${fields.join(", ")}`,
  }),
  unknownFunction: (name: string, names: readonly string[]): Label => ({
    ja: `関数「${name}」はありません。使用できる関数: ${list(names, 30)}`,
    en: `There is no function "${name}". Functions: ${list(names, 30)}`,
  }),
  tooManyArguments: (name: string, max: number): Label => ({
    ja: `${name} の引数は最大 ${max} 個です`,
    en: `${name} takes at most ${max} arguments`,
  }),
  internal: (detail: string): Label => ({
    ja: `計算できませんでした（内部エラー: ${detail}）。入力を確認してください`,
    en: `Could not compute (internal error: ${detail}). Check the inputs`,
  }),
} as const;
