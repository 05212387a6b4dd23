/** Why a file could not be read: the problem code and the message shown for it, in Japanese and English. */
import type { Label } from "../../core/data/types";
import type { ResponseFile } from "../types";

export type Problem = Extract<ResponseFile, { ok: false }>["problem"];

export class ReadProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly label: Label
  ) {
    super(label.en);
  }
}

export function failure(fileName: string, problem: Problem, message: Label): ResponseFile {
  return { ok: false, fileName, problem, message };
}

export const MESSAGES = {
  tooLarge: (size: number, max: number): Label => ({
    ja: `ファイルが大きすぎます（${(size / 1048576).toFixed(1)} MB。上限 ${(max / 1048576).toFixed(1)} MB）。調査票のファイルか確認してください。`,
    en: `The file is too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(max / 1048576).toFixed(1)} MB). Check that it is a questionnaire file.`,
  }),
  corrupt: (): Label => ({
    // The reader's own error (English, from the zip library: "Corrupted zip?") means nothing to the clerk, in either
    // language: both say what to do instead.
    ja: "Excel ファイル（.xlsx）として読み込めませんでした。ファイルが壊れているか、別の形式（.xls、CSV、パスワード付きなど）です。",
    en: "The file could not be read as an Excel workbook (.xlsx): it is damaged or in another format (.xls, CSV, password-protected …).",
  }),
  engine: (detail: string): Label => ({
    ja: `Excel ファイルを読む部品を読み込めませんでした。ネットワークを確認して、もう一度お試しください。（${detail}）`,
    en: `The component that reads Excel files could not be loaded. Check the network and try again. (${detail})`,
  }),
  notQuestionnaire: (): Label => ({
    ja: "このアドインで作成した調査票ではありません（調査票の管理情報が見つかりません）。送付した調査票のファイルに記入してもらってください。",
    en: "This is not a questionnaire made by this add-in (its metadata sheet is missing). Ask for the answers in the questionnaire file that was sent.",
  }),
  version: (version: string): Label => ({
    ja: `この調査票の形式（版 ${version}）には対応していません。アドインを最新にしてから読み込んでください。`,
    en: `This questionnaire's format (version ${version}) is not supported. Update the add-in and read it again.`,
  }),
  damaged: (what: string): Label => ({
    ja: `調査票の管理情報が壊れています（${what}）。送付した調査票のファイルに記入し直してもらってください。`,
    en: `The questionnaire's metadata is damaged (${what}). Ask for the answers in a fresh copy of the questionnaire file.`,
  }),
};
