import { useState } from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableCellEditRegular } from "@fluentui/react-icons";
import type { FunctionInfo } from "../../core/functions/types";
import type { DisplayLanguage } from "../office/excel-gateway";
import { exampleFormula } from "./catalog-search";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  // A plain bordered box rather than Fluent's Card: Card adds ~28 KiB of focus management the list does not need.
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  name: { margin: 0, fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  paramName: { fontFamily: tokens.fontFamilyMonospace },
  formula: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    wordBreak: "break-all",
    userSelect: "all",
  },
  actions: { display: "flex", justifyContent: "flex-end" },
});

export interface FunctionCardProps {
  readonly info: FunctionInfo;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  /** Present only inside Excel. Resolves when the formula was written; errors are reported by the caller. */
  readonly onInsert?: (formula: string) => Promise<void>;
}

export function FunctionCard({ info, language, strings, onInsert }: FunctionCardProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const formula = exampleFormula(info);
  const headingId = `fn-${info.name}`;

  const insert = async () => {
    if (!onInsert) return;
    setBusy(true);
    try {
      await onInsert(formula);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Text id={headingId} as="h2" weight="semibold" size={300} className={styles.name}>
          GHG.{info.name}
        </Text>
        <Text size={200}>{info.description[language]}</Text>
      </div>
      <div className={styles.badges}>
        <Badge appearance="outline" color="brand">
          {strings.categories[info.category]}
        </Badge>
        <Badge appearance="tint" color="informative">
          {strings.unit}: {info.unit || strings.noUnit}
        </Badge>
      </div>
      <div className={styles.section}>
        <Text size={200} weight="semibold">
          {strings.parameters}
        </Text>
        {info.params.length === 0 ? (
          <Text size={200}>{strings.noParameters}</Text>
        ) : (
          <ul className={styles.params}>
            {info.params.map((p) => (
              <li key={p.name}>
                <Text size={200}>
                  <span className={styles.paramName}>{p.name}</span> — {p.description[language]}
                  {p.optional ? `（${strings.optional}）` : ""}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.section}>
        <Text size={200} weight="semibold">
          {strings.example}
        </Text>
        <code className={styles.formula}>{formula}</code>
        <Text size={200}>
          {strings.exampleResult}: {String(info.example.result)}
          {info.unit ? ` ${info.unit}` : ""}
        </Text>
        <Text size={200}>{strings.errorsNote}</Text>
      </div>
      {onInsert && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            size="small"
            icon={<TableCellEditRegular />}
            disabled={busy}
            title={strings.insertTitle(formula)}
            aria-label={strings.insertNamed(info.name)}
            onClick={() => void insert()}
          >
            {strings.insert}
          </Button>
        </div>
      )}
    </article>
  );
}
