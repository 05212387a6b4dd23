/**
 * What the plan's build writes: the plan, and when asked the sheet it quotes — the ledger with the event's boundary
 * (A1, A2) or the forest project sheet (B2, C1, C2) of the other sections.
 */
import { useCallback } from "react";
import type { BuildSettings } from "../../../sheets/builders/options";
import type { PlanScenario } from "../../../scenarios/types";
import { toEventInfo, type EventDraft } from "../../state/event-form";
import { checked, combineChecked, type Checked } from "../../state/issues";
import type { ForestScenario, LedgerForm, ProjectForm } from "../../state/form-drafts";
import { toLedgerRequest } from "../../state/ledger-request";
import {
  planBoundaryRequest,
  planSourceOf,
  toPlanRequest,
  type PlanDraft,
} from "../../state/plan-form";
import { prepareLayouts } from "../../state/prepare";
import { toForestRequest } from "../../state/project-form";
import { planLayouts, type PlanBuild } from "../../state/project-layouts";
import { factorSetById } from "../../state/settings";

export type PlanSide = "offset" | "provider";

export interface PlanSources {
  readonly settings: Checked<BuildSettings>;
  readonly ledger: LedgerForm;
  readonly project: ProjectForm;
  readonly event: EventDraft;
}

/** The plan's scenario for the forest sheet built with it (B2, C1, C2); the project section's otherwise. */
function forestScenarioOf(scenario: PlanScenario, fallback: ForestScenario): ForestScenario {
  return scenario === "B2" || scenario === "C1" || scenario === "C2" ? scenario : fallback;
}

/** The ledger and the boundary an A1/A2 plan is built with (the boundary from the shared event and settings). */
function ledgerParts(draft: PlanDraft, { settings, ledger, event }: PlanSources) {
  const info = toEventInfo(event);
  const scenario = draft.scenario === "A2" ? "A2" : "A1";
  return {
    ledger: toLedgerRequest(ledger),
    boundary:
      info.ok && settings.ok
        ? checked(planBoundaryRequest(scenario, info.value, settings.value), info.warnings)
        : info.ok
          ? settings
          : info,
  };
}

export function usePlanPrepare(draft: PlanDraft, side: PlanSide, sources: PlanSources) {
  const { settings, ledger, project, event } = sources;
  return useCallback(() => {
    const source = planSourceOf(draft.scenario);
    const factorSet = settings.ok ? factorSetById(settings.value.factorSetId) : undefined;
    const parts: Record<string, Checked<unknown>> = { plan: toPlanRequest(draft) };
    if (draft.withSource && source === "ledger") {
      Object.assign(parts, ledgerParts(draft, { settings, ledger, project, event }));
    }
    if (draft.withSource && source === "forest") {
      parts.forest = toForestRequest(
        { ...project.forest, scenario: forestScenarioOf(draft.scenario, project.forest.scenario) },
        settings,
        factorSet
      );
    }
    return prepareLayouts(combineChecked(parts), (r) =>
      planLayouts({
        ...(r as Omit<PlanBuild, "side">),
        ...(draft.scenario === "C2" ? { side } : {}),
      })
    );
  }, [draft, side, ledger, project, settings, event]);
}
