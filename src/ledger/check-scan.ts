/** What the ledger's checks share: the running scan of the tables, and the names of rows in messages. */
import type { Allocation, Holding, OffsetTarget } from "./types";
import type { SerialRange } from "./serials";
import type { IssueSeverity, IssueWhere, LedgerIssue, LedgerIssueCode } from "./issues";

export const t = (n: number): string => `${Number(n.toFixed(6))} t`;
export const holdingName = (h: Holding, i: number): string =>
  h.id ? `保有「${h.id}」` : `保有 ${i + 1} 行目`;
export const holdingNameEn = (h: Holding, i: number): string =>
  h.id ? `holding "${h.id}"` : `holding row ${i + 1}`;
export const targetName = (target: OffsetTarget, i: number): string =>
  target.id ? `対象「${target.name || target.id}」（${target.id}）` : `対象 ${i + 1} 行目`;
export const targetNameEn = (target: OffsetTarget, i: number): string =>
  target.id ? `target "${target.name || target.id}" (${target.id})` : `target row ${i + 1}`;
export const allocationName = (i: number): string => `割当 ${i + 1} 行目`;
export const allocationNameEn = (i: number): string => `allocation row ${i + 1}`;

export const allocationWhere = (a: Allocation, i: number): IssueWhere => ({
  table: "allocations",
  index: i,
  holdingId: a.holdingId,
  targetId: a.targetId,
});

/** What the checks learn going through the tables, row by row, and the issues found so far. */
export interface Scan {
  readonly issues: LedgerIssue[];
  readonly add: (
    severity: IssueSeverity,
    code: LedgerIssueCode,
    where: IssueWhere,
    ja: string,
    en: string
  ) => void;
  /** The row of each holding id and target id (a duplicate's first row). */
  readonly holdingIndex: Map<string, number>;
  readonly targetIndex: Map<string, number>;
  /** The serial range of each holding row that parses; the end day of each target row that has one. */
  readonly heldRangeOf: Map<number, SerialRange>;
  readonly targetEnd: Map<number, number>;
  /** Tonnes allocated by holding row; allocated and retired by target row. */
  readonly allocated: Map<number, number>;
  readonly allocatedToTarget: Map<number, number>;
  readonly retiredForTarget: Map<number, number>;
}

export function newScan(): Scan {
  const issues: LedgerIssue[] = [];
  return {
    issues,
    add: (severity, code, where, ja, en) =>
      issues.push({ severity, code, message: { ja, en }, where }),
    holdingIndex: new Map(),
    targetIndex: new Map(),
    heldRangeOf: new Map(),
    targetEnd: new Map(),
    allocated: new Map(),
    allocatedToTarget: new Map(),
    retiredForTarget: new Map(),
  };
}
