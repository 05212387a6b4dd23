/** A1 addresses: parsing, formatting and comparing the local addresses layouts use. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 1-based and inclusive. Whole columns ("A:C") and whole rows ("3:5") are flagged. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly wholeColumns?: boolean;
  readonly wholeRows?: boolean;
}

/** 1 → "A", 27 → "AA", 16384 → "XFD". */
export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "xfd" → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function inBounds(row: number, column: number): boolean {
  return row >= 1 && row <= MAX_ROWS && column >= 1 && column <= MAX_COLUMNS;
}

/** Parses a local A1 address ("B7", "$B$7", "A10:H25", "A:C", "3:5"); null when it is not one or is off the sheet. */
export function parseRange(address: string): CellRange | null {
  const parts = address.trim().split(":");
  if (parts.length === 1) {
    const m = CELL.exec(parts[0] ?? "");
    if (!m) return null;
    const row = Number(m[2]);
    const column = columnNumber(m[1] ?? "");
    return inBounds(row, column) ? { top: row, left: column, bottom: row, right: column } : null;
  }
  if (parts.length !== 2) return null;
  const [a = "", b = ""] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]);
    const r2 = Number(cb[2]);
    const c1 = columnNumber(ca[1] ?? "");
    const c2 = columnNumber(cb[1] ?? "");
    if (!inBounds(r1, c1) || !inBounds(r2, c2)) return null;
    return {
      top: Math.min(r1, r2),
      left: Math.min(c1, c2),
      bottom: Math.max(r1, r2),
      right: Math.max(c1, c2),
    };
  }
  const ka = COLUMN.exec(a);
  const kb = COLUMN.exec(b);
  if (ka && kb) {
    const c1 = columnNumber(ka[1] ?? "");
    const c2 = columnNumber(kb[1] ?? "");
    if (!inBounds(1, c1) || !inBounds(1, c2)) return null;
    return {
      top: 1,
      left: Math.min(c1, c2),
      bottom: MAX_ROWS,
      right: Math.max(c1, c2),
      wholeColumns: true,
    };
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]);
    const r2 = Number(rb[1]);
    if (!inBounds(r1, 1) || !inBounds(r2, 1)) return null;
    return {
      top: Math.min(r1, r2),
      left: 1,
      bottom: Math.max(r1, r2),
      right: MAX_COLUMNS,
      wholeRows: true,
    };
  }
  return null;
}

/** The A1 text of a range; `absolute` adds "$" ("$C$5:$D$9", "$A:$C"). */
export function formatRange(range: CellRange, absolute = false): string {
  const d = absolute ? "$" : "";
  if (range.wholeColumns)
    return `${d}${columnLetters(range.left)}:${d}${columnLetters(range.right)}`;
  if (range.wholeRows) return `${d}${range.top}:${d}${range.bottom}`;
  const first = `${d}${columnLetters(range.left)}${d}${range.top}`;
  if (range.top === range.bottom && range.left === range.right) return first;
  return `${first}:${d}${columnLetters(range.right)}${d}${range.bottom}`;
}

/** "C5" → "$C$5"; throws on an address that does not parse. */
export function absoluteAddress(address: string): string {
  const range = parseRange(address);
  if (!range) throw new Error(`Not an A1 address: "${address}"`);
  return formatRange(range, true);
}

export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rangeRows(range: CellRange): number {
  return range.bottom - range.top + 1;
}

export function rangeColumns(range: CellRange): number {
  return range.right - range.left + 1;
}
