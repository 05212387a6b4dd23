/**
 * The task pane application (loaded lazily by index.tsx, in its own chunk with React and Fluent UI).
 * Everything Office-specific comes in through `gateway`; making and reading .xlsx files through `files` (its code is
 * loaded on first use). Eleven sections behind one TabList in two rows: the start page (はじめに, where the pane
 * opens) and the calculation for an event — 関数, 算定シート, 調査票, 回収, 情報開示 — then credits and projects —
 * クレジット管理, 証書, プロジェクト, 企画書 — and 設定. Each section's code loads when its tab is first opened (the function
 * catalogue and the scenario data with it, unless given here); from then on it stays mounted (hidden when inactive),
 * so forms, previews, collected files and a running build survive switching tabs. The ledger, certificate numbering
 * and project forms live here, since other sections build with them (the certificate sheet with the ledger, a plan
 * with the ledger or the forest project).
 */
import { StrictMode, useCallback, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import type { FunctionInfo } from "../core/functions/types";
import { Header } from "./components/Header";
import { paneStrings, type SectionKey } from "./i18n";
import { createFileOperations, type FileOperations } from "./files/file-operations";
import { needsNativeFormulas, type ExcelGateway } from "./office/excel-gateway";
import type { ScenarioData } from "./state/scenario-data";
import { PaneNotices } from "./app/PaneNotices";
import { paneTheme, usePaneStyles } from "./app/pane-styles";
import { SectionPanels } from "./app/SectionPanels";
import { SectionTabs } from "./app/SectionTabs";
import { usePaneDrafts } from "./app/use-drafts";
import { useInsert } from "./app/use-insert";
import type { PaneBase } from "./app/sections";
import { useStoredSettings } from "./app/use-stored-settings";

export interface AppProps {
  readonly gateway: ExcelGateway;
  readonly catalog?: readonly FunctionInfo[];
  readonly scenarioData?: ScenarioData;
  /** The .xlsx operations; by default loaded lazily from ./files/xlsx-tasks. */
  readonly files?: FileOperations;
}

/** The selected section, and the sections opened so far: a lazy one is rendered from its first visit on. */
function useSectionSelection() {
  const [section, setSection] = useState<SectionKey>("start");
  const [visited, setVisited] = useState<ReadonlySet<SectionKey>>(() => new Set(["start"]));
  const openSection = useCallback((key: SectionKey) => {
    setSection(key);
    setVisited((v) => (v.has(key) ? v : new Set([...v, key])));
  }, []);
  return { section, visited, openSection };
}

export function App({ gateway, catalog, scenarioData, files: givenFiles }: AppProps) {
  const language = gateway.displayLanguage;
  const strings = paneStrings(language);
  const theme = useMemo(() => paneTheme(language), [language]);
  const data = scenarioData;
  const files = useMemo(() => givenFiles ?? createFileOperations(), [givenFiles]);
  const styles = usePaneStyles();
  const { section, visited, openSection } = useSectionSelection();
  const { status, clearStatus, insert } = useInsert(gateway, strings);
  const [outsideNotice, setOutsideNotice] = useState(!gateway.isInExcel);
  // An Excel without custom functions: sheets get native formulas, GHG.* formulas are not inserted.
  const [nativeNotice, setNativeNotice] = useState(needsNativeFormulas(gateway));
  // Read just after the tabs show (their code is not in the pane's first chunks).
  const settings = useStoredSettings();
  // Everything typed, kept per workbook (its document settings in Excel, localStorage outside).
  const drafts = usePaneDrafts(gateway);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = strings.title;
  }, [language, strings]);

  const base: PaneBase = {
    gateway,
    catalog,
    data,
    language,
    strings,
    files,
    insert: gateway.isInExcel && gateway.customFunctions ? insert : undefined,
    ...drafts,
    openSection,
  };

  return (
    <FluentProvider theme={theme} lang={language}>
      <div className={styles.page}>
        <Header strings={strings} isInExcel={gateway.isInExcel} />
        <PaneNotices
          strings={strings}
          outside={outsideNotice}
          onOutsideDismiss={() => setOutsideNotice(false)}
          native={nativeNotice}
          onNativeDismiss={() => setNativeNotice(false)}
          status={status}
          onStatusDismiss={clearStatus}
        />
        <SectionTabs strings={strings} selected={section} onSelect={openSection} />
        <SectionPanels base={base} settings={settings} selected={section} visited={visited} />
      </div>
    </FluentProvider>
  );
}

/** Renders the pane into `container` (replacing the "loading" text). */
export function mount(container: HTMLElement, gateway: ExcelGateway): void {
  createRoot(container).render(
    <StrictMode>
      <App gateway={gateway} />
    </StrictMode>
  );
}
