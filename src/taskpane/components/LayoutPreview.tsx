/**
 * A SheetLayout as an HTML table, like the sheet Excel will show: column letters, row numbers, and each formula's
 * value as the sheet computes it with nothing typed yet (the formula in the cell's title).
 */
import { useMemo, useState } from "react";
import { Tab, TabList, Text, tokens } from "@fluentui/react-components";
import type { SheetLayout } from "../../sheets/layout";
import { DEFAULT_PREVIEW_ROWS, previewGrid } from "../state/layout-preview";
import { LayoutSummaryLine } from "./preview/LayoutSummaryLine";
import { PreviewTable } from "./preview/PreviewTable";
import { usePreviewStyles } from "./preview/preview-styles";
import { useComputedValues } from "./preview/useComputedValues";
import type { PaneStrings } from "../i18n";

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
  const styles = usePreviewStyles();
  const together = useMemo(() => layouts ?? [layout], [layout, layouts]);
  const computed = useComputedValues(together);
  const values = computed?.get(layout.key);
  const grid = useMemo(
    () => previewGrid(layout, { maxRows, layouts: together, ...(values ? { values } : {}) }),
    [layout, together, maxRows, values]
  );

  return (
    <div className={styles.root} data-testid="layout-preview" data-sheet-name={layout.name}>
      <Text size={200} className={styles.sheetName} data-testid="preview-sheet-name">
        {layout.name}
      </Text>
      {grid.rows.length === 0 || grid.columns.length === 0 ? (
        <Text size={200}>{strings.emptyLayout}</Text>
      ) : (
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={layout.name}>
          <PreviewTable grid={grid} strings={strings} />
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
      <LayoutSummaryLine layout={layout} strings={strings} />
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
