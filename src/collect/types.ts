/** What collecting returned questionnaires produces: per file, per answer, and a summary. */
import type { Label } from "../core/data/types";
import type { FormDefinition, FormQuestion, RawAnswer, Respondent } from "../xlsx/types";

export type AnswerStatus =
  "ok" | "missing" | "not-a-number" | "negative" | "unknown-choice" | "unknown-form";

export interface AnswerRow {
  readonly fileName: string;
  readonly formId: string;
  readonly respondent: Respondent;
  readonly question: FormQuestion;
  /** The answer as it will be written: a number, or text (never a formula). */
  readonly value: string | number | null;
  readonly raw: RawAnswer;
  readonly status: AnswerStatus;
}

export type FileStatus = "collected" | "duplicate" | "skipped";

export interface FileOutcome {
  readonly fileName: string;
  readonly status: FileStatus;
  /** Why a file was skipped or flagged, in Japanese and English. */
  readonly message?: Label;
  readonly respondent?: Respondent;
  readonly form?: FormDefinition;
  /** For a duplicate: the file it repeats. */
  readonly duplicateOf?: string;
  /** Collected, and every required answer of the stages begun is valid (see collect.ts). */
  readonly complete: boolean;
  /** Answers that are not ok, for the pane's "who is missing what". */
  readonly problems: readonly { readonly question: FormQuestion; readonly status: AnswerStatus }[];
}

export interface CollectionResult {
  readonly files: readonly FileOutcome[];
  /** Answers of collected files only (duplicates and skipped files contribute none). */
  readonly rows: readonly AnswerRow[];
  readonly summary: {
    readonly files: number;
    readonly collected: number;
    readonly complete: number;
    readonly duplicates: number;
    readonly skipped: number;
  };
}

export interface IncomingFile {
  readonly name: string;
  readonly data: Uint8Array | ArrayBuffer;
}
