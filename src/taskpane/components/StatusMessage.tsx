import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";

export interface Status {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly title?: string;
  readonly text: string;
}

export interface StatusMessageProps {
  readonly status: Status;
  readonly dismissLabel: string;
  readonly onDismiss?: () => void;
}

/** A Fluent MessageBar: how the pane reports results and errors (never only the console). */
export function StatusMessage({ status, dismissLabel, onDismiss }: StatusMessageProps) {
  return (
    <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {status.title && <MessageBarTitle>{status.title}</MessageBarTitle>}
        {status.text}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" aria-label={dismissLabel} icon={<DismissRegular />} onClick={onDismiss} />
          }
        />
      )}
    </MessageBar>
  );
}
