/**
 * Portable copies of whole workbooks: for scenarios A1, A2 and D1 the built workbook is computed twice in
 * HyperFormula — as built, and as portableLayouts makes it, with no GHG.* call left — with the method's sample values
 * typed in. Every formula cell (each result row, subtotal, total, credits, cost, threshold and notice) must agree.
 */
import { PORTABLE_NOTE, portableLayouts } from "../../src/portable/to-portable";
import { FACTOR_SHEET_NAME } from "../../src/portable/factor-sheet";
import { ACTIVITY_TYPES } from "../../src/scenarios";
import { buildWorkbook } from "../../src/sheets/builders";
import { defaultActivities, type ActivityChoice } from "../../src/sheets/builders/options";
import type { SheetLayout } from "../../src/sheets/layout";
import { validateLayouts } from "../../src/sheets/validate-layout";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { valueAt } from "../helpers/sheet-engine";
import { engines, expectSameResults, request, setBoth } from "./workbooks-pairs";
import { fill, inputCells, resultCells } from "./workbooks-inputs";

describe.each(["A1", "A2", "D1"] as const)("scenario %s", (scenario) => {
  const activities = defaultActivities(scenario);
  const pair = engines(buildWorkbook(request(scenario, activities)));
  const boundary = pair.original[0] as SheetLayout;

  test("the portable layouts are well-formed, keep every cell where it was and call no GHG function", () => {
    expect(validateLayouts(pair.portable).filter((p) => p.severity === "error")).toEqual([]);
    expect(pair.portable.map((l) => l.name)).toEqual([
      ...pair.original.map((l) => l.name),
      FACTOR_SHEET_NAME,
    ]);
    pair.portable.forEach((layout, i) => {
      const original = pair.original[i];
      for (const row of layout.cells)
        for (const cell of row)
          if (typeof cell === "object" && cell !== null) expect(cell.formula).not.toMatch(/GHG\./i);
      if (!original) return;
      expect(layout.validations).toEqual(original.validations);
      expect(layout.tables).toEqual(original.tables);
      original.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const now = layout.cells[r]?.[c];
          if (typeof cell === "object" && cell !== null) expect(typeof now).toBe("object");
          else if (cell !== null) expect(now).toEqual(cell);
        })
      );
    });
    const portableBoundary = pair.portable[0] as SheetLayout;
    expect(portableBoundary.cells.flat()).toContain(PORTABLE_NOTE);
  });

  test("with nothing entered every result, total and notice is the same", () => {
    expect(expectSameResults(pair)).toBeGreaterThan(10);
  });

  test("with the sample values as 事前 and other values as 事後 every formula cell is the same", () => {
    fill(pair, boundary.name, inputCells(boundary, activities));
    const numbers = expectSameResults(pair);
    // The inputs are valid: every activity's 事前 and 事後 result is a number.
    for (const address of resultCells(boundary))
      expect([address, typeof valueAt(pair.addIn, boundary.name, address)]).toEqual([
        address,
        "number",
      ]);
    expect(numbers).toBeGreaterThan(resultCells(boundary).length);
  });

  test("with another electricity factor (a name, a number) and price the results follow alike", () => {
    for (const factor of [
      "全電源平均排出係数（受電端・調整後）",
      0.45,
      "東京電力・調整後排出係数",
    ]) {
      setBoth(pair, boundary.name, "C14", factor);
      setBoth(pair, boundary.name, "C15", 7500);
      expectSameResults(pair);
      expect(typeof valueAt(pair.native, boundary.name, "D14")).toBe("number");
    }
  });
});

describe("every method of every activity type in one boundary", () => {
  const activities: ActivityChoice[] = ACTIVITY_TYPES.flatMap((a) =>
    a.methods.map((m) => ({ actorKey: "organizer", activityKey: a.key, methodKey: m.key }))
  );
  const layouts = buildWorkbook({ ...request("A1", activities, true) });

  test("translates within Excel's limits: 8,192 characters and 64 nested functions per formula", () => {
    const depth = (formula: string) => {
      let level = 0;
      let max = 0;
      for (const part of formula.split(/"(?:[^"]|"")*"/)) {
        for (const ch of part) {
          if (ch === "(") max = Math.max(max, ++level);
          else if (ch === ")") level--;
        }
      }
      return max;
    };
    const formulas = portableLayouts(layouts).flatMap((l) =>
      l.cells.flat().flatMap((c) => (typeof c === "object" && c !== null ? [c.formula] : []))
    );
    expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(8192);
    expect(Math.max(...formulas.map(depth))).toBeLessThanOrEqual(64);
  });

  test("with the sample values every result is the same", () => {
    const pair = engines(buildWorkbook({ ...request("A1", activities), withDisclosure: false }));
    const boundary = pair.original[0] as SheetLayout;
    fill(pair, boundary.name, inputCells(boundary, activities));
    expect(expectSameResults(pair)).toBeGreaterThan(resultCells(boundary).length);
    const numbers = resultCells(boundary).filter(
      (address) => typeof valueAt(pair.addIn, boundary.name, address) === "number"
    );
    expect(numbers.length).toBeGreaterThan(resultCells(boundary).length * 0.9);
  });
});

test('a workbook with questionnaires (answers still blank: "" in the linked cells) computes the same', () => {
  const pair = engines(buildWorkbook(request("A1", defaultActivities("A1"), true)));
  expect(expectSameResults(pair)).toBeGreaterThan(10);
});
