/**
 * The pane's sections as a table: each row names its tab key, its component, how it loads and the props it takes from
 * the pane's state. App renders every row the same way (a tabpanel `panel-<key>` labelled by `tab-<key>`); the rows
 * are in the order of the panels in the page.
 */
import {
  lazy,
  type ComponentType,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from "react";
import type { FunctionInfo } from "../../core/functions/types";
import { StartPage } from "../components/StartPage";
import type { EventSectionProps } from "./bundled/with-scenario-data";
import type { FileOperations } from "../files/file-operations";
import type { PaneStrings, SectionKey } from "../i18n";
import type { BuildSettings } from "../../sheets/builders/options";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import type { CertificateDraft } from "../state/certificate-form";
import type { PlanSide } from "../state/drafts";
import type { EventDrafts, EventDraftsUpdate } from "../state/event-drafts";
import type { PlanDraft } from "../state/plan-draft";
import type { EventDraft } from "../state/event-form";
import type { LedgerForm, ProjectForm } from "../state/form-drafts";
import type { ScenarioData } from "../state/scenario-data";
import type { Checked } from "../state/issues";
import type { SettingsState } from "../state/settings";

// Every section but the start page loads its code the first time its tab is opened, one chunk per section (named
// pane-<section>; code several sections share goes to chunks webpack.config.js names after them).
const FunctionCatalog = lazy(
  () => import(/* webpackChunkName: "pane-functions" */ "./bundled/functions-section")
);
const SheetSection = lazy(
  () => import(/* webpackChunkName: "pane-sheet" */ "./bundled/sheet-section")
);
const QuestionnaireSection = lazy(
  () => import(/* webpackChunkName: "pane-questionnaire" */ "./bundled/questionnaire-section")
);
const CollectSection = lazy(
  () => import(/* webpackChunkName: "pane-collect" */ "./bundled/collect-section")
);
const DisclosureSection = lazy(
  () => import(/* webpackChunkName: "pane-disclosure" */ "./bundled/disclosure-section")
);
const SettingsSection = lazy(() =>
  import(/* webpackChunkName: "pane-settings" */ "../components/SettingsSection").then((m) => ({
    default: m.SettingsSection,
  }))
);
// 入力の保存 comes with 設定's code (the same chunk).
const DraftsControl = lazy(() =>
  import(/* webpackChunkName: "pane-settings" */ "./DraftsControl").then((m) => ({
    default: m.DraftsControl,
  }))
);
// The credit and project sections load together (chunk pane-projects) when one of them is first opened.
const loadProjectSections = () =>
  import(/* webpackChunkName: "pane-projects" */ "../components/project-sections");
const LedgerSection = lazy(() => loadProjectSections().then((m) => ({ default: m.LedgerSection })));
const CertificateSection = lazy(() =>
  loadProjectSections().then((m) => ({ default: m.CertificateSection }))
);
const ProjectSection = lazy(() =>
  loadProjectSections().then((m) => ({ default: m.ProjectSection }))
);
const PlanSection = lazy(() => loadProjectSections().then((m) => ({ default: m.PlanSection })));

/** Everything the sections take from App: the environment, and the state that outlives switching tabs. */
export interface PaneState {
  readonly gateway: ExcelGateway;
  /** The function catalogue; undefined: the bundled one, loaded with 関数. */
  readonly catalog?: readonly FunctionInfo[];
  /** The scenario data; undefined: the bundled data, loaded with the first event section. */
  readonly data?: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly files: FileOperations;
  /** Inserts a formula, or undefined where the catalog cannot insert (outside Excel, no custom functions). */
  readonly insert: ((formula: string) => Promise<void>) | undefined;
  readonly event: EventDraft;
  readonly setEvent: Dispatch<SetStateAction<EventDraft>>;
  readonly settings: SettingsState;
  readonly setSettings: Dispatch<SetStateAction<SettingsState>>;
  readonly settingsNotSaved: boolean;
  /** The settings as read for a request, or their issues. */
  readonly buildSettings: Checked<BuildSettings>;
  readonly ledger: LedgerForm;
  readonly setLedger: Dispatch<SetStateAction<LedgerForm>>;
  readonly certificate: CertificateDraft;
  readonly setCertificate: Dispatch<SetStateAction<CertificateDraft>>;
  readonly project: ProjectForm;
  readonly setProject: Dispatch<SetStateAction<ProjectForm>>;
  /** The event sections' shared drafts: scenario, event, who pays, the choices per scenario, and their extras. */
  readonly eventDrafts: EventDrafts;
  readonly onEventDraftsChange: (update: EventDraftsUpdate) => void;
  readonly plan: PlanDraft;
  readonly setPlan: Dispatch<SetStateAction<PlanDraft>>;
  readonly planSide: PlanSide;
  readonly setPlanSide: Dispatch<SetStateAction<PlanSide>>;
  /** Every form back to its start (「入力をクリア」); whether keeping the drafts failed. */
  readonly clearDrafts: () => void;
  readonly draftsNotSaved: boolean;
  /** Opens a section as its tab does (the start page's links). */
  readonly openSection: (key: SectionKey) => void;
}

/** 設定 as App keeps them (app/use-stored-settings.ts): their code loads just after the tabs show. */
export type StoredSettings = Pick<
  PaneState,
  "settings" | "setSettings" | "settingsNotSaved" | "buildSettings"
>;

/** What the pane has before the settings are read: all the start page needs. */
export type PaneBase = Omit<PaneState, keyof StoredSettings>;

/**
 * A section rendered at once (the start page, from the pane's base state), or lazily: from its first visit on, inside
 * LazySection, once its code and the settings have loaded.
 */
export type PaneSection =
  | {
      readonly key: SectionKey;
      readonly lazy: false;
      readonly render: (pane: PaneBase) => ReactNode;
    }
  | LazyPaneSection;

interface LazyPaneSection {
  readonly key: SectionKey;
  readonly lazy: true;
  readonly render: (pane: PaneState) => ReactNode;
}

function section<P extends object>(
  key: SectionKey,
  Component: ComponentType<P>,
  props: (pane: PaneState) => P
): LazyPaneSection {
  return { key, lazy: true, render: (pane) => <Component {...props(pane)} /> };
}

/** The props of the sections that lay out an event (算定シート, 調査票, 回収, 情報開示). */
function eventProps(pane: PaneState): EventSectionProps {
  const { gateway, data, language, strings, event, setEvent, buildSettings, files } = pane;
  return {
    gateway,
    data,
    language,
    strings,
    event,
    onEventChange: setEvent,
    drafts: pane.eventDrafts,
    onDraftsChange: pane.onEventDraftsChange,
    settings: buildSettings,
    files,
  };
}

const settingsRow = section("settings", SettingsSection, (p) => ({
  value: p.settings,
  onChange: p.setSettings,
  language: p.language,
  strings: p.strings,
  notSaved: p.settingsNotSaved,
}));

export const PANE_SECTIONS: readonly PaneSection[] = [
  {
    key: "start",
    lazy: false,
    render: (p) => <StartPage gateway={p.gateway} strings={p.strings} onOpen={p.openSection} />,
  },
  section("functions", FunctionCatalog, (p) => ({
    catalog: p.catalog,
    language: p.language,
    strings: p.strings,
    onInsert: p.insert,
  })),
  section("sheet", SheetSection, eventProps),
  section("questionnaire", QuestionnaireSection, eventProps),
  section("collect", CollectSection, eventProps),
  section("disclosure", DisclosureSection, eventProps),
  section("ledger", LedgerSection, (p) => ({
    gateway: p.gateway,
    language: p.language,
    strings: p.strings,
    form: p.ledger,
    onChange: p.setLedger,
    certificate: p.certificate,
  })),
  section("certificate", CertificateSection, (p) => ({
    gateway: p.gateway,
    strings: p.strings,
    draft: p.certificate,
    onChange: p.setCertificate,
    ledger: p.ledger,
  })),
  section("project", ProjectSection, (p) => ({
    gateway: p.gateway,
    language: p.language,
    strings: p.strings,
    settings: p.buildSettings,
    form: p.project,
    onChange: p.setProject,
  })),
  section("plan", PlanSection, (p) => ({
    gateway: p.gateway,
    strings: p.strings,
    settings: p.buildSettings,
    ledger: p.ledger,
    project: p.project,
    event: p.event,
    draft: p.plan,
    onDraftChange: p.setPlan,
    side: p.planSide,
    onSideChange: p.setPlanSide,
  })),
  {
    ...settingsRow,
    // 設定 ends with what is kept of the forms and 「入力をクリア」.
    render: (p: PaneState) => (
      <>
        {settingsRow.render(p)}
        <DraftsControl
          strings={p.strings}
          isInExcel={p.gateway.isInExcel}
          onClear={p.clearDrafts}
          notSaved={p.draftsNotSaved}
        />
      </>
    ),
  },
];
