/** A preview cell's pixels and inline style, from the column widths and cell style the sheet layout gives. */
import type { CSSProperties } from "react";
import type { PreviewCell, PreviewGrid } from "../../state/layout-preview";
import { BORDER_LINE } from "./preview-styles";
import { readableFont } from "./readable-color";

/** Excel column width (characters of the default font) in pixels, roughly. */
export function columnPixels(widthChars: number): number {
  return Math.max(24, Math.round(widthChars * 7 + 5));
}

/** Width the text of a cell may take when it runs on over `spill` empty cells (minus the cell's padding). */
export function spillWidth(
  columns: PreviewGrid["columns"],
  first: number,
  span: number,
  spill: number
): number {
  let width = 0;
  for (let c = first; c < first + span + spill; c++)
    width += columnPixels(columns[c]?.widthChars ?? 8.43);
  return width - 7;
}

export function cellStyle(cell: PreviewCell): CSSProperties {
  const s = cell.style;
  const style: CSSProperties = {};
  if (s.bold) style.fontWeight = 600;
  if (s.italic) style.fontStyle = "italic";
  if (s.fill) style.backgroundColor = s.fill;
  if (s.fontColor) style.color = readableFont(s.fontColor, s.fill);
  if (s.horizontal) style.textAlign = s.horizontal.toLowerCase() as CSSProperties["textAlign"];
  else if (cell.numeric || (!cell.isFormula && /^-?[\d,.]+%?$/.test(cell.text)))
    style.textAlign = "right";
  if (s.border) {
    style.borderRight = `1px solid ${BORDER_LINE}`;
    style.borderBottom = `1px solid ${BORDER_LINE}`;
    style.boxShadow = `inset 1px 1px 0 ${BORDER_LINE}`;
  }
  return style;
}
