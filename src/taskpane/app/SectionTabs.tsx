/**
 * The section tabs: one TabList in two rows — the start page and an event's calculation, then credits, projects and
 * the settings (a gear with its word).
 */
import { Tab, TabList } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import type { PaneStrings, SectionKey } from "../i18n";
import { usePaneStyles } from "./pane-styles";

const SECTION_ROWS: readonly (readonly SectionKey[])[] = [
  ["start", "functions", "sheet", "questionnaire", "collect", "disclosure"],
  ["ledger", "certificate", "project", "plan", "settings"],
];

interface SectionTabsProps {
  readonly strings: PaneStrings;
  readonly selected: SectionKey;
  readonly onSelect: (key: SectionKey) => void;
}

export function SectionTabs({ strings, selected, onSelect }: SectionTabsProps) {
  const styles = usePaneStyles();
  const tab = (key: SectionKey) => {
    const common = {
      value: key,
      id: `tab-${key}`,
      "aria-controls": `panel-${key}`,
      className: styles.tab,
    };
    return (
      <Tab key={key} {...common} icon={key === "settings" ? <SettingsRegular /> : undefined}>
        {strings.sections[key]}
      </Tab>
    );
  };
  return (
    <nav className={styles.nav}>
      <TabList
        selectedValue={selected}
        onTabSelect={(_, d) => onSelect(d.value as SectionKey)}
        aria-label={strings.sectionsLabel}
        size="medium"
        className={styles.tabs}
      >
        {SECTION_ROWS.map((row, r) => [
          r > 0 ? <div key={`break-${r}`} role="none" className={styles.rowBreak} /> : null,
          ...row.map(tab),
        ])}
      </TabList>
    </nav>
  );
}
