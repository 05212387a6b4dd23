/** Where everything on the 森林吸収プロジェクト sheet lives (columns, header cells, the rows of every block), and the cell helpers its sections share. */
import { FACTOR_SETS, defaultFactorSet, lookupsOf } from "../../core";
import { absolute, cellAddress, rangeAddress, SheetGrid } from "../grid";
import { DEFAULT_SPARE_STANDS, ForestLayoutOptions } from "./forest-defaults";
import type { ForestProjectRequest } from "./project-options";

// A No, B 林分名 / labels, C 面積 / values, D 樹種, E 林齢, F 成長量, G 都道府県, H 期間合計, I 備考
export const COLUMN_WIDTHS = [6, 24, 14, 16, 14, 18, 12, 16, 44];
export const LAST_COLUMN = COLUMN_WIDTHS.length;
export const VALUE_COLUMN = 3;

export const STAND = {
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
export const STAND_HEADERS = [
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
export const DETAIL = {
  no: 1,
  name: 2,
  year: 3,
  fiscalYear: 4,
  age: 5,
  bef: 6,
  uptake: 7,
} as const;
export const DETAIL_HEADERS = [
  "No",
  "林分名",
  "年目",
  "年度",
  "林齢（年）",
  "拡大係数 BEF の区分",
  "吸収量 (t-CO2/年)",
];

export const HEADER = { name: 5, scenario: 6, firstYear: 7, years: 8, set: 9, carbon: 10 } as const;
export const at = (row: number) => absolute(row, VALUE_COLUMN);
export const SET_CELL = at(HEADER.set);
export const CARBON_CELL = at(HEADER.carbon);
export const FIRST_YEAR_CELL = at(HEADER.firstYear);
export const YEARS_CELL = at(HEADER.years);

export function factorSetOf(id: string) {
  return FACTOR_SETS.find((s) => s.id === id) ?? defaultFactorSet();
}

/** Names of the species whose coefficients depend on the prefecture (その他針葉樹, その他広葉樹). */
export function regionalSpecies(setId: string): string[] {
  return lookupsOf(factorSetOf(setId))
    .forestSpecies.rows.filter((c) => c.rows.length > 1)
    .map((c) => c.name.ja);
}

/** A label in B and a long text merged over C:I, wrapped. */
export function textRow(grid: SheetGrid, row: number, label: string, text: string): void {
  grid.set(row, 2, label);
  grid.set(row, VALUE_COLUMN, text);
  grid.merges.push(rangeAddress(row, VALUE_COLUMN, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, 2), bold: true, wrap: true });
  grid.format({ range: cellAddress(row, VALUE_COLUMN), wrap: true });
}

/** Where every block of the sheet lives: known up front, so formulas can refer forward (totals above the detail). */
export interface ForestRows {
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

export function forestRows(
  request: ForestProjectRequest,
  options: ForestLayoutOptions
): ForestRows {
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
export const detailColumn = (rows: ForestRows, column: number) =>
  rangeAddress(rows.firstDetail, column, rows.lastDetail, column);
/** A column of the stand rows. */
export const standColumn = (rows: ForestRows, column: number) =>
  rangeAddress(rows.firstStand, column, rows.lastStand, column);
