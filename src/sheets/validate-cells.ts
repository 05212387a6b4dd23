/** The checks of a layout's cells: a rectangular block of numbers, booleans, texts Excel can hold, and formulas. */
import { columnLetters, MAX_COLUMNS, MAX_ROWS } from "./addresses";
import type { SheetLayout } from "./layout";
import { findPlaceholders } from "./resolve-names";
import { checkFormula, structuredReferences, type Collector } from "./validate-collector";

const MAX_TEXT_LENGTH = 32767;

export function checkCells(c: Collector, layout: SheetLayout): void {
  const rows = layout.cells;
  if (!Array.isArray(rows)) {
    c.error("cells", "cells must be an array of rows");
    return;
  }
  const width = rows[0]?.length ?? 0;
  if (rows.length > MAX_ROWS) c.error("cells", `${rows.length} rows exceed Excel's ${MAX_ROWS}`);
  if (width > MAX_COLUMNS) c.error("cells", `${width} columns exceed Excel's ${MAX_COLUMNS}`);
  if (rows.length === 0 || width === 0) c.warning("cells", "the sheet has no cells");
  const ownTables = new Set(layout.tables.map((t) => t.key));
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== width) {
      c.error(
        `cells row ${r + 1}`,
        `has ${Array.isArray(row) ? row.length : "no"} cells; every row must have ${width} (the block is rectangular)`
      );
      return;
    }
    row.forEach((cell, col) => {
      const where = `cell ${columnLetters(col + 1)}${r + 1}`;
      if (cell === null) return;
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) c.error(where, `number ${cell} cannot be written to Excel`);
      } else if (typeof cell === "boolean") {
        return;
      } else if (typeof cell === "string") {
        if (cell.length > MAX_TEXT_LENGTH)
          c.error(where, `text is longer than Excel's ${MAX_TEXT_LENGTH} characters`);
        if (/^[=+\-@]/.test(cell)) {
          c.warning(
            where,
            `literal text ${JSON.stringify(cell)} starts with "${cell[0]}" and would be read as a formula; it is written as text ('${cell})`
          );
        }
        if (findPlaceholders(cell).length > 0)
          c.warning(
            where,
            `placeholders in a literal text are not substituted: ${JSON.stringify(cell)}`
          );
      } else if (
        typeof cell === "object" &&
        typeof (cell as { formula?: unknown }).formula !== "undefined"
      ) {
        const formula = (cell as { formula: unknown }).formula;
        if (!checkFormula(c, where, formula)) return;
        const refs = structuredReferences(formula);
        const own = refs.tableKeys.filter((k) => ownTables.has(k));
        if (own.length > 0) {
          c.error(
            where,
            `structured reference to {{table:${own[0]}}} of the same sheet: its table is created after the cells; use A1 references or a defined name`
          );
        } else if (refs.bare) {
          c.error(
            where,
            `structured reference without {{table:KEY}} ("[" in ${JSON.stringify(formula)}): only tables of other layouts can be referenced by name`
          );
        }
      } else {
        c.error(where, `unsupported cell content ${JSON.stringify(cell)}`);
      }
    });
  });
}
