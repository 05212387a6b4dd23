/**
 * The credit ledger's checks: the guidebook's central warning is double counting — 「排出削減・吸収価値が複数の
 * カーボン・オフセットの取り組みに用いられないことを確保する、価値の二重使用（ダブルカウント）の防止が必要です」
 * (【排出削減・吸収価値の二重使用（ダブルカウント）の防止】 and 「●ダブルカウント防止のための措置の例」 in C1 3(1)⑤ and
 * C2 3(3)② 排出削減・吸収価値を確認するための仕組みの構築; seed 002 lines 2356-2366 and 2828-2838: 「発行する証書に番号を
 * 付与して識別し、どのカーボン・オフセットの取り組みで、どれだけの排出量の埋め合わせに用いたかを管理」; and for registry
 * credits, 無効化 so that the credits 「別のカーボン・オフセットで使用できないように」: A1 3(7)①, A2 3(3)③ and D1 3(7)①
 * クレジットの無効化, lines 694, 1206, 3404). So a tonne (one serial) may be held once and
 * allocated once, an allocation must lie in its holding, and every offset must be covered by retired tonnes.
 *
 * The checks of each table live in ./check-holdings, ./check-targets, ./check-allocations and ./check-retirement; the
 * issue types in ./issues; the guidebook's time frames for retirement in ./retirement-limits.
 *
 * Pure: `today` is passed in (ISO date); without it nothing is judged overdue.
 */
import type { LedgerRequest } from "./types";
import { parseSerialRange, tonnesIn } from "./serials";
import { excelDate } from "../sheets/excel-dates";
import type { LedgerIssue } from "./issues";
import { newScan } from "./check-scan";
import { checkAllocatedTotals, checkHoldings } from "./check-holdings";
import { checkCoverage, checkTargets } from "./check-targets";
import { checkAllocations } from "./check-allocations";

export { ISSUE_WORDS, type LedgerIssue, type LedgerIssueCode } from "./issues";

/**
 * Every problem of a ledger, errors and warnings, in the order: holdings, targets, allocations (each by row), then
 * coverage of the targets. `today` (ISO date) turns a missing retirement date past the time frame into an overdue issue.
 */
export function checkLedger(request: LedgerRequest, today?: string): LedgerIssue[] {
  const scan = newScan();
  checkHoldings(scan, request.holdings);
  checkTargets(scan, request.targets);
  checkAllocations(scan, request, today === undefined ? null : excelDate(today));
  checkAllocatedTotals(scan, request.holdings);
  checkCoverage(scan, request.targets);
  return scan.issues;
}

/**
 * The ledger sheet's summary figures computed the same way (valid serial ranges only): tonnes held, allocated,
 * allocated with a retirement date, and needed by the targets.
 */
export function ledgerTotals(request: LedgerRequest): {
  heldT: number;
  allocatedT: number;
  retiredT: number;
  neededT: number;
} {
  const tonnes = (from: string, to: string) => {
    const range = parseSerialRange(from, to);
    return range.ok ? tonnesIn(range.value) : 0;
  };
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return {
    heldT: sum(request.holdings.map((h) => tonnes(h.serialFrom, h.serialTo))),
    allocatedT: sum(request.allocations.map((a) => tonnes(a.serialFrom, a.serialTo))),
    retiredT: sum(
      request.allocations
        .filter((a) => a.retired.trim() !== "")
        .map((a) => tonnes(a.serialFrom, a.serialTo))
    ),
    neededT: sum(request.targets.map((t) => t.creditsNeededT)),
  };
}

/** How many errors and warnings: the pane's summary. */
export function summarizeIssues(issues: readonly LedgerIssue[]): {
  errors: number;
  warnings: number;
} {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}
