import type { FormIssue } from "../state/issues";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

export interface IssueListProps {
  readonly issues: readonly FormIssue[];
  readonly strings: PaneStrings;
  readonly activityName: (key: string) => string;
}

/** Errors (which block the preview and the build) in one red bar, warnings in one yellow bar. */
export function IssueList({ issues, strings, activityName }: IssueListProps) {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const texts = (list: readonly FormIssue[]) => [
    ...new Set(list.map((i) => strings.issue(i, activityName))),
  ];
  return (
    <>
      {errors.length > 0 && (
        <StatusMessage
          status={{ intent: "error", title: strings.checkInputTitle }}
          details={texts(errors)}
          layout="multiline"
        />
      )}
      {warnings.length > 0 && (
        <StatusMessage
          status={{ intent: "warning" }}
          details={texts(warnings)}
          role="group"
          layout="multiline"
        />
      )}
    </>
  );
}
