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
import { excelDate, ISSUE_WORDS, RETIREMENT_LIMITS, type LedgerIssueCode, type TargetKind } from "../../ledger/checks";
import { SERIAL_SUBSTITUTIONS } from "../../ledger/serials";
import { absolute, cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import type { CellContent, SheetLayout } from "../layout";
import type { Allocation, CreditKind, LedgerCells, LedgerRequest } from "./project-options";
import { COLORS, NUMBER_FORMATS } from "./styles";

export const LEDGER_KEY = "ledger";
export const LEDGER_SHEET_NAME = "クレジット管理台帳";
/** Empty rows after the pre-filled ones in each table, with formulas and validations ready. */
export const LEDGER_BLANK_ROWS = 20;
export const DATE_FORMAT = "yyyy/mm/dd";

/** The drop-down words of the 種類 column: 「●クレジットの種類と特徴」 (A1 3(3)①, 49頁; seed 002 lines 451-457) and C1/C2 — J-VER, Kyoto, JPA, other VER, green power. */
export const CREDIT_KIND_LABELS: Readonly<Record<CreditKind, string>> = {
  "j-ver": "オフセット・クレジット（J-VER）",
  kyoto: "京都メカニズムクレジット",
  jpa: "自主参加型国内排出量取引制度の排出枠（JPA）",
  "other-ver": "その他VER",
  "green-power": "グリーン電力証書",
};

export const TARGET_KIND_LABELS: Readonly<Record<TargetKind, string>> = Object.fromEntries(
  RETIREMENT_LIMITS.map((l) => [l.kind, l.label.ja]),
) as Record<TargetKind, string>;

/**
 * An allocation as the sheet records it: optionally with the number of the certificate issued or received for it
 * (証書番号), which the certificate register compares with. A plain LedgerRequest is accepted as it is.
 */
export type LedgerAllocation = Allocation & { readonly certificateNumber?: string };
export type LedgerSheetRequest = LedgerRequest & { readonly allocations: readonly LedgerAllocation[] };

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
  id: 1, kind: 2, projectName: 3, projectNumber: 4, projectType: 5, region: 6, summary: 7, period: 8, projectTotal: 9,
  serialFrom: 10, serialTo: 11, acquired: 12, provider: 13,
  prefix: 14, start: 15, end: 16, heldT: 17, allocatedT: 18, remainingT: 19, status: 20, normFrom: 21, normTo: 22, prefixTo: 23,
} as const;
export const TARGET_COLUMNS = { id: 1, name: 2, kind: 3, municipality: 4, end: 5, neededT: 6, allocatedT: 7, retiredT: 8, shortT: 9, status: 10 } as const;
export const ALLOCATION_COLUMNS = {
  holdingId: 1, targetId: 2, serialFrom: 3, serialTo: 4, retired: 5, retiredBy: 6, certificate: 7,
  tonnes: 8, prefix: 9, start: 10, end: 11, targetKind: 12, targetEnd: 13, days: 14, warnBy: 15, errorBy: 16, status: 17,
  normFrom: 18, normTo: 19, prefixTo: 20, holdingRow: 21, targetRow: 22,
} as const;

const HOLDING_HEADERS: Record<keyof typeof HOLDING_COLUMNS, string> = {
  id: "保有ID", kind: "種類", projectName: "プロジェクト名", projectNumber: "プロジェクト番号", projectType: "プロジェクトタイプ",
  region: "実施国・地域", summary: "プロジェクト概要", period: "プロジェクト期間", projectTotal: "プロジェクトの排出削減・吸収量 (t-CO2)",
  serialFrom: "シリアル番号（から）", serialTo: "シリアル番号（まで）", acquired: "取得日", provider: "調達先",
  prefix: "接頭部", start: "開始番号", end: "終了番号", heldT: "保有量 (t-CO2)", allocatedT: "割当量 (t-CO2)", remainingT: "残量 (t-CO2)",
  status: "状況", normFrom: "（計算用）シリアル（から）", normTo: "（計算用）シリアル（まで）", prefixTo: "（計算用）接頭部（まで）",
};
const TARGET_HEADERS: Record<keyof typeof TARGET_COLUMNS, string> = {
  id: "対象ID", name: "対象（名称）", kind: "種類", municipality: "自治体", end: "終了日", neededT: "必要量 (t-CO2)",
  allocatedT: "割当量 (t-CO2)", retiredT: "無効化済み (t-CO2)", shortT: "未無効化・不足 (t-CO2)", status: "状況",
};
const ALLOCATION_HEADERS: Record<keyof typeof ALLOCATION_COLUMNS, string> = {
  holdingId: "保有ID", targetId: "対象ID", serialFrom: "シリアル番号（から）", serialTo: "シリアル番号（まで）", retired: "無効化日",
  retiredBy: "実施者", certificate: "証書番号", tonnes: "量 (t-CO2)", prefix: "接頭部", start: "開始番号", end: "終了番号",
  targetKind: "対象の種類", targetEnd: "対象の終了日", days: "終了から無効化まで（日）", warnBy: "無効化の目安日", errorBy: "無効化の期限",
  status: "状況", normFrom: "（計算用）シリアル（から）", normTo: "（計算用）シリアル（まで）", prefixTo: "（計算用）接頭部（まで）",
  holdingRow: "（計算用）保有の行", targetRow: "（計算用）対象の行",
};

const COLUMN_WIDTHS = [10, 26, 28, 24, 16, 14, 20, 16, 14, 26, 26, 12, 16, 20, 10, 10, 26, 10, 10, 26, 14, 14, 14];
const HOLDING_LAST = HOLDING_COLUMNS.prefixTo;
const TARGET_LAST = TARGET_COLUMNS.status;
const ALLOCATION_LAST = ALLOCATION_COLUMNS.targetRow;

// Summary rows (value in column C).
const SUMMARY = { status: 5, heldT: 6, allocatedT: 7, retiredT: 8, neededT: 9, remainingT: 10, errorRows: 11, warningRows: 12, issueRows: 13, baseDate: 14 } as const;
const VALUE = 3;
// The retirement time frames: header row, then one row per kind (B kind, C warn months, D error months, E guidance).
const LIMITS_HEADER = 17;
const LIMITS_FIRST = LIMITS_HEADER + 1;
const LIMITS_LAST = LIMITS_HEADER + RETIREMENT_LIMITS.length;
const HOLDINGS_SECTION = LIMITS_LAST + 2;

const ERROR_FILL = COLORS.must;
const ERROR_FONT = "#9C0006";
const WARNING_FILL = COLORS.should;
const WARNING_FONT = "#7F6000";
const HELPER_FONT = "#808080";

/** Rows of the three tables for a request (pre-filled rows plus the blank ones). */
export function ledgerPositions(request: LedgerRequest): LedgerTablePositions {
  const block = (header: number, count: number) => ({ header, first: header + 1, last: header + Math.max(1, count + LEDGER_BLANK_ROWS) });
  const holdings = block(HOLDINGS_SECTION + 2, request.holdings.length);
  const targets = block(holdings.last + 4, request.targets.length);
  const allocations = block(targets.last + 4, request.allocations.length);
  return { holdings, targets, allocations };
}

// ---------------------------------------------------------------------------------------------------------------
// Formula pieces

/** The typed serial normalized as serials.ts does: UPPER, then one SUBSTITUTE per SERIAL_SUBSTITUTIONS pair. */
function normalizeFormula(ref: string): string {
  return SERIAL_SUBSTITUTIONS.reduce((expr, [from, to]) => `SUBSTITUTE(${expr},${quote(from)},${quote(to)})`, `UPPER(${ref})`);
}

/** Position of the last "-" in a normalized serial (an error when there is none). */
const lastHyphen = (n: string) => `FIND("|",SUBSTITUTE(${n},"-","|",LEN(${n})-LEN(SUBSTITUTE(${n},"-",""))))`;

/** Blocks before the last "-"; "" for a serial that does not parse (no hyphen, empty block at the start or inside). */
const prefixFormula = (n: string) => `IFERROR(IF(AND(LEFT(${n},1)<>"-",ISERROR(FIND("--",${n}))),LEFT(${n},${lastHyphen(n)}-1),""),"")`;

/** The last block as a number when it is digits only ("157", "007"); "" otherwise. */
function numberFormula(n: string): string {
  const tail = `MID(${n},${lastHyphen(n)}+1,99)`;
  return `IFERROR(IF(${lastHyphen(n)}<LEN(${n}),IF(${tail}=TEXT(--${tail},REPT("0",LEN(${tail}))),--${tail},""),""),"")`;
}

/** A status cell: "" for an empty row, else the ✖/△ words of the conditions that hold, or "OK". */
function statusFormula(blank: string, tokens: readonly string[]): CellContent {
  return formula(`IF(${blank},"",TRIM(SUBSTITUTE("OK"&${tokens.join("&")},"OK ","",1)))`);
}

function token(condition: string, severity: "error" | "warning", code: LedgerIssueCode): string {
  return `IF(${condition},${quote(` ${severity === "error" ? "✖" : "△"}${ISSUE_WORDS[code]}`)},"")`;
}

const mark = (severity: "error" | "warning", code: LedgerIssueCode) => quote(` ${severity === "error" ? "✖" : "△"}${ISSUE_WORDS[code]}`);

function statusFormats(grid: SheetGrid, range: string, topLeft: string): void {
  grid.conditionalFormats.push(
    { range, formula: `=ISNUMBER(FIND("✖",${topLeft}))`, fill: ERROR_FILL, fontColor: ERROR_FONT },
    { range, formula: `=AND(ISERROR(FIND("✖",${topLeft})),ISNUMBER(FIND("△",${topLeft})))`, fill: WARNING_FILL, fontColor: WARNING_FONT },
    { range, formula: `=LEFT(${topLeft},2)="OK"`, fontColor: COLORS.section },
  );
}

const dateValue = (iso: string): CellContent => (iso.trim() === "" ? null : excelDate(iso) ?? iso);
const text = (value: string): CellContent => (value === "" ? null : value);

function dateValidation(range: string, title: string) {
  return {
    range,
    rule: { kind: "whole" as const, min: 36526, max: 73050 },
    prompt: { title, message: "日付を入力してください（例: 2012/1/20）。" },
    error: { title: "日付ではありません", message: "2000/1/1 から 2099/12/31 までの日付を入力してください。" },
  };
}

/** The header row of a table: each column's header at its column number. */
function header<K extends string>(grid: SheetGrid, row: number, columns: Readonly<Record<K, number>>, headers: Readonly<Record<K, string>>): void {
  const keys = Object.keys(columns) as K[];
  for (const key of keys) grid.set(row, columns[key], headers[key]);
  const last = Math.max(...keys.map((key) => columns[key]));
  grid.format({ range: rangeAddress(row, 1, row, last), bold: true, fill: COLORS.header, wrap: true, horizontal: "Center" });
}

/** Every column of a table in rows first..last: fill input columns, grey helper columns. */
function tableFormats(grid: SheetGrid, first: number, last: number, inputs: readonly number[], helpers: readonly number[], lastColumn: number): void {
  grid.format({ range: rangeAddress(first, 1, last, lastColumn), border: true });
  for (const c of inputs) grid.format({ range: rangeAddress(first, c, last, c), fill: COLORS.input });
  for (const c of helpers) grid.format({ range: rangeAddress(first, c, last, c), fill: COLORS.notAsked, fontColor: HELPER_FONT });
}

// ---------------------------------------------------------------------------------------------------------------

export function layoutLedger(request: LedgerSheetRequest): { layout: SheetLayout; cells: LedgerSheetCells } {
  const grid = new SheetGrid(LEDGER_KEY, LEDGER_SHEET_NAME, COLUMN_WIDTHS);
  const pos = ledgerPositions(request);
  const H = HOLDING_COLUMNS;
  const T = TARGET_COLUMNS;
  const A = ALLOCATION_COLUMNS;
  const col = (table: { first: number; last: number }, column: number) => `${absolute(table.first, column)}:${absolute(table.last, column)}`;
  const h = (c: number) => col(pos.holdings, c);
  const tg = (c: number) => col(pos.targets, c);
  const al = (c: number) => col(pos.allocations, c);
  const limitKinds = `${absolute(LIMITS_FIRST, 2)}:${absolute(LIMITS_LAST, 2)}`;
  const limitWarn = `${absolute(LIMITS_FIRST, 3)}:${absolute(LIMITS_LAST, 3)}`;
  const limitError = `${absolute(LIMITS_FIRST, 4)}:${absolute(LIMITS_LAST, 4)}`;
  const baseDate = absolute(SUMMARY.baseDate, VALUE);

  grid.title("クレジット管理台帳");
  grid.set(
    2,
    1,
    "保有するクレジット（シリアル番号のブロックごとに1行）、オフセットの対象、どのクレジットをどの対象に割り当て・無効化したかを記録します。" +
      "同じシリアル番号を二つのオフセットに使うこと（ダブルカウント）はガイドブックが最も注意を求める点です。状況欄は ✖ 要対応、△ 注意、OK を式で判定します。黄色のセルに入力してください。",
  );
  grid.format({ range: "A2", wrap: true });
  grid.merges.push(rangeAddress(1, 1, 1, TARGET_LAST), rangeAddress(2, 1, 2, TARGET_LAST));

  // ■ 集計
  grid.section("■ 集計", 4);
  const statuses = [h(H.status), tg(T.status), al(A.status)];
  const countAll = (criterion: string) => statuses.map((r) => `COUNTIF(${r},${quote(criterion)})`).join("+");
  const summary: [number, string, string, string, string | undefined][] = [
    [SUMMARY.heldT, "保有量の合計 (t-CO2)", `SUM(${h(H.heldT)})`, "シリアル番号の範囲から計算", NUMBER_FORMATS.wholeT],
    [SUMMARY.allocatedT, "割当量の合計 (t-CO2)", `SUM(${al(A.tonnes)})`, "割当・無効化の表の量の合計", NUMBER_FORMATS.wholeT],
    [SUMMARY.retiredT, "無効化済みの合計 (t-CO2)", `SUMIFS(${al(A.tonnes)},${al(A.retired)},"<>")`, "無効化日を記入した割当の量", NUMBER_FORMATS.wholeT],
    [SUMMARY.neededT, "オフセットに必要な量の合計 (t-CO2)", `SUM(${tg(T.neededT)})`, "オフセット対象の必要量の合計", NUMBER_FORMATS.wholeT],
    [SUMMARY.remainingT, "未割当の残量 (t-CO2)", `${absolute(SUMMARY.heldT, VALUE)}-${absolute(SUMMARY.allocatedT, VALUE)}`, "保有量 − 割当量", NUMBER_FORMATS.wholeT],
    [SUMMARY.errorRows, "要対応（✖）の行数", countAll("*✖*"), "二重割当・二重保有・範囲外・割当超過・不足など", NUMBER_FORMATS.count],
    [SUMMARY.warningRows, "注意（△）の行数", countAll("*△*"), "無効化日なし・無効化待ち・時期の目安超過など", NUMBER_FORMATS.count],
    [
      SUMMARY.issueRows,
      "問題のある行数（合計）",
      `${absolute(SUMMARY.errorRows, VALUE)}+${absolute(SUMMARY.warningRows, VALUE)}-(${statuses.map((r) => `COUNTIFS(${r},"*✖*",${r},"*△*")`).join("+")})`,
      "✖ または △ のある行",
      NUMBER_FORMATS.count,
    ],
    [SUMMARY.baseDate, "基準日", "TODAY()", "未無効化の期限超過の判定に使う日（既定は今日。日付を入力して固定できます）", DATE_FORMAT],
  ];
  for (const [row, label, expression, note, numberFormat] of summary) {
    grid.set(row, 2, label);
    grid.set(row, VALUE, formula(expression));
    grid.set(row, 4, note);
    if (numberFormat) grid.format({ range: cellAddress(row, VALUE), numberFormat });
  }
  const [errorRows, warningRows] = [absolute(SUMMARY.errorRows, VALUE), absolute(SUMMARY.warningRows, VALUE)];
  grid.set(SUMMARY.status, 2, "台帳の状況");
  grid.set(
    SUMMARY.status,
    VALUE,
    formula(`IF(${errorRows}>0,"✖ 要対応の行が "&${errorRows}&" 行あります",IF(${warningRows}>0,"△ 注意の行が "&${warningRows}&" 行あります","OK 問題はありません"))`),
  );
  grid.format({ range: rangeAddress(SUMMARY.status, 2, SUMMARY.baseDate, 2), bold: true, fill: COLORS.header, border: true });
  grid.format({ range: rangeAddress(SUMMARY.status, VALUE, SUMMARY.baseDate, VALUE), fill: COLORS.total, border: true, bold: true });
  grid.format({ range: cellAddress(SUMMARY.baseDate, VALUE), fill: COLORS.input });
  statusFormats(grid, cellAddress(SUMMARY.status, VALUE), cellAddress(SUMMARY.status, VALUE));
  grid.validations.push(dateValidation(cellAddress(SUMMARY.baseDate, VALUE), "基準日"));

  // ■ 無効化の時期の目安
  grid.section("■ 無効化の時期の目安（対象活動の終了日から。これより遅い無効化を △ 注意・✖ 要対応とします）", LIMITS_HEADER - 1);
  ["種類", "注意（か月後）", "要対応（か月後）", "ガイドブックの目安"].forEach((label, i) => grid.set(LIMITS_HEADER, i + 2, label));
  grid.format({ range: rangeAddress(LIMITS_HEADER, 2, LIMITS_HEADER, 5), bold: true, fill: COLORS.header, border: true });
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
    prompt: { title: "無効化の目安（か月）", message: "終了日から何か月後までに無効化するか。空欄は判定しません。" },
  });

  // ■ 保有クレジット
  grid.section("■ 保有クレジット（シリアル番号のブロックごとに1行）", HOLDINGS_SECTION);
  grid.set(HOLDINGS_SECTION + 1, 1, "シリアル番号は登録簿の表記のまま入力します（例: JP-200-000-000-011-157）。「まで」は末尾の番号だけ（158）でも、1 t だけなら空欄でも構いません。接頭部・番号・保有量は式で計算します。");
  grid.merges.push(rangeAddress(HOLDINGS_SECTION + 1, 1, HOLDINGS_SECTION + 1, TARGET_LAST));
  header(grid, pos.holdings.header, HOLDING_COLUMNS, HOLDING_HEADERS);
  for (let row = pos.holdings.first; row <= pos.holdings.last; row++) {
    const holding = request.holdings[row - pos.holdings.first];
    if (holding) {
      const values: [number, CellContent][] = [
        [H.id, text(holding.id)], [H.kind, CREDIT_KIND_LABELS[holding.kind]], [H.projectName, text(holding.projectName)],
        [H.projectNumber, text(holding.projectNumber)], [H.projectType, text(holding.projectType)], [H.region, text(holding.region)],
        [H.period, text(holding.period)], [H.projectTotal, holding.projectTotalT], [H.serialFrom, text(holding.serialFrom)],
        [H.serialTo, text(holding.serialTo)], [H.acquired, dateValue(holding.acquired)], [H.provider, text(holding.provider)],
      ];
      for (const [c, v] of values) grid.set(row, c, v);
    }
    const at = (c: number) => cellAddress(row, c);
    const [normFrom, normTo, prefix, prefixTo, start, end, held, allocated] = [H.normFrom, H.normTo, H.prefix, H.prefixTo, H.start, H.end, H.heldT, H.allocatedT].map(at) as [string, string, string, string, string, string, string, string];
    const id = at(H.id);
    grid.set(row, H.normFrom, formula(`IF(${at(H.serialFrom)}="","",${normalizeFormula(at(H.serialFrom))})`));
    grid.set(row, H.normTo, formula(normToFormula(at(H.serialTo), normFrom, prefix)));
    grid.set(row, H.prefix, formula(prefixFormula(normFrom)));
    grid.set(row, H.prefixTo, formula(prefixFormula(normTo)));
    grid.set(row, H.start, formula(numberFormula(normFrom)));
    grid.set(row, H.end, formula(numberFormula(normTo)));
    grid.set(row, H.heldT, formula(quantityFormula(prefix, prefixTo, start, end)));
    grid.set(row, H.allocatedT, formula(`IF(${id}="","",SUMIFS(${al(A.tonnes)},${al(A.holdingId)},${id}))`));
    grid.set(row, H.remainingT, formula(`IF(ISNUMBER(${held}),${held}-N(${allocated}),"")`));
    grid.set(
      row,
      H.status,
      statusFormula(`COUNTA(${rangeAddress(row, 1, row, H.provider)})=0`, [
        token(`${id}=""`, "error", "missing-id"),
        token(`IF(${id}="",FALSE(),COUNTIF(${h(H.id)},${id})>1)`, "error", "duplicate-id"),
        token(`${held}=""`, "error", "serial-invalid"),
        token(`IF(ISNUMBER(${held}),COUNTIFS(${h(H.prefix)},${prefix},${h(H.start)},"<="&${end},${h(H.end)},">="&${start},${h(H.heldT)},">0")>1,FALSE())`, "error", "double-holding"),
        token(`AND(ISNUMBER(${held}),N(${allocated})>${held})`, "error", "over-allocated"),
      ]),
    );
  }
  {
    const { header: top, first, last } = pos.holdings;
    grid.tables.push({ key: `${LEDGER_KEY}-holdings`, name: "台帳_保有クレジット", range: rangeAddress(top, 1, last, HOLDING_LAST), style: "TableStyleLight9" });
    tableFormats(grid, first, last, [H.id, H.kind, H.projectName, H.projectNumber, H.projectType, H.region, H.summary, H.period, H.projectTotal, H.serialFrom, H.serialTo, H.acquired, H.provider], [H.normFrom, H.normTo, H.prefixTo], HOLDING_LAST);
    grid.format({ range: rangeAddress(first, H.projectTotal, last, H.projectTotal), numberFormat: NUMBER_FORMATS.t });
    grid.format({ range: rangeAddress(first, H.acquired, last, H.acquired), numberFormat: DATE_FORMAT });
    grid.format({ range: rangeAddress(first, H.start, last, H.end), numberFormat: "0" });
    grid.format({ range: rangeAddress(first, H.heldT, last, H.remainingT), numberFormat: NUMBER_FORMATS.wholeT });
    grid.validations.push(
      {
        range: rangeAddress(first, H.kind, last, H.kind),
        rule: { kind: "list", choices: Object.values(CREDIT_KIND_LABELS) },
        prompt: { title: "クレジットの種類", message: "J-VER、京都メカニズムクレジット、JPA、その他VER、グリーン電力証書から選びます。" },
      },
      {
        range: rangeAddress(first, H.projectTotal, last, H.projectTotal),
        rule: { kind: "decimal", min: 0 },
        prompt: { title: "プロジェクトの排出削減・吸収量", message: "プロジェクト全体を通じた量 (t-CO2)。0 以上の数値。" },
      },
      dateValidation(rangeAddress(first, H.acquired, last, H.acquired), "取得日"),
    );
    statusFormats(grid, rangeAddress(first, H.status, last, H.status), cellAddress(first, H.status));
  }

  // ■ オフセット対象
  grid.section("■ オフセット対象（会議・イベント、事務事業、エコツアー）", pos.targets.header - 2);
  grid.set(pos.targets.header - 1, 1, "必要量はバウンダリ・算定シートの必要クレジット量です。割当量・無効化済みは下の割当・無効化の表から集計します。");
  grid.merges.push(rangeAddress(pos.targets.header - 1, 1, pos.targets.header - 1, TARGET_LAST));
  header(grid, pos.targets.header, TARGET_COLUMNS, TARGET_HEADERS);
  for (let row = pos.targets.first; row <= pos.targets.last; row++) {
    const target = request.targets[row - pos.targets.first];
    if (target) {
      const values: [number, CellContent][] = [
        [T.id, text(target.id)], [T.name, text(target.name)], [T.kind, TARGET_KIND_LABELS[target.kind]], [T.municipality, text(target.municipality)],
        [T.end, dateValue(target.activityEnd)], [T.neededT, target.creditsNeededT],
      ];
      for (const [c, v] of values) grid.set(row, c, v);
    }
    const at = (c: number) => cellAddress(row, c);
    const [id, end, need, allocated, retired] = [T.id, T.end, T.neededT, T.allocatedT, T.retiredT].map(at) as [string, string, string, string, string];
    grid.set(row, T.allocatedT, formula(`IF(${id}="","",SUMIFS(${al(A.tonnes)},${al(A.targetId)},${id}))`));
    grid.set(row, T.retiredT, formula(`IF(${id}="","",SUMIFS(${al(A.tonnes)},${al(A.targetId)},${id},${al(A.retired)},"<>"))`));
    grid.set(row, T.shortT, formula(`IF(${id}="","",MAX(0,N(${need})-N(${retired})))`));
    grid.set(
      row,
      T.status,
      statusFormula(`COUNTA(${rangeAddress(row, 1, row, T.neededT)})=0`, [
        token(`${id}=""`, "error", "missing-id"),
        token(`IF(${id}="",FALSE(),COUNTIF(${tg(T.id)},${id})>1)`, "error", "duplicate-id"),
        token(`${end}=""`, "warning", "missing-activity-end"),
        token(`AND(${end}<>"",NOT(ISNUMBER(${end})))`, "error", "invalid-date"),
        token(`AND(${id}<>"",N(${allocated})<N(${need}))`, "error", "not-covered"),
        token(`AND(${id}<>"",N(${allocated})>=N(${need}),N(${retired})<N(${need}))`, "warning", "retirement-pending"),
      ]),
    );
  }
  {
    const { header: top, first, last } = pos.targets;
    grid.tables.push({ key: `${LEDGER_KEY}-targets`, name: "台帳_オフセット対象", range: rangeAddress(top, 1, last, TARGET_LAST), style: "TableStyleLight9" });
    tableFormats(grid, first, last, [T.id, T.name, T.kind, T.municipality, T.end, T.neededT], [], TARGET_LAST);
    grid.format({ range: rangeAddress(first, T.end, last, T.end), numberFormat: DATE_FORMAT });
    grid.format({ range: rangeAddress(first, T.neededT, last, T.shortT), numberFormat: NUMBER_FORMATS.wholeT });
    grid.validations.push(
      {
        range: rangeAddress(first, T.kind, last, T.kind),
        rule: { kind: "list", choices: RETIREMENT_LIMITS.map((l) => l.label.ja) },
        prompt: { title: "オフセット対象の種類", message: "会議・イベント、事務事業、エコツアー。無効化の時期の目安が種類で異なります。" },
      },
      dateValidation(rangeAddress(first, T.end, last, T.end), "終了日（活動の最終日）"),
      {
        range: rangeAddress(first, T.neededT, last, T.neededT),
        rule: { kind: "decimal", min: 0 },
        prompt: { title: "必要量 (t-CO2)", message: "オフセットに必要なクレジット量。0 以上の数値。" },
      },
    );
    statusFormats(grid, rangeAddress(first, T.status, last, T.status), cellAddress(first, T.status));
  }

  // ■ 割当・無効化
  grid.section("■ 割当・無効化（どのクレジットをどの対象に使ったか）", pos.allocations.header - 2);
  grid.set(
    pos.allocations.header - 1,
    1,
    "保有ID・対象IDは上の表のIDを入力します。無効化したら無効化日を記入します。証書を発行・受領した場合は証書番号を記入すると、証書の量と照合できます。",
  );
  grid.merges.push(rangeAddress(pos.allocations.header - 1, 1, pos.allocations.header - 1, TARGET_LAST));
  header(grid, pos.allocations.header, ALLOCATION_COLUMNS, ALLOCATION_HEADERS);
  for (let row = pos.allocations.first; row <= pos.allocations.last; row++) {
    const allocation = request.allocations[row - pos.allocations.first];
    if (allocation) {
      const values: [number, CellContent][] = [
        [A.holdingId, text(allocation.holdingId)], [A.targetId, text(allocation.targetId)], [A.serialFrom, text(allocation.serialFrom)],
        [A.serialTo, text(allocation.serialTo)], [A.retired, dateValue(allocation.retired)], [A.retiredBy, text(allocation.retiredBy)],
        [A.certificate, text(allocation.certificateNumber ?? "")],
      ];
      for (const [c, v] of values) grid.set(row, c, v);
    }
    const at = (c: number) => cellAddress(row, c);
    const [holdingId, targetId, retired, tonnes, prefix, start, end] = [A.holdingId, A.targetId, A.retired, A.tonnes, A.prefix, A.start, A.end].map(at) as [string, string, string, string, string, string, string];
    const [targetKind, targetEnd, warnBy, errorBy, normFrom, normTo, prefixTo, holdingRow, targetRow] = [A.targetKind, A.targetEnd, A.warnBy, A.errorBy, A.normFrom, A.normTo, A.prefixTo, A.holdingRow, A.targetRow].map(at) as [string, string, string, string, string, string, string, string, string];
    grid.set(row, A.normFrom, formula(`IF(${at(A.serialFrom)}="","",${normalizeFormula(at(A.serialFrom))})`));
    grid.set(row, A.normTo, formula(normToFormula(at(A.serialTo), normFrom, prefix)));
    grid.set(row, A.prefix, formula(prefixFormula(normFrom)));
    grid.set(row, A.prefixTo, formula(prefixFormula(normTo)));
    grid.set(row, A.start, formula(numberFormula(normFrom)));
    grid.set(row, A.end, formula(numberFormula(normTo)));
    grid.set(row, A.tonnes, formula(quantityFormula(prefix, prefixTo, start, end)));
    grid.set(row, A.holdingRow, formula(`IF(${holdingId}="","",IFERROR(MATCH(${holdingId},${h(H.id)},0),""))`));
    grid.set(row, A.targetRow, formula(`IF(${targetId}="","",IFERROR(MATCH(${targetId},${tg(T.id)},0),""))`));
    grid.set(row, A.targetKind, formula(`IF(${targetRow}="","",IF(INDEX(${tg(T.kind)},${targetRow})="","",INDEX(${tg(T.kind)},${targetRow})))`));
    grid.set(row, A.targetEnd, formula(`IF(${targetRow}="","",IF(ISNUMBER(INDEX(${tg(T.end)},${targetRow})),INDEX(${tg(T.end)},${targetRow}),""))`));
    grid.set(row, A.days, formula(`IF(AND(ISNUMBER(${retired}),ISNUMBER(${targetEnd})),${retired}-${targetEnd},"")`));
    const limit = (range: string) => `INDEX(${range},MATCH(${targetKind},${limitKinds},0))`;
    grid.set(row, A.warnBy, formula(`IF(AND(ISNUMBER(${targetEnd}),${targetKind}<>""),IFERROR(IF(${limit(limitWarn)}="","",EDATE(${targetEnd},${limit(limitWarn)})),""),"")`));
    grid.set(row, A.errorBy, formula(`IF(AND(ISNUMBER(${targetEnd}),${targetKind}<>""),IFERROR(IF(${limit(limitError)}="","",EDATE(${targetEnd},${limit(limitError)})),""),"")`));
    const outside =
      `IF(AND(ISNUMBER(${tonnes}),ISNUMBER(${holdingRow})),IF(ISNUMBER(INDEX(${h(H.heldT)},${holdingRow})),` +
      `IF(AND(${prefix}=INDEX(${h(H.prefix)},${holdingRow}),${start}>=INDEX(${h(H.start)},${holdingRow}),${end}<=INDEX(${h(H.end)},${holdingRow})),"",${mark("error", "outside-holding")}),""),"")`;
    const timing =
      `IF(${retired}="",` +
      `IF(AND(ISNUMBER(${baseDate}),ISNUMBER(${errorBy}),${baseDate}>${errorBy}),${mark("error", "retirement-overdue")},` +
      `IF(AND(ISNUMBER(${baseDate}),ISNUMBER(${warnBy}),${baseDate}>${warnBy}),${mark("warning", "retirement-overdue")},${mark("warning", "missing-retirement-date")})),` +
      `IF(NOT(ISNUMBER(${retired})),${mark("error", "invalid-date")},` +
      `IF(AND(ISNUMBER(${errorBy}),${retired}>${errorBy}),${mark("error", "late-retirement")},` +
      `IF(AND(ISNUMBER(${warnBy}),${retired}>${warnBy}),${mark("warning", "late-retirement")},""))))`;
    grid.set(
      row,
      A.status,
      statusFormula(`COUNTA(${rangeAddress(row, 1, row, A.certificate)})=0`, [
        token(`OR(${holdingId}="",${targetId}="")`, "error", "missing-id"),
        token(`IF(${holdingId}="",FALSE(),COUNTIF(${h(H.id)},${holdingId})=0)`, "error", "unknown-holding"),
        token(`IF(${targetId}="",FALSE(),COUNTIF(${tg(T.id)},${targetId})=0)`, "error", "unknown-target"),
        token(`${tonnes}=""`, "error", "serial-invalid"),
        outside,
        token(`IF(ISNUMBER(${tonnes}),COUNTIFS(${al(A.prefix)},${prefix},${al(A.start)},"<="&${end},${al(A.end)},">="&${start},${al(A.tonnes)},">0")>1,FALSE())`, "error", "double-allocation"),
        timing,
      ]),
    );
  }
  {
    const { header: top, first, last } = pos.allocations;
    grid.tables.push({ key: `${LEDGER_KEY}-allocations`, name: "台帳_割当無効化", range: rangeAddress(top, 1, last, ALLOCATION_LAST), style: "TableStyleLight9" });
    tableFormats(grid, first, last, [A.holdingId, A.targetId, A.serialFrom, A.serialTo, A.retired, A.retiredBy, A.certificate], [A.normFrom, A.normTo, A.prefixTo, A.holdingRow, A.targetRow], ALLOCATION_LAST);
    grid.format({ range: rangeAddress(first, A.retired, last, A.retired), numberFormat: DATE_FORMAT });
    grid.format({ range: rangeAddress(first, A.tonnes, last, A.tonnes), numberFormat: NUMBER_FORMATS.wholeT });
    grid.format({ range: rangeAddress(first, A.start, last, A.end), numberFormat: "0" });
    grid.format({ range: rangeAddress(first, A.targetEnd, last, A.targetEnd), numberFormat: DATE_FORMAT });
    grid.format({ range: rangeAddress(first, A.days, last, A.days), numberFormat: NUMBER_FORMATS.count });
    grid.format({ range: rangeAddress(first, A.warnBy, last, A.errorBy), numberFormat: DATE_FORMAT });
    grid.validations.push(dateValidation(rangeAddress(first, A.retired, last, A.retired), "無効化日"));
    statusFormats(grid, rangeAddress(first, A.status, last, A.status), cellAddress(first, A.status));
  }

  const cells: LedgerSheetCells = {
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
  const keys = ledgerNameKeys(LEDGER_KEY);
  grid.names.push(
    { key: keys.heldT, name: "台帳_保有量_t", refersTo: cellAddress(SUMMARY.heldT, VALUE), comment: "保有クレジットの合計 (t-CO2)" },
    { key: keys.allocatedT, name: "台帳_割当量_t", refersTo: cellAddress(SUMMARY.allocatedT, VALUE), comment: "割り当てたクレジットの合計 (t-CO2)" },
    { key: keys.retiredT, name: "台帳_無効化量_t", refersTo: cellAddress(SUMMARY.retiredT, VALUE), comment: "無効化済みのクレジットの合計 (t-CO2)" },
    { key: keys.issueRows, name: "台帳_問題の行数", refersTo: cellAddress(SUMMARY.issueRows, VALUE), comment: "✖ または △ のある行の数" },
    { key: keys.allocationT, name: "台帳_割当_量", refersTo: rangeAddress(pos.allocations.first, A.tonnes, pos.allocations.last, A.tonnes), comment: "割当・無効化の表の量 (t-CO2) の列" },
    { key: keys.allocationCertificate, name: "台帳_割当_証書番号", refersTo: rangeAddress(pos.allocations.first, A.certificate, pos.allocations.last, A.certificate), comment: "割当・無効化の表の証書番号の列" },
  );
  return { layout: grid.toLayout({ tabColor: COLORS.tab }), cells };
}

/** The last serial normalized; blank means the first one (1 t); digits alone take the first one's prefix. */
function normToFormula(typed: string, normFrom: string, prefix: string): string {
  const n = normalizeFormula(typed);
  return `IF(${typed}="",${normFrom},IF(ISERROR(FIND("-",${n})),${prefix}&"-","")&${n})`;
}

/** Tonnes of a parsed range; "" when the serials do not parse, differ in prefix, or run backwards. */
function quantityFormula(prefix: string, prefixTo: string, start: string, end: string): string {
  return `IF(AND(${prefix}<>"",${prefixTo}=${prefix},ISNUMBER(${start}),ISNUMBER(${end})),IF(${end}>=${start},${end}-${start}+1,""),"")`;
}

/** クレジット管理台帳 */
export function buildLedgerSheet(request: LedgerSheetRequest): SheetLayout {
  return layoutLedger(request).layout;
}

/** Every column header of the ledger's tables, for tests and the pane's preview. */
export const LEDGER_HEADERS = { holdings: HOLDING_HEADERS, targets: TARGET_HEADERS, allocations: ALLOCATION_HEADERS } as const;
