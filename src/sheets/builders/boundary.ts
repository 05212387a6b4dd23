/**
 * バウンダリ・算定シート: the header (event, factor set, electricity factor, ¥/t — visible cells every formula refers
 * to), one row per activity computing 事前算定 and 事後算定 with the GHG.* functions, totals per actor, credits
 * (rounded up), cost, the guidebook's pre/post reconciliation and the prefectural thresholds, then the activity
 * data (one row per input, the questionnaire's items) the formulas read.
 */
import { findScenario } from "../../scenarios";
import { SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { resolveActivities, type AnswerLinks } from "./boundary-activities";
import { citationFormula, resultFormula } from "./boundary-formulas";
import { addHeader, COLUMN_WIDTHS } from "./boundary-header";
import { addInputs } from "./boundary-inputs";
import {
  addNames,
  addResults,
  addSummary,
  boundaryCells,
  type BoundaryCells,
} from "./boundary-results";
import { addReconciliation, addThresholds } from "./boundary-thresholds";
import type { BoundaryRequest } from "./options";
import { COLORS } from "./styles";

export type { AnswerLinks } from "./boundary-activities";
export type { BoundaryCells } from "./boundary-results";

export function layoutBoundary(
  request: BoundaryRequest,
  links?: AnswerLinks
): { layout: SheetLayout; cells: BoundaryCells } {
  const scenario = findScenario(request.scenario);
  const scenarioName = scenario?.name.ja ?? "白紙";
  const grid = new SheetGrid(
    "boundary",
    `算定_${request.event.name || scenarioName}`,
    COLUMN_WIDTHS
  );
  addHeader(grid, request, scenarioName);
  const setId = request.settings.factorSetId;
  const activities = resolveActivities(request);

  const results = addResults(grid, activities);
  const { row: summaryEnd, totalRow } = addSummary(grid, activities, results);
  const cells = boundaryCells(totalRow);
  addNames(grid, totalRow);
  let row = addReconciliation(grid, summaryEnd + 2, totalRow);
  row = addThresholds(grid, row + 2, cells, totalRow);
  const inputRowsByActivity = addInputs(grid, row + 2, activities, setId, links);
  activities.forEach((activity, i) => {
    const resultRow = results.rows[i] as number;
    const inputRows = inputRowsByActivity[i] as Map<string, number>;
    grid.set(resultRow, 6, resultFormula(activity.method, inputRows, "pre"));
    grid.set(resultRow, 7, resultFormula(activity.method, inputRows, "post"));
    grid.set(resultRow, 8, citationFormula(activity.method, inputRows));
  });

  return { layout: grid.toLayout({ tabColor: COLORS.tab }), cells };
}
