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
import { SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { FOREST_PROJECT_KEY, type ForestLayoutOptions } from "./forest-defaults";
import { addHeader } from "./forest-header";
import { addConsiderations, addFormula, addMonitoring } from "./forest-notes";
import { COLUMN_WIDTHS, forestRows } from "./forest-rows";
import { addStands } from "./forest-stands";
import { addDetail, addSummary, addYears } from "./forest-uptake";
import type { ForestCells, ForestProjectRequest } from "./project-options";
import { COLORS } from "./styles";

export { type ForestLayoutOptions } from "./forest-defaults";

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
/** 森林吸収プロジェクト sheet for the pane. */
export function buildForestProjectSheet(request: ForestProjectRequest): SheetLayout {
  return layoutForestProject(request).layout;
}
