/** An A1/A2 plan built with its boundary sheet quotes the event and the computed figures by formula. */
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import type { CellContent } from "../../src/sheets/layout";
import { planNames, resolveLayouts } from "../../src/sheets/resolve-names";
import { planBoundaryRequest } from "../../src/taskpane/state/plan-form";
import { planLayouts } from "../../src/taskpane/state/project-layouts";
import { loadSheets, valueAt } from "../helpers/sheet-engine";

const EVENT = {
  name: "環境フェア",
  dates: "2026年6月1日",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 1,
  paidEntry: false,
};
const text = (cell: CellContent | undefined) =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);

test("the A1 plan is built with a boundary of the shared event and quotes its name", () => {
  const layouts = planLayouts({
    plan: { scenario: "A1", title: "", department: "環境課" },
    boundary: planBoundaryRequest("A1", EVENT, DEFAULT_SETTINGS),
  });
  expect(layouts.map((l) => l.key)).toEqual(["plan", "boundary"]);
  const resolved = resolveLayouts(
    layouts,
    planNames(layouts, { sheets: [], tables: [], names: [] })
  );
  const [plan] = resolved;
  const engine = loadSheets(resolved);
  const quoting = plan!.cells.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      text(cell).includes(resolved[1]!.name) ? [`${String.fromCharCode(65 + c)}${r + 1}`] : []
    )
  );
  expect(quoting.length).toBeGreaterThan(0);
  const shown = quoting.map((address) => valueAt(engine, plan!.name, address));
  expect(shown.some((value) => typeof value === "string" && value.includes("環境フェア"))).toBe(
    true
  );
});

test("the boundary has the scenario's default activities", () => {
  const request = planBoundaryRequest("A2", EVENT, DEFAULT_SETTINGS);
  expect(request.scenario).toBe("A2");
  expect(request.activities.length).toBeGreaterThan(0);
  expect(new Set(request.activities.map((a) => a.methodKey)).size).toBe(request.activities.length);
});
