/**
 * はじめに: the guidebook's flow (企画 → 算定 → 削減努力 → クレジットの調達・無効化 → 情報提供 → 見直し) as steps, each
 * opening the sections that do it, with what this workbook already has (inside Excel, from its sheet names).
 * It is the section the pane opens on, so it stays small: nothing here loads a section's code.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings, SectionKey } from "../i18n";
import type { ExcelGateway } from "../office/excel-gateway";
import { START_STEPS } from "./start/start-steps";
import { StartStepCard } from "./start/StartStepCard";
import { useSheetNames, type SheetNames } from "./start/use-sheet-names";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  status: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  steps: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

interface StartPageProps {
  readonly gateway: ExcelGateway;
  readonly strings: PaneStrings;
  readonly onOpen: (key: SectionKey) => void;
}

export function StartPage({ gateway, strings, onOpen }: StartPageProps) {
  const styles = useStyles();
  const { sheets, refresh } = useSheetNames(gateway);
  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>{strings.start.heading}</h2>
      <Text>{strings.start.intro}</Text>
      <div className={styles.status}>
        <Text size={200} role="status">
          {statusText(sheets, strings)}
        </Text>
        {refresh && (
          <Button size="small" appearance="subtle" onClick={refresh}>
            {strings.start.refresh}
          </Button>
        )}
      </div>
      <ol className={styles.steps}>
        {START_STEPS.map((step, i) => (
          <li key={step.key}>
            <StartStepCard
              step={step}
              number={i + 1}
              strings={strings}
              sheets={sheets}
              onOpen={onOpen}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

function statusText(sheets: SheetNames, strings: PaneStrings): string {
  switch (sheets.state) {
    case "outside":
      return strings.start.statusInExcelOnly;
    case "reading":
      return strings.start.checking;
    case "failed":
      return strings.start.statusFailed;
    case "read":
      return "";
  }
}
