/**
 * The boundary sheet's input block as few operations as Excel needs: one fill and two conditional formats for the
 * whole block instead of one fill per cell, and validations only where a value is typed — a cell that reads a
 * questionnaire answer or a collected answer is checked where that answer is typed.
 */
import { buildBoundarySheet, buildWorkbook } from "../../src/sheets/builders";
import { DEFAULT_SETTINGS, defaultActivities } from "../../src/sheets/builders/options";
import { COLORS } from "../../src/sheets/builders/styles";
import type { SheetLayout } from "../../src/sheets/layout";
import { largeCollection, LARGE_EVENT } from "../helpers/large-builds";
import { loadSheets, valueAt } from "../helpers/sheet-engine";

const activities = defaultActivities("A1");
const request = {
  scenario: "A1" as const,
  event: LARGE_EVENT,
  activities,
  settings: DEFAULT_SETTINGS,
};

/** The input table (活動量) range of a boundary layout, e.g. "A60:I120". */
const inputTable = (layout: SheetLayout) =>
  layout.tables.find((t) => t.key === "inputs")?.range ?? "";
const inputBlock = (layout: SheetLayout) => {
  const [, first, last] = /^A(\d+):I(\d+)$/.exec(inputTable(layout)) ?? [];
  return { block: `F${Number(first) + 1}:G${last}`, first: Number(first) + 1, last: Number(last) };
};

describe("a boundary sheet typed by hand", () => {
  const layout = buildBoundarySheet(request);
  const { block, first, last } = inputBlock(layout);

  test("one yellow fill for the block, grey for 「—」 and blue for a linked cell by conditional formats", () => {
    expect(layout.formats.filter((f) => f.range === block)).toEqual([
      { range: block, fill: COLORS.input },
    ]);
    expect(layout.conditionalFormats.filter((c) => c.range === block)).toEqual([
      { range: block, formula: `=F${first}="—"`, fill: COLORS.notAsked },
      { range: block, formula: `=ISFORMULA(F${first})`, fill: COLORS.linked },
    ]);
    // No per-cell fill is left in the input columns.
    const perCell = layout.formats.filter(
      (f) =>
        /^[FG](\d+)$/.test(f.range) &&
        Number(f.range.slice(1)) >= first &&
        Number(f.range.slice(1)) <= last
    );
    expect(perCell).toEqual([]);
  });

  test("every asked input cell keeps its validation; 「—」 cells have none", () => {
    let asked = 0;
    for (let row = first; row <= last; row++) {
      for (const [column, index] of [
        ["F", 5],
        ["G", 6],
      ] as const) {
        const cell = layout.cells[row - 1]?.[index];
        const validated = layout.validations.some((v) => v.range === `${column}${row}`);
        if (cell === "—")
          expect([`${column}${row}`, validated]).toEqual([`${column}${row}`, false]);
        else if (validated) asked += 1;
      }
    }
    expect(asked).toBeGreaterThan(20);
  });
});

describe("cells that read answers are not validated again", () => {
  test("the workbook with questionnaires: the boundary's linked input cells carry no validation", () => {
    const [boundary] = buildWorkbook({
      ...request,
      withQuestionnaires: true,
      withDisclosure: false,
      participantsPay: false,
    });
    const { first, last } = inputBlock(boundary as SheetLayout);
    const linked = (boundary as SheetLayout).validations.filter((v) => {
      const m = /^([FG])(\d+)$/.exec(v.range);
      if (!m || Number(m[2]) < first || Number(m[2]) > last) return false;
      const cell = (boundary as SheetLayout).cells[Number(m[2]) - 1]?.[m[1] === "F" ? 5 : 6];
      return cell !== null && typeof cell === "object";
    });
    expect(linked).toEqual([]);
  });

  test("1,000 collected questionnaires: no validation on a cell that reads an answer, and a handful of formats", () => {
    const layout = largeCollection(1000)[1] as SheetLayout;
    const { block, first } = inputBlock(layout);
    const inBlock = (range: string) =>
      /^[FG](\d+)/.test(range) && Number(/\d+/.exec(range)?.[0]) >= first;
    const onFormula = layout.validations.filter((v) => {
      const m = /^([FG])(\d+)$/.exec(v.range);
      const cell = m ? layout.cells[Number(m[2]) - 1]?.[m[1] === "F" ? 5 : 6] : null;
      return cell !== null && typeof cell === "object";
    });
    expect(onFormula).toEqual([]);
    // Answered cells read the collection; the unanswered ones (事後, the optional 燃費) stay typed and validated.
    // 8 per respondent (7 事後 cells and 事前 燃費), where every input cell had one before.
    expect(layout.validations.filter((v) => inBlock(v.range))).toHaveLength(8 * 1000);
    expect(layout.formats.filter((f) => inBlock(f.range))).toEqual([
      { range: block, fill: COLORS.input },
    ]);
    expect(layout.formats.length).toBeLessThan(60);
  });

  test("the collected boundary still computes every respondent's answers (HyperFormula)", () => {
    const layouts = largeCollection(3);
    const engine = loadSheets(
      layouts.map((l) => ({
        ...l,
        cells: l.cells.map((row) =>
          row.map((cell) =>
            cell !== null && typeof cell === "object"
              ? { formula: cell.formula.replace(/\{\{sheet:collection\}\}/g, "'回収一覧'") }
              : cell
          )
        ),
      }))
    );
    const boundary = layouts[1] as SheetLayout;
    const totalRow = boundary.cells.findIndex((row) => row[1] === "合計 (kg-CO2)") + 1;
    // 3 exhibitors: lighting (10, 11, 12 units × 40 W × 8 h) and a truck (0, 1, 2 km, 軽油, 2,000 kg, 営業用).
    expect(valueAt(engine, boundary.name, `F${totalRow}`)).toBeGreaterThan(0);
  });
});
