/** ■ 算定結果 and ■ 集計 of the バウンダリ・算定シート, the cells other sheets quote and their defined names. */
import { absolute, cellAddress, formula, rangeAddress, SheetGrid } from "../grid";
import type { ResolvedActivity } from "./boundary-activities";
import { at, HEADER, LAST_COLUMN } from "./boundary-header";
import { COLORS, NUMBER_FORMATS } from "./styles";

/** Absolute addresses of the cells other sheets quote (the disclosure notices). */
export interface BoundaryCells {
  readonly name: string;
  readonly dates: string;
  readonly place: string;
  readonly organizer: string;
  readonly participants: string;
  readonly totalPreKg: string;
  readonly totalPostKg: string;
  readonly creditsPre: string;
  readonly creditsPost: string;
  readonly costPreYen: string;
  readonly costPostYen: string;
  readonly yenPerTonne: string;
}

const RESULT_HEADERS = [
  "No",
  "主体",
  "対象活動",
  "算定方法",
  "レベル",
  "事前算定 (kg-CO2)",
  "事後算定 (kg-CO2)",
  "係数・出典",
  "算定式",
];

/** Where the ■ 算定結果 rows are: one per activity (at least one, an Excel table needs a body row). */
export interface ResultRows {
  readonly rows: readonly number[];
  readonly first: number;
  readonly last: number;
}

/** ■ 算定結果: rows are placed now, their formulas filled once the input rows' addresses are known. */
export function addResults(grid: SheetGrid, activities: readonly ResolvedActivity[]): ResultRows {
  grid.section("■ 算定結果（kg-CO2）", 18);
  const resultHeader = 19;
  RESULT_HEADERS.forEach((header, i) => grid.set(resultHeader, i + 1, header));
  const resultRows = activities.map((activity, i) => {
    const row = resultHeader + 1 + i;
    const { method } = activity;
    [
      activity.index,
      activity.actorName,
      activity.activityName,
      method.name.ja,
      `レベル${method.level}`,
    ].forEach((value, c) => grid.set(row, c + 1, value));
    grid.set(row, 9, method.formulaText.ja);
    return row;
  });
  const firstResult = resultHeader + 1;
  // An Excel table needs at least one body row.
  const lastResult = Math.max(firstResult, resultHeader + activities.length);
  if (activities.length === 0) grid.set(firstResult, 3, "（活動が選ばれていません）");
  grid.tables.push({
    key: "results",
    name: "算定結果",
    range: rangeAddress(resultHeader, 1, lastResult, LAST_COLUMN),
    style: "TableStyleLight9",
  });
  grid.format({
    range: rangeAddress(firstResult, 6, lastResult, 7),
    numberFormat: NUMBER_FORMATS.kg,
  });
  grid.format({ range: rangeAddress(firstResult, 8, lastResult, 9), wrap: true });
  return { rows: resultRows, first: firstResult, last: lastResult };
}

/** ■ 集計: subtotals by actor, the totals, credits needed, cost and per person, before and after. Returns the last row. */
export function addSummary(
  grid: SheetGrid,
  activities: readonly ResolvedActivity[],
  { first: firstResult, last: lastResult }: ResultRows
): { row: number; totalRow: number } {
  let row = lastResult + 2;
  grid.section("■ 集計", row);
  row += 1;
  grid.set(row, 2, "主体");
  grid.set(row, 6, "事前算定");
  grid.set(row, 7, "事後算定");
  grid.format({ range: rangeAddress(row, 2, row, 7), bold: true, fill: COLORS.header });
  const results = (column: number) => rangeAddress(firstResult, column, lastResult, column);
  const actorNames = [...new Set(activities.map((a) => a.actorName))];
  for (const actorName of actorNames) {
    row += 1;
    grid.set(row, 2, actorName);
    grid.set(row, 3, "小計 (kg-CO2)");
    for (const column of [6, 7])
      grid.set(
        row,
        column,
        formula(`SUMIFS(${results(column)},${results(2)},${cellAddress(row, 2)})`)
      );
    grid.format({ range: rangeAddress(row, 6, row, 7), numberFormat: NUMBER_FORMATS.kg });
  }
  const totalRow = row + 1;
  const summary: [string, (column: number) => string, string][] = [
    ["合計 (kg-CO2)", (c) => `SUM(${results(c)})`, NUMBER_FORMATS.kg],
    ["合計 (t-CO2)", (c) => `${cellAddress(totalRow, c)}/1000`, NUMBER_FORMATS.t],
    [
      "必要クレジット量 (t-CO2、整数に切り上げ)",
      (c) => `GHG.CREDITS_NEEDED(${cellAddress(totalRow, c)})`,
      NUMBER_FORMATS.wholeT,
    ],
    [
      "概算費用 (円)",
      (c) => `GHG.OFFSET_COST(${cellAddress(totalRow + 2, c)},${at(HEADER.price)})`,
      NUMBER_FORMATS.yen,
    ],
    [
      "1人当たり排出量 (kg-CO2/人)",
      (c) =>
        `IF(${at(HEADER.participants)}>0,${cellAddress(totalRow, c)}/${at(HEADER.participants)},"—")`,
      NUMBER_FORMATS.kg,
    ],
  ];
  for (const [label, build, numberFormat] of summary) {
    row += 1;
    grid.set(row, 2, label);
    for (const column of [6, 7]) grid.set(row, column, formula(build(column)));
    grid.format({
      range: rangeAddress(row, 2, row, 7),
      bold: true,
      fill: COLORS.total,
      numberFormat,
    });
  }
  return { row, totalRow };
}

export function boundaryCells(totalRow: number): BoundaryCells {
  const creditsRow = totalRow + 2;
  return {
    name: at(HEADER.name),
    dates: at(HEADER.dates),
    place: at(HEADER.place),
    organizer: at(HEADER.organizer),
    participants: at(HEADER.participants),
    totalPreKg: absolute(totalRow, 6),
    totalPostKg: absolute(totalRow, 7),
    creditsPre: absolute(creditsRow, 6),
    creditsPost: absolute(creditsRow, 7),
    costPreYen: absolute(creditsRow + 1, 6),
    costPostYen: absolute(creditsRow + 1, 7),
    yenPerTonne: at(HEADER.price),
  };
}

/** Defined names of the totals, credits and cost, which the disclosure and plan sheets quote. */
export function addNames(grid: SheetGrid, totalRow: number): void {
  const creditsRow = totalRow + 2;
  grid.names.push(
    {
      key: "total-pre",
      name: "算定_事前合計_kg",
      refersTo: cellAddress(totalRow, 6),
      comment: "事前算定の合計 (kg-CO2)",
    },
    {
      key: "total-post",
      name: "算定_事後合計_kg",
      refersTo: cellAddress(totalRow, 7),
      comment: "事後算定の合計 (kg-CO2)",
    },
    {
      key: "credits-pre",
      name: "算定_事前クレジット_t",
      refersTo: cellAddress(creditsRow, 6),
      comment: "事前算定に基づく必要クレジット量 (t-CO2)",
    },
    {
      key: "credits-post",
      name: "算定_事後クレジット_t",
      refersTo: cellAddress(creditsRow, 7),
      comment: "事後算定に基づく必要クレジット量 (t-CO2)",
    },
    {
      key: "cost-post",
      name: "算定_概算費用_円",
      refersTo: cellAddress(creditsRow + 1, 7),
      comment: "事後算定に基づく概算費用 (円)",
    }
  );
}
