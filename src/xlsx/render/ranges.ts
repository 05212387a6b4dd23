/** Layout ranges on an ExcelJS sheet: parsed, bounded, and walked cell by cell for styles. */
import type { Alignment, Borders, Fill, Font, Worksheet } from "exceljs";
import { formatRange, parseRange, type CellRange } from "../../sheets/addresses";

export function mustParse(address: string, where: string): CellRange {
  const range = parseRange(address);
  if (!range) throw new Error(`renderXlsx: "${address}" is not an A1 range (${where})`);
  return range;
}

/** ExcelJS wants bounded ranges ("D1:D1048576", not "D:D"). */
export function boundedAddress(range: CellRange): string {
  return formatRange({
    top: range.top,
    left: range.left,
    bottom: range.bottom,
    right: range.right,
  });
}

export interface StyleTarget {
  font?: Partial<Font>;
  fill?: Fill;
  numFmt?: string;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
  protection?: { locked?: boolean; hidden?: boolean };
}

/**
 * Calls `apply` on every cell of the range. Whole columns or rows also get the style of the column / row (cells
 * outside the layout's block inherit it) and their cells inside the block, instead of a million cells.
 */
export function forEachTarget(
  sheet: Worksheet,
  range: CellRange,
  block: { rows: number; columns: number },
  apply: (target: StyleTarget) => void
): void {
  if (range.wholeColumns) {
    for (let c = range.left; c <= range.right; c++) {
      apply((sheet.getColumn(c) as unknown as { style: StyleTarget }).style);
      for (let r = 1; r <= block.rows; r++) apply(sheet.getCell(r, c));
    }
    return;
  }
  if (range.wholeRows) {
    for (let r = range.top; r <= range.bottom; r++) {
      apply((sheet.getRow(r) as unknown as { style: StyleTarget }).style);
      for (let c = 1; c <= block.columns; c++) apply(sheet.getCell(r, c));
    }
    return;
  }
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) apply(sheet.getCell(r, c));
  }
}
