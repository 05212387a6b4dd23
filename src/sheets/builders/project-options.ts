/**
 * What the user chooses for the project and plan sheets, and the cells a plan quotes (issue: credits, certificates and
 * projects). The credit and certificate requests are the ledger's own (src/ledger/types.ts).
 */
import type { PlanScenario } from "../../scenarios/types";
import type { BuildSettings } from "./options";

export interface ForestStand {
  readonly name: string;
  readonly areaHa: number;
  /** A species of the forest coefficient table, e.g. "スギ", "その他針葉樹". */
  readonly species: string;
  /** Stand age in the first year of the crediting period. */
  readonly ageAtStart: number;
  /** 幹材積の成長量 (m³/ha・年). */
  readonly growthM3PerHaYear: number;
  readonly prefecture: string;
}

export interface ForestProjectRequest {
  readonly scenario: "B2" | "C1" | "C2";
  readonly projectName: string;
  readonly firstYear: number;
  readonly years: number;
  readonly stands: readonly ForestStand[];
  readonly settings: BuildSettings;
}

export interface ReductionProjectRequest {
  readonly projectName: string;
  /** J-VER methodology id, E001–E024 or L001. */
  readonly methodology: string;
  readonly settings: BuildSettings;
}

export interface PlanRequest {
  readonly scenario: PlanScenario;
  readonly title: string;
  readonly department: string;
  /** Keys of the layouts built together (boundary, forest, ledger) whose figures the plan quotes by formula. */
  readonly sources?: {
    readonly boundaryKey?: string;
    readonly forestKey?: string;
    readonly ledgerKey?: string;
  };
}

/** Absolute addresses (on the ledger sheet) of the figures a plan quotes. */
export interface LedgerCells {
  /** Total tonnes held, allocated, and allocated with a retirement date. */
  readonly heldT: string;
  readonly allocatedT: string;
  readonly retiredT: string;
}

/** Absolute addresses (on the forest project sheet) of the figures a plan quotes. */
export interface ForestCells {
  readonly totalT: string;
  readonly annualT: string;
  readonly areaHa: string;
  readonly perHaYearT: string;
}
