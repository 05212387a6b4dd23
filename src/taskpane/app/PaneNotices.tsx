/** The notices above the tabs: outside Excel, an Excel without custom functions, the last insert's outcome. */
import { StatusMessage, type Status } from "../components/StatusMessage";
import type { PaneStrings } from "../i18n";
import { usePaneStyles } from "./pane-styles";

interface PaneNoticesProps {
  readonly strings: PaneStrings;
  /** Each notice is shown while its value is set; dismissing it calls its clear. */
  readonly outside: boolean;
  readonly onOutsideDismiss: () => void;
  readonly native: boolean;
  readonly onNativeDismiss: () => void;
  readonly status: Status | null;
  readonly onStatusDismiss: () => void;
}

export function PaneNotices(props: PaneNoticesProps) {
  const { strings, outside, native, status } = props;
  const styles = usePaneStyles();
  if (!outside && !native && !status) return null;
  return (
    <div className={styles.notices}>
      {outside && (
        <StatusMessage
          status={{ intent: "info", title: strings.outsideExcelTitle, text: strings.outsideExcel }}
          dismissLabel={strings.dismiss}
          onDismiss={props.onOutsideDismiss}
        />
      )}
      {native && (
        <StatusMessage
          status={{
            intent: "warning",
            title: strings.noCustomFunctionsTitle,
            text: strings.noCustomFunctions,
          }}
          dismissLabel={strings.dismiss}
          onDismiss={props.onNativeDismiss}
        />
      )}
      {status && (
        <StatusMessage
          status={status}
          dismissLabel={strings.dismiss}
          onDismiss={props.onStatusDismiss}
        />
      )}
    </div>
  );
}
