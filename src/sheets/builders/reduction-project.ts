/**
 * 排出削減プロジェクト (B1 排出削減活動によるクレジット創出): 排出削減量 = ベースライン排出量 − プロジェクト排出量, with
 * the J-VER methodology's emission activities (guidebook 「●排出削減量の算定で考慮する排出活動」) as rows.
 *
 * Every row is the same generic calculation, 温室効果ガス排出量 = 活動量 × 排出係数: 区分 (燃料/電力/熱/その他),
 * 種類 (a fuel, a kind of heat, or an electricity factor — blank electricity uses the header's factor), annual
 * amount; the unit follows the 区分 and fuel. その他 (methane, N2O, waste incineration … that no GHG function
 * computes) takes the CO2 equivalent in kg-CO2 computed by the methodology. An activity naming both fuel and
 * electricity gets two rows. Each block has blank rows for more items. Amounts are per year; the crediting period
 * cell multiplies the annual reduction.
 */
import { JVER_METHODOLOGIES, type Methodology } from "../../core/data/jver-methodologies";
import { SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import type { ReductionProjectRequest } from "./project-options";
import { addBlock } from "./reduction-block";
import { COLUMN_WIDTHS, fullRow, HEADER } from "./reduction-cells";
import { REDUCTION_PROJECT_KEY } from "./reduction-defaults";
import { addHeader } from "./reduction-header";
import {
  addConsiderations,
  addExample,
  addFormula,
  addReduction,
  type ReductionCells,
} from "./reduction-summary";
import { COLORS } from "./styles";

export { BLANK_ACTIVITY_ROWS } from "./reduction-defaults";
export { activityRows } from "./reduction-block";
export { type ReductionCells } from "./reduction-summary";

/** The 排出削減プロジェクト sheet and the addresses of its totals. */
export function layoutReductionProject(request: ReductionProjectRequest): {
  layout: SheetLayout;
  cells: ReductionCells;
} {
  const methodology: Methodology | undefined = JVER_METHODOLOGIES.find(
    (m) => m.id === request.methodology.trim().toUpperCase()
  );
  const reduction = methodology?.kind === "reduction" ? methodology : undefined;
  const setId = request.settings.factorSetId;
  const grid = new SheetGrid(
    REDUCTION_PROJECT_KEY,
    `排出削減_${request.projectName || request.methodology || "プロジェクト"}`,
    COLUMN_WIDTHS
  );
  addHeader(grid, request, methodology);

  let row = addFormula(grid, HEADER.source + 2);

  const baselineTitle =
    "■ ベースライン排出量（プロジェクトが実施されなかった場合に想定される排出量）";
  const baseline = addBlock(
    grid,
    row,
    "reduction-baseline",
    baselineTitle,
    "削減_ベースライン排出",
    reduction?.baselineActivities ?? [],
    setId
  );
  row = baseline.totalRow + 2;
  const project = addBlock(
    grid,
    row,
    "reduction-project",
    "■ プロジェクト排出量（プロジェクトの実施に伴う排出量）",
    "削減_プロジェクト排出",
    reduction?.projectActivities ?? [],
    setId
  );
  row = project.totalRow + 1;
  fullRow(
    grid,
    row,
    2,
    methodology
      ? `排出活動は ${methodology.id} の「ベースライン排出量に係る排出活動」「プロジェクト排出量に係る排出活動」（ガイドブック ${methodology.citation.table}、2011年3月15日現在）。電力と化石燃料の両方にかかる活動は2行。区分は初期値なので、実際の排出源に合わせて変えてください。`
      : "方法論の排出活動は空欄の行に入力してください。",
    { italic: true }
  );
  const { cells, row: summaryEnd } = addReduction(
    grid,
    row + 2,
    baseline.totalRow,
    project.totalRow
  );
  row = addExample(grid, summaryEnd, reduction?.id);
  addConsiderations(grid, row + 2);
  return { layout: grid.toLayout({ tabColor: COLORS.tab }), cells };
}

/** 排出削減プロジェクト sheet for the pane. */
export function buildReductionProjectSheet(request: ReductionProjectRequest): SheetLayout {
  return layoutReductionProject(request).layout;
}
