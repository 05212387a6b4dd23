/** The guidebook's method as data: scenarios, activity types and their calculation methods. The pane and the sheet builders import from here. */
import { ACTIVITY_TYPES } from "./activity-types";
import { SCENARIOS } from "./scenarios";
import type { ActivityType, CalculationMethod, Scenario, ScenarioId } from "./types";

export { ACTIVITY_TYPES, SCENARIOS };

const activityTypes: readonly ActivityType[] = ACTIVITY_TYPES;
const scenarios: readonly Scenario[] = SCENARIOS;

export function findScenario(id: ScenarioId): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
export function findActivityType(key: string): ActivityType | undefined {
  return activityTypes.find((a) => a.key === key);
}
export function findMethod(
  key: string
): { activity: ActivityType; method: CalculationMethod } | undefined {
  for (const activity of activityTypes) {
    const method = activity.methods.find((m) => m.key === key);
    if (method) return { activity, method };
  }
  return undefined;
}

/**
 * The method a new boundary row starts with: the guidebook lists the most precise method first (e.g. 燃料法), but
 * its fuel used is only known afterwards; the first method whose inputs are all asked for the estimate gives both
 * a 事前算定 and a 事後算定, so it is the better default. The user can still pick any method.
 */
export function defaultMethodOf(activity: ActivityType): CalculationMethod | undefined {
  const usedInputsAskedBefore = (method: CalculationMethod) =>
    method.inputs.every((input) => input.asked.pre || !method.formula.includes(`{${input.key}}`));
  return activity.methods.find(usedInputsAskedBefore) ?? activity.methods[0];
}
