/** The texts after the uptake: ■ 算定式, ■ モニタリング項目 and ■ 留意点, as the guidebook gives them. */
import { cellAddress, rangeAddress, SheetGrid } from "../grid";
import { LAST_COLUMN, VALUE_COLUMN, textRow } from "./forest-rows";
import {
  COEFFICIENT_CITATION,
  CONSIDERATIONS_CITATION,
  FOREST_MONITORING_ITEMS,
  FORMULA_CITATION,
  FORMULA_LINES,
  HARVEST_NOTE,
  MONITORING_CITATION,
  PROJECT_CONSIDERATIONS,
} from "./forest-texts";
import type { ForestProjectRequest } from "./project-options";
import { COLORS } from "./styles";

/** ■ 算定式: the guidebook's formula and where the coefficients come from. Returns the last row. */
export function addFormula(grid: SheetGrid, start: number): number {
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
export function addMonitoring(grid: SheetGrid, start: number): number {
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
export function addConsiderations(
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
