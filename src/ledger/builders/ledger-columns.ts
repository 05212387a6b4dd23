/**
 * The クレジット管理台帳's shape: its key and name, the columns and headers of its three tables, the rows of its summary
 * and retirement time frames, where each table lives for a request, and the absolute ranges the formulas read.
 */
import { RETIREMENT_LIMITS, type TargetKind } from "../retirement-limits";
import { absolute } from "../../sheets/grid";
import type { LedgerCells } from "../../sheets/builders/project-options";
import type { Allocation, LedgerRequest } from "../types";

export const LEDGER_KEY = "ledger";
export const LEDGER_SHEET_NAME = "クレジット管理台帳";
/** Empty rows after the pre-filled ones in each table, with formulas and validations ready. */
export const LEDGER_BLANK_ROWS = 20;
export const DATE_FORMAT = "yyyy/mm/dd";

/** The drop-down words of the 種類 column, the same the pane offers (one table: ../credit-kinds). */
export { CREDIT_KIND_LABELS } from "../credit-kinds";

export const TARGET_KIND_LABELS: Readonly<Record<TargetKind, string>> = Object.fromEntries(
  RETIREMENT_LIMITS.map((l) => [l.kind, l.label.ja])
) as Record<TargetKind, string>;

/**
 * An allocation as the sheet records it: optionally with the number of the certificate issued or received for it
 * (証書番号), which the certificate register compares with. A plain LedgerRequest is accepted as it is.
 */
export type LedgerAllocation = Allocation & { readonly certificateNumber?: string };
export type LedgerSheetRequest = LedgerRequest & {
  readonly allocations: readonly LedgerAllocation[];
};

/** LedgerCells plus the other summary figures (absolute addresses on the ledger sheet). */
export interface LedgerSheetCells extends LedgerCells {
  readonly status: string;
  readonly neededT: string;
  readonly remainingT: string;
  /** Rows with a ✖ (error) in their 状況, rows with a △ (warning), rows with either. */
  readonly errorRows: string;
  readonly warningRows: string;
  readonly issueRows: string;
  /** 基準日 (=TODAY() unless typed): a missing retirement date past the time frame is overdue. */
  readonly baseDate: string;
}

/** Where each table lives, for other builders and the tests (1-based rows, inclusive; header row separate). */
export interface LedgerTablePositions {
  readonly holdings: { readonly header: number; readonly first: number; readonly last: number };
  readonly targets: { readonly header: number; readonly first: number; readonly last: number };
  readonly allocations: { readonly header: number; readonly first: number; readonly last: number };
}

/** Keys of the ledger's defined names another layout may quote with `{{name:KEY}}`. */
export function ledgerNameKeys(ledgerKey: string = LEDGER_KEY) {
  return {
    heldT: `${ledgerKey}-held-t`,
    allocatedT: `${ledgerKey}-allocated-t`,
    retiredT: `${ledgerKey}-retired-t`,
    issueRows: `${ledgerKey}-issue-rows`,
    /** 割当・無効化: 量 t column. */
    allocationT: `${ledgerKey}-allocation-t`,
    /** 割当・無効化: 証書番号 column. */
    allocationCertificate: `${ledgerKey}-allocation-certificate`,
  } as const;
}

// Columns of the three tables (1-based).
export const HOLDING_COLUMNS = {
  id: 1,
  kind: 2,
  projectName: 3,
  projectNumber: 4,
  projectType: 5,
  region: 6,
  summary: 7,
  period: 8,
  projectTotal: 9,
  serialFrom: 10,
  serialTo: 11,
  acquired: 12,
  provider: 13,
  prefix: 14,
  start: 15,
  end: 16,
  heldT: 17,
  allocatedT: 18,
  remainingT: 19,
  status: 20,
  normFrom: 21,
  normTo: 22,
  prefixTo: 23,
} as const;
export const TARGET_COLUMNS = {
  id: 1,
  name: 2,
  kind: 3,
  municipality: 4,
  end: 5,
  neededT: 6,
  allocatedT: 7,
  retiredT: 8,
  shortT: 9,
  status: 10,
} as const;
export const ALLOCATION_COLUMNS = {
  holdingId: 1,
  targetId: 2,
  serialFrom: 3,
  serialTo: 4,
  retired: 5,
  retiredBy: 6,
  certificate: 7,
  tonnes: 8,
  prefix: 9,
  start: 10,
  end: 11,
  targetKind: 12,
  targetEnd: 13,
  days: 14,
  warnBy: 15,
  errorBy: 16,
  status: 17,
  normFrom: 18,
  normTo: 19,
  prefixTo: 20,
  holdingRow: 21,
  targetRow: 22,
} as const;

export const HOLDING_HEADERS: Record<keyof typeof HOLDING_COLUMNS, string> = {
  id: "保有ID",
  kind: "種類",
  projectName: "プロジェクト名",
  projectNumber: "プロジェクト番号",
  projectType: "プロジェクトタイプ",
  region: "実施国・地域",
  summary: "プロジェクト概要",
  period: "プロジェクト期間",
  projectTotal: "プロジェクトの排出削減・吸収量 (t-CO2)",
  serialFrom: "シリアル番号（から）",
  serialTo: "シリアル番号（まで）",
  acquired: "取得日",
  provider: "調達先",
  prefix: "接頭部",
  start: "開始番号",
  end: "終了番号",
  heldT: "保有量 (t-CO2)",
  allocatedT: "割当量 (t-CO2)",
  remainingT: "残量 (t-CO2)",
  status: "状況",
  normFrom: "（計算用）シリアル（から）",
  normTo: "（計算用）シリアル（まで）",
  prefixTo: "（計算用）接頭部（まで）",
};
export const TARGET_HEADERS: Record<keyof typeof TARGET_COLUMNS, string> = {
  id: "対象ID",
  name: "対象（名称）",
  kind: "種類",
  municipality: "自治体",
  end: "終了日",
  neededT: "必要量 (t-CO2)",
  allocatedT: "割当量 (t-CO2)",
  retiredT: "無効化済み (t-CO2)",
  shortT: "未無効化・不足 (t-CO2)",
  status: "状況",
};
export const ALLOCATION_HEADERS: Record<keyof typeof ALLOCATION_COLUMNS, string> = {
  holdingId: "保有ID",
  targetId: "対象ID",
  serialFrom: "シリアル番号（から）",
  serialTo: "シリアル番号（まで）",
  retired: "無効化日",
  retiredBy: "実施者",
  certificate: "証書番号",
  tonnes: "量 (t-CO2)",
  prefix: "接頭部",
  start: "開始番号",
  end: "終了番号",
  targetKind: "対象の種類",
  targetEnd: "対象の終了日",
  days: "終了から無効化まで（日）",
  warnBy: "無効化の目安日",
  errorBy: "無効化の期限",
  status: "状況",
  normFrom: "（計算用）シリアル（から）",
  normTo: "（計算用）シリアル（まで）",
  prefixTo: "（計算用）接頭部（まで）",
  holdingRow: "（計算用）保有の行",
  targetRow: "（計算用）対象の行",
};

/** Every column header of the ledger's tables, for tests and the pane's preview. */
export const LEDGER_HEADERS = {
  holdings: HOLDING_HEADERS,
  targets: TARGET_HEADERS,
  allocations: ALLOCATION_HEADERS,
} as const;

export const COLUMN_WIDTHS = [
  10, 26, 28, 24, 16, 14, 20, 16, 14, 26, 26, 12, 16, 20, 10, 10, 26, 10, 10, 26, 14, 14, 14,
];
export const HOLDING_LAST = HOLDING_COLUMNS.prefixTo;
export const TARGET_LAST = TARGET_COLUMNS.status;
export const ALLOCATION_LAST = ALLOCATION_COLUMNS.targetRow;

// Summary rows (value in column C).
export const SUMMARY = {
  status: 5,
  heldT: 6,
  allocatedT: 7,
  retiredT: 8,
  neededT: 9,
  remainingT: 10,
  errorRows: 11,
  warningRows: 12,
  issueRows: 13,
  baseDate: 14,
} as const;
export const VALUE = 3;
// The retirement time frames: header row, then one row per kind (B kind, C warn months, D error months, E guidance).
export const LIMITS_HEADER = 17;
export const LIMITS_FIRST = LIMITS_HEADER + 1;
export const LIMITS_LAST = LIMITS_HEADER + RETIREMENT_LIMITS.length;
export const HOLDINGS_SECTION = LIMITS_LAST + 2;

/** Rows of the three tables for a request (pre-filled rows plus the blank ones). */
export function ledgerPositions(request: LedgerRequest): LedgerTablePositions {
  const block = (header: number, count: number) => ({
    header,
    first: header + 1,
    last: header + Math.max(1, count + LEDGER_BLANK_ROWS),
  });
  const holdings = block(HOLDINGS_SECTION + 2, request.holdings.length);
  const targets = block(holdings.last + 4, request.targets.length);
  const allocations = block(targets.last + 4, request.allocations.length);
  return { holdings, targets, allocations };
}

/** One row range of a table: its header row, then its first and last body rows. */
export type TableRows = LedgerTablePositions["holdings"];

/** The absolute ranges the formulas read: a whole column of each table, the retirement time frames, the 基準日. */
export interface LedgerRanges {
  /** A column of the 保有クレジット table, e.g. `$A$22:$A$44`. */
  readonly holdings: (column: number) => string;
  readonly targets: (column: number) => string;
  readonly allocations: (column: number) => string;
  /** The kinds, warning months and error months of the retirement time frames. */
  readonly limitKinds: string;
  readonly limitWarn: string;
  readonly limitError: string;
  readonly baseDate: string;
}

export function ledgerRanges(pos: LedgerTablePositions): LedgerRanges {
  const col = (table: TableRows, column: number) =>
    `${absolute(table.first, column)}:${absolute(table.last, column)}`;
  return {
    holdings: (c) => col(pos.holdings, c),
    targets: (c) => col(pos.targets, c),
    allocations: (c) => col(pos.allocations, c),
    limitKinds: `${absolute(LIMITS_FIRST, 2)}:${absolute(LIMITS_LAST, 2)}`,
    limitWarn: `${absolute(LIMITS_FIRST, 3)}:${absolute(LIMITS_LAST, 3)}`,
    limitError: `${absolute(LIMITS_FIRST, 4)}:${absolute(LIMITS_LAST, 4)}`,
    baseDate: absolute(SUMMARY.baseDate, VALUE),
  };
}
