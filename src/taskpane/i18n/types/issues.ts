/**
 * How a language words the form issues of ../../state/issues: tables keyed by the issue unions, so an issue without
 * its text does not compile. ../issue-text picks the entry (the one place that reads an issue's field and code).
 */
import type { DisplayLanguage } from "../../office/excel-gateway";
import type { FieldIssueKey, InputIssueCode } from "../../state/issues";

/** The rows an issue can point at, worded as the ledger's checks word them (保有「H1」, 割当 2 行目). */
export type PlaceField = "holding" | "target" | "allocation" | "stand";

export interface IssueTexts {
  /** The language of a checker's own wording (FormIssue.message), shown as it is. */
  readonly language: DisplayLanguage;
  /** The issues of a form's own fields: `detail` is the issue's (or ""), `activityName` names an activity key. */
  readonly fields: Readonly<
    Record<FieldIssueKey, (detail: string, activityName: (key: string) => string) => string>
  >;
  /** The issues of an input, by code: `label` is the input's label, `detail` the value or bound (or ""). */
  readonly inputs: Readonly<
    Record<InputIssueCode, (label: string, detail: string, severity: "error" | "warning") => string>
  >;
  /** Where in a list: prefixed to the issue of an input of a row. */
  readonly places: Readonly<Record<PlaceField, (row: number) => string>>;
  /** The plan's empty department: what the plan shows instead (not an error, no row). */
  readonly planRequired: (label: string) => string;
  /** A species not in the coefficient table. */
  readonly speciesUnknown: (species: string) => string;
}
