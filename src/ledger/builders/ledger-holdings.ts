/**
 * The ledger's ■ 保有クレジット table, pre-filled from the request and followed by LEDGER_BLANK_ROWS empty rows that
 * already carry the formulas, validations and 状況 checks.
 */
import { cellAddress, formula, rangeAddress, type SheetGrid } from "../../sheets/grid";
import type { CellContent } from "../../sheets/layout";
import {
  ALLOCATION_COLUMNS,
  CREDIT_KIND_LABELS,
  DATE_FORMAT,
  HOLDING_COLUMNS,
  HOLDING_HEADERS,
  HOLDING_LAST,
  HOLDINGS_SECTION,
  LEDGER_KEY,
  TARGET_LAST,
  type LedgerRanges,
  type TableRows,
} from "./ledger-columns";
import {
  dateValidation,
  dateValue,
  header,
  serialFormulas,
  statusFormats,
  statusFormula,
  tableFormats,
  text,
  token,
} from "./ledger-formulas";
import type { Holding } from "../types";
import { NUMBER_FORMATS } from "../../sheets/builders/styles";

const H = HOLDING_COLUMNS;
const A = ALLOCATION_COLUMNS;

/** One row per serial block: serials parsed by formula, checked for duplicate IDs, double holding and over-allocation. */
export function addHoldings(
  grid: SheetGrid,
  holdings: readonly Holding[],
  rows: TableRows,
  ranges: LedgerRanges
): void {
  grid.section("■ 保有クレジット（シリアル番号のブロックごとに1行）", HOLDINGS_SECTION);
  grid.set(
    HOLDINGS_SECTION + 1,
    1,
    "シリアル番号は登録簿の表記のまま入力します（例: JP-200-000-000-011-157）。「まで」は末尾の番号だけ（158）でも、1 t だけなら空欄でも構いません。接頭部・番号・保有量は式で計算します。"
  );
  grid.merges.push(rangeAddress(HOLDINGS_SECTION + 1, 1, HOLDINGS_SECTION + 1, TARGET_LAST));
  header(grid, rows.header, HOLDING_COLUMNS, HOLDING_HEADERS);
  for (let row = rows.first; row <= rows.last; row++)
    holdingRow(grid, row, holdings[row - rows.first], ranges);
  holdingsTable(grid, rows);
}

function holdingRow(
  grid: SheetGrid,
  row: number,
  holding: Holding | undefined,
  { holdings: h, allocations: al }: LedgerRanges
): void {
  if (holding) {
    const values: [number, CellContent][] = [
      [H.id, text(holding.id)],
      [H.kind, CREDIT_KIND_LABELS[holding.kind]],
      [H.projectName, text(holding.projectName)],
      [H.projectNumber, text(holding.projectNumber)],
      [H.projectType, text(holding.projectType)],
      [H.region, text(holding.region)],
      [H.period, text(holding.period)],
      [H.projectTotal, holding.projectTotalT],
      [H.serialFrom, text(holding.serialFrom)],
      [H.serialTo, text(holding.serialTo)],
      [H.acquired, dateValue(holding.acquired)],
      [H.provider, text(holding.provider)],
    ];
    for (const [c, v] of values) grid.set(row, c, v);
  }
  const at = (c: number) => cellAddress(row, c);
  const [prefix, start, end, held, allocated] = [
    H.prefix,
    H.start,
    H.end,
    H.heldT,
    H.allocatedT,
  ].map(at) as [string, string, string, string, string];
  const id = at(H.id);
  serialFormulas(grid, row, { ...H, tonnes: H.heldT });
  grid.set(
    row,
    H.allocatedT,
    formula(`IF(${id}="","",SUMIFS(${al(A.tonnes)},${al(A.holdingId)},${id}))`)
  );
  grid.set(row, H.remainingT, formula(`IF(ISNUMBER(${held}),${held}-N(${allocated}),"")`));
  grid.set(
    row,
    H.status,
    statusFormula(`COUNTA(${rangeAddress(row, 1, row, H.provider)})=0`, [
      token(`${id}=""`, "error", "missing-id"),
      token(`IF(${id}="",FALSE(),COUNTIF(${h(H.id)},${id})>1)`, "error", "duplicate-id"),
      token(`${held}=""`, "error", "serial-invalid"),
      token(
        `IF(ISNUMBER(${held}),COUNTIFS(${h(H.prefix)},${prefix},${h(H.start)},"<="&${end},${h(H.end)},">="&${start},${h(H.heldT)},">0")>1,FALSE())`,
        "error",
        "double-holding"
      ),
      token(`AND(ISNUMBER(${held}),N(${allocated})>${held})`, "error", "over-allocated"),
    ])
  );
}

function holdingsTable(grid: SheetGrid, { header: top, first, last }: TableRows): void {
  grid.tables.push({
    key: `${LEDGER_KEY}-holdings`,
    name: "台帳_保有クレジット",
    range: rangeAddress(top, 1, last, HOLDING_LAST),
    style: "TableStyleLight9",
  });
  tableFormats(
    grid,
    first,
    last,
    [
      H.id,
      H.kind,
      H.projectName,
      H.projectNumber,
      H.projectType,
      H.region,
      H.summary,
      H.period,
      H.projectTotal,
      H.serialFrom,
      H.serialTo,
      H.acquired,
      H.provider,
    ],
    [H.normFrom, H.normTo, H.prefixTo],
    HOLDING_LAST
  );
  grid.format({
    range: rangeAddress(first, H.projectTotal, last, H.projectTotal),
    numberFormat: NUMBER_FORMATS.t,
  });
  grid.format({
    range: rangeAddress(first, H.acquired, last, H.acquired),
    numberFormat: DATE_FORMAT,
  });
  grid.format({ range: rangeAddress(first, H.start, last, H.end), numberFormat: "0" });
  grid.format({
    range: rangeAddress(first, H.heldT, last, H.remainingT),
    numberFormat: NUMBER_FORMATS.wholeT,
  });
  grid.validations.push(
    {
      range: rangeAddress(first, H.kind, last, H.kind),
      rule: { kind: "list", choices: Object.values(CREDIT_KIND_LABELS) },
      prompt: {
        title: "クレジットの種類",
        message: "J-VER、京都メカニズムクレジット、JPA、その他VER、グリーン電力証書から選びます。",
      },
    },
    {
      range: rangeAddress(first, H.projectTotal, last, H.projectTotal),
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title: "プロジェクトの排出削減・吸収量",
        message: "プロジェクト全体を通じた量 (t-CO2)。0 以上の数値。",
      },
    },
    dateValidation(rangeAddress(first, H.acquired, last, H.acquired), "取得日")
  );
  statusFormats(grid, rangeAddress(first, H.status, last, H.status), cellAddress(first, H.status));
}
