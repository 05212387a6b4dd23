/**
 * Every section's tabpanel (`panel-<key>`, labelled by its tab), the selected one shown and the others hidden but
 * mounted; a lazy section is rendered from its first visit on.
 */
import { LazySection } from "../components/LazySection";
import type { SectionKey } from "../i18n";
import { usePaneStyles } from "./pane-styles";
import { PANE_SECTIONS, type PaneState } from "./sections";

export interface SectionPanelsProps {
  readonly pane: PaneState;
  readonly selected: SectionKey;
  readonly visited: ReadonlySet<SectionKey>;
}

export function SectionPanels({ pane, selected, visited }: SectionPanelsProps) {
  const styles = usePaneStyles();
  return (
    <main className={styles.main}>
      {PANE_SECTIONS.map(({ key, lazy, render }) => (
        <div
          key={key}
          role="tabpanel"
          id={`panel-${key}`}
          aria-labelledby={`tab-${key}`}
          hidden={selected !== key}
        >
          {!lazy
            ? render(pane)
            : visited.has(key) && <LazySection strings={pane.strings}>{render(pane)}</LazySection>}
        </div>
      ))}
    </main>
  );
}
