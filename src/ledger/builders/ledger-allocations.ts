/** The ledger's ■ 割当・無効化 table: checked against the holdings and the targets. */
import { cellAddress, formula, rangeAddress, type SheetGrid } from "../../sheets/grid";
import type { CellContent } from "../../sheets/layout";
import {
  ALLOCATION_COLUMNS,
  ALLOCATION_HEADERS,
  ALLOCATION_LAST,
  DATE_FORMAT,
  HOLDING_COLUMNS,
  LEDGER_KEY,
  TARGET_COLUMNS,
  TARGET_LAST,
  type LedgerAllocation,
  type LedgerRanges,
  type TableRows,
} from "./ledger-columns";
import {
  dateValidation,
  dateValue,
  header,
  mark,
  serialFormulas,
  statusFormats,
  statusFormula,
  tableFormats,
  text,
  token,
} from "./ledger-formulas";
import { NUMBER_FORMATS } from "../../sheets/builders/styles";

const H = HOLDING_COLUMNS;
const T = TARGET_COLUMNS;
const A = ALLOCATION_COLUMNS;

/** Which tonnes of which holding serve which target, and when they were retired: checked against both tables. */
export function addAllocations(
  grid: SheetGrid,
  allocations: readonly LedgerAllocation[],
  rows: TableRows,
  ranges: LedgerRanges
): void {
  grid.section("■ 割当・無効化（どのクレジットをどの対象に使ったか）", rows.header - 2);
  grid.set(
    rows.header - 1,
    1,
    "保有ID・対象IDは上の表のIDを入力します。無効化したら無効化日を記入します。証書を発行・受領した場合は証書番号を記入すると、証書の量と照合できます。"
  );
  grid.merges.push(rangeAddress(rows.header - 1, 1, rows.header - 1, TARGET_LAST));
  header(grid, rows.header, ALLOCATION_COLUMNS, ALLOCATION_HEADERS);
  for (let row = rows.first; row <= rows.last; row++) {
    const allocation = allocations[row - rows.first];
    if (allocation) {
      const values: [number, CellContent][] = [
        [A.holdingId, text(allocation.holdingId)],
        [A.targetId, text(allocation.targetId)],
        [A.serialFrom, text(allocation.serialFrom)],
        [A.serialTo, text(allocation.serialTo)],
        [A.retired, dateValue(allocation.retired)],
        [A.retiredBy, text(allocation.retiredBy)],
        [A.certificate, text(allocation.certificateNumber ?? "")],
      ];
      for (const [c, v] of values) grid.set(row, c, v);
    }
    serialFormulas(grid, row, A);
    allocationLookups(grid, row, ranges);
    allocationStatus(grid, row, ranges);
  }
  allocationsTable(grid, rows);
}

/** The holding and target rows an allocation names, the target's kind and end, and the retirement dates it implies. */
function allocationLookups(
  grid: SheetGrid,
  row: number,
  { holdings: h, targets: tg, limitKinds, limitWarn, limitError }: LedgerRanges
): void {
  const at = (c: number) => cellAddress(row, c);
  const [holdingId, targetId, retired, targetKind, targetEnd, targetRow] = [
    A.holdingId,
    A.targetId,
    A.retired,
    A.targetKind,
    A.targetEnd,
    A.targetRow,
  ].map(at) as [string, string, string, string, string, string];
  grid.set(
    row,
    A.holdingRow,
    formula(`IF(${holdingId}="","",IFERROR(MATCH(${holdingId},${h(H.id)},0),""))`)
  );
  grid.set(
    row,
    A.targetRow,
    formula(`IF(${targetId}="","",IFERROR(MATCH(${targetId},${tg(T.id)},0),""))`)
  );
  grid.set(
    row,
    A.targetKind,
    formula(
      `IF(${targetRow}="","",IF(INDEX(${tg(T.kind)},${targetRow})="","",INDEX(${tg(T.kind)},${targetRow})))`
    )
  );
  grid.set(
    row,
    A.targetEnd,
    formula(
      `IF(${targetRow}="","",IF(ISNUMBER(INDEX(${tg(T.end)},${targetRow})),INDEX(${tg(T.end)},${targetRow}),""))`
    )
  );
  grid.set(
    row,
    A.days,
    formula(`IF(AND(ISNUMBER(${retired}),ISNUMBER(${targetEnd})),${retired}-${targetEnd},"")`)
  );
  const limit = (range: string) => `INDEX(${range},MATCH(${targetKind},${limitKinds},0))`;
  grid.set(
    row,
    A.warnBy,
    formula(
      `IF(AND(ISNUMBER(${targetEnd}),${targetKind}<>""),IFERROR(IF(${limit(limitWarn)}="","",EDATE(${targetEnd},${limit(limitWarn)})),""),"")`
    )
  );
  grid.set(
    row,
    A.errorBy,
    formula(
      `IF(AND(ISNUMBER(${targetEnd}),${targetKind}<>""),IFERROR(IF(${limit(limitError)}="","",EDATE(${targetEnd},${limit(limitError)})),""),"")`
    )
  );
}

/** The 状況 of an allocation: IDs known, serials inside the holding and allocated once, retired in time. */
function allocationStatus(
  grid: SheetGrid,
  row: number,
  { holdings: h, targets: tg, allocations: al, baseDate }: LedgerRanges
): void {
  const at = (c: number) => cellAddress(row, c);
  const [holdingId, targetId, retired, tonnes, prefix, start, end] = [
    A.holdingId,
    A.targetId,
    A.retired,
    A.tonnes,
    A.prefix,
    A.start,
    A.end,
  ].map(at) as [string, string, string, string, string, string, string];
  const [warnBy, errorBy, holdingRow] = [A.warnBy, A.errorBy, A.holdingRow].map(at) as [
    string,
    string,
    string,
  ];
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
      token(
        `IF(${holdingId}="",FALSE(),COUNTIF(${h(H.id)},${holdingId})=0)`,
        "error",
        "unknown-holding"
      ),
      token(
        `IF(${targetId}="",FALSE(),COUNTIF(${tg(T.id)},${targetId})=0)`,
        "error",
        "unknown-target"
      ),
      token(`${tonnes}=""`, "error", "serial-invalid"),
      outside,
      token(
        `IF(ISNUMBER(${tonnes}),COUNTIFS(${al(A.prefix)},${prefix},${al(A.start)},"<="&${end},${al(A.end)},">="&${start},${al(A.tonnes)},">0")>1,FALSE())`,
        "error",
        "double-allocation"
      ),
      timing,
    ])
  );
}

function allocationsTable(grid: SheetGrid, { header: top, first, last }: TableRows): void {
  grid.tables.push({
    key: `${LEDGER_KEY}-allocations`,
    name: "台帳_割当無効化",
    range: rangeAddress(top, 1, last, ALLOCATION_LAST),
    style: "TableStyleLight9",
  });
  tableFormats(
    grid,
    first,
    last,
    [A.holdingId, A.targetId, A.serialFrom, A.serialTo, A.retired, A.retiredBy, A.certificate],
    [A.normFrom, A.normTo, A.prefixTo, A.holdingRow, A.targetRow],
    ALLOCATION_LAST
  );
  grid.format({
    range: rangeAddress(first, A.retired, last, A.retired),
    numberFormat: DATE_FORMAT,
  });
  grid.format({
    range: rangeAddress(first, A.tonnes, last, A.tonnes),
    numberFormat: NUMBER_FORMATS.wholeT,
  });
  grid.format({ range: rangeAddress(first, A.start, last, A.end), numberFormat: "0" });
  grid.format({
    range: rangeAddress(first, A.targetEnd, last, A.targetEnd),
    numberFormat: DATE_FORMAT,
  });
  grid.format({
    range: rangeAddress(first, A.days, last, A.days),
    numberFormat: NUMBER_FORMATS.count,
  });
  grid.format({ range: rangeAddress(first, A.warnBy, last, A.errorBy), numberFormat: DATE_FORMAT });
  grid.validations.push(
    dateValidation(rangeAddress(first, A.retired, last, A.retired), "無効化日")
  );
  statusFormats(grid, rangeAddress(first, A.status, last, A.status), cellAddress(first, A.status));
}
