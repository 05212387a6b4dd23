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
import { CollectSection } from "../components/CollectSection";
import { DisclosureSection } from "../components/DisclosureSection";
import { FunctionCatalog } from "../components/FunctionCatalog";
import { QuestionnaireSection } from "../components/QuestionnaireSection";
import { SettingsSection } from "../components/SettingsSection";
import { SheetSection, type SectionProps } from "../components/SheetSection";
import type { FileOperations } from "../files/file-operations";
import type { PaneStrings, SectionKey } from "../i18n";
import type { BuildSettings } from "../../sheets/builders/options";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import type { CertificateDraft } from "../state/certificate-form";
import type { EventDraft } from "../state/event-form";
import type { LedgerForm, ProjectForm } from "../state/form-drafts";
import type { ScenarioData } from "../state/scenario-data";
import type { Checked } from "../state/issues";
import type { SettingsState } from "../state/settings";

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
  readonly catalog: readonly FunctionInfo[];
  readonly data: ScenarioData;
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
}

export interface PaneSection {
  readonly key: SectionKey;
  /** Lazy sections are rendered from their first visit on, inside LazySection (their code is chunk pane-projects). */
  readonly lazy: boolean;
  readonly render: (pane: PaneState) => ReactNode;
}

function section<P extends object>(
  key: SectionKey,
  Component: ComponentType<P>,
  props: (pane: PaneState) => P,
  loading: "eager" | "lazy" = "eager"
): PaneSection {
  return { key, lazy: loading === "lazy", render: (pane) => <Component {...props(pane)} /> };
}

/** The props of the sections that lay out an event (算定シート, 調査票, 回収, 情報開示). */
function eventProps(pane: PaneState): SectionProps {
  const { gateway, data, language, strings, event, setEvent, buildSettings, files } = pane;
  return {
    gateway,
    data,
    language,
    strings,
    event,
    onEventChange: setEvent,
    settings: buildSettings,
    files,
  };
}

export const PANE_SECTIONS: readonly PaneSection[] = [
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
  section(
    "ledger",
    LedgerSection,
    (p) => ({
      gateway: p.gateway,
      language: p.language,
      strings: p.strings,
      form: p.ledger,
      onChange: p.setLedger,
      certificate: p.certificate,
    }),
    "lazy"
  ),
  section(
    "certificate",
    CertificateSection,
    (p) => ({
      gateway: p.gateway,
      strings: p.strings,
      draft: p.certificate,
      onChange: p.setCertificate,
      ledger: p.ledger,
    }),
    "lazy"
  ),
  section(
    "project",
    ProjectSection,
    (p) => ({
      gateway: p.gateway,
      language: p.language,
      strings: p.strings,
      settings: p.buildSettings,
      form: p.project,
      onChange: p.setProject,
    }),
    "lazy"
  ),
  section(
    "plan",
    PlanSection,
    (p) => ({
      gateway: p.gateway,
      strings: p.strings,
      settings: p.buildSettings,
      ledger: p.ledger,
      project: p.project,
      event: p.event,
    }),
    "lazy"
  ),
  section("settings", SettingsSection, (p) => ({
    value: p.settings,
    onChange: p.setSettings,
    language: p.language,
    strings: p.strings,
    notSaved: p.settingsNotSaved,
  })),
];
