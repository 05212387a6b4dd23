/**
 * The クレジット管理台帳's three tables — 保有クレジット, オフセット対象, 割当・無効化 — each pre-filled from the request
 * and followed by LEDGER_BLANK_ROWS empty rows that already carry the formulas, validations and 状況 checks.
 */
import { RETIREMENT_LIMITS } from "../retirement-limits";
import { cellAddress, formula, rangeAddress, type SheetGrid } from "../../sheets/grid";
import type { CellContent } from "../../sheets/layout";
import {
  ALLOCATION_COLUMNS,
  ALLOCATION_HEADERS,
  ALLOCATION_LAST,
  CREDIT_KIND_LABELS,
  DATE_FORMAT,
  HOLDING_COLUMNS,
  HOLDING_HEADERS,
  HOLDING_LAST,
  HOLDINGS_SECTION,
  LEDGER_KEY,
  TARGET_COLUMNS,
  TARGET_HEADERS,
  TARGET_KIND_LABELS,
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
import type { Holding, OffsetTarget } from "../types";
import { NUMBER_FORMATS } from "../../sheets/builders/styles";

const H = HOLDING_COLUMNS;
const T = TARGET_COLUMNS;
const A = ALLOCATION_COLUMNS;

// ---------------------------------------------------------------------------------------------------------------
// ■ 保有クレジット

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

// ---------------------------------------------------------------------------------------------------------------
// ■ オフセット対象

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

// ---------------------------------------------------------------------------------------------------------------
// ■ 割当・無効化

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
