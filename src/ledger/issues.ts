/**
 * What the ledger's checks report. Each issue has a short Japanese word (ISSUE_WORDS) that the ledger sheet's status
 * columns show for the same problem, prefixed with ✖ (error) or △ (warning).
 */
import type { Label } from "../core/data/types";

export type IssueSeverity = "error" | "warning";

export type LedgerIssueCode =
  | "missing-id"
  | "duplicate-id"
  | "serial-invalid"
  | "double-holding"
  | "over-allocated"
  | "unknown-holding"
  | "unknown-target"
  | "outside-holding"
  | "double-allocation"
  | "invalid-date"
  | "missing-retirement-date"
  | "late-retirement"
  | "retirement-overdue"
  | "missing-activity-end"
  | "not-covered"
  | "retirement-pending";

/** The word the ledger sheet's 状況 columns show for each issue (after ✖ or △). */
export const ISSUE_WORDS: Readonly<Record<LedgerIssueCode, string>> = {
  "missing-id": "ID未記入",
  "duplicate-id": "ID重複",
  "serial-invalid": "シリアル不正",
  "double-holding": "二重保有",
  "over-allocated": "割当超過",
  "unknown-holding": "保有IDなし",
  "unknown-target": "対象IDなし",
  "outside-holding": "保有範囲外",
  "double-allocation": "二重割当",
  "invalid-date": "日付不正",
  "missing-retirement-date": "無効化日なし",
  "late-retirement": "無効化遅延",
  "retirement-overdue": "無効化期限超過",
  "missing-activity-end": "終了日なし",
  "not-covered": "割当不足",
  "retirement-pending": "無効化待ち",
};

/** Where an issue is: the table and the 0-based index in the request's array, with the ids involved. */
export interface IssueWhere {
  readonly table: "holdings" | "targets" | "allocations";
  readonly index: number;
  readonly holdingId?: string;
  readonly targetId?: string;
  /** The other row of a pair (same table): the first holder of a duplicated id, the other of two overlapping ranges. */
  readonly otherIndex?: number;
}

export interface LedgerIssue {
  readonly severity: IssueSeverity;
  readonly code: LedgerIssueCode;
  readonly message: Label;
  readonly where: IssueWhere;
}
