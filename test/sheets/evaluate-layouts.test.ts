/**
 * The pane's preview computes the layouts without Excel (src/sheets/evaluate-layouts.ts, fast-formula-parser and the
 * core). Checked against the test oracle, HyperFormula with the GHG plugin: every formula cell of every build, with
 * its input cells filled with values their rules allow, shows the same value or the same error.
 */
import { evaluateLayouts } from "../../src/sheets/evaluate-layouts";
import type { SheetLayout } from "../../src/sheets/layout";
import { columnNumber } from "../../src/sheets/addresses";
import { BUILDS } from "./blank-cells-builds";
import { draw } from "./blank-cells-harness";
import {
  blankInputCells,
  formulaCells,
  loadWorkbook,
  resolveWorkbook,
  shownAt,
  type InputCell,
} from "../helpers/workbook-engine";

/** The layouts with input cells typed in, at the addresses the oracle found them (layout order = resolved order). */
function typedIn(
  layouts: readonly SheetLayout[],
  resolved: readonly SheetLayout[],
  fill: ReadonlyMap<InputCell, string | number | null>
): SheetLayout[] {
  return layouts.map((layout, index) => {
    const cells = layout.cells.map((row) => [...row]);
    for (const [input, value] of fill) {
      if (input.sheet !== resolved[index]!.name || value === null) continue;
      const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(input.address) ?? [];
      const row = Number(digits) - 1;
      const column = columnNumber(letters) - 1;
      while (cells.length <= row) cells.push([]);
      const line = cells[row]!;
      while (line.length <= column) line.push(null);
      line[column] = value;
    }
    return { ...layout, cells };
  });
}

/** HyperFormula's error types as Excel's codes. */
const EXCEL_CODES: Record<string, string> = {
  VALUE: "#VALUE!",
  NA: "#N/A",
  NUM: "#NUM!",
  DIV_BY_ZERO: "#DIV/0!",
  REF: "#REF!",
  NAME: "#NAME?",
};

/**
 * HyperFormula hands an error argument to the GHG function, which answers #VALUE! 「…（入力: object）」; Excel does
 * not call a custom function with an error and shows that error, as the evaluator does. Any error is then right.
 */
const passedAnError = (shown: { readonly message: string }) =>
  shown.message.endsWith("（入力: object）");

const CASES = BUILDS.flatMap((build) =>
  [
    { fill: "nothing typed", seed: 0, blankShare: 1 },
    { fill: "inputs half typed", seed: 11, blankShare: 0.5 },
    { fill: "inputs typed", seed: 23, blankShare: 0 },
  ].map((c) => ({ ...c, build: build.name, layouts: build.layouts }))
);

describe.each(CASES)("$build, $fill", ({ layouts, seed, blankShare }) => {
  const built = layouts();
  const builtResolved = resolveWorkbook(built);
  const input = typedIn(
    built,
    builtResolved,
    draw(blankInputCells(builtResolved), seed, blankShare)
  );
  const oracle = loadWorkbook(resolveWorkbook(input));
  const computed = evaluateLayouts(input);
  const resolved = resolveWorkbook(input);
  const cells = formulaCells(resolved);

  test("every formula cell shows what HyperFormula computes", () => {
    const differences: string[] = [];
    for (const { sheet, address } of cells) {
      const index = resolved.findIndex((l) => l.name === sheet);
      const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
      const ours = computed.get(resolved[index]!.key)?.[Number(digits) - 1]?.[
        columnNumber(letters) - 1
      ];
      const theirs = shownAt(oracle, sheet, address);
      const same =
        typeof theirs === "number" && typeof ours === "number"
          ? Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs))
          : typeof theirs === "object" && theirs !== null
            ? typeof ours === "object" &&
              ours !== null &&
              (ours.error === EXCEL_CODES[theirs.error] || passedAnError(theirs))
            : ours === theirs || (theirs === null && ours === 0);
      if (!same)
        differences.push(
          `${sheet}!${address}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`
        );
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });
});

test("the builds have formula cells to compare", () => {
  const count = BUILDS.reduce((n, b) => n + formulaCells(resolveWorkbook(b.layouts())).length, 0);
  expect(count).toBeGreaterThan(1000);
});
