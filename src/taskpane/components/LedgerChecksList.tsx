/** The ledger's checks as the user types: errors in a red bar, warnings in a yellow one, or a note that all is well. */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DisplayLanguage } from "../office/excel-gateway";
import type { LedgerChecks } from "../state/ledger-form";
import type { PaneStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

export interface LedgerChecksListProps {
  readonly checks: LedgerChecks;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
}

export function LedgerChecksList({ checks, language, strings }: LedgerChecksListProps) {
  const styles = useStyles();
  if (!checks.ok) {
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>{strings.ledger.checksFailed(checks.message)}</MessageBarBody>
      </MessageBar>
    );
  }
  const errors = checks.issues.filter((i) => i.severity === "error");
  const warnings = checks.issues.filter((i) => i.severity !== "error");
  return (
    <div className={styles.root} data-testid="ledger-checks" data-errors={errors.length} data-warnings={warnings.length}>
      <Text size={200} aria-live="polite">
        {checks.issues.length === 0 ? <span className={styles.ok}>{strings.ledger.checksOk}</span> : strings.ledger.checksCount(errors.length, warnings.length)}
      </Text>
      {errors.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="ledger-check-errors">
          <MessageBarBody>
            <ul className={styles.list}>
              {errors.map((issue, i) => (
                <li key={i}>{issue.message[language]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="ledger-check-warnings">
          <MessageBarBody>
            <ul className={styles.list}>
              {warnings.map((issue, i) => (
                <li key={i}>{issue.message[language]}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
