/**
 * @jest-environment jsdom
 *
 * The pane on an Excel without custom functions (volume-licensed Office 2019 and earlier, Excel on iPad): rendered in
 * jsdom with a gateway that is in Excel but reports no CustomFunctionsRuntime. It says so, offers no GHG.* insertion,
 * and "Excel に作成" hands the writer layouts with native formulas over a 係数表 sheet instead of GHG.* calls — which
 * compute the same numbers in HyperFormula as the layouts the pane builds where custom functions exist.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { DetailedCellError, type HyperFormula } from "hyperformula";
import { FUNCTION_CATALOG } from "../../src/core/functions/catalog";
import { FACTOR_SHEET_NAME } from "../../src/portable/factor-sheet";
import { TRANSLATED_FUNCTIONS } from "../../src/portable/native-formulas";
import { columnLetters, parseRange } from "../../src/sheets/addresses";
import { formulaInput } from "../../src/sheets/cell-text";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { App } from "../../src/taskpane/App";
import { paneStrings } from "../../src/taskpane/i18n";
import type { DisplayLanguage, ExcelGateway } from "../../src/taskpane/office/excel-gateway";
import { NATIVE_NOTE, nativeLayouts } from "../../src/taskpane/state/native-layouts";
import { PORTABLE_NOTE } from "../../src/portable/to-portable";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { loadSheets, setValue, valueAt } from "../helpers/sheet-engine";
import { inlineNames, resolveWorkbook, typed } from "../helpers/workbook-engine";
import { layout } from "../helpers/layouts";

(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout: Fluent's MessageBar only observes its size.
(window as unknown as Record<string, unknown>).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// ---- the pane with a stub gateway -------------------------------------------------------------------------------

interface Pane {
  readonly container: HTMLElement;
  readonly gateway: ExcelGateway;
  /** The layouts each buildSheets call received. */
  readonly built: SheetLayout[][];
  readonly unmount: () => void;
}

/** An Excel that writes nothing and answers every build with the layouts' own names. */
function stubGateway(
  customFunctions: boolean,
  displayLanguage: DisplayLanguage,
  built: SheetLayout[][]
): ExcelGateway {
  return {
    isInExcel: true,
    displayLanguage,
    customFunctions,
    insertFormula: jest.fn(async () => undefined),
    buildSheets: jest.fn(async (layouts: readonly SheetLayout[]) => {
      built.push([...layouts]);
      return { sheets: layouts.map((l) => ({ key: l.key, name: l.name })), warnings: [], syncs: 2 };
    }),
  };
}

async function renderPane(
  customFunctions: boolean,
  language: DisplayLanguage = "ja"
): Promise<Pane> {
  const container = document.createElement("div");
  document.body.append(container);
  const built: SheetLayout[][] = [];
  const gateway = stubGateway(customFunctions, language, built);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(<App gateway={gateway} />);
  });
  // The pane opens on はじめに: what is checked here is 関数's list, whose code loads with its tab.
  await click(container.querySelector("#tab-functions"));
  await until(() => container.querySelector('[data-testid="function-list"]') !== null, 2000);
  return {
    container,
    gateway,
    built,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

async function click(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error("nothing to click");
  await act(async () => element.click());
}

/** Lets promises and lazily imported modules settle until `done` holds (or fails after `tries` × 10 ms). */
async function until(done: () => boolean, tries = 200): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  if (!done()) throw new Error("timed out");
}

/** 算定シート with its default form → Excel に作成; the layouts the gateway received. */
async function buildBoundarySheets(pane: Pane): Promise<SheetLayout[]> {
  await click(pane.container.querySelector("#tab-sheet"));
  await until(() => pane.container.querySelector('[data-testid="sheet-build"]') !== null, 2000);
  await click(pane.container.querySelector('[data-testid="sheet-build"]'));
  await until(
    () =>
      pane.built.length > 0 &&
      pane.container.querySelector('[data-testid="sheet-build"]:not([disabled])') !== null
  );
  expect(pane.built).toHaveLength(1);
  return pane.built[0] as SheetLayout[];
}

const formulas = (layout: SheetLayout): string[] => [
  ...layout.cells.flatMap((row) =>
    row.flatMap((cell) => (typeof cell === "object" && cell !== null ? [cell.formula] : []))
  ),
  ...layout.conditionalFormats.map((cf) => cf.formula),
  ...layout.names.map((n) => n.refersTo).filter((r) => r.trim().startsWith("=")),
];
const callsGhg = (formula: string): boolean =>
  /GHG\./i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));

// ---- computing both versions --------------------------------------------------------------------------------------

const engine = (layouts: readonly SheetLayout[]): HyperFormula =>
  loadSheets(inlineNames(resolveWorkbook(layouts)).map(typed));

/**
 * Types a valid entry into every cell with a data validation, in both engines: a list's first choice, a number
 * inside the limits otherwise.
 */
function fillValidatedCells(
  layouts: readonly SheetLayout[],
  engines: readonly HyperFormula[]
): number {
  let filled = 0;
  for (const layout of resolveWorkbook(layouts)) {
    for (const validation of layout.validations) {
      const range = parseRange(validation.range);
      if (!range) throw new Error(`unreadable validation range ${validation.range}`);
      const rule = validation.rule;
      const value =
        rule.kind === "list"
          ? (rule.choices[0] ?? "")
          : Math.min(Math.max(rule.min, 0) + 3, rule.max ?? Infinity);
      for (let row = range.top; row <= range.bottom; row++) {
        for (let column = range.left; column <= range.right; column++) {
          const raw = typeof value === "string" ? (formulaInput(value) as string) : value;
          for (const e of engines) setValue(e, layout.name, `${columnLetters(column)}${row}`, raw);
          filled++;
        }
      }
    }
  }
  return filled;
}

/** Every formula cell of the GHG.* layouts against the same cell of the native ones; how many numbers agreed. */
function expectSameNumbers(
  ghg: readonly SheetLayout[],
  addIn: HyperFormula,
  native: HyperFormula
): { numbers: number; nonZero: number } {
  let numbers = 0;
  let nonZero = 0;
  for (const layout of resolveWorkbook(ghg)) {
    layout.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "object" || cell === null) return;
        const address = `${columnLetters(c + 1)}${r + 1}`;
        const a = valueAt(addIn, layout.name, address);
        const b = valueAt(native, layout.name, address);
        const where = `${layout.name}!${address} ${cell.formula}: GHG.* ${String(a)}, native ${String(b)}`;
        if (a instanceof DetailedCellError) {
          if (!(b instanceof DetailedCellError)) throw new Error(`expected an error: ${where}`);
        } else if (typeof a === "number") {
          if (typeof b !== "number") throw new Error(`expected a number: ${where}`);
          const scale = Math.max(Math.abs(a), Math.abs(b));
          if (scale !== 0 && Math.abs(a - b) / scale > 1e-9)
            throw new Error(`different numbers: ${where}`);
          numbers++;
          if (a !== 0) nonZero++;
        } else if (a !== b) {
          throw new Error(`expected ${String(a)}: ${where}`);
        }
      })
    );
  }
  return { numbers, nonZero };
}

// ---- the tests ------------------------------------------------------------------------------------------------------

describe("an Excel without custom functions", () => {
  let ghgLayouts: SheetLayout[];
  let nativeBuilt: SheetLayout[];
  let pane: Pane;
  let noticeBeforeBuild: string;
  const ja = paneStrings("ja");

  beforeAll(async () => {
    // The same form where custom functions exist: the GHG.* version to compare with.
    const withFunctions = await renderPane(true);
    ghgLayouts = await buildBoundarySheets(withFunctions);
    withFunctions.unmount();
    pane = await renderPane(false);
    noticeBeforeBuild = pane.container.textContent ?? "";
    nativeBuilt = await buildBoundarySheets(pane);
  }, 60_000);

  afterAll(() => pane.unmount());

  test("the pane says so, and offers no GHG.* insertion", () => {
    const text = noticeBeforeBuild;
    expect(text).toContain(ja.noCustomFunctionsTitle);
    expect(text).toContain(ja.noCustomFunctions);
    expect(text).toContain("GHG.CO2_FUEL");
    expect(text).not.toContain(ja.insert);
  });

  test("Excel に作成 hands the writer native formulas (no GHG.* call) and the factor sheet they read", () => {
    expect(ghgLayouts.flatMap(formulas).filter(callsGhg).length).toBeGreaterThan(10);
    expect(nativeBuilt.flatMap(formulas).filter(callsGhg)).toEqual([]);
    // Every sheet the GHG.* build has, in the same order, then the factor sheet.
    expect(nativeBuilt.map((l) => l.key)).toEqual([
      ...ghgLayouts.map((l) => l.key),
      expect.any(String),
    ]);
    const factors = nativeBuilt[nativeBuilt.length - 1] as SheetLayout;
    expect(factors.name).toBe(FACTOR_SHEET_NAME);
    expect(factors.names.length).toBeGreaterThan(5);
    // The user is told how the sheets were built and where the factors are.
    expect(pane.container.querySelector('[data-testid="sheet-native"]')?.textContent).toBe(
      ja.builtNative(FACTOR_SHEET_NAME)
    );
  });

  test("the native sheets compute the same numbers as the GHG.* ones (HyperFormula), empty and filled in", () => {
    const addIn = engine(ghgLayouts);
    const native = engine(nativeBuilt);
    expect(expectSameNumbers(ghgLayouts, addIn, native).numbers).toBeGreaterThan(10);
    expect(fillValidatedCells(ghgLayouts, [addIn, native])).toBeGreaterThan(5);
    const filled = expectSameNumbers(ghgLayouts, addIn, native);
    expect(filled.numbers).toBeGreaterThan(10);
    // The entries reached the results: emissions, credits and costs are no longer all zero.
    expect(filled.nonZero).toBeGreaterThan(5);
  });
});

test("where custom functions exist the pane builds GHG.* formulas, adds no factor sheet and can insert functions", async () => {
  const pane = await renderPane(true);
  try {
    const text = pane.container.textContent ?? "";
    expect(text).not.toContain(paneStrings("ja").noCustomFunctionsTitle);
    expect(text).toContain(paneStrings("ja").insert);
    const layouts = await buildBoundarySheets(pane);
    expect(layouts.flatMap(formulas).some(callsGhg)).toBe(true);
    expect(layouts.map((l) => l.name)).not.toContain(FACTOR_SHEET_NAME);
    expect(pane.container.querySelector('[data-testid="sheet-native"]')).toBeNull();
  } finally {
    pane.unmount();
  }
});

test("the notice is in English when Office runs in English", async () => {
  const pane = await renderPane(false, "en");
  try {
    const en = paneStrings("en");
    expect(pane.container.textContent).toContain(en.noCustomFunctionsTitle);
    expect(pane.container.textContent).toContain(en.noCustomFunctions);
    expect(pane.container.textContent).not.toContain(en.insert);
  } finally {
    pane.unmount();
  }
});

describe("nativeLayouts", () => {
  const sheet = (
    key: string,
    cells: CellContent[][],
    names: SheetLayout["names"] = []
  ): SheetLayout => layout(key, key, { cells, names });

  test("leaves layouts without a GHG.* call alone (no factor sheet)", () => {
    const layouts = [sheet("a", [["x", { formula: '=SUM(1,2)&"GHG.CO2_FUEL"' }]])];
    expect(nativeLayouts(layouts)).toEqual({ kind: "unchanged", layouts });
  });

  test("translates GHG.* calls and appends the factor sheet", () => {
    const result = nativeLayouts([
      sheet("a", [["軽油", 100, { formula: "=GHG.CO2_FUEL(A1,B1)" }]]),
    ]);
    if (result.kind !== "translated") throw new Error(result.kind);
    expect(result.layouts.map((l) => l.name)).toEqual(["a", FACTOR_SHEET_NAME]);
    expect(result.factorSheetKey).toBe(result.layouts[1]?.key);
    expect(formulas(result.layouts[0] as SheetLayout).filter(callsGhg)).toEqual([]);
    const values = engine(result.layouts);
    expect(valueAt(values, "a", "C1")).toBe(259);
    // The sheet says why its formulas are not GHG.* — in this workbook, not as the portable copy's note.
    expect(result.layouts[0]?.cells.flat()).toContain(NATIVE_NOTE);
    expect(result.layouts[0]?.cells.flat()).not.toContain(PORTABLE_NOTE);
  });

  test("names the functions it cannot translate instead of building sheets that would show #NAME?", () => {
    // Functions of the catalogue the portable translation lacks (FOREST_UPTAKE and FOREST_UPTAKE_BY_AGE when this was
    // written) and a name that is no function at all.
    const lacking = FUNCTION_CATALOG.map((f) => f.name).filter(
      (name) => !TRANSLATED_FUNCTIONS.includes(name)
    );
    const calls = [...lacking, "NO_SUCH_FUNCTION"].map((name) => ({
      formula: `=GHG.${name.toLowerCase()}(1)+GHG.CO2_FUEL("軽油",1)`,
    }));
    const result = nativeLayouts([sheet("forest", [calls])]);
    expect(result).toEqual({
      kind: "untranslatable",
      functions: [...lacking, "NO_SUCH_FUNCTION"].sort(),
    });
  });
});
