/**
 * The shared event (./event-drafts) as each event section reads it, with the scenario data: the actors of the chosen
 * scenario (as chosen, or the guidebook's boundary), and the forms of 算定シート, 調査票 and 情報開示 made from it.
 */
import { defaultActorDrafts, replaceActor, type ActorDraft } from "./activity-selection";
import type { BoundaryForm } from "./boundary-form";
import type { DisclosureForm } from "./disclosure-form";
import type {
  EventDraftsUpdate,
  QuestionnaireExtras,
  SharedEvent,
  SheetOutputs,
} from "./event-drafts";
import type { QuestionnaireForm } from "./questionnaire-form";
import { actorOptions, type ScenarioData } from "./scenario-data";

/** The actors of the chosen scenario: as chosen before, or the guidebook's boundary. */
export function sharedActors(shared: SharedEvent, data: ScenarioData): readonly ActorDraft[] {
  return shared.choices[shared.scenario] ?? defaultActorDrafts(data, shared.scenario);
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

/** One actor of the shared scenario as changed in any section. */
export const withActor =
  (data: ScenarioData, actor: ActorDraft): EventDraftsUpdate =>
  (d) => ({ ...d, shared: replaceSharedActor(d.shared, data, actor) });

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

/** A form's change as its section's parts make it: the new form, or a function of the form before. */
export type FormChange<F> = F | ((before: F) => F);

function changed<F>(before: F, change: FormChange<F>): F {
  return typeof change === "function" ? (change as (f: F) => F)(before) : change;
}

/** A change 算定シート's parts make to its form, written back into the shared event and the sheet's outputs. */
export const withBoundaryForm =
  (data: ScenarioData, change: FormChange<BoundaryForm>): EventDraftsUpdate =>
  (d) => {
    const before = boundaryFormOf(d.shared, data, d.sheet);
    const after = changed(before, change);
    const choices =
      after.actors === before.actors && after.scenario === before.scenario
        ? d.shared.choices
        : { ...d.shared.choices, [after.scenario]: after.actors };
    return {
      ...d,
      shared: {
        ...d.shared,
        scenario: after.scenario,
        participantsPay: after.participantsPay,
        choices,
      },
      sheet: { withQuestionnaires: after.withQuestionnaires, withDisclosure: after.withDisclosure },
    };
  };

/**
 * A change 調査票's parts make to its form: another actor is only a choice of whom to ask (the actor's activities
 * are those chosen for it in the shared event); the same actor changed is changed in the shared event.
 */
export const withQuestionnaireForm =
  (data: ScenarioData, change: FormChange<QuestionnaireForm>): EventDraftsUpdate =>
  (d) => {
    const before = questionnaireFormOf(d.shared, data, d.questionnaire);
    const after = changed(before, change);
    let shared = { ...d.shared, scenario: after.scenario };
    const sameActor = after.actor?.actorKey === before.actor?.actorKey;
    if (after.actor && sameActor && after.actor !== before.actor)
      shared = replaceSharedActor(shared, data, after.actor);
    return {
      ...d,
      shared,
      questionnaire: {
        actorKey: after.actor?.actorKey ?? d.questionnaire.actorKey,
        replyBy: after.replyBy,
        contact: after.contact,
      },
    };
  };
