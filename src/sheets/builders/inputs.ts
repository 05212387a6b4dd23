/** How an activity input is asked in a sheet: its drop-down list or numeric rule, and its Japanese input message. */
import { FACTOR_SETS, defaultFactorSet, lookupsOf } from "../../core";
import type { ActivityInput, InputKind } from "../../scenarios/types";
import type { Validation } from "../layout";
import { promptMessage, promptTitle } from "./styles";

/** Inputs that name a row of a factor set: formulas prefix them with the sheet's factor-set cell. */
const SET_QUALIFIED: ReadonlySet<InputKind> = new Set([
  "fuel",
  "rail",
  "vehicle",
  "energy-factor",
  "cfp",
]);
export const isSetQualified = (kind: InputKind): boolean => SET_QUALIFIED.has(kind);

/** Kinds whose answer is a name, not a quantity: a blank 事後 answer falls back to the 事前 one. */
export const isNameKind = (kind: InputKind): boolean => kind !== "number";

function factorSet(setId: string) {
  return FACTOR_SETS.find((set) => set.id === setId) ?? defaultFactorSet();
}

/** The drop-down choices of a kind, in the factor set's Japanese names; undefined when the answer is free. */
export function choicesOf(kind: InputKind, setId: string): readonly string[] | undefined {
  const lookups = lookupsOf(factorSet(setId));
  switch (kind) {
    case "fuel":
      return lookups.fuel.choices;
    case "rail":
      // Diesel operators are given in MJ/人・km and need a kg-CO2/MJ factor the guidebook does not list, while the
      // sheet passes its electricity factor: offering them would compute a wrong number without an error.
      return lookups.rail.rows.filter((r) => r.energy === "electricity").map((r) => r.name.ja);
    case "vehicle":
      return lookups.vehicle.choices;
    case "truck-use":
      return lookups.truckUse.choices;
    default:
      return undefined;
  }
}

/** What to type, as a hint beside the cell (also for kinds that cannot have a list). */
export function hintOf(input: ActivityInput, setId: string): string {
  const sample = input.sample === undefined ? "" : `例: ${input.sample}`;
  const choices = choicesOf(input.kind, setId);
  const extra: Partial<Record<InputKind, string>> = {
    "max-load": "最大積載量 kg（軽貨物車は「軽」）",
    "energy-factor": "係数名（東京電力・調整後排出係数 など）または数値",
    cfp: "1部当たり g-CO2、または算定例の名前",
  };
  return [sample, choices ? `選択: ${choices.join("／")}` : (extra[input.kind] ?? "")]
    .filter(Boolean)
    .join("　");
}

export function validationOf(
  input: ActivityInput,
  range: string,
  setId: string
): Validation | undefined {
  const title = promptTitle(input.item.ja);
  if (input.kind === "number") {
    return {
      range,
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title,
        message: promptMessage(`0 以上の数値を入力してください（単位: ${input.unit}）`),
      },
      error: { title: "入力できない値です", message: "0 以上の数値を入力してください。" },
    };
  }
  const choices = choicesOf(input.kind, setId);
  if (!choices) return undefined;
  return {
    range,
    rule: { kind: "list", choices },
    prompt: { title, message: promptMessage(`一覧から選んでください: ${choices.join("、")}`) },
    error: {
      title: "一覧にない値です",
      message: promptMessage(`次から選んでください: ${choices.join("、")}`),
    },
  };
}
