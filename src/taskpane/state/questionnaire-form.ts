/** 調査票: one actor's activities, as a QuestionnaireRequest. */
import type { QuestionnaireRequest } from "../../sheets/builders/options";
import type { ScenarioId } from "../../scenarios/types";
import { activityChoices, defaultActorDraft, type ActorDraft } from "./activity-selection";
import { toEventInfo, type EventDraft } from "./event-form";
import { checked, type Checked, type FormIssue } from "./issues";
import { actorOptions, type ScenarioData } from "./scenario-data";

export interface QuestionnaireForm {
  readonly scenario: ScenarioId;
  /** null when the scenario has no actors (data missing). */
  readonly actor: ActorDraft | null;
  /** 回答期限 */
  readonly replyBy: string;
  /** 回答の提出先・問い合わせ先 */
  readonly contact: string;
}

function firstActor(
  data: ScenarioData,
  scenario: ScenarioId,
  actorKey?: string
): ActorDraft | null {
  const actors = actorOptions(data, scenario);
  const actor = actors.find((a) => a.key === actorKey) ?? actors[0];
  return actor ? defaultActorDraft(data, actor.key, actor.defaultActivities, true) : null;
}

export function initialQuestionnaireForm(
  data: ScenarioData,
  scenario: ScenarioId = "A1"
): QuestionnaireForm {
  return { scenario, actor: firstActor(data, scenario), replyBy: "", contact: "" };
}

export function changeQuestionnaireScenario(
  form: QuestionnaireForm,
  data: ScenarioData,
  scenario: ScenarioId
): QuestionnaireForm {
  return { ...form, scenario, actor: firstActor(data, scenario) };
}

/** Another actor starts from that actor's default activities. */
export function changeQuestionnaireActor(
  form: QuestionnaireForm,
  data: ScenarioData,
  actorKey: string
): QuestionnaireForm {
  return { ...form, actor: firstActor(data, form.scenario, actorKey) };
}

export function toQuestionnaireRequest(
  data: ScenarioData,
  form: QuestionnaireForm,
  eventDraft: EventDraft
): Checked<QuestionnaireRequest> {
  const event = toEventInfo(eventDraft);
  const all: FormIssue[] = [];
  if (!form.actor) {
    all.push({ field: "actor", code: "none-selected", severity: "error" });
  }
  const { choices, issues } = form.actor
    ? activityChoices(data, [{ ...form.actor, included: true }])
    : { choices: [], issues: [] };
  all.push(...issues);
  all.push(...(event.ok ? event.warnings : event.issues));
  if (!event.ok || !form.actor) return { ok: false, issues: all };
  const replyBy = form.replyBy.trim();
  const contact = form.contact.trim();
  return checked(
    {
      scenario: form.scenario,
      actorKey: form.actor.actorKey,
      activities: choices,
      event: event.value,
      ...(replyBy ? { replyBy } : {}),
      ...(contact ? { contact } : {}),
    },
    all
  );
}
