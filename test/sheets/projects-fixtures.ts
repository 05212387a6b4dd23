/** Reading the project sheets in tests: a cell's text, the rows whose cells match, numbers from computed cells. */
import type { CellContent, SheetLayout } from "../../src/sheets/layout";

export const text = (cell: CellContent | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);
export const at = (layout: SheetLayout, address: string): string => {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address)!;
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return text(layout.cells[Number(match[2]) - 1]?.[column - 1]);
};
/** The rows (1-based) whose columns match the given texts. */
export function rowsWhere(layout: SheetLayout, match: Record<number, string>): number[] {
  return layout.cells.flatMap((row, i) =>
    Object.entries(match).every(([c, value]) => text(row[Number(c) - 1]) === value) ? [i + 1] : []
  );
}
export function rowWhere(layout: SheetLayout, match: Record<number, string>): number {
  const [row] = rowsWhere(layout, match);
  if (row === undefined) throw new Error(`no row ${JSON.stringify(match)}`);
  return row;
}
export const bare = (address: string) => address.replace(/\$/g, "");
export const num = (value: unknown): number => {
  if (typeof value !== "number") throw new Error(`not a number: ${JSON.stringify(value)}`);
  return value;
};

/** 森林吸収量 (t-CO2/年) = 面積 × 成長量 × BEF × (1+R) × D × 0.5 × 44/12, by hand. */
