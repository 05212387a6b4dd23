/**
 * 企画書's form as typed, and its starting value, apart from the request it becomes (./plan-form): App keeps the
 * drafts from start-up, while the scenarios the plan is built from load with the plan section.
 */
import type { PlanScenario } from "../../scenarios/types";

export const PLAN_SCENARIOS: readonly PlanScenario[] = ["A1", "A2", "B2", "C1", "C2"];

/**
 * The sheet a plan of the scenario quotes its figures from, when built together: A1/A2 plans a boundary sheet of the
 * shared event with the scenario's default activities (and the クレジット管理台帳), B2/C1/C2 the forest project sheet.
 */
export type PlanSource = "ledger" | "forest";

export function planSourceOf(scenario: PlanScenario): PlanSource {
  return scenario === "A1" || scenario === "A2" ? "ledger" : "forest";
}

export interface PlanDraft {
  readonly scenario: PlanScenario;
  readonly title: string;
  /** 〇〇部〇〇課 */
  readonly department: string;
  /** Build the クレジット管理台帳 (A1, A2) or the forest project sheet (B2, C1, C2) of the other sections with it. */
  readonly withSource: boolean;
}

export const INITIAL_PLAN: PlanDraft = {
  scenario: "A1",
  title: "",
  department: "",
  withSource: false,
};
