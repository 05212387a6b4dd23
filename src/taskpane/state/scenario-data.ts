/**
 * What the forms offer for a scenario, from the scenario data (src/scenarios). The data may be incomplete while it
 * is being written: every function here copes with a missing scenario, an actor without activities, an unknown
 * activity key or an activity without methods.
 */
import { ACTIVITY_TYPES, SCENARIOS, defaultMethodOf } from "../../scenarios";
import type { ActivityType, CalculationMethod, Scenario, ScenarioId } from "../../scenarios/types";
import type { Label } from "../../core/data/types";

export interface ScenarioData {
  readonly scenarios: readonly Scenario[];
  readonly activityTypes: readonly ActivityType[];
}

/** The bundled data (a function, so tests can pass their own ScenarioData instead). */
export function bundledScenarioData(): ScenarioData {
  return { scenarios: SCENARIOS, activityTypes: ACTIVITY_TYPES };
}

/** Every scenario the builders accept, in the guidebook's order; shown even before its data exists. */
export const SCENARIO_IDS: readonly ScenarioId[] = ["A1", "A2", "D1", "blank"];

/** The actor of a scenario that has none of its own (白紙): every activity type may be added to it. */
export const FREE_ACTOR_KEY = "self";

export interface ActorOption {
  readonly key: string;
  /** Absent for the free actor (the pane names it). */
  readonly name?: Label;
  readonly role?: Label;
  /** The guidebook's boundary for this actor (known activity types only), selected by default. */
  readonly defaultActivities: readonly string[];
}

export function findScenarioIn(data: ScenarioData, id: ScenarioId): Scenario | undefined {
  return data.scenarios.find((s) => s.id === id);
}

export function findActivityIn(data: ScenarioData, key: string): ActivityType | undefined {
  return data.activityTypes.find((a) => a.key === key);
}

export function findMethodIn(
  data: ScenarioData,
  activityKey: string,
  methodKey: string
): CalculationMethod | undefined {
  return findActivityIn(data, activityKey)?.methods.find((m) => m.key === methodKey);
}

/**
 * The method a new row starts with (src/scenarios' defaultMethodOf: the first method that gives both a 事前 and a
 * 事後 estimate, else the first), or "" when the activity has none.
 */
export function defaultMethodKey(data: ScenarioData, activityKey: string): string {
  const activity = findActivityIn(data, activityKey);
  return (activity && defaultMethodOf(activity)?.key) ?? "";
}

/**
 * The actors offered for a scenario: its own; for 白紙 without actors of its own, one free actor with nothing
 * selected. A scenario whose data is missing has none.
 */
export function actorOptions(data: ScenarioData, id: ScenarioId): readonly ActorOption[] {
  const scenario = findScenarioIn(data, id);
  if (scenario && scenario.actors.length > 0) {
    return scenario.actors.map((actor) => ({
      key: actor.key,
      name: actor.name,
      role: actor.role,
      defaultActivities: unique(actor.activities).filter(
        (key) => findActivityIn(data, key) !== undefined
      ),
    }));
  }
  if (id === "blank") return [{ key: FREE_ACTOR_KEY, defaultActivities: [] }];
  return [];
}

/** Activity keys of the scenario's actors that the activity types do not define (data still being written). */
export function unknownActivities(data: ScenarioData, id: ScenarioId): readonly string[] {
  const scenario = findScenarioIn(data, id);
  if (!scenario) return [];
  return unique(scenario.actors.flatMap((a) => a.activities)).filter(
    (key) => findActivityIn(data, key) === undefined
  );
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}
