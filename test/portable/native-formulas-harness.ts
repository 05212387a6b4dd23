/**
 * The harness of the native-formulas tests: each case is computed twice in one HyperFormula workbook — by the GHG
 * plugin (the add-in's core) and by the native translation over the embedded 係数表 — with literal arguments, with the
 * arguments in cells, and with name cells qualified by a set cell (`$G$1&":"&H5`, as the builders write them).
 * Numbers must agree to 1e-9 (relative), texts exactly; where the core answers an error the translation must too.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { defaultFactorSet, lookupsOf } from "../../src/core";
import {
  FACTOR_NAMES,
  factorNameKey,
  factorSheetLayout,
  type FactorRef,
  type FactorRefs,
} from "../../src/portable/factor-sheet";
import { toNativeFormula } from "../../src/portable/native-formulas";
import { absoluteAddress } from "../../src/sheets/addresses";
import { formulaInput } from "../../src/sheets/cell-text";
import { quoteSheetName } from "../../src/sheets/resolve-names";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { valueAt } from "../helpers/sheet-engine";

// ---- the engine -----------------------------------------------------------------------------------------------

export const FACTORS = factorSheetLayout();

/** HyperFormula takes only Latin defined names: the formulas here read the factor sheet's ranges directly. */
function rangeRefs(factor: SheetLayout): FactorRefs {
  const refs = {} as Record<FactorRef, string>;
  for (const ref of Object.keys(FACTOR_NAMES) as FactorRef[]) {
    const spec = factor.names.find((n) => n.key === factorNameKey(factor.key, ref));
    if (!spec) throw new Error(`no name ${ref}`);
    refs[ref] = `${quoteSheetName(factor.name)}!${absoluteAddress(spec.refersTo)}`;
  }
  return refs;
}
const REFS = rangeRefs(FACTORS);

type Input = string | number | null;
export interface Case {
  readonly fn: string;
  /** Argument values; null = a blank (an empty argument / an empty cell), undefined = not given. */
  readonly args: readonly (Input | undefined)[];
}

const FIRST_INPUT_COLUMN = 8; // H
const SET_CELL = "$G$1";
const columnOf = (n: number) => String.fromCharCode(64 + n);

const literal = (value: Input | undefined): string =>
  value === null || value === undefined
    ? ""
    : typeof value === "number"
      ? String(value)
      : `"${value.replace(/"/g, '""')}"`;

/** The three formulas of a case in row `row`: literal args, args in cells, names qualified by the set cell. */
function formulas(c: Case, row: number): { literal: string; cells: string; qualified: string } {
  const given = c.args.filter((a) => a !== undefined);
  const cell = (i: number) => `${columnOf(FIRST_INPUT_COLUMN + i)}${row}`;
  const isName = (a: Input | undefined) =>
    typeof a === "string" && !a.includes(":") && !/^[\d.,]+$/.test(a);
  return {
    literal: `=GHG.${c.fn}(${given.map(literal).join(",")})`,
    cells: `=GHG.${c.fn}(${given.map((a, i) => (a === null ? "" : cell(i))).join(",")})`,
    qualified: `=GHG.${c.fn}(${given.map((a, i) => (a === null ? "" : isName(a) ? `${SET_CELL}&":"&${cell(i)}` : cell(i))).join(",")})`,
  };
}

interface Outcome {
  readonly formula: string;
  readonly native: string;
  readonly addIn: unknown;
  readonly portable: unknown;
}

/** Computes every case in one workbook: columns A/B, C/D, E/F = add-in / portable for the three variants. */
export function compute(cases: readonly Case[]): Outcome[] {
  const rows = cases.map((c, i) => {
    const f = formulas(c, i + 2);
    const inputs = c.args.filter((a) => a !== undefined).map((a) => (a === null ? null : a));
    const pairs = [f.literal, f.cells, f.qualified].flatMap((formula) => [
      formula,
      toNativeFormula(formula, { refs: REFS }),
    ]);
    for (const native of [pairs[1], pairs[3], pairs[5]]) expect(native).not.toMatch(/GHG\./i);
    return [
      ...pairs.map((formula): CellContent => ({ formula: formula as string })),
      null,
      ...inputs,
    ];
  });
  const width = Math.max(...rows.map((r) => r.length));
  const header: CellContent[] = [null, null, null, null, null, null, defaultFactorSet().id];
  const sheet = [header, ...rows].map((r) => [
    ...r,
    ...Array<CellContent>(width - r.length).fill(null),
  ]);
  const text = (cell: CellContent | undefined) =>
    typeof cell === "object" && cell !== null ? cell.formula : String(cell);
  const layouts = [FACTORS, { ...FACTORS, key: "t", name: "T", cells: sheet, names: [] }];
  const engine = loadRaw(layouts.map(asTyped));
  return cases.flatMap((_, i) =>
    [
      ["A", "B"],
      ["C", "D"],
      ["E", "F"],
    ].map(([a, b]) => ({
      formula: text(sheet[i + 1]?.[a === "A" ? 0 : a === "C" ? 2 : 4]),
      native: text(sheet[i + 1]?.[b === "B" ? 1 : b === "D" ? 3 : 5]),
      addIn: valueAt(engine, "T", `${a}${i + 2}`),
      portable: valueAt(engine, "T", `${b}${i + 2}`),
    }))
  );
}

/**
 * Like the helper's loadSheets, but without HyperFormula's display rounding (smartRounding), so the comparison sees
 * the binary results themselves.
 */
function loadRaw(layouts: readonly SheetLayout[]): HyperFormula {
  const raw = (cell: CellContent) =>
    typeof cell === "object" && cell !== null ? cell.formula : cell;
  const sheets = Object.fromEntries(
    layouts.map((l) => [l.name, l.cells.map((row) => row.map(raw))])
  );
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
}

/** Texts as the writers put them into Excel: one that would read as a number or date keeps a "'" (HyperFormula too). */
function asTyped(layout: SheetLayout): SheetLayout {
  return {
    ...layout,
    cells: layout.cells.map((row) =>
      row.map((cell) => (typeof cell === "string" ? (formulaInput(cell) as string) : cell))
    ),
  };
}

export const isError = (v: unknown) => v instanceof DetailedCellError;
let maxRelative = 0;

export function expectSame(outcomes: readonly Outcome[]): { values: number; errors: number } {
  let values = 0;
  let errors = 0;
  for (const o of outcomes) {
    const context = `${o.formula}\n→ ${o.native}\nadd-in ${String(o.addIn)} portable ${String(o.portable)}`;
    if (isError(o.addIn)) {
      errors++;
      if (!isError(o.portable)) throw new Error(`expected an error: ${context}`);
    } else if (typeof o.addIn === "number") {
      values++;
      if (typeof o.portable !== "number") throw new Error(`expected a number: ${context}`);
      const scale = Math.max(Math.abs(o.addIn), Math.abs(o.portable));
      const relative = scale === 0 ? 0 : Math.abs(o.addIn - o.portable) / scale;
      maxRelative = Math.max(maxRelative, relative);
      if (!(relative <= 1e-9)) throw new Error(`relative difference ${relative}: ${context}`);
    } else {
      values++;
      if (o.addIn !== o.portable) throw new Error(`expected ${String(o.addIn)}: ${context}`);
    }
  }
  return { values, errors };
}

afterAll(() => {
  if (process.env.PORTABLE_REPORT)
    process.stdout.write(`native-formulas: max relative difference ${maxRelative}\n`);
});

// ---- the data ---------------------------------------------------------------------------------------------------

export const SET = defaultFactorSet();
export const L = lookupsOf(SET);
export const namesOf = (row: {
  key: string;
  name: { ja: string; en: string };
  aliases: readonly string[];
}) => [row.name.ja, row.key, row.name.en, ...row.aliases];
export const FUELS = L.fuel.rows;
