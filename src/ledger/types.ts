/**
 * The credits held, what they offset, how they are allocated and retired, and the certificates: the ledger's data
 * (the requests of the クレジット管理台帳 and 証書 sheets).
 */

export type CreditKind = "j-ver" | "kyoto" | "jpa" | "other-ver" | "green-power";

/** A block of credits held: one serial range of one project. */
export interface Holding {
  readonly id: string;
  readonly kind: CreditKind;
  readonly projectName: string;
  readonly projectNumber: string;
  readonly projectType: string;
  /** 国・地域名、又は都道府県及び市町村名 */
  readonly region: string;
  /** プロジェクト期間, e.g. "2008-04〜2013-03". */
  readonly period: string;
  /** プロジェクトの排出削減・吸収量 (t-CO2, whole project). */
  readonly projectTotalT: number;
  /** Registry serial of the first and last tonne, e.g. "JP-200-000-000-011-157" and "JP-200-000-000-011-158". */
  readonly serialFrom: string;
  readonly serialTo: string;
  readonly acquired: string;
  readonly provider: string;
}

/** An offset the credits cover: an event, a year of office work, a tour. */
export interface OffsetTarget {
  readonly id: string;
  readonly name: string;
  /** The guidebook's time frames differ: events soon after (6–12 months at most), office about 6 months, tours weeks to a month. */
  readonly kind: "event" | "office" | "ecotour";
  readonly municipality: string;
  /** Last day of the activity (ISO date). */
  readonly activityEnd: string;
  /** Credits needed (t-CO2), typed or referred from a boundary sheet. */
  readonly creditsNeededT: number;
}

/** Tonnes of a holding retired for an offset target. */
export interface Allocation {
  readonly holdingId: string;
  readonly targetId: string;
  readonly serialFrom: string;
  readonly serialTo: string;
  /** ISO date of retirement (無効化). */
  readonly retired: string;
  readonly retiredBy: string;
}

export interface LedgerRequest {
  readonly holdings: readonly Holding[];
  readonly targets: readonly OffsetTarget[];
  readonly allocations: readonly Allocation[];
}

export interface CertificateRequest {
  /** received: from a provider for an offset; issued: by the municipality to a company or city (C1/C2). */
  readonly direction: "received" | "issued";
  readonly issuer: string;
  readonly issuerContact: string;
  /** First certificate number; numbers are never reused (the sheet continues from the last one). */
  readonly firstNumber: number;
  readonly prefix: string;
}
