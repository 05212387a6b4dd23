/** The checks of a layout's tables and defined names: keys, names Excel accepts, table ranges and headers. */
import { columnLetters, rangeRows, rangesOverlap, type CellRange } from "./addresses";
import type { CellContent, SheetLayout } from "./layout";
import { isValidIdentifier, nameKey, sanitizeIdentifier } from "./resolve-names";
import { checkFormula, checkKey, checkRange, type Collector } from "./validate-collector";
import type { Merge } from "./validate-sheet";

const BUILT_IN_TABLE_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function literalText(layout: SheetLayout, row: number, column: number): CellContent | undefined {
  return layout.cells[row - 1]?.[column - 1];
}

export function checkTables(c: Collector, layout: SheetLayout, merges: readonly Merge[]): void {
  const tableKeys = new Set<string>();
  const tableRanges: { range: CellRange; key: string }[] = [];
  layout.tables.forEach((t, i) => {
    const where = `tables[${i}] ${t.key}`;
    checkKey(c, where, t.key);
    if (tableKeys.has(t.key)) c.error(where, `duplicate table key "${t.key}"`);
    tableKeys.add(t.key);
    if (!isValidIdentifier(t.name))
      c.warning(
        where,
        `"${t.name}" is not a valid table name; it is written as "${sanitizeIdentifier(t.name)}"`
      );
    if (t.style !== undefined && !BUILT_IN_TABLE_STYLE.test(t.style))
      c.error(
        where,
        `"${t.style}" is not a built-in table style (TableStyleLight1–21, Medium1–28, Dark1–11)`
      );
    const range = checkRange(c, where, t.range);
    if (!range) return;
    if (range.wholeColumns || range.wholeRows) {
      c.error(where, "a table needs a bounded range such as A10:H25");
      return;
    }
    if (rangeRows(range) < 2)
      c.warning(where, "a table of a header row only: Excel adds an empty data row below it");
    const clash = tableRanges.find((o) => rangesOverlap(o.range, range));
    if (clash) c.error(where, `overlaps table ${clash.key}`);
    tableRanges.push({ range, key: t.key });
    const merged = merges.find((m) => rangesOverlap(m.range, range));
    if (merged)
      c.error(
        where,
        `overlaps the merge ${merged.address}; Excel cannot create a table over merged cells`
      );
    const headers = new Set<string>();
    for (let col = range.left; col <= range.right; col++) {
      const cell = literalText(layout, range.top, col);
      const at = `${columnLetters(col)}${range.top}`;
      if (typeof cell !== "string" || cell.trim() === "") {
        c.warning(
          where,
          `header ${at} is not a literal text; Excel names such a column "Column1", "Column2" …`
        );
      } else if (headers.has(nameKey(cell))) {
        c.warning(where, `header ${at} "${cell}" repeats another header; Excel renames it`);
      } else {
        headers.add(nameKey(cell));
      }
    }
  });
}

export function checkNames(c: Collector, layout: SheetLayout): void {
  const nameKeys = new Set<string>();
  layout.names.forEach((n, i) => {
    const where = `names[${i}] ${n.key}`;
    checkKey(c, where, n.key);
    if (nameKeys.has(n.key)) c.error(where, `duplicate name key "${n.key}"`);
    nameKeys.add(n.key);
    if (!isValidIdentifier(n.name))
      c.warning(
        where,
        `"${n.name}" is not a valid defined name; it is written as "${sanitizeIdentifier(n.name)}"`
      );
    if (typeof n.refersTo !== "string") c.error(where, "refersTo is missing");
    else if (n.refersTo.trim().startsWith("=")) checkFormula(c, where, n.refersTo.trim());
    else checkRange(c, where, n.refersTo);
    if (n.comment !== undefined && n.comment.length > 255)
      c.error(where, "comment exceeds Excel's 255 characters");
  });
}
