/** The activities a バウンダリ・算定シート computes: each chosen method with its actor's and activity's names. */
import { findMethod, findScenario } from "../../scenarios";
import type { CalculationMethod } from "../../scenarios/types";
import type { ActivityChoice, BoundaryRequest } from "./options";

/** Where a questionnaire answer for (activity row, input) lives: formula references, e.g. `{{sheet:q-organizer}}!$E$12`. */
export type AnswerLinks = (
  activityIndex: number,
  inputKey: string
) => { pre?: string; post?: string } | undefined;

export interface ResolvedActivity {
  readonly index: number;
  readonly choice: ActivityChoice;
  readonly actorName: string;
  readonly activityName: string;
  readonly method: CalculationMethod;
}

export function resolveActivities(request: BoundaryRequest): ResolvedActivity[] {
  const scenario = findScenario(request.scenario);
  return request.activities.flatMap((choice, index) => {
    const found = findMethod(choice.methodKey);
    if (!found) return [];
    const actor = scenario?.actors.find((a) => a.key === choice.actorKey);
    const activityName = choice.note
      ? `${found.activity.name.ja}（${choice.note}）`
      : found.activity.name.ja;
    return [
      {
        index: index + 1,
        choice,
        actorName: actor?.name.ja ?? choice.actorKey,
        activityName,
        method: found.method,
      },
    ];
  });
}
