/** Problems found in the pane's forms, as codes (the components word them through strings.ts). */
import type { Label } from "../../core/data/types";

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
  | "method"
  // Rows of the credit ledger, the certificate numbering, the project and plan forms (with `row` and `input`).
  | "holding"
  | "target"
  | "allocation"
  | "certificate"
  | "project"
  | "stand"
  | "plan";

export type IssueCode =
  /** Not a whole number (participants, days). */
  | "whole-number"
  /** A number below the allowed minimum; `detail` says which. */
  | "too-small"
  /** A number above the allowed maximum; `detail` says which. */
  | "too-large"
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
  | "unknown"
  /** A required text is empty. */
  | "required"
  /** Not a number ≥ 0 (areas, tonnes). */
  | "not-a-number"
  /** Not a date (yyyy-mm-dd). */
  | "date"
  /** A credit serial number that does not read as one (JP-200-000-000-011-157). */
  | "serial"
  /** The last serial of a range is before the first, or the two are of different blocks. */
  | "serial-range"
  /** An allocation names a holding or target that no longer exists. */
  | "missing-ref";

export interface FormIssue {
  readonly field: IssueField;
  readonly code: IssueCode;
  /** "error" blocks preview and build; "warning" is shown next to the result. */
  readonly severity: "error" | "warning";
  /** The offending item (an activity key, a method key …) or a bound, for the message. */
  readonly detail?: string;
  /** 1-based row of a list (保有 2, 林分 3 …) the issue is about. */
  readonly row?: number;
  /** Which input of the row or form (serialFrom, areaHa …), named by strings.ts. */
  readonly input?: string;
  /** The wording of a checker outside the pane (e.g. why a serial number does not read), used as it is. */
  readonly message?: Label;
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

type CheckedValues<T extends Record<string, Checked<unknown>>> = { readonly [K in keyof T]: T[K] extends Checked<infer V> ? V : never };

/** Several checked parts as one: ok when every part is, with all their warnings; otherwise all their issues. */
export function combineChecked<T extends Record<string, Checked<unknown>>>(parts: T): Checked<CheckedValues<T>> {
  const issues: FormIssue[] = [];
  const values: Record<string, unknown> = {};
  let ok = true;
  for (const [key, part] of Object.entries(parts)) {
    if (part.ok) {
      values[key] = part.value;
      issues.push(...part.warnings);
    } else {
      ok = false;
      issues.push(...part.issues);
    }
  }
  return ok ? { ok: true, value: values as CheckedValues<T>, warnings: issues } : { ok: false, issues };
}
