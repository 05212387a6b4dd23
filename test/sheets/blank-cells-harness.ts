/**
 * The blank-cells harness: deterministic input draws (blank or a value its rule allows), and each build evaluated in
 * HyperFormula with blank cells as one host passes them.
 */
import type { HyperFormula } from "hyperformula";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { withBlankCells, type BlankCells } from "../helpers/sheet-engine";
import {
  formulaCells,
  loadWorkbook,
  shownAt,
  typeInto,
  type InputCell,
  type Shown,
} from "../helpers/workbook-engine";

/** A small deterministic generator (mulberry32): the same draws in every mode. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = [0, 1, 2, 3.5, 8, 12, 30, 120, 2000];

/** A value the cell's rule allows: one of its choices, or a number within its bounds (0 included where allowed). */
function valueFor(cell: InputCell, next: () => number): string | number {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const rule = cell.rule;
  if (rule?.kind === "list") return pick(rule.choices);
  if (rule) {
    const allowed = [...NUMBERS, rule.min, rule.max ?? rule.min].filter(
      (n) =>
        n >= rule.min &&
        (rule.max === undefined || n <= rule.max) &&
        (rule.kind === "decimal" || Number.isInteger(n))
    );
    return pick(allowed);
  }
  return pick(NUMBERS.slice(1));
}

type Fill = ReadonlyMap<InputCell, string | number | null>;

/** Each input left blank with probability `blankShare`, else given an allowed value. */
export function draw(inputs: readonly InputCell[], seed: number, blankShare: number): Fill {
  const next = random(seed);
  return new Map(inputs.map((cell) => [cell, next() < blankShare ? null : valueFor(cell, next)]));
}

// ---- evaluation ----------------------------------------------------------------------------------------------------

export interface Run {
  readonly cells: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly formula: string;
  }[];
  /** Per state (nothing typed, then each fill), every formula cell's value. */
  readonly states: readonly Shown[][];
}

export function formulaText(
  resolved: readonly SheetLayout[],
  sheet: string,
  address: string
): string {
  const layout = resolved.find((l) => l.name === sheet);
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cell: CellContent | undefined = layout?.cells[Number(match[2]) - 1]?.[column - 1];
  return typeof cell === "object" && cell !== null ? cell.formula : "";
}

/** Types each fill in turn (blanks cleared) and reads every formula cell of `read` after each. */
export function evaluate(
  engine: HyperFormula,
  read: readonly { sheet: string; address: string }[],
  fills: readonly Fill[]
): Shown[][] {
  const snapshot = () => read.map((c) => shownAt(engine, c.sheet, c.address));
  const states = [snapshot()];
  for (const fill of fills) {
    // One recalculation per fill, as after a paste.
    engine.batch(() => {
      for (const [cell, value] of fill) typeInto(engine, cell.sheet, cell.address, value);
    });
    states.push(snapshot());
  }
  return states;
}

export function run(
  resolved: readonly SheetLayout[],
  fills: readonly Fill[],
  mode: BlankCells
): Run {
  const cells = formulaCells(resolved).map((c) => ({
    ...c,
    formula: formulaText(resolved, c.sheet, c.address),
  }));
  return withBlankCells(mode, () => ({
    cells,
    states: evaluate(loadWorkbook(resolved), cells, fills),
  }));
}

/** The first cell where two runs differ, described for the failure message; undefined when they agree. */
export function firstDifference(
  a: Run,
  b: Run,
  agree: (x: Shown, y: Shown) => boolean
): string | undefined {
  for (let s = 0; s < a.states.length; s++) {
    const [x, y] = [a.states[s]!, b.states[s]!];
    for (let i = 0; i < x.length; i++) {
      if (!agree(x[i]!, y[i]!)) {
        const cell = a.cells[i]!;
        return `state ${s}, ${cell.sheet}!${cell.address} =${cell.formula}: ${JSON.stringify(x[i])} vs ${JSON.stringify(y[i])}`;
      }
    }
  }
  return undefined;
}

export const same = (x: Shown, y: Shown) => JSON.stringify(x) === JSON.stringify(y);

/** Native formulas compute in binary floating point: numbers to 1e-9 (relative), errors with errors, texts exactly. */
export function sameAsNative(x: Shown, y: Shown): boolean {
  if (typeof x === "number" && typeof y === "number") {
    const scale = Math.max(Math.abs(x), Math.abs(y));
    return scale === 0 || Math.abs(x - y) / scale <= 1e-9;
  }
  const isError = (v: Shown) => typeof v === "object" && v !== null;
  if (isError(x) || isError(y)) return isError(x) && isError(y);
  return x === y;
}

export const isGhg = (formula: string) => /GHG\./.test(formula);
