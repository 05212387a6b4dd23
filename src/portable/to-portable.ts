/**
 * Portable copies of built sheets: the same layouts with every GHG.* call translated into native Excel formulas
 * over an embedded 係数表 sheet (native-formulas.ts, factor-sheet.ts), so a workbook sent to the finance department or
 * an auditor computes without the add-in — in Excel, Excel on the web and LibreOffice — instead of showing #NAME?.
 *
 * Cells never move (other formulas refer to absolute rows): the note that the copy computes without the add-in goes
 * into the factor sheet and into a cell the translated layout leaves empty. Validations, formats, tables and names
 * are kept as they are. Call this before planNames/resolveLayouts: the translated formulas refer to the factor
 * sheet's defined names by `{{name:KEY}}` placeholders.
 */
import { columnLetters, parseRange, rangesOverlap, type CellRange } from "../sheets/addresses";
import type { CellContent, SheetLayout } from "../sheets/layout";
import {
  DEFAULT_FACTOR_SHEET_KEY,
  FACTOR_NAMES,
  PORTABLE_NOTE,
  factorNameKey,
  factorRefs,
  factorSheetLayout,
  type FactorRef,
  type FactorRefs,
} from "./factor-sheet";
import { hasGhgCall, toNativeFormula } from "./native-formulas";

export { PORTABLE_NOTE } from "./factor-sheet";

const NOTE_COLOR = "#C00000";
/** How far down an empty row for the note is looked for. */
const NOTE_ROWS = 3;

function translate(formula: string, refs: FactorRefs, where: string): string {
  try {
    return toNativeFormula(formula, { refs });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${where}: ${message}`);
  }
}

/** The layout with its formulas translated, and whether any formula called a GHG function. */
function translateLayout(
  layout: SheetLayout,
  refs: FactorRefs
): { layout: SheetLayout; changed: boolean } {
  let changed = false;
  const at = (what: string) => `layout "${layout.key}" ${what}`;
  const convert = (formula: string, where: string): string => {
    if (!hasGhgCall(formula)) return formula;
    changed = true;
    return translate(formula, refs, at(where));
  };
  const cells = layout.cells.map((row, r) =>
    row.map((cell, c): CellContent =>
      typeof cell === "object" && cell !== null
        ? { formula: convert(cell.formula, `cell ${columnLetters(c + 1)}${r + 1}`) }
        : cell
    )
  );
  return {
    layout: {
      ...layout,
      cells,
      conditionalFormats: layout.conditionalFormats.map((cf) => ({
        ...cf,
        formula: convert(cf.formula, `conditional format ${cf.range}`),
      })),
      names: layout.names.map((n) =>
        n.refersTo.trim().startsWith("=")
          ? { ...n, refersTo: convert(n.refersTo, `name ${n.key}`) }
          : n
      ),
    },
    changed,
  };
}

/** Ranges a note must not go into: merges and tables. */
function occupied(layout: SheetLayout): CellRange[] {
  return [...layout.merges, ...layout.tables.map((t) => t.range)]
    .map(parseRange)
    .filter((r): r is CellRange => r !== null);
}

const isEmpty = (cell: CellContent | undefined): boolean => cell === null || cell === undefined;

/**
 * Where the note goes without moving a cell: column A of the first empty row among the top rows, else the cell right
 * of row 1's last used cell (widening the block). Undefined when neither is free.
 */
function noteCell(layout: SheetLayout): { row: number; column: number } | undefined {
  const blocked = occupied(layout);
  const free = (row: number, column: number) =>
    !blocked.some((r) => rangesOverlap(r, { top: row, left: column, bottom: row, right: column }));
  for (let row = 1; row <= Math.min(NOTE_ROWS, layout.cells.length); row++) {
    const cells = layout.cells[row - 1] ?? [];
    if (cells.every(isEmpty) && cells.every((_, c) => free(row, c + 1))) return { row, column: 1 };
  }
  const first = layout.cells[0] ?? [];
  let column = first.length;
  while (column > 0 && isEmpty(first[column - 1])) column--;
  for (const r of blocked) if (r.top <= 1 && r.bottom >= 1) column = Math.max(column, r.right);
  column += 1;
  return free(1, column) ? { row: 1, column } : undefined;
}

function withNote(layout: SheetLayout, note: string): SheetLayout {
  const at = noteCell(layout);
  if (!at) return layout;
  const width = Math.max(layout.cells[0]?.length ?? 0, at.column);
  const cells = layout.cells.map((row, r) => {
    const next = [...row, ...Array<CellContent>(width - row.length).fill(null)];
    if (r === at.row - 1) next[at.column - 1] = note;
    return next;
  });
  const address = `${columnLetters(at.column)}${at.row}`;
  return {
    ...layout,
    cells,
    formats: [...layout.formats, { range: address, bold: true, fontColor: NOTE_COLOR }],
  };
}

/** A layout key like `base` that no layout has and whose defined-name keys no layout uses. */
function uniqueKey(base: string, layouts: readonly SheetLayout[]): string {
  const keys = new Set(layouts.map((l) => l.key));
  const nameKeys = new Set(layouts.flatMap((l) => l.names.map((n) => n.key)));
  const refs = Object.keys(FACTOR_NAMES) as FactorRef[];
  const taken = (key: string) =>
    keys.has(key) || refs.some((ref) => nameKeys.has(factorNameKey(key, ref)));
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Every layout with its GHG.* formulas translated into native ones (a note in a free cell of each translated
 * layout: `options.note`, the portable workbook's by default), followed by the 係数表 layout they read. Throws, naming the cell, for a function without a translation.
 */
export function portableLayouts(
  layouts: readonly SheetLayout[],
  options: { readonly note?: string } = {}
): SheetLayout[] {
  const key = uniqueKey(DEFAULT_FACTOR_SHEET_KEY, layouts);
  const refs = factorRefs(key);
  const translated = layouts.map((layout) => {
    const result = translateLayout(layout, refs);
    return result.changed ? withNote(result.layout, options.note ?? PORTABLE_NOTE) : result.layout;
  });
  return [...translated, factorSheetLayout({ key })];
}
