/** Fonts, fills, number formats, alignment and borders (RangeFormat), and column widths. */
import type { Alignment, Font, Worksheet } from "exceljs";
import type { RangeFormat, SheetLayout } from "../../sheets/layout";
import { forEachTarget, mustParse, type StyleTarget } from "./ranges";

/** ExcelJS's own default font (the file's Normal style): a font set on a cell replaces it entirely, so start from it. */
const BASE_FONT: Partial<Font> = {
  name: "Calibri",
  size: 11,
  family: 2,
  scheme: "minor",
  color: { theme: 1 },
};

/**
 * Column widths: a layout gives characters of the default font, and the pane's writer sizes them for Japanese
 * Excel's 游ゴシック 11 (8 px digits, see charactersToPoints in sheet-writer.ts). A file's width unit is a digit of
 * ITS Normal font, which ExcelJS fixes to Calibri 11 (7 px digits), so the width is scaled by 8/7 to give the
 * respondent the same column on screen as the pane's sheet.
 */
function fileColumnWidth(characters: number): number {
  return Math.round(((characters * 8) / 7) * 100) / 100;
}

export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const THIN = { style: "thin" } as const;

/** New objects every time: ExcelJS cells may share style objects, so nothing is mutated in place. */
function applyFormat(target: StyleTarget, f: RangeFormat): void {
  const font: Partial<Font> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  if (f.fontColor !== undefined) font.color = { argb: argb(f.fontColor) };
  if (Object.keys(font).length > 0) target.font = { ...BASE_FONT, ...target.font, ...font };
  if (f.fill !== undefined)
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  if (f.numberFormat !== undefined) target.numFmt = f.numberFormat;
  const alignment: Partial<Alignment> = {};
  if (f.wrap !== undefined) alignment.wrapText = f.wrap;
  if (f.horizontal !== undefined)
    alignment.horizontal =
      f.horizontal === "Left" ? "left" : f.horizontal === "Center" ? "center" : "right";
  if (f.vertical !== undefined)
    alignment.vertical =
      f.vertical === "Top" ? "top" : f.vertical === "Center" ? "middle" : "bottom";
  if (Object.keys(alignment).length > 0) target.alignment = { ...target.alignment, ...alignment };
  if (f.border)
    target.border = { ...target.border, top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Every RangeFormat over its whole range; `block` is the layout's cells, for whole columns and rows. */
export function writeFormats(sheet: Worksheet, layout: SheetLayout): void {
  const block = { rows: layout.cells.length, columns: layout.cells[0]?.length ?? 0 };
  for (const f of layout.formats)
    forEachTarget(sheet, mustParse(f.range, `format of ${layout.key}`), block, (target) =>
      applyFormat(target, f)
    );
}

/** Widths in the file's unit; a width of 0 hides the column. */
export function writeColumnWidths(sheet: Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, i) => {
    const column = sheet.getColumn(i + 1);
    if (width > 0) column.width = fileColumnWidth(width);
    else column.hidden = true;
  });
}
