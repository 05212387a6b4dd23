/**
 * Every section's tabpanel (`panel-<key>`, labelled by its tab), the selected one shown and the others hidden but
 * mounted; a lazy section is rendered from its first visit on, once the settings have been read.
 */
import { LazySection } from "../components/LazySection";
import type { SectionKey } from "../i18n";
import { usePaneStyles } from "./pane-styles";
import { PANE_SECTIONS, type PaneBase, type PaneSection } from "./sections";
import type { SettingsLoad } from "./use-stored-settings";

export interface SectionPanelsProps {
  readonly base: PaneBase;
  readonly settings: SettingsLoad;
  readonly selected: SectionKey;
  readonly visited: ReadonlySet<SectionKey>;
}

export function SectionPanels({ base, settings, selected, visited }: SectionPanelsProps) {
  const styles = usePaneStyles();
  const content = (row: PaneSection) => {
    if (!row.lazy) return row.render(base);
    if (!visited.has(row.key)) return null;
    return (
      <LazySection strings={base.strings}>
        {"ready" in settings ? (
          row.render({ ...base, ...settings.ready })
        ) : (
          <AwaitSettings load={settings} />
        )}
      </LazySection>
    );
  };
  return (
    <main className={styles.main}>
      {PANE_SECTIONS.map((row) => (
        <div
          key={row.key}
          role="tabpanel"
          id={`panel-${row.key}`}
          aria-labelledby={`tab-${row.key}`}
          hidden={selected !== row.key}
        >
          {content(row)}
        </div>
      ))}
    </main>
  );
}

/** Suspends (LazySection shows its progress bar) until the settings are read, or fails as a section's code would. */
function AwaitSettings({
  load,
}: {
  readonly load: Exclude<SettingsLoad, { ready: unknown }>;
}): null {
  // Suspense waits for a thrown promise; LazySection's boundary shows a thrown failure.
  throw "waiting" in load ? load.waiting : load.failed;
}
