/**
 * The credit and project forms as typed (numbers and dates stay text): the drafts the pane keeps, apart from the
 * modules that edit and check them (./ledger-form, ./project-form) and their starting values (./project-drafts), so
 * those three import these types from here and not from each other. Types only.
 */
import type { Allocation, CreditKind, OffsetTarget } from "../../ledger/types";
import type { ForestProjectRequest } from "../../sheets/builders/project-options";

export interface HoldingDraft {
  readonly id: string;
  readonly kind: CreditKind;
  readonly projectName: string;
  readonly projectNumber: string;
  readonly projectType: string;
  readonly region: string;
  readonly period: string;
  /** プロジェクトの排出削減・吸収量 (t-CO2), may stay empty. */
  readonly projectTotalT: string;
  readonly serialFrom: string;
  readonly serialTo: string;
  /** 取得日 */
  readonly acquired: string;
  /** 購入先（オフセット・プロバイダー等） */
  readonly provider: string;
}

export interface TargetDraft {
  readonly id: string;
  readonly name: string;
  readonly kind: OffsetTarget["kind"];
  readonly municipality: string;
  /** Last day of the activity. */
  readonly activityEnd: string;
  /** 必要なクレジット量 (t-CO2). */
  readonly creditsNeededT: string;
}

/** An allocation as typed: the request's fields (無効化日 empty while not retired) plus the pane's row id. */
export interface AllocationDraft extends Allocation {
  readonly id: string;
  /** 証書番号 of the certificate issued or received for these tonnes (the certificate sheet compares), or "". */
  readonly certificateNumber: string;
}

export interface LedgerForm {
  readonly holdings: readonly HoldingDraft[];
  readonly targets: readonly TargetDraft[];
  readonly allocations: readonly AllocationDraft[];
  /** 証書シートも作成 (numbered as on the 証書 section). */
  readonly withCertificates: boolean;
}

export type ForestScenario = ForestProjectRequest["scenario"];


export interface StandDraft {
  readonly id: string;
  readonly name: string;
  /** ha */
  readonly areaHa: string;
  /** Japanese name of a forest species choice (スギ, その他針葉樹 …). */
  readonly species: string;
  /** Stand age in the first year. */
  readonly ageAtStart: string;
  /** 幹材積成長量 m³/ha・年 */
  readonly growth: string;
  /** Japanese name of a prefecture, or "" (needed for その他針葉樹 / その他広葉樹). */
  readonly prefecture: string;
}

export interface ForestDraft {
  readonly scenario: ForestScenario;
  readonly projectName: string;
  readonly firstYear: string;
  readonly years: string;
  readonly stands: readonly StandDraft[];
}

export interface ReductionDraft {
  readonly projectName: string;
  /** E001 … E024, L001 */
  readonly methodology: string;
}

export interface ProjectForm {
  readonly kind: "forest" | "reduction";
  readonly forest: ForestDraft;
  readonly reduction: ReductionDraft;
}
