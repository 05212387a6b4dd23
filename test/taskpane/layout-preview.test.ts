/** The preview's grid: what the pane shows of a SheetLayout, without a browser. */
import type { SheetLayout } from "../../src/sheets/layout";
import { planNames, substitutePlaceholders } from "../../src/sheets/resolve-names";
import {
  cellText,
  columnIndex,
  columnLetter,
  formatNumber,
  layoutSummary,
  previewGrid,
  previewRange as parseRange,
  resolvePlaceholders,
} from "../../src/taskpane/state/layout-preview";
import { layout as minimalLayout } from "../helpers/layouts";

const layout = (partial: Partial<SheetLayout> & Pick<SheetLayout, "cells">): SheetLayout =>
  minimalLayout(partial.key ?? "boundary", partial.name ?? "算定シート", partial);

test("column letters and back", () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
    "A",
    "B",
    "Z",
    "AA",
    "AB",
    "AZ",
    "BA",
    "ZZ",
    "AAA",
  ]);
  for (const i of [0, 25, 26, 700, 703]) expect(columnIndex(columnLetter(i))).toBe(i);
});

test("ranges: cells, blocks, absolute references, whole rows and columns", () => {
  const size = { rows: 10, columns: 5 };
  expect(parseRange("B3", size)).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
  expect(parseRange("$A$1:C4", size)).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
  expect(parseRange("C4:A1", size)).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
  expect(parseRange("B:C", size)).toEqual({ top: 0, left: 1, bottom: 9, right: 2 });
  expect(parseRange("2:3", size)).toEqual({ top: 1, left: 0, bottom: 2, right: 4 });
  expect(parseRange("'調査票'!D5", size)).toEqual({ top: 4, left: 3, bottom: 4, right: 3 });
  expect(parseRange("B", size)).toBeNull();
  expect(parseRange("nonsense!", size)).toBeNull();
  expect(parseRange("A0", size)).toBeNull();
});

test("placeholders show the names of the sheets, tables and names built together", () => {
  const boundary = layout({
    cells: [[1]],
    tables: [{ key: "rows", name: "算定結果", range: "A1:A1" }],
    names: [{ key: "total", name: "合計_kg", refersTo: "A1" }],
  });
  const questionnaire = layout({ key: "q-organizer", name: "調査票 主催者's", cells: [[1]] });
  const all = [boundary, questionnaire];
  expect(
    resolvePlaceholders("{{sheet:q-organizer}}!D5+SUM({{table:rows}}[kg])+{{name:total}}", all)
  ).toBe("'調査票 主催者''s'!D5+SUM(算定結果[kg])+合計_kg");
  expect(resolvePlaceholders("{{sheet:missing}}!A1", all)).toBe("{{sheet:missing}}!A1");
});

test("the preview shows a formula as the writer writes it: the same substitution, a name made valid, clashes numbered", () => {
  const first = layout({
    cells: [[1]],
    names: [{ key: "total", name: "合計 kg", refersTo: "A1" }],
  });
  const second = layout({
    key: "copy",
    name: "算定シート",
    cells: [[{ formula: "={{sheet:boundary}}!A1+{{sheet:copy}}!A1+{{name:total}}" }]],
  });
  const all = [first, second];
  const plan = planNames(all, { sheets: [], tables: [], names: [] });
  const formula = "={{sheet:boundary}}!A1+{{sheet:copy}}!A1+{{name:total}}";
  expect(resolvePlaceholders(formula, all)).toBe(substitutePlaceholders(formula, plan));
  expect(resolvePlaceholders(formula, all)).toBe("='算定シート'!A1+'算定シート (2)'!A1+合計_kg");
});

test("cell texts: formulas with '=', booleans as Excel shows them, numbers with simple formats", () => {
  expect(cellText({ formula: "GHG.CO2_FUEL(C12,D12)" }, [])).toEqual({
    text: "=GHG.CO2_FUEL(C12,D12)",
    isFormula: true,
  });
  expect(cellText({ formula: "=SUM(A1:A3)" }, [])).toEqual({
    text: "=SUM(A1:A3)",
    isFormula: true,
  });
  expect(cellText(true, [])).toEqual({ text: "TRUE", isFormula: false });
  expect(cellText(null, [])).toEqual({ text: "", isFormula: false });
  expect(cellText("軽油", [])).toEqual({ text: "軽油", isFormula: false });
  expect(formatNumber(1234.5, "#,##0")).toBe("1,235");
  expect(formatNumber(0.3844, "0.000")).toBe("0.384");
  expect(formatNumber(0.25, "0%")).toBe("25%");
  expect(formatNumber(12, "General")).toBe("12");
  expect(formatNumber(12, '"円"')).toBe("12");
});

test("formats fold into per-cell styles, later ones winning; unlocked ranges are marked", () => {
  const grid = previewGrid(
    layout({
      cells: [
        ["見出し", null],
        [1, 2],
      ],
      columnWidths: [20],
      formats: [
        { range: "A1:B1", bold: true, fill: "#DDDDDD" },
        { range: "B1", fill: "#FFF2CC", horizontal: "Center" },
        { range: "A2:B2", numberFormat: "0.0" },
      ],
      protection: { unlockedRanges: ["B2"] },
    })
  );
  expect(grid.columns).toEqual([
    { letter: "A", widthChars: 20 },
    { letter: "B", widthChars: 8.43 },
  ]);
  const [a1, b1] = grid.rows[0]!.cells;
  expect(a1?.style).toEqual({ bold: true, fill: "#DDDDDD" });
  expect(b1?.style).toEqual({ bold: true, fill: "#FFF2CC", horizontal: "Center" });
  expect(grid.rows[1]!.cells.map((c) => c?.text)).toEqual(["1.0", "2.0"]);
  expect(grid.rows[1]!.cells[1]?.style.unlocked).toBe(true);
});

test("merges become spans and hide the cells they cover; left-aligned text runs on over empty cells", () => {
  const grid = previewGrid(
    layout({
      cells: [
        ["タイトル", null, null, null],
        ["長い見出しの文字列", null, "x", null],
        ["a", "b", null, null],
      ],
      merges: ["A1:D1", "C3:D3"],
    })
  );
  expect(grid.rows[0]!.cells.map((c) => c && { rowSpan: c.rowSpan, colSpan: c.colSpan })).toEqual([
    { rowSpan: 1, colSpan: 4 },
    null,
    null,
    null,
  ]);
  expect(grid.rows[1]!.cells.map((c) => c?.spillColumns)).toEqual([1, 0, 1, 0]);
  // B3 stops before the merged C3:D3; A3 stops before B3.
  expect(grid.rows[2]!.cells.map((c) => c?.spillColumns ?? "covered")).toEqual([
    0,
    0,
    0,
    "covered",
  ]);
});

test("large layouts: only the first rows are rendered, merges clipped to them", () => {
  const cells = Array.from({ length: 500 }, (_, r) => [`行${r + 1}`, r]);
  const grid = previewGrid(layout({ cells, merges: ["A199:B202"] }), { maxRows: 200 });
  expect(grid.rows).toHaveLength(200);
  expect(grid.totalRows).toBe(500);
  expect(grid.truncated).toBe(true);
  expect(grid.rows[198]!.cells[0]).toMatchObject({ rowSpan: 2, colSpan: 2 });
  expect(grid.rows[199]!.cells).toEqual([null, null]);
});

test("an empty layout gives an empty grid; the summary counts what the table cannot show", () => {
  const empty = previewGrid(layout({ cells: [] }));
  expect(empty).toMatchObject({ rows: [], columns: [], totalRows: 0, truncated: false });
  const summary = layoutSummary(
    layout({
      cells: [[null]],
      validations: [{ range: "A1", rule: { kind: "decimal", min: 0 } }],
      tables: [{ key: "t", name: "活動量", range: "A1:A1" }],
      protection: { unlockedRanges: [] },
      freeze: { rows: 3 },
    })
  );
  expect(summary).toEqual({
    validations: 1,
    conditionalFormats: 0,
    tables: ["活動量"],
    names: [],
    protectedSheet: true,
    freeze: { rows: 3 },
  });
});
