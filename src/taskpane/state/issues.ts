/** Problems found in the pane's forms, as codes (the components word them through ../i18n). */
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

/**
 * The issues of a form's own fields (no `input`), as `field/code`: each is worded once per language
 * (`IssueTexts.fields` in ../i18n), so an issue added here without its text does not compile.
 */
export type FieldIssueKey =
  | "participants/whole-number"
  | "participants/too-small"
  | "days/whole-number"
  | "days/too-small"
  | "yenPerTonne/positive-number"
  | "yenPerTonne/outside-guide-range"
  | "electricity/positive-number"
  | "electricity/unknown"
  | "factorSet/unknown"
  | "settings/unknown"
  | "actor/none-selected"
  | "activities/none-selected"
  | "method/no-method"
  | "stand/none-selected";

/** The codes an input of a row or form can have (worded by code, with the input's label: `IssueTexts.inputs`). */
export type InputIssueCode = Exclude<
  IssueCode,
  "outside-guide-range" | "none-selected" | "no-method"
>;

interface IssueBase {
  /** "error" blocks preview and build; "warning" is shown next to the result. */
  readonly severity: "error" | "warning";
  /** The offending item (an activity key, a method key …) or a bound, for the message. */
  readonly detail?: string;
  /** The wording of a checker outside the pane (e.g. why a serial number does not read), used as it is. */
  readonly message?: Label;
}

interface FieldIssueOf<F extends IssueField, C extends IssueCode> extends IssueBase {
  readonly field: F;
  readonly code: C;
  readonly input?: undefined;
  readonly row?: undefined;
}

export type FieldIssue = {
  readonly [
    K in FieldIssueKey
  ]: K extends `${infer F extends IssueField}/${infer C extends IssueCode}`
    ? FieldIssueOf<F, C>
    : never;
}[FieldIssueKey];

export interface InputIssue extends IssueBase {
  readonly field: IssueField;
  readonly code: InputIssueCode;
  /** Which input of the row or form (serialFrom, areaHa …), labelled by `PaneStrings.inputs`. */
  readonly input: string;
  /** 1-based row of a list (保有 2, 林分 3 …) the issue is about. */
  readonly row?: number;
}

/** The key of an issue of a form's own field (its field and code are one of FieldIssueKey by construction). */
export function fieldIssueKey(issue: FieldIssue): FieldIssueKey {
  return `${issue.field}/${issue.code}` as FieldIssueKey;
}

/** A field's issue from its key, e.g. `fieldIssue("days/too-small", "error", "1")`. */
export function fieldIssue(
  key: FieldIssueKey,
  severity: FormIssue["severity"],
  detail?: string
): FieldIssue {
  const [field, code] = key.split("/");
  return { field, code, severity, ...(detail === undefined ? {} : { detail }) } as FieldIssue;
}

export type FormIssue = FieldIssue | InputIssue;

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
  const folded = text
    .normalize("NFKC")
    .replace(/[,\s]/g, "")
    .replace(/[，、]/g, "");
  if (folded === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(folded)) return null;
  const value = Number(folded);
  return Number.isFinite(value) ? value : null;
}

type CheckedValues<T extends Record<string, Checked<unknown>>> = {
  readonly [K in keyof T]: T[K] extends Checked<infer V> ? V : never;
};

/** Several checked parts as one: ok when every part is, with all their warnings; otherwise all their issues. */
export function combineChecked<T extends Record<string, Checked<unknown>>>(
  parts: T
): Checked<CheckedValues<T>> {
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
  return ok
    ? { ok: true, value: values as CheckedValues<T>, warnings: issues }
    : { ok: false, issues };
}
