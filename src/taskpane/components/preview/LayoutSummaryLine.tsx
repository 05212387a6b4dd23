/** What the grid does not show: validations, conditional formats, tables, names, protection, frozen panes. */
import { useMemo } from "react";
import { Text } from "@fluentui/react-components";
import type { SheetLayout } from "../../../sheets/layout";
import { layoutSummary } from "../../state/layout-preview";
import type { PaneStrings } from "../../i18n";
import { usePreviewStyles } from "./preview-styles";

export function LayoutSummaryLine({
  layout,
  strings,
}: {
  readonly layout: SheetLayout;
  readonly strings: PaneStrings;
}) {
  const styles = usePreviewStyles();
  const summary = useMemo(() => layoutSummary(layout), [layout]);
  return (
    <div className={styles.summary}>
      {summary.validations > 0 && (
        <Text size={100}>{strings.summaryValidations(summary.validations)}</Text>
      )}
      {summary.conditionalFormats > 0 && (
        <Text size={100}>{strings.summaryConditionalFormats(summary.conditionalFormats)}</Text>
      )}
      {summary.tables.length > 0 && <Text size={100}>{strings.summaryTables(summary.tables)}</Text>}
      {summary.names.length > 0 && <Text size={100}>{strings.summaryNames(summary.names)}</Text>}
      {summary.protectedSheet && <Text size={100}>{strings.summaryProtected}</Text>}
      {summary.freeze && (
        <Text size={100}>
          {strings.summaryFreeze(summary.freeze.rows, summary.freeze.columns ?? 0)}
        </Text>
      )}
    </div>
  );
}
