/** 企画書: which scenario's plan, its title and department, and which sheets it is built with (pure). */
import type { PlanRequest } from "../../sheets/builders/project-options";
import { defaultMethodOf, findActivityType, findScenario } from "../../scenarios";
import type { BoundaryRequest, BuildSettings, EventInfo } from "../../sheets/builders/options";
import { checked, type Checked, type FormIssue } from "./issues";
import type { PlanDraft } from "./plan-draft";

export { INITIAL_PLAN, PLAN_SCENARIOS, planSourceOf, type PlanDraft } from "./plan-draft";
/**
 * The request without sources (planLayouts adds the keys of the layouts built together). An empty title becomes the
 * template's (カーボン・オフセット企画書（A1：…）); an empty department prints 〇〇部〇〇課, which is worth a warning.
 */
export function toPlanRequest(draft: PlanDraft): Checked<PlanRequest> {
  const issues: FormIssue[] = [];
  if (draft.department.trim() === "")
    issues.push({ field: "plan", input: "department", code: "required", severity: "warning" });
  return checked(
    { scenario: draft.scenario, title: draft.title.trim(), department: draft.department.trim() },
    issues
  );
}

/** The boundary an A1/A2 plan is built with: the shared event, the scenario's default actors and methods. */
export function planBoundaryRequest(
  scenario: "A1" | "A2",
  event: EventInfo,
  settings: BuildSettings
): BoundaryRequest {
  const activities = (findScenario(scenario)?.actors ?? []).flatMap((actor) =>
    actor.activities.flatMap((activityKey) => {
      const activity = findActivityType(activityKey);
      const method = activity ? defaultMethodOf(activity) : undefined;
      return method ? [{ actorKey: actor.key, activityKey, methodKey: method.key }] : [];
    })
  );
  return { scenario, event, activities, settings };
}
