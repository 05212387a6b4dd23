/** The grid as a table with Excel's column letters and row numbers as sticky headers. */
import type { PreviewGrid } from "../../state/layout-preview";
import type { PaneStrings } from "../../i18n";
import { columnPixels } from "./cell-geometry";
import { PreviewCellView } from "./PreviewCellView";
import { usePreviewStyles } from "./preview-styles";

export interface PreviewTableProps {
  readonly grid: PreviewGrid;
  readonly strings: PaneStrings;
}

export function PreviewTable({ grid, strings }: PreviewTableProps) {
  const styles = usePreviewStyles();
  const tableWidth = 32 + grid.columns.reduce((sum, c) => sum + columnPixels(c.widthChars), 0);
  return (
    <table className={styles.table} style={{ width: `${tableWidth}px` }}>
      <colgroup>
        <col style={{ width: "32px" }} />
        {grid.columns.map((c) => (
          <col key={c.letter} style={{ width: `${columnPixels(c.widthChars)}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={styles.corner} aria-hidden />
          {grid.columns.map((c) => (
            <th key={c.letter} scope="col" className={styles.columnHeader}>
              {c.letter}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row) => (
          <tr key={row.number}>
            <th scope="row" className={styles.rowHeader}>
              {row.number}
            </th>
            {row.cells.map((cell, c) =>
              cell === null ? null : (
                <PreviewCellView
                  key={c}
                  cell={cell}
                  column={c}
                  columns={grid.columns}
                  strings={strings}
                />
              )
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
