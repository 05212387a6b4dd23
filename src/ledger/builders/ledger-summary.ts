/** The クレジット管理台帳's ■ 集計 block: totals, rows with ✖ and △, the 基準日 and the ledger's status. */
import {
  absolute,
  cellAddress,
  formula,
  quote,
  rangeAddress,
  type SheetGrid,
} from "../../sheets/grid";
import {
  ALLOCATION_COLUMNS,
  DATE_FORMAT,
  HOLDING_COLUMNS,
  SUMMARY,
  TARGET_COLUMNS,
  VALUE,
  type LedgerRanges,
} from "./ledger-columns";
import { dateValidation, statusFormats } from "./ledger-formulas";
import { COLORS, NUMBER_FORMATS } from "../../sheets/builders/styles";

/** ■ 集計: totals, the rows with ✖ and △, the 基準日, and the ledger's status in one cell. */
export function addSummary(grid: SheetGrid, ranges: LedgerRanges): void {
  grid.section("■ 集計", 4);
  for (const [row, label, expression, note, numberFormat] of summaryRows(ranges)) {
    grid.set(row, 2, label);
    grid.set(row, VALUE, formula(expression));
    grid.set(row, 4, note);
    if (numberFormat) grid.format({ range: cellAddress(row, VALUE), numberFormat });
  }
  addLedgerStatus(grid);
}

/** Each summary row: its row, label, formula, note and number format. */
type SummaryRow = [number, string, string, string, string | undefined];

function summaryRows({ holdings: h, targets: tg, allocations: al }: LedgerRanges): SummaryRow[] {
  const H = HOLDING_COLUMNS;
  const T = TARGET_COLUMNS;
  const A = ALLOCATION_COLUMNS;
  const statuses = [h(H.status), tg(T.status), al(A.status)];
  const countAll = (criterion: string) =>
    statuses.map((r) => `COUNTIF(${r},${quote(criterion)})`).join("+");
  return [
    [
      SUMMARY.heldT,
      "保有量の合計 (t-CO2)",
      `SUM(${h(H.heldT)})`,
      "シリアル番号の範囲から計算",
      NUMBER_FORMATS.wholeT,
    ],
    [
      SUMMARY.allocatedT,
      "割当量の合計 (t-CO2)",
      `SUM(${al(A.tonnes)})`,
      "割当・無効化の表の量の合計",
      NUMBER_FORMATS.wholeT,
    ],
    [
      SUMMARY.retiredT,
      "無効化済みの合計 (t-CO2)",
      `SUMIFS(${al(A.tonnes)},${al(A.retired)},"<>")`,
      "無効化日を記入した割当の量",
      NUMBER_FORMATS.wholeT,
    ],
    [
      SUMMARY.neededT,
      "オフセットに必要な量の合計 (t-CO2)",
      `SUM(${tg(T.neededT)})`,
      "オフセット対象の必要量の合計",
      NUMBER_FORMATS.wholeT,
    ],
    [
      SUMMARY.remainingT,
      "未割当の残量 (t-CO2)",
      `${absolute(SUMMARY.heldT, VALUE)}-${absolute(SUMMARY.allocatedT, VALUE)}`,
      "保有量 − 割当量",
      NUMBER_FORMATS.wholeT,
    ],
    [
      SUMMARY.errorRows,
      "要対応（✖）の行数",
      countAll("*✖*"),
      "二重割当・二重保有・範囲外・割当超過・不足など",
      NUMBER_FORMATS.count,
    ],
    [
      SUMMARY.warningRows,
      "注意（△）の行数",
      countAll("*△*"),
      "無効化日なし・無効化待ち・時期の目安超過など",
      NUMBER_FORMATS.count,
    ],
    [
      SUMMARY.issueRows,
      "問題のある行数（合計）",
      `${absolute(SUMMARY.errorRows, VALUE)}+${absolute(SUMMARY.warningRows, VALUE)}-(${statuses.map((r) => `COUNTIFS(${r},"*✖*",${r},"*△*")`).join("+")})`,
      "✖ または △ のある行",
      NUMBER_FORMATS.count,
    ],
    [
      SUMMARY.baseDate,
      "基準日",
      "TODAY()",
      "未無効化の期限超過の判定に使う日（既定は今日。日付を入力して固定できます）",
      DATE_FORMAT,
    ],
  ];
}

/** 台帳の状況: ✖ or △ with the number of rows, or OK; and the formats of the summary block. */
function addLedgerStatus(grid: SheetGrid): void {
  const [errorRows, warningRows] = [
    absolute(SUMMARY.errorRows, VALUE),
    absolute(SUMMARY.warningRows, VALUE),
  ];
  grid.set(SUMMARY.status, 2, "台帳の状況");
  grid.set(
    SUMMARY.status,
    VALUE,
    formula(
      `IF(${errorRows}>0,"✖ 要対応の行が "&${errorRows}&" 行あります",IF(${warningRows}>0,"△ 注意の行が "&${warningRows}&" 行あります","OK 問題はありません"))`
    )
  );
  grid.format({
    range: rangeAddress(SUMMARY.status, 2, SUMMARY.baseDate, 2),
    bold: true,
    fill: COLORS.header,
    border: true,
  });
  grid.format({
    range: rangeAddress(SUMMARY.status, VALUE, SUMMARY.baseDate, VALUE),
    fill: COLORS.total,
    border: true,
    bold: true,
  });
  grid.format({ range: cellAddress(SUMMARY.baseDate, VALUE), fill: COLORS.input });
  statusFormats(grid, cellAddress(SUMMARY.status, VALUE), cellAddress(SUMMARY.status, VALUE));
  grid.validations.push(dateValidation(cellAddress(SUMMARY.baseDate, VALUE), "基準日"));
}
