/** Which actors take part and which of their activities are computed by which method (pure, immutable updates). */
import type { ActivityChoice } from "../../sheets/builders/options";
import type { ScenarioId } from "../../scenarios/types";
import type { FormIssue } from "./issues";
import {
  actorOptions,
  defaultMethodKey,
  findActivityIn,
  findMethodIn,
  type ScenarioData,
} from "./scenario-data";
import type { ActivityType } from "../../scenarios/types";

export interface ActivityDraft {
  readonly activityKey: string;
  readonly included: boolean;
  /** "" when the activity has no method (data being written). */
  readonly methodKey: string;
}

export interface ActorDraft {
  readonly actorKey: string;
  readonly included: boolean;
  readonly activities: readonly ActivityDraft[];
}

/**
 * One actor with the guidebook's boundary: its activities selected, each with its default method. An actor without
 * activities in the boundary (a role only, e.g. the offset provider) starts left out unless `included` says otherwise.
 */
export function defaultActorDraft(
  data: ScenarioData,
  actorKey: string,
  activityKeys: readonly string[],
  included = activityKeys.length > 0
): ActorDraft {
  return {
    actorKey,
    included,
    activities: activityKeys.map((activityKey) => ({
      activityKey,
      included: true,
      methodKey: defaultMethodKey(data, activityKey),
    })),
  };
}

/** Every actor of the scenario with its default activities; included when it has some, or when it is the only one (白紙). */
export function defaultActorDrafts(
  data: ScenarioData,
  scenario: ScenarioId
): readonly ActorDraft[] {
  const actors = actorOptions(data, scenario);
  return actors.map((actor) =>
    defaultActorDraft(
      data,
      actor.key,
      actor.defaultActivities,
      actor.defaultActivities.length > 0 || actors.length === 1
    )
  );
}

function updateActor(
  drafts: readonly ActorDraft[],
  actorKey: string,
  update: (d: ActorDraft) => ActorDraft
): readonly ActorDraft[] {
  return drafts.map((d) => (d.actorKey === actorKey ? update(d) : d));
}

function updateActivity(
  actor: ActorDraft,
  activityKey: string,
  update: (a: ActivityDraft) => ActivityDraft
): ActorDraft {
  return {
    ...actor,
    activities: actor.activities.map((a) => (a.activityKey === activityKey ? update(a) : a)),
  };
}

export function setActorIncluded(
  drafts: readonly ActorDraft[],
  actorKey: string,
  included: boolean
): readonly ActorDraft[] {
  return updateActor(drafts, actorKey, (d) => ({ ...d, included }));
}

export function setActivityIncluded(
  actor: ActorDraft,
  activityKey: string,
  included: boolean
): ActorDraft {
  return updateActivity(actor, activityKey, (a) => ({ ...a, included }));
}

export function setActivityMethod(
  actor: ActorDraft,
  activityKey: string,
  methodKey: string
): ActorDraft {
  return updateActivity(actor, activityKey, (a) => ({ ...a, methodKey }));
}

/** Adds an activity type to an actor (selected, first method); an activity already listed is just selected. */
export function addActivity(
  data: ScenarioData,
  actor: ActorDraft,
  activityKey: string
): ActorDraft {
  if (actor.activities.some((a) => a.activityKey === activityKey))
    return setActivityIncluded(actor, activityKey, true);
  if (!findActivityIn(data, activityKey)) return actor;
  return {
    ...actor,
    activities: [
      ...actor.activities,
      { activityKey, included: true, methodKey: defaultMethodKey(data, activityKey) },
    ],
  };
}

/** Activity types not yet listed for the actor, which the user may add. */
export function addableActivities(data: ScenarioData, actor: ActorDraft): readonly ActivityType[] {
  const listed = new Set(actor.activities.map((a) => a.activityKey));
  return data.activityTypes.filter((t) => !listed.has(t.key));
}

export function replaceActor(
  drafts: readonly ActorDraft[],
  actor: ActorDraft
): readonly ActorDraft[] {
  return updateActor(drafts, actor.actorKey, () => actor);
}

export function selectedCount(actor: ActorDraft): number {
  return actor.activities.filter((a) => a.included).length;
}

/**
 * The rows for the builders: included actors × included activities with a known method, in the order shown.
 * Rows that cannot be built (no method, or a method that is not the activity's) come back as errors.
 */
export function activityChoices(
  data: ScenarioData,
  actors: readonly ActorDraft[]
): { readonly choices: readonly ActivityChoice[]; readonly issues: readonly FormIssue[] } {
  const choices: ActivityChoice[] = [];
  const issues: FormIssue[] = [];
  for (const actor of actors) {
    if (!actor.included) continue;
    for (const activity of actor.activities) {
      if (!activity.included) continue;
      if (!findMethodIn(data, activity.activityKey, activity.methodKey)) {
        issues.push({
          field: "method",
          code: "no-method",
          severity: "error",
          detail: activity.activityKey,
        });
        continue;
      }
      choices.push({
        actorKey: actor.actorKey,
        activityKey: activity.activityKey,
        methodKey: activity.methodKey,
      });
    }
  }
  if (choices.length === 0 && issues.length === 0)
    issues.push({ field: "activities", code: "none-selected", severity: "warning" });
  return { choices, issues };
}
