/**
 * Tables: ExcelJS's addTable writes the header and rows itself; it is given the layout's own cells (literals and
 * formulas), so the values stay as they are. Filter buttons are shown and rows banded, as the API's default.
 * Header cells that are not text get Excel's "Column1" … names, repeated headers a number, as Excel does.
 */
import type { Cell, Worksheet } from "exceljs";
import type { SheetLayout } from "../../sheets/layout";
import { columnLetters } from "../../sheets/addresses";
import { nameKey } from "../../sheets/resolve-names";
import { cellValue } from "./formulas";
import { mustParse } from "./ranges";

export function writeTable(
  sheet: Worksheet,
  layout: SheetLayout,
  table: SheetLayout["tables"][number]
): void {
  const range = mustParse(table.range, `table ${table.key}`);
  const bottom = Math.max(range.bottom, range.top + 1); // a header-only range: Excel adds the row below
  const seen = new Set<string>();
  const columns: { name: string; filterButton: boolean }[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const header = layout.cells[range.top - 1]?.[c - 1];
    let name =
      typeof header === "string" && header.trim() !== ""
        ? header
        : typeof header === "number"
          ? String(header)
          : `Column${c - range.left + 1}`;
    if (seen.has(nameKey(name))) {
      let n = 2;
      while (seen.has(nameKey(`${name}${n}`))) n++;
      name = `${name}${n}`;
    }
    seen.add(nameKey(name));
    columns.push({ name, filterButton: true });
  }
  const rows: Cell["value"][][] = [];
  for (let r = range.top + 1; r <= bottom; r++) {
    const row: Cell["value"][] = [];
    for (let c = range.left; c <= range.right; c++)
      row.push(cellValue(layout.cells[r - 1]?.[c - 1] ?? null));
    rows.push(row);
  }
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: `${columnLetters(range.left)}${range.top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: (table.style ?? "TableStyleMedium2") as never, showRowStripes: true },
    columns,
    rows,
  });
}
