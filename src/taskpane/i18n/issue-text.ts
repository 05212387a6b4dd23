/** A form issue in words: the one place that reads an issue's field, input and code (the texts are per language). */
import { fieldIssueKey, type FormIssue } from "../state/issues";
import type { InputKey } from "./types/forms";
import type { IssueTexts, PlaceField } from "./types/issues";

const has = <K extends string>(record: Readonly<Record<K, unknown>>, key: string): key is K =>
  Object.prototype.hasOwnProperty.call(record, key);

export function issueText(
  issue: FormIssue,
  activityName: (key: string) => string,
  texts: IssueTexts,
  labels: Readonly<Record<InputKey, string>>
): string {
  const detail = issue.detail ?? "";
  if (issue.input === undefined) return texts.fields[fieldIssueKey(issue)](detail, activityName);
  const label = has(labels, issue.input) ? labels[issue.input] : issue.input;
  const place =
    issue.row !== undefined && has<PlaceField>(texts.places, issue.field)
      ? texts.places[issue.field](issue.row)
      : undefined;
  const at = (text: string) => (place ? `${place}: ${text}` : text);
  if (issue.message) return at(issue.message[texts.language]);
  if (issue.field === "plan" && issue.code === "required") return texts.planRequired(label);
  if (issue.input === "species" && issue.code === "unknown")
    return at(texts.speciesUnknown(detail));
  return at(texts.inputs[issue.code](label, detail, issue.severity));
}
