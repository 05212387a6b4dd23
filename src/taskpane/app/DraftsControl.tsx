/**
 * 入力の保存 on the 設定 tab: where the drafts are kept, and 「入力をクリア」, which asks first (inline: Office's
 * webviews do not show window.confirm) and then clears every form; the settings are left as they are.
 */
import { useState } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useSectionStyles } from "../components/section-styles";
import { StatusMessage } from "../components/StatusMessage";
import type { PaneStrings } from "../i18n";

// Set apart from the settings above it: the drafts are not settings.
const useStyles = makeStyles({ apart: { marginTop: tokens.spacingVerticalXXL } });

export interface DraftsControlProps {
  readonly strings: PaneStrings;
  readonly isInExcel: boolean;
  readonly onClear: () => void;
  /** The drafts could not be kept (they still apply until the pane is closed). */
  readonly notSaved: boolean;
}

export function DraftsControl({ strings, isInExcel, onClear, notSaved }: DraftsControlProps) {
  const styles = useSectionStyles();
  const own = useStyles();
  const [asking, setAsking] = useState(false);
  const [cleared, setCleared] = useState(false);

  return (
    <section className={mergeClasses(styles.group, own.apart)} aria-labelledby="drafts-heading">
      <h2 id="drafts-heading" className={styles.heading}>
        {strings.draftsHeading}
      </h2>
      <Text size={200} className={styles.help}>
        {strings.draftsHelp(isInExcel)}
      </Text>
      {notSaved && (
        <StatusMessage status={{ intent: "warning", text: strings.draftsNotSaved }} role="group" />
      )}
      {asking ? (
        <div role="group" aria-labelledby="drafts-confirm" className={styles.group}>
          <Text id="drafts-confirm" size={200}>
            {strings.clearDraftsConfirm}
          </Text>
          <div>
            <Button
              appearance="primary"
              onClick={() => {
                onClear();
                setAsking(false);
                setCleared(true);
              }}
            >
              {strings.clearDraftsYes}
            </Button>{" "}
            <Button onClick={() => setAsking(false)}>{strings.clearDraftsCancel}</Button>
          </div>
        </div>
      ) : (
        <div>
          <Button
            icon={<DeleteRegular />}
            onClick={() => {
              setAsking(true);
              setCleared(false);
            }}
          >
            {strings.clearDrafts}
          </Button>
        </div>
      )}
      {cleared && (
        <Text size={200} role="status">
          {strings.draftsCleared}
        </Text>
      )}
    </section>
  );
}
