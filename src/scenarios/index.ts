/** PLACEHOLDER — replaced by the scenario data modules. Exports: SCENARIOS, ACTIVITY_TYPES, findScenario, findActivityType, findMethod. */
import type { ActivityType, CalculationMethod, Scenario, ScenarioId } from "./types";

export const ACTIVITY_TYPES: readonly ActivityType[] = [];
export const SCENARIOS: readonly Scenario[] = [];

export function findScenario(id: ScenarioId): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
export function findActivityType(key: string): ActivityType | undefined {
  return ACTIVITY_TYPES.find((a) => a.key === key);
}
export function findMethod(key: string): { activity: ActivityType; method: CalculationMethod } | undefined {
  for (const activity of ACTIVITY_TYPES) {
    const method = activity.methods.find((m) => m.key === key);
    if (method) return { activity, method };
  }
  return undefined;
}
