import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FormIssue } from "../state/issues";
import type { PaneStrings } from "./strings";

export interface IssueListProps {
  readonly issues: readonly FormIssue[];
  readonly strings: PaneStrings;
  readonly activityName: (key: string) => string;
}

/** Errors (which block the preview and the build) in one red bar, warnings in one yellow bar. */
export function IssueList({ issues, strings, activityName }: IssueListProps) {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const texts = (list: readonly FormIssue[]) => [...new Set(list.map((i) => strings.issue(i, activityName)))];
  return (
    <>
      {errors.length > 0 && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.checkInputTitle}</MessageBarTitle>
            {texts(errors).map((t) => (
              <div key={t}>{t}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {texts(warnings).map((t) => (
              <div key={t}>{t}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
