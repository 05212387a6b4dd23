/**
 * Issue 8 item 3: blank input cells mean the same on every Excel. Desktop Excel passes an empty referenced cell to
 * a custom function as 0 (office-js issue #4702), Excel on the web as null. Every built sheet — all builders — is
 * computed in HyperFormula with the GHG plugin three ways: blank cells passed as null (web), as "" and as 0
 * (desktop), with nothing typed and with inputs half filled (each one left blank or given a value its drop-down or
 * numeric rule allows, several draws). Every formula cell must show the same value, error and message in all three.
 * The portable copies (native formulas over the 係数表 sheet) must give the add-in's numbers for the same inputs.
 */
import { portableLayouts } from "../../src/portable/to-portable";
import type { SheetLayout } from "../../src/sheets/layout";
import { loadSheets, valueAt, withBlankCells } from "../helpers/sheet-engine";
import {
  blankInputCells,
  loadWorkbook,
  resolveWorkbook,
  shownAt,
} from "../helpers/workbook-engine";
import { BUILDS, MODES } from "./blank-cells-builds";
import {
  draw,
  evaluate,
  firstDifference,
  isGhg,
  run,
  same,
  sameAsNative,
  type Run,
} from "./blank-cells-harness";

test("the harness tells the hosts apart: a blank cell straight into an optional factor differs, through IF(ISBLANK) it does not", () => {
  const layout: SheetLayout = {
    key: "probe",
    name: "probe",
    columnWidths: [],
    formats: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
    cells: [
      [
        null,
        { formula: "=GHG.CO2_ELEC(1000,A1)" },
        { formula: '=GHG.CO2_ELEC(1000,IF(ISBLANK(A1),"",A1))' },
        { formula: '=GHG.CO2_BUS(60,A1,"軽油")' },
      ],
    ],
  };
  const values = MODES.map((mode) =>
    withBlankCells(mode, () => {
      const engine = loadSheets([layout]);
      return ["B1", "C1", "D1"].map((address) => shownAt(engine, "probe", address));
    })
  );
  // Straight: the web's null is the default 0.384, desktop's 0 a zero-emission tariff.
  expect(values.map((v) => v[0])).toEqual([384, 384, 0]);
  expect(values.map((v) => v[1])).toEqual([384, 384, 384]);
  // A required divisor: blank and 0 are both #VALUE!, with different messages — why the sheets pass "" there too.
  expect(values.map((v) => (v[2] as { message: string }).message)).toEqual([
    "乗車人数が空欄です。値を入力してください",
    "乗車人数が空欄です。値を入力してください",
    "乗車人数は 0 より大きい数値にしてください（入力: 0 または空欄）",
  ]);
  withBlankCells("desktop", () => expect(valueAt(loadSheets([layout]), "probe", "B1")).toBe(0));
});

describe.each(BUILDS)("$name", ({ layouts, portable }) => {
  const resolved = resolveWorkbook(layouts());
  const inputs = blankInputCells(resolved);
  // Half-filled (three draws) and mostly filled (two draws); the first state of every run is nothing typed.
  const fills = [
    draw(inputs, 1, 0.5),
    draw(inputs, 2, 0.5),
    draw(inputs, 3, 0.5),
    draw(inputs, 4, 0.15),
    draw(inputs, 5, 0.15),
  ];
  const started = Date.now();
  const runs = MODES.map((mode) => run(resolved, fills, mode));
  if (process.env.BLANK_TIMING)
    process.stdout.write(
      `${resolved[0]?.name}: ${inputs.length} inputs, ${Date.now() - started} ms\n`
    );
  const [web, text, desktop] = runs as [Run, Run, Run];

  test("where it computes with GHG functions, it has inputs they read and numbers once they are filled", () => {
    const ghg = web.cells.flatMap((c, i) => (isGhg(c.formula) ? [i] : []));
    if (ghg.length === 0) return;
    expect(inputs.length).toBeGreaterThan(0);
    const numbers = web.states
      .slice(1)
      .reduce((n, state) => n + ghg.filter((i) => typeof state[i] === "number").length, 0);
    expect(numbers).toBeGreaterThan(0);
  });

  test('blank cells as "" compute as blank cells passed as null (Excel on the web)', () => {
    expect(firstDifference(web, text, same)).toBeUndefined();
  });

  test("blank cells as 0 (desktop Excel) compute as blank cells passed as null", () => {
    expect(firstDifference(web, desktop, same)).toBeUndefined();
  });

  if (portable) {
    test("the portable copy (native formulas) gives the same numbers", () => {
      const native = resolveWorkbook(portableLayouts(layouts()));
      const engine = loadWorkbook(native);
      const states = evaluate(engine, web.cells, fills);
      expect(firstDifference(web, { cells: web.cells, states }, sameAsNative)).toBeUndefined();
    });
  }
});
