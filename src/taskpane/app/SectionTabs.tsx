/** The section tabs: one TabList in two rows, an event's calculation (and the settings gear), then credits and projects. */
import { Tab, TabList, Tooltip } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import type { PaneStrings, SectionKey } from "../i18n";
import { usePaneStyles } from "./pane-styles";

const SECTION_ROWS: readonly (readonly SectionKey[])[] = [
  ["functions", "sheet", "questionnaire", "collect", "disclosure", "settings"],
  ["ledger", "certificate", "project", "plan"],
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
    return key === "settings" ? (
      <Tooltip key={key} content={strings.sections[key]} relationship="label">
        <Tab {...common} icon={<SettingsRegular />} />
      </Tooltip>
    ) : (
      <Tab key={key} {...common}>
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
