/** The ledger's ■ オフセット対象 table: what each target needs, what is allocated and retired for it. */
import { RETIREMENT_LIMITS } from "../retirement-limits";
import { cellAddress, formula, rangeAddress, type SheetGrid } from "../../sheets/grid";
import type { CellContent } from "../../sheets/layout";
import {
  ALLOCATION_COLUMNS,
  DATE_FORMAT,
  LEDGER_KEY,
  TARGET_COLUMNS,
  TARGET_HEADERS,
  TARGET_KIND_LABELS,
  TARGET_LAST,
  type LedgerRanges,
  type TableRows,
} from "./ledger-columns";
import {
  dateValidation,
  dateValue,
  header,
  statusFormats,
  statusFormula,
  tableFormats,
  text,
  token,
} from "./ledger-formulas";
import type { OffsetTarget } from "../types";
import { NUMBER_FORMATS } from "../../sheets/builders/styles";

const T = TARGET_COLUMNS;
const A = ALLOCATION_COLUMNS;

/** The events, office years and tours to offset: what each needs, what is allocated and retired for it. */
export function addTargets(
  grid: SheetGrid,
  targets: readonly OffsetTarget[],
  rows: TableRows,
  ranges: LedgerRanges
): void {
  grid.section("■ オフセット対象（会議・イベント、事務事業、エコツアー）", rows.header - 2);
  grid.set(
    rows.header - 1,
    1,
    "必要量はバウンダリ・算定シートの必要クレジット量です。割当量・無効化済みは下の割当・無効化の表から集計します。"
  );
  grid.merges.push(rangeAddress(rows.header - 1, 1, rows.header - 1, TARGET_LAST));
  header(grid, rows.header, TARGET_COLUMNS, TARGET_HEADERS);
  for (let row = rows.first; row <= rows.last; row++)
    targetRow(grid, row, targets[row - rows.first], ranges);
  targetsTable(grid, rows);
}

function targetRow(
  grid: SheetGrid,
  row: number,
  target: OffsetTarget | undefined,
  { targets: tg, allocations: al }: LedgerRanges
): void {
  if (target) {
    const values: [number, CellContent][] = [
      [T.id, text(target.id)],
      [T.name, text(target.name)],
      [T.kind, TARGET_KIND_LABELS[target.kind]],
      [T.municipality, text(target.municipality)],
      [T.end, dateValue(target.activityEnd)],
      [T.neededT, target.creditsNeededT],
    ];
    for (const [c, v] of values) grid.set(row, c, v);
  }
  const at = (c: number) => cellAddress(row, c);
  const [id, end, need, allocated, retired] = [
    T.id,
    T.end,
    T.neededT,
    T.allocatedT,
    T.retiredT,
  ].map(at) as [string, string, string, string, string];
  grid.set(
    row,
    T.allocatedT,
    formula(`IF(${id}="","",SUMIFS(${al(A.tonnes)},${al(A.targetId)},${id}))`)
  );
  grid.set(
    row,
    T.retiredT,
    formula(`IF(${id}="","",SUMIFS(${al(A.tonnes)},${al(A.targetId)},${id},${al(A.retired)},"<>"))`)
  );
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
      token(
        `AND(${id}<>"",N(${allocated})>=N(${need}),N(${retired})<N(${need}))`,
        "warning",
        "retirement-pending"
      ),
    ])
  );
}

function targetsTable(grid: SheetGrid, { header: top, first, last }: TableRows): void {
  grid.tables.push({
    key: `${LEDGER_KEY}-targets`,
    name: "台帳_オフセット対象",
    range: rangeAddress(top, 1, last, TARGET_LAST),
    style: "TableStyleLight9",
  });
  tableFormats(
    grid,
    first,
    last,
    [T.id, T.name, T.kind, T.municipality, T.end, T.neededT],
    [],
    TARGET_LAST
  );
  grid.format({ range: rangeAddress(first, T.end, last, T.end), numberFormat: DATE_FORMAT });
  grid.format({
    range: rangeAddress(first, T.neededT, last, T.shortT),
    numberFormat: NUMBER_FORMATS.wholeT,
  });
  grid.validations.push(
    {
      range: rangeAddress(first, T.kind, last, T.kind),
      rule: { kind: "list", choices: RETIREMENT_LIMITS.map((l) => l.label.ja) },
      prompt: {
        title: "オフセット対象の種類",
        message: "会議・イベント、事務事業、エコツアー。無効化の時期の目安が種類で異なります。",
      },
    },
    dateValidation(rangeAddress(first, T.end, last, T.end), "終了日（活動の最終日）"),
    {
      range: rangeAddress(first, T.neededT, last, T.neededT),
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title: "必要量 (t-CO2)",
        message: "オフセットに必要なクレジット量。0 以上の数値。",
      },
    }
  );
  statusFormats(grid, rangeAddress(first, T.status, last, T.status), cellAddress(first, T.status));
}
