/**
 * One worksheet in the file: added with its state, tab colour and view (freeze panes), its cells and merges
 * written, and protected last.
 */
import type { Workbook, Worksheet } from "exceljs";
import type { SheetLayout } from "../../sheets/layout";
import { columnLetters } from "../../sheets/addresses";
import { nameKey } from "../../sheets/resolve-names";
import { cellValue } from "./formulas";
import { forEachTarget, mustParse } from "./ranges";
import { argb } from "./styles";

export function uniqueSheetName(desired: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(desired))) return desired;
  for (let n = 2; ; n++) if (!taken.has(nameKey(`${desired}${n}`))) return `${desired}${n}`;
}

export function addSheet(
  workbook: Workbook,
  layout: SheetLayout,
  { veryHidden, selected }: { veryHidden: boolean; selected: boolean }
): Worksheet {
  const freeze = layout.freeze;
  const frozen = freeze && (freeze.rows > 0 || (freeze.columns ?? 0) > 0);
  // A frozen view's selection lives in the scrolling pane, so the cursor starts at its top-left cell.
  const topLeftCell = frozen
    ? `${columnLetters((freeze.columns ?? 0) + 1)}${freeze.rows + 1}`
    : "A1";
  const view = frozen
    ? {
        state: "frozen" as const,
        xSplit: freeze.columns ?? 0,
        ySplit: freeze.rows,
        topLeftCell,
        activeCell: topLeftCell,
      }
    : { state: "normal" as const, activeCell: "A1" };
  return workbook.addWorksheet(layout.name, {
    state: veryHidden ? "veryHidden" : "visible",
    properties: layout.tabColor !== undefined ? { tabColor: { argb: argb(layout.tabColor) } } : {},
    views: [{ ...view, ...(selected ? { tabSelected: true } : {}) } as never],
  });
}

/** The layout's cells; true when one of them is a formula. */
export function writeCells(sheet: Worksheet, layout: SheetLayout): boolean {
  let hasFormulas = false;
  layout.cells.forEach((row, r) =>
    row.forEach((content, c) => {
      if (content === null || content === undefined) return;
      if (typeof content === "object") hasFormulas = true;
      sheet.getCell(r + 1, c + 1).value = cellValue(content);
    })
  );
  return hasFormulas;
}

/** Without ExcelJS copying the top-left cell's style over the others, so each cell keeps its own borders. */
export function writeMerges(sheet: Worksheet, layout: SheetLayout): void {
  const merges = layout.merges.map((address) => mustParse(address, `merge of ${layout.key}`));
  for (const merge of merges)
    sheet.mergeCellsWithoutStyle(merge.top, merge.left, merge.bottom, merge.right);
}

/**
 * Protected without a password, selecting cells and resizing columns and rows allowed; only the unlocked ranges
 * can be edited (a merge whose top-left cell is unlocked is unlocked whole).
 */
export async function protectSheet(sheet: Worksheet, layout: SheetLayout): Promise<void> {
  if (!layout.protection) return;
  const block = { rows: layout.cells.length, columns: layout.cells[0]?.length ?? 0 };
  const unlocked = layout.protection.unlockedRanges.map((address) =>
    mustParse(address, `unlocked range of ${layout.key}`)
  );
  const merges = layout.merges.map((address) => mustParse(address, `merge of ${layout.key}`));
  for (const merge of merges) {
    if (
      unlocked.some(
        (u) =>
          merge.top >= u.top &&
          merge.top <= u.bottom &&
          merge.left >= u.left &&
          merge.left <= u.right
      )
    )
      unlocked.push(merge);
  }
  for (const range of unlocked)
    forEachTarget(sheet, range, block, (target) => (target.protection = { locked: false }));
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
