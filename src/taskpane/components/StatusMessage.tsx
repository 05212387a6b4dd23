import type { ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  useId,
  type MessageBarProps,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

export interface Status {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly title?: string;
  readonly text?: string;
}

export interface StatusMessageProps {
  readonly status: Status;
  /** Lines under the text (problems, sheets, files), each on its own line or, with `detailsAs: "list"`, as a bulleted list. */
  readonly details?: readonly ReactNode[];
  readonly detailsAs?: "lines" | "list";
  /**
   * "alert" for news that went wrong, "status" for other news (the defaults, by intent); "group" (Fluent's own) for a
   * bar that is part of the form, like the checks that follow what is typed.
   */
  readonly role?: "alert" | "status" | "group";
  readonly layout?: MessageBarProps["layout"];
  /** The dismiss button's label; the button shows when `onDismiss` is given. */
  readonly dismissLabel?: string;
  readonly onDismiss?: () => void;
  readonly "data-testid"?: string;
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

/** A Fluent MessageBar: how the pane reports results, errors and problems (never only the console). The pane's only one. */
export function StatusMessage({
  status,
  details,
  detailsAs = "lines",
  role,
  layout,
  dismissLabel,
  onDismiss,
  "data-testid": testId,
}: StatusMessageProps) {
  const styles = useStyles();
  const bodyId = useId("status-body");
  return (
    <MessageBar
      intent={status.intent}
      role={role ?? (status.intent === "error" ? "alert" : "status")}
      layout={layout}
      // Fluent labels the bar by its title's id; a bar without a title is labelled by its text instead of a missing id
      // (the key is left out, not undefined, or Fluent's own would be overwritten too).
      {...(status.title ? {} : { "aria-labelledby": bodyId })}
      data-testid={testId}
    >
      <MessageBarBody id={bodyId}>
        {status.title && <MessageBarTitle>{status.title}</MessageBarTitle>}
        {status.text}
        {details && detailsAs === "lines" && details.map((d, i) => <div key={i}>{d}</div>)}
        {details && detailsAs === "list" && (
          <ul className={styles.list}>
            {details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={dismissLabel}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
