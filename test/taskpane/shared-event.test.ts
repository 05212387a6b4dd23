/** One event for every event section: the scenario and the choices made for it are the same wherever they are read. */
import {
  defaultActorDrafts,
  setActivityIncluded,
} from "../../src/taskpane/state/activity-selection";
import { initialBoundaryForm } from "../../src/taskpane/state/boundary-form";
import { initialQuestionnaireForm } from "../../src/taskpane/state/questionnaire-form";
import { bundledScenarioData } from "../../src/taskpane/state/scenario-data";
import {
  INITIAL_EVENT_DRAFTS,
  INITIAL_QUESTIONNAIRE_EXTRAS,
  INITIAL_SHARED_EVENT,
  INITIAL_SHEET_OUTPUTS,
  changeSharedScenario,
  withEvent,
  withQuestionnaireExtras,
  withScenario,
  withSheetOutputs,
  withWhoPays,
  type SharedEvent,
} from "../../src/taskpane/state/event-drafts";
import {
  boundaryFormOf,
  disclosureFormOf,
  questionnaireFormOf,
  replaceSharedActor,
  sharedActors,
  withActor,
  withBoundaryForm,
  withQuestionnaireForm,
} from "../../src/taskpane/state/shared-event";

const data = bundledScenarioData();

/** The first actor of the shared scenario with activities, its first activity left out. */
function leaveOutFirstActivity(shared: SharedEvent): SharedEvent {
  const actor = sharedActors(shared, data).find((a) => a.activities.length > 0)!;
  return replaceSharedActor(
    shared,
    data,
    setActivityIncluded(actor, actor.activities[0]!.activityKey, false)
  );
}

test("at first every section starts as it did on its own: A1 with the guidebook's boundary", () => {
  const shared = INITIAL_SHARED_EVENT;
  expect(boundaryFormOf(shared, data, INITIAL_SHEET_OUTPUTS)).toEqual(initialBoundaryForm(data));
  const questionnaire = questionnaireFormOf(shared, data, INITIAL_QUESTIONNAIRE_EXTRAS);
  const alone = initialQuestionnaireForm(data);
  expect(questionnaire.scenario).toBe(alone.scenario);
  expect(questionnaire.actor?.actorKey).toBe(alone.actor?.actorKey);
  expect(questionnaire.actor?.activities).toEqual(alone.actor?.activities);
  expect(disclosureFormOf(shared)).toEqual({ scenario: "A1", participantsPay: false });
});

test("the scenario and who pays chosen once are those of the sheet, the questionnaire and the disclosure", () => {
  const shared = { ...changeSharedScenario(INITIAL_SHARED_EVENT, "A2"), participantsPay: true };
  expect(boundaryFormOf(shared, data, INITIAL_SHEET_OUTPUTS).scenario).toBe("A2");
  expect(boundaryFormOf(shared, data, INITIAL_SHEET_OUTPUTS).participantsPay).toBe(true);
  expect(questionnaireFormOf(shared, data, INITIAL_QUESTIONNAIRE_EXTRAS).scenario).toBe("A2");
  expect(disclosureFormOf(shared)).toEqual({ scenario: "A2", participantsPay: true });
});

test("activities left out in one section are left out in the other", () => {
  const shared = leaveOutFirstActivity(INITIAL_SHARED_EVENT);
  const boundaryActors = boundaryFormOf(shared, data, INITIAL_SHEET_OUTPUTS).actors;
  const asked = questionnaireFormOf(shared, data, INITIAL_QUESTIONNAIRE_EXTRAS).actor!;
  expect(boundaryActors.find((a) => a.actorKey === asked.actorKey)).toEqual(asked);
  expect(asked.activities[0]!.included).toBe(false);
});

test("switching scenario keeps each scenario's choices: switching back restores them", () => {
  const chosen = leaveOutFirstActivity(INITIAL_SHARED_EVENT);
  const a1Actors = sharedActors(chosen, data);
  const onD1 = changeSharedScenario(chosen, "D1");
  expect(sharedActors(onD1, data)).toEqual(defaultActorDrafts(data, "D1"));
  const back = changeSharedScenario(onD1, "A1");
  expect(sharedActors(back, data)).toEqual(a1Actors);
  expect(sharedActors(back, data)).not.toEqual(defaultActorDrafts(data, "A1"));
});

test("the questionnaire asks the actor chosen, or the scenario's first when that actor is not in it", () => {
  const actors = sharedActors(INITIAL_SHARED_EVENT, data);
  const second = actors[1]!.actorKey;
  const extras = { ...INITIAL_QUESTIONNAIRE_EXTRAS, actorKey: second };
  expect(questionnaireFormOf(INITIAL_SHARED_EVENT, data, extras).actor?.actorKey).toBe(second);
  const unknown = { ...extras, actorKey: "no-such-actor" };
  expect(questionnaireFormOf(INITIAL_SHARED_EVENT, data, unknown).actor?.actorKey).toBe(
    actors[0]!.actorKey
  );
});

test("the sections' updates change their own part and leave the rest as it was", () => {
  const start = INITIAL_EVENT_DRAFTS;
  const a2 = withScenario("A2")(start);
  expect(a2.shared.scenario).toBe("A2");
  expect(a2.sheet).toBe(start.sheet);
  const paying = withWhoPays(true)(a2);
  expect(disclosureFormOf(paying.shared)).toEqual({ scenario: "A2", participantsPay: true });
  const named = withEvent({ ...start.shared.event, name: "フェスタ" })(paying);
  expect(named.shared.event.name).toBe("フェスタ");
  expect(named.shared.participantsPay).toBe(true);
  const outputs = withSheetOutputs({ withDisclosure: false })(named);
  expect(outputs.sheet).toEqual({ withQuestionnaires: true, withDisclosure: false });
  const asked = withQuestionnaireExtras({ contact: "環境課" })(outputs);
  expect(asked.questionnaire).toEqual({ ...start.questionnaire, contact: "環境課" });
  const actor = sharedActors(asked.shared, data).find((a) => a.activities.length > 0)!;
  const left = withActor(
    data,
    setActivityIncluded(actor, actor.activities[0]!.activityKey, false)
  )(asked);
  expect(left.shared.choices.A2).toBeDefined();
  expect(left.shared.choices.A1).toBeUndefined();
});

test("a change 算定シート's parts make goes into the shared event and the sheet's outputs", () => {
  const start = INITIAL_EVENT_DRAFTS;
  const changed = withBoundaryForm(data, (f) => ({
    ...f,
    participantsPay: true,
    withQuestionnaires: false,
    actors: f.actors.map((a, i) => (i === 0 ? { ...a, included: !a.included } : a)),
  }))(start);
  expect(changed.shared.participantsPay).toBe(true);
  expect(changed.sheet.withQuestionnaires).toBe(false);
  expect(changed.shared.choices.A1?.[0]?.included).toBe(
    !sharedActors(start.shared, data)[0]!.included
  );
  // Nothing changed: nothing is written into the choices.
  expect(withBoundaryForm(data, (f) => f)(start).shared.choices).toBe(start.shared.choices);
});

test("調査票: another actor is only whom to ask; the same actor changed is changed for every section", () => {
  const start = INITIAL_EVENT_DRAFTS;
  const actors = sharedActors(start.shared, data);
  const other = actors[1]!;
  const asked = withQuestionnaireForm(data, (f) => ({ ...f, actor: { ...other, activities: [] } }))(
    start
  );
  expect(asked.questionnaire.actorKey).toBe(other.actorKey);
  expect(asked.shared.choices).toBe(start.shared.choices);

  const form = questionnaireFormOf(asked.shared, data, asked.questionnaire);
  const left = setActivityIncluded(form.actor!, form.actor!.activities[0]!.activityKey, false);
  const changed = withQuestionnaireForm(data, (f) => ({ ...f, actor: left, replyBy: "3月末" }))(
    asked
  );
  expect(changed.questionnaire.replyBy).toBe("3月末");
  const inSheet = boundaryFormOf(changed.shared, data, changed.sheet).actors;
  expect(inSheet.find((a) => a.actorKey === other.actorKey)).toEqual(left);
});
