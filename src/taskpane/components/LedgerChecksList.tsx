/** The ledger's checks as the user types: errors in a red bar, warnings in a yellow one, or a note that all is well. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DisplayLanguage } from "../office/excel-gateway";
import type { LedgerChecks } from "../state/ledger-card-checks";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

export interface LedgerChecksListProps {
  readonly checks: LedgerChecks;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  /** Nothing typed yet: a neutral hint, not an all-clear. */
  readonly empty?: boolean;
}

export function LedgerChecksList({ checks, language, strings, empty }: LedgerChecksListProps) {
  const styles = useStyles();
  if (!checks.ok) {
    return (
      <StatusMessage
        status={{ intent: "error", text: strings.ledger.checksFailed(checks.message) }}
        layout="multiline"
      />
    );
  }
  const errors = checks.issues.filter((i) => i.severity === "error");
  const warnings = checks.issues.filter((i) => i.severity !== "error");
  return (
    <div
      className={styles.root}
      data-testid="ledger-checks"
      data-errors={errors.length}
      data-warnings={warnings.length}
    >
      <Text size={200} aria-live="polite">
        {checks.issues.length === 0 && empty && strings.ledger.checksEmpty}
        {checks.issues.length === 0 && !empty && (
          <span className={styles.ok}>{strings.ledger.checksOk}</span>
        )}
        {checks.issues.length > 0 && strings.ledger.checksCount(errors.length, warnings.length)}
      </Text>
      {errors.length > 0 && (
        <StatusMessage
          status={{ intent: "error" }}
          details={errors.map((issue) => issue.message[language])}
          detailsAs="list"
          role="group"
          layout="multiline"
          data-testid="ledger-check-errors"
        />
      )}
      {warnings.length > 0 && (
        <StatusMessage
          status={{ intent: "warning" }}
          details={warnings.map((issue) => issue.message[language])}
          detailsAs="list"
          role="group"
          layout="multiline"
          data-testid="ledger-check-warnings"
        />
      )}
    </div>
  );
}
