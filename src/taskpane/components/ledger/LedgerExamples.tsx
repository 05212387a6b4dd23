/** The two examples (港区, 共同購入) that fill the ledger form, the clear button, and what filling said. */
import { Button, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { EraserRegular, LightbulbRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "../../i18n";
import type { LedgerForm } from "../../state/form-drafts";
import { jointPurchaseExample, minatoExample } from "../../state/ledger-examples";
import { EMPTY_LEDGER } from "../../state/ledger-form";
import { useSectionStyles } from "../section-styles";
import { StatusMessage } from "../StatusMessage";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface LedgerExamplesProps {
  readonly strings: PaneStrings;
  readonly form: LedgerForm;
  /** Replaces the form (keeping 「証書シートも作成」); the cards fold. */
  readonly onReplace: (form: LedgerForm) => void;
  readonly notice: string | null;
  readonly onNoticeChange: (notice: string | null) => void;
}

export function LedgerExamples({
  strings,
  form,
  onReplace,
  notice,
  onNoticeChange,
}: LedgerExamplesProps) {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const s = strings.ledger;
  const fill = (example: LedgerForm, text: string) => {
    onReplace(example);
    onNoticeChange(text);
  };
  const empty = form.holdings.length + form.targets.length + form.allocations.length === 0;
  return (
    <>
      <div className={styles.buttons}>
        <Button
          icon={<LightbulbRegular />}
          onClick={() => fill(minatoExample(), s.filledMinato)}
          data-testid="ledger-example-minato"
        >
          {s.exampleMinato}
        </Button>
        <Button
          icon={<LightbulbRegular />}
          onClick={() => fill(jointPurchaseExample(), s.filledJoint)}
          data-testid="ledger-example-joint"
        >
          {s.exampleJoint}
        </Button>
        <Tooltip content={s.clear} relationship="label">
          <Button
            appearance="subtle"
            icon={<EraserRegular />}
            disabled={empty}
            onClick={() => {
              onReplace(EMPTY_LEDGER);
              onNoticeChange(null);
            }}
          />
        </Tooltip>
      </div>
      <Text size={200} className={sectionStyles.help}>
        {s.exampleHelp}
      </Text>
      {notice && (
        <StatusMessage
          status={{ intent: "info", text: notice }}
          role="group"
          layout="multiline"
          dismissLabel={strings.dismiss}
          onDismiss={() => onNoticeChange(null)}
        />
      )}
    </>
  );
}
