/**
 * クレジット管理台帳: which credits the municipality holds (one row per serial block), which offsets they serve, and
 * which tonnes were allocated and retired (無効化) for which offset — with the guidebook's double-counting checks
 * computed in the sheet by native formulas, so they stay right as the user adds rows (see src/ledger/checks.ts for
 * the rules and the seed lines; its ISSUE_WORDS are the words the 状況 columns show, after ✖ error or △ warning).
 *
 * Layout, top to bottom: 集計 (the LedgerCells), the retirement time frames the checks read (visible cells), then the
 * three tables — 保有クレジット, オフセット対象, 割当・無効化 — each pre-filled from the request and followed by
 * LEDGER_BLANK_ROWS empty rows that already carry the validations and formulas.
 *
 * Serial numbers: prefix, first and last tonne are computed BY FORMULA from the typed serial text in every row, rather
 * than written as values. A value written by the add-in would go stale the moment the user corrects a serial, and a
 * row the user types would have none; with formulas the sheet checks what is actually there. The formulas apply the
 * same normalization as src/ledger/serials.ts (full-width digits and capitals, IME dashes, spaces — SERIAL_SUBSTITUTIONS)
 * in a helper column （計算用）, and accept the short form "158" for the last serial as registries print it.
 * Serials are compared with COUNTIFS (same prefix, start ≤ other end, end ≥ other start), quantities with SUMIFS, the
 * retirement time frame with EDATE — functions of every Excel since 2007, and of HyperFormula (the tests).
 *
 * Rows added inside a table's range (insert a row above its last row) are counted; the blank rows are there so the
 * user rarely needs to.
 */
import { RETIREMENT_LIMITS } from "../retirement-limits";
import { absolute, cellAddress, rangeAddress, SheetGrid } from "../../sheets/grid";
import type { SheetLayout } from "../../sheets/layout";
import {
  ALLOCATION_COLUMNS,
  COLUMN_WIDTHS,
  LEDGER_KEY,
  LEDGER_SHEET_NAME,
  ledgerNameKeys,
  ledgerPositions,
  ledgerRanges,
  LIMITS_FIRST,
  LIMITS_HEADER,
  LIMITS_LAST,
  SUMMARY,
  TARGET_LAST,
  VALUE,
  type LedgerSheetCells,
  type LedgerSheetRequest,
  type LedgerTablePositions,
} from "./ledger-columns";
import { addAllocations } from "./ledger-allocations";
import { addSummary } from "./ledger-summary";
import { addHoldings } from "./ledger-holdings";
import { addTargets } from "./ledger-targets";
import { COLORS } from "../../sheets/builders/styles";

export {
  ALLOCATION_COLUMNS,
  CREDIT_KIND_LABELS,
  DATE_FORMAT,
  HOLDING_COLUMNS,
  LEDGER_BLANK_ROWS,
  LEDGER_HEADERS,
  LEDGER_KEY,
  ledgerNameKeys,
  ledgerPositions,
  TARGET_COLUMNS,
  type LedgerAllocation,
  type LedgerSheetCells,
  type LedgerSheetRequest,
  type LedgerTablePositions,
} from "./ledger-columns";

export function layoutLedger(request: LedgerSheetRequest): {
  layout: SheetLayout;
  cells: LedgerSheetCells;
} {
  const grid = new SheetGrid(LEDGER_KEY, LEDGER_SHEET_NAME, COLUMN_WIDTHS);
  const pos = ledgerPositions(request);
  const ranges = ledgerRanges(pos);
  grid.title("クレジット管理台帳");
  grid.set(
    2,
    1,
    "保有するクレジット（シリアル番号のブロックごとに1行）、オフセットの対象、どのクレジットをどの対象に割り当て・無効化したかを記録します。" +
      "同じシリアル番号を二つのオフセットに使うこと（ダブルカウント）はガイドブックが最も注意を求める点です。状況欄は ✖ 要対応、△ 注意、OK を式で判定します。黄色のセルに入力してください。"
  );
  grid.format({ range: "A2", wrap: true });
  grid.merges.push(rangeAddress(1, 1, 1, TARGET_LAST), rangeAddress(2, 1, 2, TARGET_LAST));
  addSummary(grid, ranges);
  addLimits(grid);
  addHoldings(grid, request.holdings, pos.holdings, ranges);
  addTargets(grid, request.targets, pos.targets, ranges);
  addAllocations(grid, request.allocations, pos.allocations, ranges);
  addNames(grid, pos);
  return { layout: grid.toLayout({ tabColor: COLORS.tab }), cells: ledgerCells(ranges.baseDate) };
}

/** ■ 無効化の時期の目安: the retirement time frames by kind of target, editable; the allocations' checks read them. */
function addLimits(grid: SheetGrid): void {
  grid.section(
    "■ 無効化の時期の目安（対象活動の終了日から。これより遅い無効化を △ 注意・✖ 要対応とします）",
    LIMITS_HEADER - 1
  );
  ["種類", "注意（か月後）", "要対応（か月後）", "ガイドブックの目安"].forEach((label, i) =>
    grid.set(LIMITS_HEADER, i + 2, label)
  );
  grid.format({
    range: rangeAddress(LIMITS_HEADER, 2, LIMITS_HEADER, 5),
    bold: true,
    fill: COLORS.header,
    border: true,
  });
  RETIREMENT_LIMITS.forEach((limit, i) => {
    const row = LIMITS_FIRST + i;
    grid.set(row, 2, limit.label.ja);
    grid.set(row, 3, limit.warnMonths);
    grid.set(row, 4, limit.errorMonths ?? null);
    grid.set(row, 5, `${limit.guidance.ja}（${limit.citation}）`);
    grid.merges.push(rangeAddress(row, 5, row, 11));
  });
  grid.merges.push(rangeAddress(LIMITS_HEADER, 5, LIMITS_HEADER, 11));
  grid.format({ range: rangeAddress(LIMITS_FIRST, 2, LIMITS_LAST, 5), border: true });
  grid.validations.push({
    range: rangeAddress(LIMITS_FIRST, 3, LIMITS_LAST, 4),
    rule: { kind: "whole", min: 0, max: 120 },
    prompt: {
      title: "無効化の目安（か月）",
      message: "終了日から何か月後までに無効化するか。空欄は判定しません。",
    },
  });
}

function ledgerCells(baseDate: string): LedgerSheetCells {
  return {
    status: absolute(SUMMARY.status, VALUE),
    heldT: absolute(SUMMARY.heldT, VALUE),
    allocatedT: absolute(SUMMARY.allocatedT, VALUE),
    retiredT: absolute(SUMMARY.retiredT, VALUE),
    neededT: absolute(SUMMARY.neededT, VALUE),
    remainingT: absolute(SUMMARY.remainingT, VALUE),
    errorRows: absolute(SUMMARY.errorRows, VALUE),
    warningRows: absolute(SUMMARY.warningRows, VALUE),
    issueRows: absolute(SUMMARY.issueRows, VALUE),
    baseDate,
  };
}

/** Defined names other sheets quote (the certificate register, the plan). */
function addNames(grid: SheetGrid, pos: LedgerTablePositions): void {
  const A = ALLOCATION_COLUMNS;
  const keys = ledgerNameKeys(LEDGER_KEY);
  grid.names.push(
    {
      key: keys.heldT,
      name: "台帳_保有量_t",
      refersTo: cellAddress(SUMMARY.heldT, VALUE),
      comment: "保有クレジットの合計 (t-CO2)",
    },
    {
      key: keys.allocatedT,
      name: "台帳_割当量_t",
      refersTo: cellAddress(SUMMARY.allocatedT, VALUE),
      comment: "割り当てたクレジットの合計 (t-CO2)",
    },
    {
      key: keys.retiredT,
      name: "台帳_無効化量_t",
      refersTo: cellAddress(SUMMARY.retiredT, VALUE),
      comment: "無効化済みのクレジットの合計 (t-CO2)",
    },
    {
      key: keys.issueRows,
      name: "台帳_問題の行数",
      refersTo: cellAddress(SUMMARY.issueRows, VALUE),
      comment: "✖ または △ のある行の数",
    },
    {
      key: keys.allocationT,
      name: "台帳_割当_量",
      refersTo: rangeAddress(pos.allocations.first, A.tonnes, pos.allocations.last, A.tonnes),
      comment: "割当・無効化の表の量 (t-CO2) の列",
    },
    {
      key: keys.allocationCertificate,
      name: "台帳_割当_証書番号",
      refersTo: rangeAddress(
        pos.allocations.first,
        A.certificate,
        pos.allocations.last,
        A.certificate
      ),
      comment: "割当・無効化の表の証書番号の列",
    }
  );
}

/** クレジット管理台帳 */
export function buildLedgerSheet(request: LedgerSheetRequest): SheetLayout {
  return layoutLedger(request).layout;
}
