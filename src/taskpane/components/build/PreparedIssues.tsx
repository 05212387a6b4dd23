/** What preparing the layouts found: the form's issues (or the layouts' warnings), or the builder's failure. */
import type { PaneStrings } from "../../i18n";
import type { Prepared } from "../../state/prepare";
import { IssueList } from "../IssueList";
import { StatusMessage } from "../StatusMessage";

export interface PreparedIssuesProps {
  readonly prepared: Prepared;
  readonly strings: PaneStrings;
  readonly activityName: (key: string) => string;
}

export function PreparedIssues({ prepared, strings, activityName }: PreparedIssuesProps) {
  return (
    <>
      <IssueList
        issues={prepared.kind === "invalid" ? prepared.issues : prepared.warnings}
        strings={strings}
        activityName={activityName}
      />
      {prepared.kind === "builder-failed" && (
        <StatusMessage
          status={{
            intent: "error",
            title: strings.builderFailedTitle,
            text: strings.builderFailed(prepared.message),
          }}
          layout="multiline"
        />
      )}
    </>
  );
}
