import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableCellEditRegular } from "@fluentui/react-icons";
import type { DisplayLanguage } from "../office/excel-gateway";
import type { FactorEntry } from "../state/factor-search";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  name: { margin: 0, wordBreak: "break-word" },
  value: { whiteSpace: "nowrap", fontFamily: tokens.fontFamilyNumeric },
  source: { color: tokens.colorNeutralForeground3 },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-all",
    userSelect: "all",
  },
  actions: { display: "flex", justifyContent: "flex-end" },
});

export interface FactorCardProps {
  readonly entry: FactorEntry;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly onInsert?: (formula: string) => Promise<void>;
}

/** One factor: value and unit, where it comes from, and the FACTOR() formula that returns it. */
export function FactorCard({ entry, language, strings, onInsert }: FactorCardProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const headingId = `factor-${entry.key}`;
  const insert = async () => {
    if (!onInsert) return;
    setBusy(true);
    try {
      await onInsert(entry.formula);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className={styles.card} aria-labelledby={headingId} data-testid="factor-card">
      <div className={styles.top}>
        <Text id={headingId} as="h3" weight="semibold" size={300} className={styles.name}>
          {entry.name[language]}
        </Text>
        <Text weight="semibold" className={styles.value}>
          {entry.value} <Text size={200}>{entry.unit}</Text>
        </Text>
      </div>
      <Text size={200} className={styles.source}>
        {strings.factorSource}: {entry.sourceTitle[language]}（{entry.sourceDate}）— {entry.table}
      </Text>
      <code className={styles.formula}>{entry.formula}</code>
      {onInsert && (
        <div className={styles.actions}>
          <Button
            size="small"
            icon={<TableCellEditRegular />}
            disabled={busy}
            title={strings.insertTitle(entry.formula)}
            aria-label={strings.insertNamed(entry.name[language])}
            onClick={() => void insert()}
          >
            {strings.insert}
          </Button>
        </div>
      )}
    </article>
  );
}
