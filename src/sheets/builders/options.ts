/** What the user chooses in the pane; every builder is a pure function of these. */
import { defaultMethodOf, findActivityType, findScenario } from "../../scenarios";
import type { ScenarioId } from "../../scenarios/types";

/** Defaults written into each new sheet as visible cells (formulas refer to those cells, never to a hidden setting). */
export interface BuildSettings {
  /** Factor set id, e.g. "jver-2011". */
  readonly factorSetId: string;
  /** Electricity factor: a factor key of the set (e.g. "tepco-2009-actual") or a number in kg-CO2/kWh. */
  readonly electricityFactor: string | number;
  /** Credit price assumed for the cost estimate, yen per t-CO2 (guidebook: 5,000–20,000). */
  readonly yenPerTonne: number;
}

export const DEFAULT_SETTINGS: BuildSettings = {
  factorSetId: "jver-2011",
  electricityFactor: "tepco-2009-actual",
  yenPerTonne: 10000,
};

/** One row of the boundary: an actor's activity computed by one method. */
export interface ActivityChoice {
  readonly actorKey: string;
  readonly activityKey: string;
  readonly methodKey: string;
  /** Optional label to tell two rows of the same activity apart (e.g. "搬入用 2tトラック"). */
  readonly note?: string;
}

/** Every activity of every actor of the scenario with its default method: the guidebook's example boundary. */
export function defaultActivities(scenario: ScenarioId): ActivityChoice[] {
  return (findScenario(scenario)?.actors ?? []).flatMap((actor) =>
    actor.activities.flatMap((activityKey) => {
      const activity = findActivityType(activityKey);
      const method = activity ? defaultMethodOf(activity) : undefined;
      return method ? [{ actorKey: actor.key, activityKey, methodKey: method.key }] : [];
    })
  );
}

export interface EventInfo {
  /** 名称 (event, office or tour name). */
  readonly name: string;
  readonly dates: string;
  readonly place: string;
  readonly organizer: string;
  /** Expected participants (for thresholds and per-participant figures); 0 when unknown. */
  readonly participants: number;
  /** Days the event lasts (for the per-day thresholds); 1 when unknown. */
  readonly days: number;
  /** Whether participants pay an entry fee (Hyogo's threshold; which disclosure table applies). */
  readonly paidEntry: boolean;
}

export interface BoundaryRequest {
  readonly scenario: ScenarioId;
  readonly event: EventInfo;
  readonly activities: readonly ActivityChoice[];
  readonly settings: BuildSettings;
}

export interface QuestionnaireRequest {
  readonly scenario: ScenarioId;
  readonly actorKey: string;
  readonly activities: readonly ActivityChoice[];
  readonly event: EventInfo;
  /** Reply-by date and who collects the answers, printed in the instructions. */
  readonly replyBy?: string;
  readonly contact?: string;
}

export interface DisclosureRequest {
  readonly scenario: ScenarioId;
  readonly participantsPay: boolean;
  readonly event: EventInfo;
  /** Key of the boundary layout built together, whose totals the notice texts quote by formula. */
  readonly boundaryKey?: string;
}
