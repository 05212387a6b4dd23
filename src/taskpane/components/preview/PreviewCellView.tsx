/**
 * One cell of the preview: merged, wrapped or running on over empty cells; a formula shows its value (or its text until
 * computed), and the title says where it is, the formula and an error's reason.
 */
import { mergeClasses } from "@fluentui/react-components";
import type { PreviewCell, PreviewGrid } from "../../state/layout-preview";
import type { PaneStrings } from "../../i18n";
import { cellStyle, spillWidth } from "./cell-geometry";
import { usePreviewStyles } from "./preview-styles";

export interface PreviewCellViewProps {
  readonly cell: PreviewCell;
  /** The cell's column index in the grid. */
  readonly column: number;
  readonly columns: PreviewGrid["columns"];
  readonly strings: PaneStrings;
}

function cellTitle(cell: PreviewCell, strings: PaneStrings): string | undefined {
  const input = cell.style.unlocked ? ` (${strings.inputCell})` : "";
  if (cell.formula) {
    const why = cell.message ? ` — ${cell.message}` : "";
    return `${cell.address}${input}: ${cell.formula} → ${cell.text}${why}`;
  }
  if (cell.text) return `${cell.address}${input}: ${cell.text}`;
  return cell.style.unlocked ? `${cell.address}${input}` : undefined;
}

export function PreviewCellView({ cell, column, columns, strings }: PreviewCellViewProps) {
  const styles = usePreviewStyles();
  return (
    <td
      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
      className={mergeClasses(
        styles.cell,
        cell.style.wrap && styles.wrap,
        cell.spillColumns > 0 && styles.spill,
        cell.isFormula && styles.formula
      )}
      style={cellStyle(cell)}
      title={cellTitle(cell, strings)}
      data-formula={cell.isFormula ? "true" : undefined}
    >
      {cell.spillColumns > 0 ? (
        <span
          className={styles.spillText}
          style={{
            width: `${spillWidth(columns, column, cell.colSpan, cell.spillColumns)}px`,
          }}
        >
          {cell.text}
        </span>
      ) : (
        cell.text
      )}
    </td>
  );
}
