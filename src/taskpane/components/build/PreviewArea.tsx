/** The open preview of a section's sheets: a heading, what the preview is (and that Excel will get native formulas). */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../../i18n";
import type { SheetLayout } from "../../../sheets/layout";
import { LayoutPreviewSet } from "../LayoutPreview";

const useStyles = makeStyles({
  previewHeading: { margin: 0 },
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
  return (
    <section aria-label={strings.previewHeading} data-testid={`${name}-preview-area`}>
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
