/** The uptake of the 森林吸収プロジェクト sheet: ■ 集計 (the cells a plan quotes), per year, and per stand and year. */
import { absolute, cellAddress, formula, rangeAddress, SheetGrid } from "../grid";
import { cellArgument } from "./blank-cells";
import {
  CARBON_CELL,
  DETAIL,
  DETAIL_HEADERS,
  FIRST_YEAR_CELL,
  ForestRows,
  LAST_COLUMN,
  SET_CELL,
  STAND,
  VALUE_COLUMN,
  YEARS_CELL,
  detailColumn,
  standColumn,
} from "./forest-rows";
import { HAMAMATSU_EXAMPLE } from "./forest-texts";
import type { ForestCells } from "./project-options";
import { COLORS, NUMBER_FORMATS } from "./styles";

/** ■ 集計: area, the crediting period's uptake, per year and per hectare — the cells a plan quotes, as defined names. */
export function addSummary(grid: SheetGrid, rows: ForestRows): ForestCells {
  const { summarySection, summary, firstYearRow, lastYearRow } = rows;
  const inputRange = (column: number) => standColumn(rows, column);
  grid.section("■ 集計", summarySection);
  const yearTotals = rangeAddress(firstYearRow, 3, lastYearRow, 3);
  const summaryRows: [number, string, string, string, string][] = [
    [summary.area, "対象面積の合計 (ha)", `SUM(${inputRange(STAND.area)})`, "#,##0.00", ""],
    [
      summary.total,
      "クレジット期間の吸収量 (t-CO2)",
      `SUM(${yearTotals})`,
      NUMBER_FORMATS.t,
      "年度別の吸収量の合計",
    ],
    [
      summary.annual,
      "年平均吸収量 (t-CO2/年)",
      `${cellAddress(summary.total, VALUE_COLUMN)}/${YEARS_CELL}`,
      NUMBER_FORMATS.t,
      "期間の吸収量 ÷ クレジット期間（年）",
    ],
    [
      summary.perHa,
      "面積当たり吸収量 (t-CO2/ha・年)",
      `IF(${cellAddress(summary.area, VALUE_COLUMN)}>0,${cellAddress(summary.annual, VALUE_COLUMN)}/${cellAddress(summary.area, VALUE_COLUMN)},"—")`,
      "#,##0.0#",
      "年平均吸収量 ÷ 対象面積",
    ],
  ];
  for (const [row, label, expression, numberFormat, note] of summaryRows) {
    grid.set(row, 2, label);
    grid.set(row, VALUE_COLUMN, formula(expression));
    if (note) grid.set(row, 4, note);
    grid.format({
      range: rangeAddress(row, 2, row, VALUE_COLUMN),
      bold: true,
      fill: COLORS.total,
      border: true,
    });
    grid.format({ range: cellAddress(row, VALUE_COLUMN), numberFormat });
  }
  grid.set(summary.example, 2, HAMAMATSU_EXAMPLE);
  grid.merges.push(rangeAddress(summary.example, 2, summary.example, LAST_COLUMN));
  grid.format({ range: cellAddress(summary.example, 2), wrap: true, fontColor: COLORS.section });
  const cells: ForestCells = {
    totalT: absolute(summary.total, VALUE_COLUMN),
    annualT: absolute(summary.annual, VALUE_COLUMN),
    areaHa: absolute(summary.area, VALUE_COLUMN),
    perHaYearT: absolute(summary.perHa, VALUE_COLUMN),
  };
  grid.names.push(
    {
      key: "forest-total-t",
      name: "森林_期間吸収量_t",
      refersTo: cellAddress(summary.total, VALUE_COLUMN),
      comment: "クレジット期間の CO2 吸収量 (t-CO2)",
    },
    {
      key: "forest-annual-t",
      name: "森林_年平均吸収量_t",
      refersTo: cellAddress(summary.annual, VALUE_COLUMN),
      comment: "年平均 CO2 吸収量 (t-CO2/年)",
    },
    {
      key: "forest-area-ha",
      name: "森林_対象面積_ha",
      refersTo: cellAddress(summary.area, VALUE_COLUMN),
      comment: "対象面積の合計 (ha)",
    },
    {
      key: "forest-per-ha-t",
      name: "森林_面積当たり吸収量_t",
      refersTo: cellAddress(summary.perHa, VALUE_COLUMN),
      comment: "面積当たり吸収量 (t-CO2/ha・年)",
    }
  );
  return cells;
}

/** ■ 年度別の吸収量: one row per year of the crediting period, summing the stands' rows of that year. */
export function addYears(grid: SheetGrid, rows: ForestRows): void {
  const { yearSection, yearHeader, firstYearRow, lastYearRow, years } = rows;
  const yearTotals = rangeAddress(firstYearRow, 3, lastYearRow, 3);
  grid.section("■ 年度別の吸収量", yearSection);
  ["年目", "年度", "吸収量 (t-CO2/年)"].forEach((header, i) => grid.set(yearHeader, i + 1, header));
  for (let y = 1; y <= years; y++) {
    const row = yearHeader + y;
    grid.set(row, 1, y);
    grid.set(row, 2, formula(`${FIRST_YEAR_CELL}+${y - 1}`));
    grid.set(
      row,
      3,
      formula(
        `SUMIFS(${detailColumn(rows, DETAIL.uptake)},${detailColumn(rows, DETAIL.year)},${cellAddress(row, 1)})`
      )
    );
  }
  grid.tables.push({
    key: "forest-years",
    name: "森林_年度別吸収量",
    range: rangeAddress(yearHeader, 1, lastYearRow, 3),
    style: "TableStyleLight9",
  });
  grid.format({ range: yearTotals, numberFormat: NUMBER_FORMATS.t });
  grid.format({ range: rangeAddress(firstYearRow, 2, lastYearRow, 2), numberFormat: "0" });
}

/** ■ 林分・年度別の吸収量: the age advances a year per row, so the BEF class follows it. */
export function addDetail(grid: SheetGrid, rows: ForestRows): void {
  const { detailSection, detailHeader, firstDetail, lastDetail, firstStand, standCount, years } =
    rows;
  grid.section(
    "■ 林分・年度別の吸収量（GHG.FOREST_UPTAKE、林齢は毎年度1年ずつ進む）",
    detailSection
  );
  DETAIL_HEADERS.forEach((header, i) => grid.set(detailHeader, i + 1, header));
  for (let s = 0; s < standCount; s++) {
    const standRow = firstStand + s;
    const ref = (column: number) => absolute(standRow, column);
    for (let y = 1; y <= years; y++) {
      const row = detailHeader + s * years + y;
      const age = cellAddress(row, DETAIL.age);
      grid.set(row, DETAIL.no, formula(ref(STAND.no)));
      grid.set(row, DETAIL.name, formula(`IF(${ref(STAND.name)}="","",${ref(STAND.name)})`));
      grid.set(row, DETAIL.year, y);
      grid.set(row, DETAIL.fiscalYear, formula(`${FIRST_YEAR_CELL}+${y - 1}`));
      grid.set(row, DETAIL.age, formula(`IF(${ref(STAND.age)}="","",${ref(STAND.age)}+${y - 1})`));
      grid.set(row, DETAIL.bef, formula(`IF(${age}="","",IF(${age}<=20,"20年以下","20年超"))`));
      const blank = [STAND.area, STAND.species, STAND.age, STAND.growth]
        .map((c) => `${ref(c)}=""`)
        .join(",");
      grid.set(
        row,
        DETAIL.uptake,
        // 都道府県 is optional and often blank: passed as "" for blank (desktop Excel would pass 0; blank-cells.ts).
        formula(
          `IF(OR(${blank}),"",GHG.FOREST_UPTAKE(${ref(STAND.area)},${ref(STAND.growth)},${SET_CELL}&":"&${ref(STAND.species)},${age},${cellArgument("FOREST_UPTAKE", 4, ref(STAND.prefecture))},${CARBON_CELL}))`
        )
      );
    }
  }
  grid.tables.push({
    key: "forest-uptake",
    name: "森林_林分年度別吸収量",
    range: rangeAddress(detailHeader, 1, lastDetail, DETAIL_HEADERS.length),
    style: "TableStyleLight1",
  });
  grid.format({ range: detailColumn(rows, DETAIL.uptake), numberFormat: NUMBER_FORMATS.t });
  grid.format({ range: detailColumn(rows, DETAIL.fiscalYear), numberFormat: "0" });
  grid.conditionalFormats.push({
    range: detailColumn(rows, DETAIL.bef),
    formula: `=${cellAddress(firstDetail, DETAIL.bef)}="20年超"`,
    fontColor: COLORS.section,
  });
}
