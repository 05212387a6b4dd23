/**
 * A list of editable rows (holdings, targets, allocations, stands) as folding cards: the header says what the row
 * is in one line and marks problems (red for errors, yellow for warnings); the body has the row's fields and a
 * remove button. Rows added by the user open at once.
 */
import type { ReactNode } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular, ErrorCircleFilled, WarningFilled } from "@fluentui/react-icons";
import { WithUnits } from "./Units";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  itemError: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  itemWarning: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}` },
  header: { minWidth: 0 },
  headerText: { display: "flex", flexDirection: "column", minWidth: 0, textAlign: "left" },
  // Two lines at most: enough for the figures at the end of a long name.
  summary: {
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflowWrap: "anywhere",
  },
  titleRow: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  remove: { alignSelf: "flex-start" },
});

export interface RowCard {
  readonly id: string;
  readonly title: string;
  /** One line under the title: what the row holds so far. */
  readonly summary: string;
  /** The worst problem of the row, if any. */
  readonly severity?: "error" | "warning";
  /** Said to screen readers with the severity icon. */
  readonly severityLabel?: string;
  readonly content: ReactNode;
  readonly removeLabel: string;
}

export interface RowCardsProps {
  readonly rows: readonly RowCard[];
  readonly open: readonly string[];
  readonly onOpenChange: (open: string[]) => void;
  readonly onRemove: (id: string) => void;
  /** For tests: data-testid of the list; each card is `${name}-card`. */
  readonly name: string;
}

export function RowCards({ rows, open, onOpenChange, onRemove, name }: RowCardsProps) {
  const styles = useStyles();
  return (
    <Accordion
      multiple
      collapsible
      openItems={[...open]}
      onToggle={(_, data) => onOpenChange(data.openItems.map(String))}
      className={styles.list}
      data-testid={name}
    >
      {rows.map((row) => (
        <AccordionItem
          key={row.id}
          value={row.id}
          className={mergeClasses(
            styles.item,
            row.severity === "error" && styles.itemError,
            row.severity === "warning" && styles.itemWarning
          )}
          data-testid={`${name}-card`}
        >
          <AccordionHeader size="small" expandIconPosition="end" className={styles.header}>
            <span className={styles.headerText}>
              <span className={styles.titleRow}>
                {row.severity === "error" && (
                  <ErrorCircleFilled className={styles.error} aria-label={row.severityLabel} />
                )}
                {row.severity === "warning" && (
                  <WarningFilled className={styles.warning} aria-label={row.severityLabel} />
                )}
                <Text weight="semibold" size={200}>
                  {row.title}
                </Text>
              </span>
              {row.summary && (
                <Text size={200} className={styles.summary}>
                  <WithUnits text={row.summary} />
                </Text>
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {row.content}
            <Button
              className={styles.remove}
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              onClick={() => onRemove(row.id)}
            >
              {row.removeLabel}
            </Button>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
