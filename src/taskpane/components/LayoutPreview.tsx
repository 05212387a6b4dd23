/** A SheetLayout as an HTML table, like the sheet Excel will show: column letters, row numbers, formulas as text. */
import { useMemo, useState, type CSSProperties } from "react";
import { Tab, TabList, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SheetLayout } from "../../sheets/layout";
import {
  DEFAULT_PREVIEW_ROWS,
  layoutSummary,
  previewGrid,
  type PreviewCell,
  type PreviewGrid,
} from "../state/layout-preview";
import type { PaneStrings } from "../i18n";

const GRID_LINE = "#e1e1e1";
const HEADER_FILL = "#f3f3f3";
const BORDER_LINE = "#8a8a8a";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  sheetName: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  scroller: {
    overflow: "auto",
    maxHeight: "60vh",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: "11px",
    lineHeight: "16px",
    color: "#000000",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: HEADER_FILL,
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    width: "32px",
    minWidth: "32px",
  },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: HEADER_FILL,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    padding: "0 2px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: HEADER_FILL,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    padding: "0 2px",
  },
  cell: {
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    padding: "1px 3px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
  },
  wrap: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
  spill: { overflow: "visible" },
  spillText: {
    display: "block",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    position: "relative",
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: "#0b5a8c" },
  note: { color: tokens.colorNeutralForeground3 },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground3,
  },
});

/** Excel column width (characters of the default font) in pixels, roughly. */
function columnPixels(widthChars: number): number {
  return Math.max(24, Math.round(widthChars * 7 + 5));
}

/** Width the text of a cell may take when it runs on over `spill` empty cells (minus the cell's padding). */
function spillWidth(
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

function cellStyle(cell: PreviewCell): CSSProperties {
  const s = cell.style;
  const style: CSSProperties = {};
  if (s.bold) style.fontWeight = 600;
  if (s.italic) style.fontStyle = "italic";
  if (s.fill) style.backgroundColor = s.fill;
  if (s.fontColor) style.color = s.fontColor;
  if (s.horizontal) style.textAlign = s.horizontal.toLowerCase() as CSSProperties["textAlign"];
  else if (!cell.isFormula && /^-?[\d,.]+%?$/.test(cell.text)) style.textAlign = "right";
  if (s.border) {
    style.borderRight = `1px solid ${BORDER_LINE}`;
    style.borderBottom = `1px solid ${BORDER_LINE}`;
    style.boxShadow = `inset 1px 1px 0 ${BORDER_LINE}`;
  }
  return style;
}

export interface LayoutPreviewProps {
  readonly layout: SheetLayout;
  /** The sheets built together (for `{{sheet:KEY}}` placeholders in formulas). */
  readonly layouts?: readonly SheetLayout[];
  readonly strings: PaneStrings;
  readonly maxRows?: number;
}

export function LayoutPreview({
  layout,
  layouts,
  strings,
  maxRows = DEFAULT_PREVIEW_ROWS,
}: LayoutPreviewProps) {
  const styles = useStyles();
  const grid = useMemo(
    () => previewGrid(layout, { maxRows, layouts: layouts ?? [layout] }),
    [layout, layouts, maxRows]
  );
  const summary = useMemo(() => layoutSummary(layout), [layout]);
  const tableWidth = 32 + grid.columns.reduce((sum, c) => sum + columnPixels(c.widthChars), 0);

  return (
    <div className={styles.root} data-testid="layout-preview" data-sheet-name={layout.name}>
      <Text size={200} className={styles.sheetName} data-testid="preview-sheet-name">
        {layout.name}
      </Text>
      {grid.rows.length === 0 || grid.columns.length === 0 ? (
        <Text size={200}>{strings.emptyLayout}</Text>
      ) : (
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={layout.name}>
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
                      <td
                        key={c}
                        rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                        colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                        className={mergeClasses(
                          styles.cell,
                          cell.style.wrap && styles.wrap,
                          cell.spillColumns > 0 && styles.spill,
                          cell.isFormula && styles.formula
                        )}
                        style={cellStyle(cell)}
                        title={
                          cell.text
                            ? `${cell.address}${cell.style.unlocked ? ` (${strings.inputCell})` : ""}: ${cell.text}`
                            : cell.style.unlocked
                              ? `${cell.address} (${strings.inputCell})`
                              : undefined
                        }
                        data-formula={cell.isFormula ? "true" : undefined}
                      >
                        {cell.spillColumns > 0 ? (
                          <span
                            className={styles.spillText}
                            style={{
                              width: `${spillWidth(grid.columns, c, cell.colSpan, cell.spillColumns)}px`,
                            }}
                          >
                            {cell.text}
                          </span>
                        ) : (
                          cell.text
                        )}
                      </td>
                    )
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {grid.rows.length < grid.totalRows && (
        <Text size={200} className={styles.note} role="note">
          {strings.rowsTruncated(grid.rows.length, grid.totalRows)}
        </Text>
      )}
      {grid.columns.length < grid.totalColumns && (
        <Text size={200} className={styles.note} role="note">
          {strings.columnsTruncated(grid.columns.length, grid.totalColumns)}
        </Text>
      )}
      <div className={styles.summary}>
        {summary.validations > 0 && (
          <Text size={100}>{strings.summaryValidations(summary.validations)}</Text>
        )}
        {summary.conditionalFormats > 0 && (
          <Text size={100}>{strings.summaryConditionalFormats(summary.conditionalFormats)}</Text>
        )}
        {summary.tables.length > 0 && (
          <Text size={100}>{strings.summaryTables(summary.tables)}</Text>
        )}
        {summary.names.length > 0 && <Text size={100}>{strings.summaryNames(summary.names)}</Text>}
        {summary.protectedSheet && <Text size={100}>{strings.summaryProtected}</Text>}
        {summary.freeze && (
          <Text size={100}>
            {strings.summaryFreeze(summary.freeze.rows, summary.freeze.columns ?? 0)}
          </Text>
        )}
      </div>
    </div>
  );
}

export interface LayoutPreviewSetProps {
  readonly layouts: readonly SheetLayout[];
  readonly strings: PaneStrings;
}

/** Several sheets: a tab per sheet, named as the sheet. */
export function LayoutPreviewSet({ layouts, strings }: LayoutPreviewSetProps) {
  const [selected, setSelected] = useState(0);
  const index = selected < layouts.length ? selected : 0;
  const layout = layouts[index];
  if (!layout) return <Text size={200}>{strings.noLayouts}</Text>;
  return (
    <div>
      {layouts.length > 1 && (
        <TabList
          size="small"
          selectedValue={String(index)}
          onTabSelect={(_, data) => setSelected(Number(data.value))}
          aria-label={strings.previewSheets}
          style={{ overflowX: "auto", marginBottom: tokens.spacingVerticalXS }}
        >
          {layouts.map((l, i) => (
            <Tab key={`${l.key}-${i}`} value={String(i)}>
              {l.name}
            </Tab>
          ))}
        </TabList>
      )}
      <LayoutPreview
        key={`${layout.key}-${index}`}
        layout={layout}
        layouts={layouts}
        strings={strings}
      />
    </div>
  );
}
