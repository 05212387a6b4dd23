/** Problems found in the pane's forms, as codes (the components word them through strings.ts). */

export type IssueField =
  | "participants"
  | "days"
  | "yenPerTonne"
  | "electricity"
  | "factorSet"
  | "settings"
  | "scenario"
  | "actor"
  | "activities"
  | "method";

export type IssueCode =
  /** Not a whole number (participants, days). */
  | "whole-number"
  /** A number below the allowed minimum; `min` says which. */
  | "too-small"
  /** Not a number > 0 (yen per tonne, custom electricity factor). */
  | "positive-number"
  /** Outside the guidebook's range (a warning: the value is still used). */
  | "outside-guide-range"
  /** Nothing chosen (a warning: the sheet is built without rows). */
  | "none-selected"
  /** The scenario's data (actors, activities) is not available in this version. */
  | "no-data"
  /** An activity has no calculation method to choose. */
  | "no-method"
  /** A saved choice no longer exists and was replaced by the default. */
  | "unknown";

export interface FormIssue {
  readonly field: IssueField;
  readonly code: IssueCode;
  /** "error" blocks preview and build; "warning" is shown next to the result. */
  readonly severity: "error" | "warning";
  /** The offending item (an activity key, a method key …) or a bound, for the message. */
  readonly detail?: string;
}

export type Checked<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly FormIssue[] }
  | { readonly ok: false; readonly issues: readonly FormIssue[] };

export function checked<T>(value: T, issues: readonly FormIssue[]): Checked<T> {
  const errors = issues.filter((i) => i.severity === "error");
  return errors.length > 0 ? { ok: false, issues } : { ok: true, value, warnings: issues };
}

/** Issues of one field, to show under its input. */
export function issuesFor(issues: readonly FormIssue[], field: IssueField): readonly FormIssue[] {
  return issues.filter((i) => i.field === field);
}

/**
 * A number typed by a person: full-width digits and separators are folded (NFKC), thousands separators and spaces
 * dropped. Returns null for anything that is not a finite number.
 */
export function parseNumberText(text: string): number | null {
  const folded = text.normalize("NFKC").replace(/[,\s]/g, "").replace(/[，、]/g, "");
  if (folded === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(folded)) return null;
  const value = Number(folded);
  return Number.isFinite(value) ? value : null;
}
