/**
 * Built workbooks in HyperFormula as Excel would hold them: sheet names resolved, texts typed as the writers type
 * them, defined names replaced by the ranges they refer to (HyperFormula takes Latin names only), no display
 * rounding. Plus what a test needs to type into them and read them back: the blank cells the formulas read, and
 * every formula cell's value in a comparable form.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { columnLetters, parseRange } from "../../src/sheets/addresses";
import { formulaInput } from "../../src/sheets/cell-text";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { nameReference, planNames, resolveLayouts } from "../../src/sheets/resolve-names";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { setValue, valueAt } from "./sheet-engine";

/** Sheet names and placeholders resolved as the writer resolves them in an empty workbook. */
export const resolveWorkbook = (layouts: readonly SheetLayout[]): SheetLayout[] =>
  resolveLayouts(layouts, planNames(layouts, { sheets: [], tables: [], names: [] }));

/** Texts as the writers put them into Excel: one that would read as a number or date keeps a "'". */
export const typed = (layout: SheetLayout): SheetLayout => ({
  ...layout,
  cells: layout.cells.map((row) =>
    row.map((cell) => (typeof cell === "string" ? (formulaInput(cell) as string) : cell))
  ),
});

/**
 * Each defined name replaced by the range it refers to (outside string literals), as Excel evaluates it.
 * Not src/sheets/resolve-names.ts's `inlineNames` on purpose: that one rewrites a NamePlan before placeholders are
 * substituted, while this works on layouts already resolved — including src/portable's output, which arrives
 * resolved — and, being independent, does not share a bug with the code whose names it checks.
 */
export function inlineNames(layouts: readonly SheetLayout[]): SheetLayout[] {
  const names = layouts
    .flatMap((l) =>
      l.names.map((n) => ({ name: n.name, ref: nameReference(l.name, n.refersTo).slice(1) }))
    )
    .sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return [...layouts];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_.])(${names.map((n) => escape(n.name)).join("|")})(?![\\p{L}\\p{N}_.(])`,
    "gu"
  );
  const byName = new Map(names.map((n) => [n.name, n.ref]));
  const inline = (formula: string) =>
    formula
      .split(/("(?:[^"]|"")*")/)
      .map((part, i) =>
        i % 2 === 1 ? part : part.replace(pattern, (name: string) => byName.get(name) as string)
      )
      .join("");
  return layouts.map((l) => ({
    ...l,
    cells: l.cells.map((row) =>
      row.map((cell): CellContent =>
        typeof cell === "object" && cell !== null ? { formula: inline(cell.formula) } : cell
      )
    ),
  }));
}

/** Resolved layouts loaded without display rounding (binary results compared as they are). */
export function loadWorkbook(resolved: readonly SheetLayout[]): HyperFormula {
  const raw = (cell: CellContent) =>
    typeof cell === "object" && cell !== null ? cell.formula : cell;
  const sheets = Object.fromEntries(
    inlineNames(resolved)
      .map(typed)
      .map((l) => [l.name, l.cells.map((row) => row.map(raw))])
  );
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
}

/** A value typed into a cell as a user types it (a text that looks like a number keeps its "'"). */
export function typeInto(
  engine: HyperFormula,
  sheet: string,
  address: string,
  value: string | number | null
): void {
  setValue(
    engine,
    sheet,
    address,
    typeof value === "string" ? (formulaInput(value) as string) : value
  );
}

/** A cell's value in a comparable form: numbers, texts and booleans as they are, an error as `#TYPE message`. */
export type Shown =
  number | string | boolean | null | { readonly error: string; readonly message: string };

export function shownAt(engine: HyperFormula, sheet: string, address: string): Shown {
  const value = valueAt(engine, sheet, address);
  if (value instanceof DetailedCellError) return { error: value.type, message: value.message };
  return value as Shown;
}

/** Every formula cell of the layouts, as `sheet!A1`. */
export function formulaCells(
  resolved: readonly SheetLayout[]
): { sheet: string; address: string }[] {
  return resolved.flatMap((layout) =>
    layout.cells.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        typeof cell === "object" && cell !== null
          ? [{ sheet: layout.name, address: `${columnLetters(c + 1)}${r + 1}` }]
          : []
      )
    )
  );
}

export interface InputCell {
  readonly sheet: string;
  readonly address: string;
  /** The cell's drop-down choices or numeric rule, if the layout gives it one. */
  readonly rule?: SheetLayout["validations"][number]["rule"];
}

const CELL_REF =
  /(?<![\p{L}\p{N}_.$])(?:(?:'((?:[^']|'')+)'|([^\s'!(),&=<>+\-*/^":;{}]+))!)?\$?([A-Z]{1,3})\$?(\d+)(?![\p{L}\p{N}_(])/gu;

/**
 * The empty cells some formula reads (single-cell references, on its own sheet or another): the cells a user types
 * into, left blank until then. Ranges (SUM over a column) are skipped: they read results, not inputs.
 */
export function blankInputCells(resolved: readonly SheetLayout[]): InputCell[] {
  const byName = new Map(resolved.map((l) => [l.name, l]));
  const found = new Map<string, InputCell>();
  for (const layout of inlineNames(resolved)) {
    for (const row of layout.cells) {
      for (const cell of row) {
        if (typeof cell !== "object" || cell === null) continue;
        // Outside string literals, without ranges.
        const code = cell.formula
          .replace(/"(?:[^"]|"")*"/g, '""')
          .replace(
            /(?:'(?:[^']|'')+'!|[^\s'!(),&=<>+\-*/^":;{}]+!)?\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/g,
            "0"
          );
        for (const match of code.matchAll(CELL_REF)) {
          const [, quoted, bare, column = "", rowText = ""] = match;
          const sheetName =
            quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? layout.name);
          const target = byName.get(sheetName);
          if (!target) continue;
          const rowIndex = Number(rowText) - 1;
          const columnIndex = [...column].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          if ((target.cells[rowIndex]?.[columnIndex] ?? null) !== null) continue;
          const address = `${column}${rowText}`;
          const key = `${sheetName}!${address}`;
          if (found.has(key)) continue;
          const validation = target.validations.find((v) => {
            const range = parseRange(v.range);
            return (
              range !== null &&
              rowIndex + 1 >= range.top &&
              rowIndex + 1 <= range.bottom &&
              columnIndex + 1 >= range.left &&
              columnIndex + 1 <= range.right
            );
          });
          found.set(key, {
            sheet: sheetName,
            address,
            ...(validation ? { rule: validation.rule } : {}),
          });
        }
      }
    }
  }
  return [...found.values()];
}
