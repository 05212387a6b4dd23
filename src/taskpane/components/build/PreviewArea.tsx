/**
 * The open preview of a section's sheets: a heading, what the preview is (and that Excel will get native formulas).
 * It opens where the clerk is looking: scrolled into view, focused, and announced to screen readers with the sheets
 * it shows (at 350 px the preview starts below the fold in most sections).
 */
import { useEffect, useRef } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../../i18n";
import type { SheetLayout } from "../../../sheets/layout";
import { LayoutPreviewSet } from "../LayoutPreview";

const useStyles = makeStyles({
  previewHeading: { margin: 0 },
  area: { scrollMarginTop: tokens.spacingVerticalM, ":focus-visible": { outlineStyle: "none" } },
  announcement: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  note: { color: tokens.colorNeutralForeground3 },
});

interface PreviewAreaProps {
  readonly layouts: readonly SheetLayout[];
  readonly strings: PaneStrings;
  readonly name: string;
  /** This Excel has no custom functions: the sheets will get native formulas. */
  readonly native: boolean;
}

export function PreviewArea({ layouts, strings, name, native }: PreviewAreaProps) {
  const styles = useStyles();
  const area = useRef<HTMLElement>(null);
  useEffect(() => {
    // jsdom and old webviews may lack scrollIntoView's options; the focus alone still moves the reader there.
    area.current?.scrollIntoView?.({ block: "start", behavior: "smooth" });
    area.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section
      ref={area}
      tabIndex={-1}
      className={styles.area}
      aria-label={strings.previewHeading}
      data-testid={`${name}-preview-area`}
    >
      <span role="status" className={styles.announcement}>
        {strings.previewShown(layouts.map((l) => l.name))}
      </span>
      <Text as="h3" size={300} weight="semibold" block className={styles.previewHeading}>
        {strings.previewHeading}
      </Text>
      <Text size={200} block className={styles.note}>
        {strings.previewNote}
      </Text>
      {native && (
        <Text size={200} block className={styles.note}>
          {strings.previewNative}
        </Text>
      )}
      <LayoutPreviewSet layouts={layouts} strings={strings} />
    </section>
  );
}
