/** 算定シート: the form and the WorkbookRequest it becomes. */
import type { BuildSettings } from "../../sheets/builders/options";
import type { WorkbookRequest } from "../../sheets/builders";
import type { ScenarioId } from "../../scenarios/types";
import { activityChoices, defaultActorDrafts, type ActorDraft } from "./activity-selection";
import { toEventInfo, type EventDraft } from "./event-form";
import { checked, type Checked, type FormIssue } from "./issues";
import type { ScenarioData } from "./scenario-data";

export interface BoundaryForm {
  readonly scenario: ScenarioId;
  readonly actors: readonly ActorDraft[];
  /** 調査票も作成: one questionnaire per actor, linked to the boundary's input cells. */
  readonly withQuestionnaires: boolean;
  /** 情報開示シートも作成 */
  readonly withDisclosure: boolean;
  /** Whether participants pay for the offset (which disclosure table applies). */
  readonly participantsPay: boolean;
}

export function initialBoundaryForm(data: ScenarioData, scenario: ScenarioId = "A1"): BoundaryForm {
  return {
    scenario,
    actors: defaultActorDrafts(data, scenario),
    withQuestionnaires: true,
    withDisclosure: true,
    participantsPay: false,
  };
}

/** A new scenario starts again from its default boundary; the options stay as they were. */
export function changeBoundaryScenario(
  form: BoundaryForm,
  data: ScenarioData,
  scenario: ScenarioId
): BoundaryForm {
  return { ...form, scenario, actors: defaultActorDrafts(data, scenario) };
}

export function toWorkbookRequest(
  data: ScenarioData,
  form: BoundaryForm,
  eventDraft: EventDraft,
  settings: Checked<BuildSettings>
): Checked<WorkbookRequest> {
  const event = toEventInfo(eventDraft);
  const { choices, issues } = activityChoices(data, form.actors);
  const all: FormIssue[] = [...issues];
  all.push(...(event.ok ? event.warnings : event.issues));
  all.push(
    ...(settings.ok
      ? settings.warnings
      : [{ field: "settings", code: "unknown", severity: "error" } as const])
  );
  if (!event.ok || !settings.ok) return { ok: false, issues: all };
  return checked(
    {
      scenario: form.scenario,
      event: event.value,
      activities: choices,
      settings: settings.value,
      withQuestionnaires: form.withQuestionnaires,
      withDisclosure: form.withDisclosure,
      participantsPay: form.participantsPay,
    },
    all
  );
}
