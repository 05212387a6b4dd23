/** The 排出削減プロジェクト sheet's columns, header cells and the small cell helpers its sections share. */
import { FACTOR_SETS, defaultFactorSet } from "../../core";
import { absolute, cellAddress, rangeAddress, SheetGrid } from "../grid";

// A No, B 排出活動, C 区分, D 種類, E 年間使用量, F 単位, G 排出量, H 係数・出典
export const COLUMN_WIDTHS = [5, 40, 10, 32, 14, 9, 18, 52];
export const LAST_COLUMN = COLUMN_WIDTHS.length;
export const COL = {
  no: 1,
  activity: 2,
  category: 3,
  kind: 4,
  amount: 5,
  unit: 6,
  kg: 7,
  source: 8,
} as const;
export const BLOCK_HEADERS = [
  "No",
  "排出活動",
  "区分",
  "種類（燃料・熱・電力排出係数）",
  "年間使用量",
  "単位",
  "排出量 (kg-CO2/年)",
  "係数・出典",
];

/** Header and summary: labels merged over B:C, values in D (wide enough for an electricity factor's name). */
export const VALUE_COLUMN = 4;
export const HEADER = {
  name: 5,
  methodology: 6,
  type: 7,
  years: 8,
  set: 9,
  electricity: 10,
  source: 11,
} as const;
export const at = (row: number) => absolute(row, VALUE_COLUMN);
export const SET_CELL = at(HEADER.set);
export const ELEC_NAME_CELL = at(HEADER.electricity);
export const ELEC_VALUE_CELL = absolute(HEADER.electricity, VALUE_COLUMN + 1);
export const YEARS_CELL = at(HEADER.years);

export const FORMULA_CITATION =
  "ガイドブック B1・B2 4(1)① 算定式、② 排出削減量の算定、モニタリングの流れ（104～105頁）";

export function factorSetOf(id: string) {
  return FACTOR_SETS.find((s) => s.id === id) ?? defaultFactorSet();
}

/** A label merged over B:C. */
export function labelCell(grid: SheetGrid, row: number, label: string): void {
  grid.set(row, 2, label);
  grid.merges.push(rangeAddress(row, 2, row, 3));
}

export function fullRow(
  grid: SheetGrid,
  row: number,
  column: number,
  text: string,
  format: { italic?: boolean } = {}
): void {
  grid.set(row, column, text);
  grid.merges.push(rangeAddress(row, column, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, column), wrap: true, ...format });
}
