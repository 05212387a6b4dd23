/**
 * The credit and project forms as typed (numbers and dates stay text): the drafts the pane keeps, apart from the
 * modules that edit and check them (./ledger-form, ./project-form) and their starting values (./project-drafts), so
 * those three import these types from here and not from each other. Types only.
 */
import type { Allocation, Holding, OffsetTarget } from "../../ledger/types";
import type {
  ForestProjectRequest,
  ForestStand,
  ReductionProjectRequest,
} from "../../sheets/builders/project-options";

/**
 * A request as typed: its numbers stay text (a field may be empty, or not read yet), every other field as the
 * request has it. The drafts below are the requests' fields through this one type, not a copy of them.
 */
type Draft<T> = { readonly [K in keyof T]: T[K] extends number ? string : T[K] };

/** A row of a list the pane numbers itself (H1, T2, A3, S1 …). */
type RowDraft<T> = Draft<T> & { readonly id: string };

export type HoldingDraft = RowDraft<Holding>;

export type TargetDraft = RowDraft<OffsetTarget>;

/**
 * An allocation as typed, with the 証書番号 of the certificate issued or received for these tonnes (the certificate
 * sheet compares), or "".
 */
export type AllocationDraft = RowDraft<Allocation> & { readonly certificateNumber: string };

export interface LedgerForm {
  readonly holdings: readonly HoldingDraft[];
  readonly targets: readonly TargetDraft[];
  readonly allocations: readonly AllocationDraft[];
  /** 証書シートも作成 (numbered as on the 証書 section). */
  readonly withCertificates: boolean;
}

export type ForestScenario = ForestProjectRequest["scenario"];

/** A stand as typed; its growth (幹材積成長量 m³/ha・年) under a shorter name. */
export type StandDraft = RowDraft<Omit<ForestStand, "growthM3PerHaYear">> & {
  readonly growth: string;
};

export type ForestDraft = Draft<Omit<ForestProjectRequest, "stands" | "settings">> & {
  readonly stands: readonly StandDraft[];
};

export type ReductionDraft = Draft<Omit<ReductionProjectRequest, "settings">>;

export interface ProjectForm {
  readonly kind: "forest" | "reduction";
  readonly forest: ForestDraft;
  readonly reduction: ReductionDraft;
}
