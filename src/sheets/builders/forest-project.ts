/**
 * 森林吸収プロジェクト (B2 吸収活動によるクレジット創出, C1 企業等への提供, C2 自治体同士の交換): the header (project,
 * first year, crediting period, the factor-set cell and the carbon fraction every formula uses), the stands (林分) as
 * input rows, the totals the plan quotes, the uptake per year, and one row per stand × year of the crediting period
 * computing GHG.FOREST_UPTAKE at that year's age — so the 拡大係数 BEF switches in the year a stand passes 20 years.
 * Then the guidebook's formula, monitoring items and its notes on 永続性, 伐採 and リーケージ, quoted with citations.
 *
 * Shape: the year rows are fixed when the sheet is built (stands × years). The request's stands are built plus
 * `spareStands` blank stand rows (default 2) whose year rows are ready: typing a stand there computes at once.
 * More stands or another crediting period need a rebuild from the pane (the note rows say so).
 */
import { FACTOR_SETS, defaultFactorSet, lookupsOf } from "../../core";
import { PREFECTURES } from "../../core/data/prefectures";
import { absolute, cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { cellArgument } from "./blank-cells";
import {
  COEFFICIENT_CITATION,
  CONSIDERATIONS_CITATION,
  FOREST_MONITORING_ITEMS,
  FORMULA_CITATION,
  FORMULA_LINES,
  HAMAMATSU_EXAMPLE,
  HARVEST_NOTE,
  MONITORING_CITATION,
  PROJECT_CONSIDERATIONS,
} from "./forest-texts";
import type { ForestCells, ForestProjectRequest } from "./project-options";
import { COLORS, NUMBER_FORMATS, promptMessage } from "./styles";

export const FOREST_PROJECT_KEY = "forest";
export const DEFAULT_SPARE_STANDS = 2;

/** The scenarios a forest project serves, as the guidebook names them (取組方法 B2, C1, C2). */
export const FOREST_SCENARIO_NAMES = {
  B2: "B2：吸収活動によるクレジット創出",
  C1: "C1：企業等への排出削減・吸収価値の提供【特定者間完結型】",
  C2: "C2：自治体同士での排出削減・吸収価値の交換【特定者間完結型】",
} as const satisfies Record<ForestProjectRequest["scenario"], string>;

// A No, B 林分名 / labels, C 面積 / values, D 樹種, E 林齢, F 成長量, G 都道府県, H 期間合計, I 備考
const COLUMN_WIDTHS = [6, 24, 14, 16, 14, 18, 12, 16, 44];
const LAST_COLUMN = COLUMN_WIDTHS.length;
const VALUE_COLUMN = 3;

const STAND = {
  no: 1,
  name: 2,
  area: 3,
  species: 4,
  age: 5,
  growth: 6,
  prefecture: 7,
  total: 8,
  note: 9,
} as const;
const STAND_HEADERS = [
  "No",
  "林分名",
  "面積 (ha)",
  "樹種",
  "林齢（開始年度、年）",
  "幹材積の成長量 (m³/ha・年)",
  "都道府県",
  "期間の吸収量 (t-CO2)",
  "備考",
];
const DETAIL = { no: 1, name: 2, year: 3, fiscalYear: 4, age: 5, bef: 6, uptake: 7 } as const;
const DETAIL_HEADERS = [
  "No",
  "林分名",
  "年目",
  "年度",
  "林齢（年）",
  "拡大係数 BEF の区分",
  "吸収量 (t-CO2/年)",
];

const HEADER = { name: 5, scenario: 6, firstYear: 7, years: 8, set: 9, carbon: 10 } as const;
const at = (row: number) => absolute(row, VALUE_COLUMN);
const SET_CELL = at(HEADER.set);
const CARBON_CELL = at(HEADER.carbon);
const FIRST_YEAR_CELL = at(HEADER.firstYear);
const YEARS_CELL = at(HEADER.years);
// --- Layout --------------------------------------------------------------------------------------------------

export interface ForestLayoutOptions {
  /** Blank stand rows (with their year rows) after the request's stands; default 2. */
  readonly spareStands?: number;
}

function factorSetOf(id: string) {
  return FACTOR_SETS.find((s) => s.id === id) ?? defaultFactorSet();
}

/** Names of the species whose coefficients depend on the prefecture (その他針葉樹, その他広葉樹). */
function regionalSpecies(setId: string): string[] {
  return lookupsOf(factorSetOf(setId))
    .forestSpecies.rows.filter((c) => c.rows.length > 1)
    .map((c) => c.name.ja);
}

/** A label in B and a long text merged over C:I, wrapped. */
function textRow(grid: SheetGrid, row: number, label: string, text: string): void {
  grid.set(row, 2, label);
  grid.set(row, VALUE_COLUMN, text);
  grid.merges.push(rangeAddress(row, VALUE_COLUMN, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, 2), bold: true, wrap: true });
  grid.format({ range: cellAddress(row, VALUE_COLUMN), wrap: true });
}

function addHeader(grid: SheetGrid, request: ForestProjectRequest, setId: string): void {
  const set = factorSetOf(setId);
  grid.title(`森林吸収プロジェクト（${FOREST_SCENARIO_NAMES[request.scenario]}）`);
  grid.set(
    2,
    1,
    "ガイドブックの算定式（J-VER 森林管理プロジェクト）で、林分ごと・年度ごとの CO2 吸収量を計算します。林齢は年度ごとに1年ずつ進み、20年を超えた年度から拡大係数 BEF が切り替わります。黄色のセルに入力してください。"
  );
  grid.merges.push(rangeAddress(1, 1, 1, LAST_COLUMN), rangeAddress(2, 1, 2, LAST_COLUMN));
  grid.format({ range: "A2", wrap: true });
  grid.section("■ 基本情報", 4);

  const rows: [number, string, string | number, string][] = [
    [HEADER.name, "プロジェクト名", request.projectName, ""],
    [HEADER.scenario, "取組方法", request.scenario, FOREST_SCENARIO_NAMES[request.scenario]],
    [
      HEADER.firstYear,
      "開始年度（1年目）",
      request.firstYear,
      "年度（西暦）。年度別の表の年度に使います",
    ],
    [
      HEADER.years,
      "クレジット期間（年）",
      request.years,
      "年数を変えるときは作業ウィンドウで作り直してください（年度別の行の数が変わるため）",
    ],
    [HEADER.set, "係数セット", set.id, set.title.ja],
  ];
  for (const [row, label, value, note] of rows) {
    grid.set(row, 2, label);
    grid.set(row, VALUE_COLUMN, value);
    if (note) grid.set(row, 4, note);
  }
  grid.set(HEADER.carbon, 2, "炭素含有率");
  grid.set(HEADER.carbon, VALUE_COLUMN, formula(`GHG.FACTOR(${SET_CELL}&":炭素含有率")`));
  grid.set(HEADER.carbon, 4, "係数セットの値（ガイドブック: 0.5）。吸収量の式はこのセルを使います");

  grid.format({
    range: rangeAddress(HEADER.name, 2, HEADER.carbon, 2),
    bold: true,
    fill: COLORS.header,
    border: true,
  });
  grid.format({
    range: rangeAddress(HEADER.name, VALUE_COLUMN, HEADER.carbon, VALUE_COLUMN),
    border: true,
  });
  for (const row of [HEADER.name, HEADER.firstYear, HEADER.set])
    grid.format({ range: cellAddress(row, VALUE_COLUMN), fill: COLORS.input });
  for (const row of [HEADER.scenario, HEADER.years, HEADER.carbon])
    grid.format({ range: cellAddress(row, VALUE_COLUMN), fill: COLORS.notAsked });
  grid.format({ range: cellAddress(HEADER.carbon, VALUE_COLUMN), numberFormat: "0.0##" });
  grid.validations.push(
    {
      range: cellAddress(HEADER.firstYear, VALUE_COLUMN),
      rule: { kind: "whole", min: 1990, max: 2100 },
      prompt: { title: "開始年度", message: "クレジット期間の1年目の年度（西暦、例: 2026）" },
      error: {
        title: "入力できない値です",
        message: "西暦の年度（1990～2100）を入力してください。",
      },
    },
    {
      range: cellAddress(HEADER.set, VALUE_COLUMN),
      rule: { kind: "list", choices: FACTOR_SETS.map((s) => s.id) },
      prompt: {
        title: "係数セット",
        message: "係数の表の版。吸収量の式はこのセルの版の係数（BEF・R・容積密度）で計算します",
      },
    }
  );
  grid.names.push({
    key: "forest-factor-set",
    name: "森林_係数セット",
    refersTo: cellAddress(HEADER.set, VALUE_COLUMN),
  });
}

/** Where every block of the sheet lives: known up front, so formulas can refer forward (totals above the detail). */
interface ForestRows {
  readonly years: number;
  readonly standCount: number;
  readonly standSection: number;
  readonly standHeader: number;
  readonly firstStand: number;
  readonly lastStand: number;
  readonly standNote: number;
  readonly summarySection: number;
  readonly summary: {
    readonly area: number;
    readonly total: number;
    readonly annual: number;
    readonly perHa: number;
    readonly example: number;
  };
  readonly yearSection: number;
  readonly yearHeader: number;
  readonly firstYearRow: number;
  readonly lastYearRow: number;
  readonly detailSection: number;
  readonly detailHeader: number;
  readonly firstDetail: number;
  readonly lastDetail: number;
}

function forestRows(request: ForestProjectRequest, options: ForestLayoutOptions): ForestRows {
  const years = Math.max(1, Math.floor(request.years));
  const spare = Math.max(0, Math.floor(options.spareStands ?? DEFAULT_SPARE_STANDS));
  const standCount = request.stands.length + spare;
  const standSection = HEADER.carbon + 2;
  const standHeader = standSection + 1;
  const firstStand = standHeader + 1;
  const lastStand = standHeader + standCount;
  const standNote = lastStand + 1;
  const summarySection = standNote + 2;
  const summary = {
    area: summarySection + 1,
    total: summarySection + 2,
    annual: summarySection + 3,
    perHa: summarySection + 4,
    example: summarySection + 5,
  };
  const yearSection = summary.example + 2;
  const yearHeader = yearSection + 1;
  const firstYearRow = yearHeader + 1;
  const lastYearRow = yearHeader + years;
  const detailSection = lastYearRow + 2;
  const detailHeader = detailSection + 1;
  const firstDetail = detailHeader + 1;
  const lastDetail = detailHeader + standCount * years;
  return {
    years,
    standCount,
    standSection,
    standHeader,
    firstStand,
    lastStand,
    standNote,
    summarySection,
    summary,
    yearSection,
    yearHeader,
    firstYearRow,
    lastYearRow,
    detailSection,
    detailHeader,
    firstDetail,
    lastDetail,
  };
}

/** A column of the stand × year rows. */
const detailColumn = (rows: ForestRows, column: number) =>
  rangeAddress(rows.firstDetail, column, rows.lastDetail, column);
/** A column of the stand rows. */
const standColumn = (rows: ForestRows, column: number) =>
  rangeAddress(rows.firstStand, column, rows.lastStand, column);

/**
 * The 森林吸収プロジェクト sheet and the addresses of the totals a plan quotes. One stand row per request stand plus
 * `options.spareStands` blank ones; one uptake row per stand and year of the crediting period.
 */
export function layoutForestProject(
  request: ForestProjectRequest,
  options: ForestLayoutOptions = {}
): { layout: SheetLayout; cells: ForestCells } {
  const setId = request.settings.factorSetId;
  const rows = forestRows(request, options);
  const grid = new SheetGrid(
    FOREST_PROJECT_KEY,
    `森林吸収_${request.projectName || "プロジェクト"}`,
    COLUMN_WIDTHS
  );
  addHeader(grid, request, setId);
  addStands(grid, request, rows, setId);
  const cells = addSummary(grid, rows);
  addYears(grid, rows);
  addDetail(grid, rows);
  let row = addFormula(grid, rows.lastDetail + 2);
  row = addMonitoring(grid, row + 2);
  addConsiderations(grid, row + 2, request.scenario);
  return { layout: grid.toLayout({ tabColor: COLORS.tab }), cells };
}

/** ■ 林分（入力）: one row per stand, then the spare ones; each totals its uptake and asks for a prefecture when needed. */
function addStands(
  grid: SheetGrid,
  request: ForestProjectRequest,
  rows: ForestRows,
  setId: string
): void {
  const { standSection, standHeader, firstStand, lastStand, standCount, standNote } = rows;
  grid.section("■ 林分（入力）— 黄色のセルに入力", standSection);
  STAND_HEADERS.forEach((header, i) => grid.set(standHeader, i + 1, header));
  const regional = regionalSpecies(setId);
  for (let s = 0; s < standCount; s++) {
    const row = firstStand + s;
    const stand = request.stands[s];
    grid.set(row, STAND.no, s + 1);
    // A blank text is left an empty cell (not ""), so the sheet reads as unfilled.
    grid.set(row, STAND.name, stand?.name || null);
    grid.set(row, STAND.area, stand?.areaHa ?? null);
    grid.set(row, STAND.species, stand?.species || null);
    grid.set(row, STAND.age, stand?.ageAtStart ?? null);
    grid.set(row, STAND.growth, stand?.growthM3PerHaYear ?? null);
    grid.set(row, STAND.prefecture, stand?.prefecture || null);
    grid.set(
      row,
      STAND.total,
      formula(
        `SUMIFS(${detailColumn(rows, DETAIL.uptake)},${detailColumn(rows, DETAIL.no)},${cellAddress(row, STAND.no)})`
      )
    );
    const species = cellAddress(row, STAND.species);
    const prefecture = cellAddress(row, STAND.prefecture);
    const needsPrefecture = regional.map((name) => `${species}=${quote(name)}`).join(",");
    grid.set(
      row,
      STAND.note,
      needsPrefecture
        ? formula(
            `IF(AND(OR(${needsPrefecture}),${prefecture}=""),${quote("その他針葉樹・その他広葉樹は都道府県で係数が異なります。都道府県を選んでください")},"")`
          )
        : ""
    );
  }
  grid.tables.push({
    key: "forest-stands",
    name: "森林_林分",
    range: rangeAddress(standHeader, 1, lastStand, LAST_COLUMN),
    style: "TableStyleLight9",
  });
  const inputRange = (column: number) => standColumn(rows, column);
  for (const column of [
    STAND.name,
    STAND.area,
    STAND.species,
    STAND.age,
    STAND.growth,
    STAND.prefecture,
  ])
    grid.format({ range: inputRange(column), fill: COLORS.input });
  grid.format({ range: inputRange(STAND.area), numberFormat: "#,##0.00" });
  grid.format({ range: inputRange(STAND.growth), numberFormat: "#,##0.0#" });
  grid.format({ range: inputRange(STAND.total), numberFormat: NUMBER_FORMATS.t });
  grid.format({ range: inputRange(STAND.note), wrap: true });
  standValidations(grid, rows, setId);
  grid.set(
    standNote,
    2,
    `林分は ${standCount} 行まで（空欄の行に入力するとすぐ計算されます）。さらに増やすときやクレジット期間を変えるときは、作業ウィンドウでシートを作り直してください。`
  );
  grid.merges.push(rangeAddress(standNote, 2, standNote, LAST_COLUMN));
  grid.format({ range: cellAddress(standNote, 2), italic: true, wrap: true });
}

function standValidations(grid: SheetGrid, rows: ForestRows, setId: string): void {
  const lookups = lookupsOf(factorSetOf(setId));
  const inputRange = (column: number) => standColumn(rows, column);
  grid.validations.push(
    {
      range: inputRange(STAND.area),
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title: "面積 (ha)",
        message: "対象となる森林の面積 (ha)。森林 GIS の活用または実測（森林測量）",
      },
      error: { title: "入力できない値です", message: "0 以上の数値（ha）を入力してください。" },
    },
    {
      range: inputRange(STAND.species),
      rule: { kind: "list", choices: lookups.forestSpecies.choices },
      prompt: {
        title: "樹種",
        message: promptMessage(
          "一覧から選んでください。その他針葉樹・その他広葉樹は都道府県で係数（BEF・R・容積密度）が異なります"
        ),
      },
      error: {
        title: "一覧にない樹種です",
        message: "一覧から選んでください（ガイドブックの係数表の樹種）。",
      },
    },
    {
      range: inputRange(STAND.age),
      rule: { kind: "whole", min: 1, max: 300 },
      prompt: {
        title: "林齢（開始年度）",
        message: "クレジット期間の1年目の林齢（年）。植栽した年度を1年生として数えます",
      },
      error: { title: "入力できない値です", message: "1 以上の整数（年）を入力してください。" },
    },
    {
      range: inputRange(STAND.growth),
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title: "幹材積の成長量",
        message:
          "単位面積あたりの幹材積の年間成長量 (m³/ha・年)。既存資料または収穫予想表作成システム LYCS 等",
      },
      error: {
        title: "入力できない値です",
        message: "0 以上の数値（m³/ha・年）を入力してください。",
      },
    },
    {
      range: inputRange(STAND.prefecture),
      rule: { kind: "list", choices: PREFECTURES.map((p) => p.name.ja) },
      prompt: {
        title: "都道府県",
        message: "森林の所在地。その他針葉樹・その他広葉樹の係数を選ぶのに使います",
      },
      error: { title: "一覧にない値です", message: "47 都道府県の一覧から選んでください。" },
    }
  );
}

/** ■ 集計: area, the crediting period's uptake, per year and per hectare — the cells a plan quotes, as defined names. */
function addSummary(grid: SheetGrid, rows: ForestRows): ForestCells {
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
function addYears(grid: SheetGrid, rows: ForestRows): void {
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
function addDetail(grid: SheetGrid, rows: ForestRows): void {
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

/** ■ 算定式: the guidebook's formula and where the coefficients come from. Returns the last row. */
function addFormula(grid: SheetGrid, start: number): number {
  let row = start;
  grid.section(`■ 算定式（${FORMULA_CITATION}）`, row);
  for (const line of FORMULA_LINES) {
    row += 1;
    grid.set(row, 2, line);
    grid.merges.push(rangeAddress(row, 2, row, LAST_COLUMN));
    grid.format({ range: cellAddress(row, 2), wrap: true });
  }
  row += 1;
  grid.set(
    row,
    2,
    `係数（BEF・R・容積密度）: ${COEFFICIENT_CITATION}。J-VER モニタリング方法ガイドライン（森林管理プロジェクト用）Ver.2.1 による`
  );
  grid.merges.push(rangeAddress(row, 2, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, 2), wrap: true, italic: true });
  return row;
}

/** ■ モニタリング項目, as the guidebook lists them. Returns the last row. */
function addMonitoring(grid: SheetGrid, start: number): number {
  let row = start;
  grid.section("■ モニタリング項目", row);
  row += 1;
  const monitoringHeader = row;
  grid.set(row, 2, "モニタリング項目");
  grid.set(row, VALUE_COLUMN, "概要");
  grid.set(row, 7, "モニタリング方法");
  grid.merges.push(rangeAddress(row, VALUE_COLUMN, row, 6), rangeAddress(row, 7, row, LAST_COLUMN));
  grid.format({ range: rangeAddress(row, 2, row, LAST_COLUMN), bold: true, fill: COLORS.header });
  for (const [item, summaryText, method] of FOREST_MONITORING_ITEMS) {
    row += 1;
    grid.set(row, 2, item);
    grid.set(row, VALUE_COLUMN, summaryText);
    grid.set(row, 7, method);
    grid.merges.push(
      rangeAddress(row, VALUE_COLUMN, row, 6),
      rangeAddress(row, 7, row, LAST_COLUMN)
    );
  }
  grid.format({
    range: rangeAddress(monitoringHeader, 2, row, LAST_COLUMN),
    border: true,
    wrap: true,
  });
  row += 1;
  grid.set(row, 2, `出典: ${MONITORING_CITATION}`);
  grid.merges.push(rangeAddress(row, 2, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, 2), wrap: true, italic: true });
  return row;
}

/** ■ 留意点: 永続性, リーケージ and 伐採, quoted with their citations. */
function addConsiderations(
  grid: SheetGrid,
  start: number,
  scenario: ForestProjectRequest["scenario"]
): void {
  let row = start;
  grid.section("■ 留意点（ガイドブックより）", row);
  for (const note of [PROJECT_CONSIDERATIONS.permanence, PROJECT_CONSIDERATIONS.leakage]) {
    row += 1;
    textRow(grid, row, note.title, note.text);
  }
  row += 1;
  grid.set(row, 2, `出典: ${CONSIDERATIONS_CITATION[scenario]}`);
  grid.merges.push(rangeAddress(row, 2, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, 2), italic: true });
  row += 1;
  textRow(grid, row, HARVEST_NOTE.title, `${HARVEST_NOTE.text}（${HARVEST_NOTE.citation}）`);
}

/** 森林吸収プロジェクト sheet for the pane. */
export function buildForestProjectSheet(request: ForestProjectRequest): SheetLayout {
  return layoutForestProject(request).layout;
}
