/**
 * One event for every section that lays it out (算定シート, 調査票, 回収, 情報開示, 企画書): its scenario, its details,
 * who bears the cost (参加者負担) and the activity choices, with what 算定シート and 調査票 add to it. The choices are
 * kept per scenario, so switching to another scenario and back restores what was chosen. This module holds the state
 * and the changes that need no scenario data (App keeps it from start-up); ./shared-event reads it with the data.
 */
import type { ScenarioId } from "../../scenarios/types";
import type { ActorDraft } from "./activity-selection";
import { EMPTY_EVENT, type EventDraft } from "./event-form";

export interface SharedEvent {
  readonly scenario: ScenarioId;
  readonly event: EventDraft;
  /** Whether participants pay for the offset (which disclosure table applies). */
  readonly participantsPay: boolean;
  /** Each scenario's actors and activities as last left; a scenario missing here has its default boundary. */
  readonly choices: Readonly<Partial<Record<ScenarioId, readonly ActorDraft[]>>>;
}

export const INITIAL_SHARED_EVENT: SharedEvent = {
  scenario: "A1",
  event: EMPTY_EVENT,
  participantsPay: false,
  choices: {},
};

/** Another scenario; the choices made for every scenario stay (switching back restores them). */
export function changeSharedScenario(shared: SharedEvent, scenario: ScenarioId): SharedEvent {
  return { ...shared, scenario };
}

/** What only 算定シート adds to the shared event: which sheets are built with the boundary. */
export interface SheetOutputs {
  readonly withQuestionnaires: boolean;
  readonly withDisclosure: boolean;
}

export const INITIAL_SHEET_OUTPUTS: SheetOutputs = {
  withQuestionnaires: true,
  withDisclosure: true,
};

/** What only 調査票 adds: which actor is asked (the first of the scenario when none or an unknown one), and its texts. */
export interface QuestionnaireExtras {
  readonly actorKey: string;
  readonly replyBy: string;
  readonly contact: string;
}

export const INITIAL_QUESTIONNAIRE_EXTRAS: QuestionnaireExtras = {
  actorKey: "",
  replyBy: "",
  contact: "",
};

/** The event sections' drafts: the shared event, and what 算定シート and 調査票 add to it. */
export interface EventDrafts {
  readonly shared: SharedEvent;
  readonly sheet: SheetOutputs;
  readonly questionnaire: QuestionnaireExtras;
}

export const INITIAL_EVENT_DRAFTS: EventDrafts = {
  shared: INITIAL_SHARED_EVENT,
  sheet: INITIAL_SHEET_OUTPUTS,
  questionnaire: INITIAL_QUESTIONNAIRE_EXTRAS,
};

/** A change to one part of the event drafts, as the sections make it. */
export type EventDraftsUpdate = (drafts: EventDrafts) => EventDrafts;

/** Another scenario for every event section (each scenario's choices kept). */
export const withScenario =
  (scenario: ScenarioId): EventDraftsUpdate =>
  (d) => ({ ...d, shared: changeSharedScenario(d.shared, scenario) });

export const withWhoPays =
  (participantsPay: boolean): EventDraftsUpdate =>
  (d) => ({ ...d, shared: { ...d.shared, participantsPay } });

export const withEvent =
  (event: EventDraft): EventDraftsUpdate =>
  (d) => ({ ...d, shared: { ...d.shared, event } });

export const withSheetOutputs =
  (patch: Partial<SheetOutputs>): EventDraftsUpdate =>
  (d) => ({ ...d, sheet: { ...d.sheet, ...patch } });

export const withQuestionnaireExtras =
  (patch: Partial<QuestionnaireExtras>): EventDraftsUpdate =>
  (d) => ({ ...d, questionnaire: { ...d.questionnaire, ...patch } });
