/**
 * Issue 10 item 4: previews show values, not formula text. A layout's formulas are computed (sheets/evaluate-layouts)
 * and the grid shows each value in the cell's number format, keeping the formula for the title; numbers are
 * right-aligned and never run on over the empty cells beside them (日数 "1" at C10 was drawn under D).
 */
import { buildWorkbook } from "../../src/sheets/builders";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import { evaluateLayouts } from "../../src/sheets/evaluate-layouts";
import { previewGrid, type PreviewCell } from "../../src/taskpane/state/layout-preview";
import { layout } from "../helpers/layouts";

const cellAt = (grid: ReturnType<typeof previewGrid>, address: string): PreviewCell => {
  const cell = grid.rows.flatMap((row) => row.cells).find((c) => c?.address === address);
  if (!cell) throw new Error(`no cell ${address}`);
  return cell;
};

test("a formula cell shows its value in the cell's format, the formula kept for the title", () => {
  const sheet = layout("s", "集計", {
    cells: [[1200.25, 3, { formula: "=A1*B1" }, { formula: '="合計 "&TEXT(C1,"#,##0")&" kg"' }]],
    formats: [{ range: "C1", numberFormat: "#,##0.0" }],
  });
  const grid = previewGrid(sheet, { values: evaluateLayouts([sheet]).get("s") });
  expect(cellAt(grid, "C1")).toMatchObject({ text: "3,600.8", formula: "=A1*B1", numeric: true });
  expect(cellAt(grid, "D1")).toMatchObject({ text: "合計 3,601 kg", numeric: false });
});

test("without computed values the formula text is shown, as before", () => {
  const sheet = layout("s", "集計", { cells: [[2, { formula: "=A1*3" }]] });
  expect(cellAt(previewGrid(sheet), "B1")).toMatchObject({ text: "=A1*3", isFormula: true });
});

test("an error shows its code, with the reason for the title", () => {
  const sheet = layout("s", "集計", { cells: [[{ formula: '=GHG.CO2_FUEL("木炭",1)' }]] });
  const cell = cellAt(previewGrid(sheet, { values: evaluateLayouts([sheet]).get("s") }), "A1");
  expect(cell.text).toBe("#N/A");
  expect(cell.message).toMatch(/木炭/);
});

test("a number beside empty cells stays in its own column", () => {
  const sheet = layout("s", "集計", { cells: [["日数", 1, null, null]] });
  const grid = previewGrid(sheet);
  expect(cellAt(grid, "B1")).toMatchObject({ numeric: true, spillColumns: 0 });
  expect(cellAt(grid, "A1").spillColumns).toBe(0);
});

test("a built boundary sheet previews with no formula text in any cell", () => {
  const layouts = buildWorkbook({
    scenario: "A1",
    event: {
      name: "環境フェア",
      dates: "2026-06-01",
      place: "区民ホール",
      organizer: "○○区",
      participants: 1200,
      days: 2,
      paidEntry: true,
    },
    activities: [],
    settings: DEFAULT_SETTINGS,
    withQuestionnaires: false,
    withDisclosure: true,
    participantsPay: false,
  });
  const computed = evaluateLayouts(layouts);
  for (const sheet of layouts) {
    const grid = previewGrid(sheet, { layouts, values: computed.get(sheet.key) });
    const texts = grid.rows.flatMap((row) => row.cells.flatMap((c) => (c ? [c.text] : [])));
    expect(texts.filter((t) => t.startsWith("="))).toEqual([]);
  }
});
