/**
 * The contract between a questionnaire file sent out and the answers that come back: the form's identity and its
 * questions travel inside the file (a very hidden sheet and workbook-level defined names), so answers are matched
 * by identifier even if the respondent renames or re-orders sheets.
 */
import type { Label } from "../core/data/types";
import type { InputKind, ScenarioId } from "../scenarios/types";
import type { ActivityChoice } from "../sheets/builders/options";

/** Bumped when the meta sheet's layout changes; readers accept the versions they know. */
export const FORM_FORMAT_VERSION = 1;

export type Stage = "pre" | "post";

export interface FormQuestion {
  /** Stable id: `${activityNumber}.${inputKey}.${stage}`, e.g. "3.count.pre". */
  readonly id: string;
  /** The activity's number ("No") in the boundary sheet of the same event. */
  readonly activityNumber: number;
  readonly activityKey: string;
  readonly methodKey: string;
  readonly inputKey: string;
  readonly stage: Stage;
  /** 調査項目 and 記入単位 as printed. */
  readonly item: string;
  readonly unit: string;
  readonly kind: InputKind;
  /** Workbook-level defined name of the answer cell, e.g. "GHG_Q_3_count_pre". */
  readonly definedName: string;
}

export interface FormDefinition {
  /** Identifies one questionnaire as sent (same for every respondent it went to); stable for the same request. */
  readonly formId: string;
  readonly version: number;
  readonly scenario: ScenarioId;
  readonly actorKey: string;
  /** The activities asked, with their boundary numbers. */
  readonly activities: readonly (ActivityChoice & { readonly number: number })[];
  readonly questions: readonly FormQuestion[];
  /** Defined names of the respondent cells (団体名・担当者名・連絡先). */
  readonly respondentNames: {
    readonly organization: string;
    readonly person: string;
    readonly contact: string;
  };
}

export interface Respondent {
  readonly organization: string;
  readonly person: string;
  readonly contact: string;
}

/** A raw answer as read from the returned file (formula cells give their cached result). */
export type RawAnswer = string | number | boolean | null;

export type ResponseFile =
  | {
      readonly ok: true;
      readonly fileName: string;
      /** SHA-256 of the file's bytes, hex: the same file sent twice is recognised. */
      readonly digest: string;
      readonly form: FormDefinition;
      readonly respondent: Respondent;
      readonly answers: readonly { readonly question: FormQuestion; readonly raw: RawAnswer }[];
    }
  | {
      readonly ok: false;
      readonly fileName: string;
      readonly problem: "not-a-questionnaire" | "corrupt" | "too-large" | "unsupported-version";
      readonly message: Label;
    };
