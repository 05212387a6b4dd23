/** 情報開示: the scenario and who pays, as a DisclosureRequest. */
import type { DisclosureRequest } from "../../sheets/builders/options";
import type { ScenarioId } from "../../scenarios/types";
import { toEventInfo, type EventDraft } from "./event-form";
import { checked, type Checked, type FormIssue } from "./issues";
import { findScenarioIn, type ScenarioData } from "./scenario-data";

export interface DisclosureForm {
  readonly scenario: ScenarioId;
  /** Whether participants pay for the offset (A1 and D1 have a table for each case). */
  readonly participantsPay: boolean;
}

export function initialDisclosureForm(scenario: ScenarioId = "A1"): DisclosureForm {
  return { scenario, participantsPay: false };
}

/** Whether the scenario's disclosure tables depend on who pays (known only once the scenario data exists). */
export function dependsOnWhoPays(data: ScenarioData, scenario: ScenarioId): boolean | undefined {
  const found = findScenarioIn(data, scenario);
  if (!found || found.disclosure.length === 0) return undefined;
  return found.disclosure.some((t) => t.appliesWhen !== "always");
}

export function toDisclosureRequest(
  data: ScenarioData,
  form: DisclosureForm,
  eventDraft: EventDraft
): Checked<DisclosureRequest> {
  const event = toEventInfo(eventDraft);
  const all: FormIssue[] = [];
  all.push(...(event.ok ? event.warnings : event.issues));
  if (!event.ok) return { ok: false, issues: all };
  return checked(
    { scenario: form.scenario, participantsPay: form.participantsPay, event: event.value },
    all
  );
}
