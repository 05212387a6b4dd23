/** The factors that match the catalogue's search, under a heading that the count line links to. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DisplayLanguage } from "../office/excel-gateway";
import type { FactorEntry } from "../state/factor-search";
import { FactorCard } from "./FactorCard";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  // Scrolled to from the count line: keep clear of the sticky section tabs.
  heading: { margin: 0, scrollMarginTop: "56px" },
});

export interface FactorListProps {
  readonly factors: readonly FactorEntry[];
  /** The heading's id (the count line scrolls to it). */
  readonly headingId: string;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly onInsert?: (formula: string) => Promise<void>;
}

export function FactorList({ factors, headingId, language, strings, onInsert }: FactorListProps) {
  const styles = useStyles();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text id={headingId} as="h2" size={400} weight="semibold" className={styles.heading}>
        {strings.factorsHeading}（{factors.length}）
      </Text>
      <ul className={styles.list} data-testid="factor-list">
        {factors.map((entry) => (
          <li key={entry.key}>
            <FactorCard entry={entry} language={language} strings={strings} onInsert={onInsert} />
          </li>
        ))}
      </ul>
    </section>
  );
}
