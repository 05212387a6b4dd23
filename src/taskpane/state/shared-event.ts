/**
 * One event for every section that lays it out (算定シート, 調査票, 回収, 情報開示, 企画書): its scenario, its details,
 * who bears the cost (参加者負担) and the activity choices. The choices are kept per scenario, so switching to another
 * scenario and back restores what was chosen; a scenario never chosen before starts from the guidebook's boundary.
 */
import type { ScenarioId } from "../../scenarios/types";
import { defaultActorDrafts, replaceActor, type ActorDraft } from "./activity-selection";
import type { BoundaryForm } from "./boundary-form";
import type { DisclosureForm } from "./disclosure-form";
import { EMPTY_EVENT, type EventDraft } from "./event-form";
import type { QuestionnaireForm } from "./questionnaire-form";
import { actorOptions, type ScenarioData } from "./scenario-data";

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

/** The actors of the chosen scenario: as chosen before, or the guidebook's boundary. */
export function sharedActors(shared: SharedEvent, data: ScenarioData): readonly ActorDraft[] {
  return shared.choices[shared.scenario] ?? defaultActorDrafts(data, shared.scenario);
}

/** Another scenario; the choices made for every scenario stay (switching back restores them). */
export function changeSharedScenario(shared: SharedEvent, scenario: ScenarioId): SharedEvent {
  return { ...shared, scenario };
}

/** One actor of the chosen scenario as changed (its inclusion, activities or methods). */
export function replaceSharedActor(
  shared: SharedEvent,
  data: ScenarioData,
  actor: ActorDraft
): SharedEvent {
  const actors = replaceActor(sharedActors(shared, data), actor);
  return { ...shared, choices: { ...shared.choices, [shared.scenario]: actors } };
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

export function boundaryFormOf(
  shared: SharedEvent,
  data: ScenarioData,
  outputs: SheetOutputs
): BoundaryForm {
  return {
    scenario: shared.scenario,
    actors: sharedActors(shared, data),
    participantsPay: shared.participantsPay,
    ...outputs,
  };
}

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

/** The questionnaire asks one actor of the shared scenario about the activities chosen for it there. */
export function questionnaireFormOf(
  shared: SharedEvent,
  data: ScenarioData,
  extras: QuestionnaireExtras
): QuestionnaireForm {
  const actors = sharedActors(shared, data);
  const known = new Set(actorOptions(data, shared.scenario).map((o) => o.key));
  const actor =
    actors.find((a) => a.actorKey === extras.actorKey && known.has(a.actorKey)) ??
    actors.find((a) => known.has(a.actorKey)) ??
    null;
  return { scenario: shared.scenario, actor, replyBy: extras.replyBy, contact: extras.contact };
}

export function disclosureFormOf(shared: SharedEvent): DisclosureForm {
  return { scenario: shared.scenario, participantsPay: shared.participantsPay };
}

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

/** One actor of the shared scenario as changed in any section. */
export const withActor =
  (data: ScenarioData, actor: ActorDraft): EventDraftsUpdate =>
  (d) => ({ ...d, shared: replaceSharedActor(d.shared, data, actor) });

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
