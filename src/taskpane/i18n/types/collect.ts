import type { AnswerStatus } from "../../../collect/types";
import type { FormQuestion, Stage } from "../../../xlsx/types";

/** 回収: reading returned surveys and what they say. */
export interface CollectStrings {
  readonly collectHelp: string;
  readonly collectPick: string;
  readonly collectDrop: string;
  readonly collectPrivacy: string;
  readonly collectReading: (done: number, total: number) => string;
  readonly collectChecking: (done: number, total: number) => string;
  readonly collectClear: string;
  readonly collectFailedTitle: string;
  readonly collectFailed: (detail: string) => string;
  readonly collectSummaryTitle: string;
  readonly summaryFiles: string;
  readonly summaryCollected: string;
  readonly summaryComplete: string;
  readonly summaryDuplicates: string;
  readonly summarySkipped: string;
  readonly duplicatesTitle: string;
  readonly duplicateOf: (fileName: string) => string;
  readonly skippedTitle: string;
  readonly respondentsTitle: string;
  readonly respondentComplete: string;
  readonly respondentProblems: (n: number) => string;
  readonly respondentNoAnswers: string;
  readonly stagePending: (stage: Stage, questions: number) => string;
  readonly noRespondentName: string;
  readonly answerStatus: Readonly<Record<Exclude<AnswerStatus, "ok">, string>>;
  readonly questionLabel: (question: FormQuestion) => string;
  readonly collectSheetsHeading: string;
  readonly writeToExcel: string;
  readonly collectWriteNote: string;
}
