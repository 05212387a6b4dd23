/**
 * プレビュー / Excel に作成 for one section. The section hands over `prepare` (form → layouts, pure); the preview
 * follows the form while it is open; building goes through the gateway with a progress bar, and the outcome
 * (sheet names and warnings, or the error) is shown in a MessageBar.
 * On an Excel without custom functions the layouts' GHG.* formulas are first translated into native formulas over
 * a factor sheet (./build/host-layouts), so the sheets compute there too. The writing itself is ./build/use-build.
 */
import { useMemo, useState, type ReactNode } from "react";
import { Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { needsNativeFormulas, type ExcelGateway } from "../office/excel-gateway";
import type { Prepared } from "../state/prepare";
import { BuildButtons } from "./build/BuildButtons";
import { BuildOutcomeMessages } from "./build/BuildOutcomeMessages";
import { PreparedIssues } from "./build/PreparedIssues";
import { PreviewArea } from "./build/PreviewArea";
import { useBuild } from "./build/use-build";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface BuildActionsProps {
  readonly gateway: ExcelGateway;
  readonly strings: PaneStrings;
  /** Builds the layouts from the section's current form (memoised by the section on its state). */
  readonly prepare: () => Prepared;
  readonly activityName: (key: string) => string;
  /** For tests and ids: "sheet", "questionnaire" … */
  readonly name: string;
  /** The build button's text; "Excel に作成" unless given. */
  readonly buildLabel?: string;
  /** More actions of the section (e.g. saving as a file), shown under the buttons and above the preview. */
  readonly children?: ReactNode;
}

export function BuildActions({
  gateway,
  strings,
  prepare,
  activityName,
  name,
  buildLabel,
  children,
}: BuildActionsProps) {
  const styles = useStyles();
  const [previewOpen, setPreviewOpen] = useState(false);
  const { attempt, progress, outcome, build } = useBuild(gateway, strings, prepare);
  const preview = useMemo(() => (previewOpen ? prepare() : null), [previewOpen, prepare]);
  const busy = progress !== null;
  // Issues of the open preview follow the form; those of a refused build stay until the next attempt.
  const shownIssues = preview ?? attempt;

  return (
    <div className={styles.root}>
      <BuildButtons
        strings={strings}
        name={name}
        isInExcel={gateway.isInExcel}
        busy={busy}
        previewOpen={previewOpen}
        onTogglePreview={() => setPreviewOpen((open) => !open)}
        onBuild={() => void build()}
        buildLabel={buildLabel}
      />

      {progress && (
        <Field validationMessage={progress.message} validationState="none">
          <ProgressBar
            value={progress.fraction > 0 ? progress.fraction : undefined}
            thickness="large"
          />
        </Field>
      )}

      <BuildOutcomeMessages outcome={outcome} strings={strings} name={name} />

      {children}

      {shownIssues && (
        <PreparedIssues prepared={shownIssues} strings={strings} activityName={activityName} />
      )}

      {preview?.kind === "ok" && (
        <PreviewArea
          layouts={preview.layouts}
          strings={strings}
          name={name}
          native={needsNativeFormulas(gateway)}
        />
      )}
    </div>
  );
}
