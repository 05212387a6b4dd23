/** The credit ledger, certificate, project and plan forms. */
import type { CreditKind } from "../../../ledger/types";
import type { PlanScenario } from "../../../scenarios/types";

/** The inputs of the credit, certificate, project and plan forms. */
export type InputKey =
  | "kind"
  | "projectName"
  | "projectNumber"
  | "projectType"
  | "region"
  | "period"
  | "projectTotalT"
  | "serialFrom"
  | "serialTo"
  | "acquired"
  | "provider"
  | "name"
  | "municipality"
  | "activityEnd"
  | "creditsNeededT"
  | "holdingId"
  | "targetId"
  | "retired"
  | "retiredBy"
  | "certificateNumber"
  | "direction"
  | "issuer"
  | "issuerContact"
  | "prefix"
  | "firstNumber"
  | "firstYear"
  | "years"
  | "areaHa"
  | "species"
  | "ageAtStart"
  | "growth"
  | "prefecture"
  | "methodology"
  | "title"
  | "department"
  | "side";

/** クレジット管理 */
export interface LedgerStrings {
  readonly help: string;
  readonly exampleMinato: string;
  readonly exampleJoint: string;
  readonly exampleHelp: string;
  readonly clear: string;
  readonly filledMinato: string;
  readonly filledJoint: string;
  readonly holdingsHeading: string;
  readonly holding: (id: string) => string;
  readonly addHolding: string;
  readonly targetsHeading: string;
  readonly target: (id: string) => string;
  readonly addTarget: string;
  readonly allocationsHeading: string;
  readonly allocation: (n: number) => string;
  readonly addAllocation: string;
  readonly allocationNeeds: string;
  readonly remove: (what: string) => string;
  readonly none: string;
  readonly noName: string;
  readonly kinds: Readonly<Record<CreditKind, string>>;
  readonly targetKinds: Readonly<Record<"event" | "office" | "ecotour", string>>;
  readonly serialPlaceholder: string;
  readonly serialToHint: string;
  readonly periodPlaceholder: string;
  readonly tonnes: (n: number) => string;
  readonly notRead: string;
  readonly allocated: (allocated: number, needed: number) => string;
  readonly notRetired: string;
  readonly retiredOn: (date: string) => string;
  readonly retiredHint: string;
  readonly certificateHint: string;
  readonly activityEndHint: string;
  readonly checksHeading: string;
  readonly checksOk: string;
  /** Said instead of checksOk while the ledger has nothing to check yet (no all-clear for an empty form). */
  readonly checksEmpty: string;
  readonly checksFailed: (detail: string) => string;
  readonly checksCount: (errors: number, warnings: number) => string;
  readonly withCertificates: string;
}

/** 証書 */
export interface CertificateStrings {
  readonly help: string;
  readonly direction: string;
  readonly received: string;
  readonly issued: string;
  readonly receivedHint: string;
  readonly issuedHint: string;
  readonly issuerReceived: string;
  readonly issuerIssued: string;
  readonly issuerPlaceholder: string;
  readonly contactPlaceholder: string;
  readonly prefixPlaceholder: string;
  readonly firstNumberHint: string;
  readonly withLedger: string;
}

/** プロジェクト */
export interface ProjectStrings {
  readonly help: string;
  readonly kind: string;
  readonly forest: string;
  readonly reduction: string;
  readonly scenario: string;
  readonly scenarios: Readonly<Record<"B2" | "C1" | "C2", string>>;
  readonly projectNamePlaceholder: string;
  readonly reductionNamePlaceholder: string;
  readonly standsHeading: string;
  readonly stand: (n: number) => string;
  readonly addStand: string;
  readonly example: string;
  readonly exampleHelp: string;
  readonly noPrefecture: string;
  readonly regionalHint: string;
  readonly noStands: string;
  readonly methodologyHint: string;
  readonly baseline: string;
  readonly projectSide: string;
}

/** 企画書 */
export interface PlanStrings {
  readonly help: string;
  readonly scenarios: Readonly<Record<PlanScenario, string>>;
  readonly departmentPlaceholder: string;
  readonly offsetSide: string;
  readonly providerSide: string;
  readonly withLedger: string;
  readonly withForest: string;
  readonly withoutSource: string;
}
