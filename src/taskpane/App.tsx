/**
 * The task pane application (loaded lazily by index.tsx, in its own chunk with React and Fluent UI).
 * Everything Office-specific comes in through `gateway`; making and reading .xlsx files through `files` (its code is
 * loaded on first use). Ten sections behind one TabList in two rows: the calculation for an event — 関数, 算定シート,
 * 調査票, 回収, 情報開示 and the 設定 gear — then credits and projects — クレジット管理, 証書, プロジェクト, 企画書.
 * Every section stays mounted (inactive ones hidden), so forms, previews, collected files and a running build survive
 * switching tabs. The ledger, certificate numbering and project forms live here, since other sections build with them
 * (the certificate sheet with the ledger, a plan with the ledger or the forest project).
 */
import { StrictMode, lazy, useCallback, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  Tab,
  TabList,
  Tooltip,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { FUNCTION_CATALOG } from "../core/functions/catalog";
import type { FunctionInfo } from "../core/functions/types";
import { CollectSection } from "./components/CollectSection";
import { DisclosureSection } from "./components/DisclosureSection";
import { FunctionCatalog } from "./components/FunctionCatalog";
import { Header } from "./components/Header";
import { QuestionnaireSection } from "./components/QuestionnaireSection";
import { SettingsSection } from "./components/SettingsSection";
import { LazySection } from "./components/LazySection";
import { SheetSection } from "./components/SheetSection";
import { StatusMessage, type Status } from "./components/StatusMessage";
import { paneStrings, type PaneStrings, type SectionKey } from "./i18n";
import { createFileOperations, type FileOperations } from "./files/file-operations";
import {
  GatewayError,
  needsNativeFormulas,
  type DisplayLanguage,
  type ExcelGateway,
  type GatewayErrorCode,
} from "./office/excel-gateway";
import { INITIAL_CERTIFICATE, type CertificateDraft } from "./state/certificate-form";
import { EMPTY_EVENT, type EventDraft } from "./state/event-form";
import type { LedgerForm, ProjectForm } from "./state/form-drafts";
import { EMPTY_LEDGER, initialProjectForm } from "./state/project-drafts";
import { bundledScenarioData, type ScenarioData } from "./state/scenario-data";
import {
  browserStorage,
  loadSettings,
  saveSettings,
  toBuildSettings,
  type SettingsState,
} from "./state/settings";

// The credit and project sections load together (chunk pane-projects) when one of them is first opened.
const loadProjectSections = () =>
  import(/* webpackChunkName: "pane-projects" */ "./components/project-sections");
const LedgerSection = lazy(() => loadProjectSections().then((m) => ({ default: m.LedgerSection })));
const CertificateSection = lazy(() =>
  loadProjectSections().then((m) => ({ default: m.CertificateSection }))
);
const ProjectSection = lazy(() =>
  loadProjectSections().then((m) => ({ default: m.ProjectSection }))
);
const PlanSection = lazy(() => loadProjectSections().then((m) => ({ default: m.PlanSection })));

/** Fluent's base font stack has no Japanese face; add the Windows and Mac UI fonts before the generic fallback. */
const JAPANESE_FONTS = `"Segoe UI", "Yu Gothic UI", "Meiryo UI", Meiryo, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", -apple-system, BlinkMacSystemFont, sans-serif`;

function paneTheme(language: DisplayLanguage): Theme {
  return language === "ja" ? { ...webLightTheme, fontFamilyBase: JAPANESE_FONTS } : webLightTheme;
}

/** The two rows of the section tabs: an event's calculation (and the settings gear), then credits and projects. */
const SECTION_ROWS: readonly (readonly SectionKey[])[] = [
  ["functions", "sheet", "questionnaire", "collect", "disclosure", "settings"],
  ["ledger", "certificate", "project", "plan"],
];

const useStyles = makeStyles({
  // Not on FluentProvider itself: Fluent copies the provider's className onto portal nodes (tooltips, lists), and a
  // full-height portal would cover the pane.
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  nav: {
    position: "sticky",
    top: 0,
    zIndex: 10,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    overflowX: "auto",
  },
  // Each row must fit a 350 px pane in Japanese and in English: 設定 is a gear (named by its tooltip and aria-label).
  tab: { paddingLeft: "2px", paddingRight: "2px", columnGap: 0 },
  // One tablist (one arrow-key group, one selection) whose second row starts at the break.
  tabs: { flexWrap: "wrap" },
  rowBreak: {
    flexBasis: "100%",
    height: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  notices: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
});

/** What inserting a formula says for each refusal of the gateway: every code has its text. */
function insertErrorTexts(
  strings: PaneStrings,
  formula: string
): Readonly<Record<GatewayErrorCode, (detail: string) => string>> {
  return {
    "not-in-excel": () => strings.notInExcelError,
    "invalid-formula": () => strings.invalidFormula(formula),
    "no-custom-functions": () => strings.noCustomFunctionsInsert(formula),
    excel: strings.insertFailed,
    "load-failed": strings.insertFailed,
    "invalid-layout": strings.insertFailed,
  };
}

function failureStatus(err: unknown, strings: PaneStrings, formula: string): Status {
  const text =
    err instanceof GatewayError
      ? insertErrorTexts(strings, formula)[err.code](err.detail)
      : strings.insertFailed(String(err));
  return { intent: "error", title: strings.insertFailedTitle, text };
}

export interface AppProps {
  readonly gateway: ExcelGateway;
  readonly catalog?: readonly FunctionInfo[];
  readonly scenarioData?: ScenarioData;
  /** The .xlsx operations; by default loaded lazily from ./files/xlsx-tasks. */
  readonly files?: FileOperations;
}

export function App({
  gateway,
  catalog = FUNCTION_CATALOG,
  scenarioData,
  files: givenFiles,
}: AppProps) {
  const language = gateway.displayLanguage;
  const strings = paneStrings(language);
  const theme = useMemo(() => paneTheme(language), [language]);
  const data = useMemo(() => scenarioData ?? bundledScenarioData(), [scenarioData]);
  const files = useMemo(() => givenFiles ?? createFileOperations(), [givenFiles]);
  const styles = useStyles();
  const [section, setSection] = useState<SectionKey>("functions");
  // Sections opened so far: a lazily loaded one is rendered from its first visit on (and then stays mounted).
  const [visited, setVisited] = useState<ReadonlySet<SectionKey>>(() => new Set(["functions"]));
  const openSection = useCallback((key: SectionKey) => {
    setSection(key);
    setVisited((v) => (v.has(key) ? v : new Set([...v, key])));
  }, []);
  const [status, setStatus] = useState<Status | null>(null);
  const [outsideNotice, setOutsideNotice] = useState(!gateway.isInExcel);
  // An Excel without custom functions: sheets get native formulas, GHG.* formulas are not inserted.
  const [nativeNotice, setNativeNotice] = useState(needsNativeFormulas(gateway));
  const [event, setEvent] = useState<EventDraft>(EMPTY_EVENT);
  const storage = useMemo(() => browserStorage(), []);
  const [settings, setSettings] = useState<SettingsState>(() => loadSettings(storage));
  const [settingsNotSaved, setSettingsNotSaved] = useState(false);
  const buildSettings = useMemo(() => toBuildSettings(settings), [settings]);
  const [ledger, setLedger] = useState<LedgerForm>(EMPTY_LEDGER);
  const [certificate, setCertificate] = useState<CertificateDraft>(INITIAL_CERTIFICATE);
  const [project, setProject] = useState<ProjectForm>(() =>
    initialProjectForm(new Date().getFullYear())
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = strings.title;
  }, [language, strings]);

  useEffect(() => {
    setSettingsNotSaved(storage !== null && !saveSettings(storage, settings));
  }, [storage, settings]);

  // A failure nobody caught still reaches the user.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      setStatus({
        intent: "error",
        text: String(event.reason instanceof Error ? event.reason.message : event.reason),
      });
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);

  const insert = useCallback(
    async (formula: string) => {
      setStatus(null);
      try {
        await gateway.insertFormula(formula);
        setStatus({ intent: "success", text: strings.inserted(formula) });
      } catch (err) {
        setStatus(failureStatus(err, strings, formula));
      }
    },
    [gateway, strings]
  );

  const sectionProps = {
    gateway,
    data,
    language,
    strings,
    event,
    onEventChange: setEvent,
    settings: buildSettings,
    files,
  };

  return (
    <FluentProvider theme={theme} lang={language}>
      <div className={styles.page}>
        <Header strings={strings} isInExcel={gateway.isInExcel} />
        {(outsideNotice || nativeNotice || status) && (
          <div className={styles.notices}>
            {outsideNotice && (
              <StatusMessage
                status={{
                  intent: "info",
                  title: strings.outsideExcelTitle,
                  text: strings.outsideExcel,
                }}
                dismissLabel={strings.dismiss}
                onDismiss={() => setOutsideNotice(false)}
              />
            )}
            {nativeNotice && (
              <StatusMessage
                status={{
                  intent: "warning",
                  title: strings.noCustomFunctionsTitle,
                  text: strings.noCustomFunctions,
                }}
                dismissLabel={strings.dismiss}
                onDismiss={() => setNativeNotice(false)}
              />
            )}
            {status && (
              <StatusMessage
                status={status}
                dismissLabel={strings.dismiss}
                onDismiss={() => setStatus(null)}
              />
            )}
          </div>
        )}
        <nav className={styles.nav}>
          <TabList
            selectedValue={section}
            onTabSelect={(_, d) => openSection(d.value as SectionKey)}
            aria-label={strings.sectionsLabel}
            size="medium"
            className={styles.tabs}
          >
            {SECTION_ROWS.map((row, r) => [
              r > 0 ? <div key={`break-${r}`} role="none" className={styles.rowBreak} /> : null,
              ...row.map((key) =>
                key === "settings" ? (
                  <Tooltip key={key} content={strings.sections[key]} relationship="label">
                    <Tab
                      value={key}
                      id={`tab-${key}`}
                      aria-controls={`panel-${key}`}
                      className={styles.tab}
                      icon={<SettingsRegular />}
                    />
                  </Tooltip>
                ) : (
                  <Tab
                    key={key}
                    value={key}
                    id={`tab-${key}`}
                    aria-controls={`panel-${key}`}
                    className={styles.tab}
                  >
                    {strings.sections[key]}
                  </Tab>
                )
              ),
            ])}
          </TabList>
        </nav>
        <main className={styles.main}>
          <div
            role="tabpanel"
            id="panel-functions"
            aria-labelledby="tab-functions"
            hidden={section !== "functions"}
          >
            <FunctionCatalog
              catalog={catalog}
              language={language}
              strings={strings}
              onInsert={gateway.isInExcel && gateway.customFunctions ? insert : undefined}
            />
          </div>
          <div
            role="tabpanel"
            id="panel-sheet"
            aria-labelledby="tab-sheet"
            hidden={section !== "sheet"}
          >
            <SheetSection {...sectionProps} />
          </div>
          <div
            role="tabpanel"
            id="panel-questionnaire"
            aria-labelledby="tab-questionnaire"
            hidden={section !== "questionnaire"}
          >
            <QuestionnaireSection {...sectionProps} />
          </div>
          <div
            role="tabpanel"
            id="panel-collect"
            aria-labelledby="tab-collect"
            hidden={section !== "collect"}
          >
            <CollectSection {...sectionProps} />
          </div>
          <div
            role="tabpanel"
            id="panel-disclosure"
            aria-labelledby="tab-disclosure"
            hidden={section !== "disclosure"}
          >
            <DisclosureSection {...sectionProps} />
          </div>
          <div
            role="tabpanel"
            id="panel-ledger"
            aria-labelledby="tab-ledger"
            hidden={section !== "ledger"}
          >
            {visited.has("ledger") && (
              <LazySection strings={strings}>
                <LedgerSection
                  gateway={gateway}
                  language={language}
                  strings={strings}
                  form={ledger}
                  onChange={setLedger}
                  certificate={certificate}
                />
              </LazySection>
            )}
          </div>
          <div
            role="tabpanel"
            id="panel-certificate"
            aria-labelledby="tab-certificate"
            hidden={section !== "certificate"}
          >
            {visited.has("certificate") && (
              <LazySection strings={strings}>
                <CertificateSection
                  gateway={gateway}
                  strings={strings}
                  draft={certificate}
                  onChange={setCertificate}
                  ledger={ledger}
                />
              </LazySection>
            )}
          </div>
          <div
            role="tabpanel"
            id="panel-project"
            aria-labelledby="tab-project"
            hidden={section !== "project"}
          >
            {visited.has("project") && (
              <LazySection strings={strings}>
                <ProjectSection
                  gateway={gateway}
                  language={language}
                  strings={strings}
                  settings={buildSettings}
                  form={project}
                  onChange={setProject}
                />
              </LazySection>
            )}
          </div>
          <div
            role="tabpanel"
            id="panel-plan"
            aria-labelledby="tab-plan"
            hidden={section !== "plan"}
          >
            {visited.has("plan") && (
              <LazySection strings={strings}>
                <PlanSection
                  gateway={gateway}
                  strings={strings}
                  settings={buildSettings}
                  ledger={ledger}
                  project={project}
                  event={event}
                />
              </LazySection>
            )}
          </div>
          <div
            role="tabpanel"
            id="panel-settings"
            aria-labelledby="tab-settings"
            hidden={section !== "settings"}
          >
            <SettingsSection
              value={settings}
              onChange={setSettings}
              language={language}
              strings={strings}
              notSaved={settingsNotSaved}
            />
          </div>
        </main>
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
