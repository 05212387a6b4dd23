/**
 * プレビュー / Excel に作成 for one section. The section hands over `prepare` (form → layouts, pure); the preview
 * follows the form while it is open; building goes through the gateway with a progress bar, and the outcome
 * (sheet names and warnings, or the error) is shown in a MessageBar.
 * On an Excel without custom functions the layouts' GHG.* formulas are first translated into native formulas over
 * a factor sheet (../state/native-layouts, loaded then), so the sheets compute there too.
 */
import { useMemo, useState, type ReactNode } from "react";
import {
  Button,
  Field,
  ProgressBar,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { EyeRegular, EyeOffRegular, TableAddRegular } from "@fluentui/react-icons";
import { needsNativeFormulas, type ExcelGateway } from "../office/excel-gateway";
import { buildFailure, type BuildOutcome } from "../state/build-outcome";
import type { Prepared } from "../state/prepare";
import type { SheetLayout } from "../../sheets/layout";
import { IssueList } from "./IssueList";
import { LayoutPreviewSet } from "./LayoutPreview";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  previewHeading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

// The formula translator, only for an Excel without custom functions.
const loadNativeLayouts = () =>
  import(/* webpackChunkName: "pane-portable" */ "../state/native-layouts");

type HostLayouts =
  | {
      readonly kind: "ok";
      readonly layouts: readonly SheetLayout[];
      readonly factorSheetKey?: string;
    }
  | { readonly kind: "refused"; readonly outcome: BuildOutcome };

/** The layouts as this Excel can compute them: as built, or with native formulas where custom functions are missing. */
async function layoutsForHost(
  gateway: ExcelGateway,
  layouts: readonly SheetLayout[],
  strings: PaneStrings
): Promise<HostLayouts> {
  if (!needsNativeFormulas(gateway)) return { kind: "ok", layouts };
  const refused = (title: string, text: string): HostLayouts => ({
    kind: "refused",
    outcome: { kind: "failed", title, text, details: [] },
  });
  let translator: Awaited<ReturnType<typeof loadNativeLayouts>>;
  try {
    translator = await loadNativeLayouts();
  } catch (err) {
    return refused(
      strings.buildFailedTitle,
      strings.writerLoadFailed(err instanceof Error ? err.message : String(err))
    );
  }
  const native = translator.nativeLayouts(layouts);
  switch (native.kind) {
    case "unchanged":
      return { kind: "ok", layouts: native.layouts };
    case "translated":
      return { kind: "ok", layouts: native.layouts, factorSheetKey: native.factorSheetKey };
    case "untranslatable":
      return refused(strings.nativeFailedTitle, strings.untranslatableFunctions(native.functions));
    case "failed":
      return refused(strings.nativeFailedTitle, strings.nativeFailed(native.message));
  }
}

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
  const [attempt, setAttempt] = useState<Prepared | null>(null);
  const [progress, setProgress] = useState<{ message: string; fraction: number } | null>(null);
  const [outcome, setOutcome] = useState<BuildOutcome | null>(null);
  const preview = useMemo(() => (previewOpen ? prepare() : null), [previewOpen, prepare]);
  const busy = progress !== null;
  // Issues of the open preview follow the form; those of a refused build stay until the next attempt.
  const shownIssues = preview ?? attempt;

  const build = async () => {
    const prepared = prepare();
    setOutcome(null);
    if (prepared.kind !== "ok") {
      setAttempt(prepared);
      return;
    }
    setAttempt(null);
    setProgress({ message: strings.building, fraction: 0 });
    try {
      const host = await layoutsForHost(gateway, prepared.layouts, strings);
      if (host.kind === "refused") {
        setOutcome(host.outcome);
        return;
      }
      const result = await gateway.buildSheets(host.layouts, (message, fraction) =>
        setProgress({
          message: message || strings.building,
          fraction: Math.min(1, Math.max(0, fraction)),
        })
      );
      const factorSheet =
        host.factorSheetKey === undefined
          ? undefined
          : result.sheets.find((s) => s.key === host.factorSheetKey)?.name;
      setOutcome({ kind: "built", result, factorSheet });
    } catch (err) {
      setOutcome(buildFailure(err, strings));
    } finally {
      setProgress(null);
    }
  };

  const buildButton = (
    <Button
      appearance="primary"
      icon={<TableAddRegular />}
      disabled={gateway.isInExcel && busy}
      disabledFocusable={!gateway.isInExcel}
      onClick={() => void build()}
      data-testid={`${name}-build`}
    >
      {buildLabel ?? strings.build}
    </Button>
  );

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button
          icon={previewOpen ? <EyeOffRegular /> : <EyeRegular />}
          onClick={() => setPreviewOpen((open) => !open)}
          aria-expanded={previewOpen}
          data-testid={`${name}-preview`}
        >
          {previewOpen ? strings.hidePreview : strings.preview}
        </Button>
        {gateway.isInExcel ? (
          buildButton
        ) : (
          <Tooltip content={strings.buildOnlyInExcel} relationship="description">
            {buildButton}
          </Tooltip>
        )}
      </div>

      {progress && (
        <Field validationMessage={progress.message} validationState="none">
          <ProgressBar
            value={progress.fraction > 0 ? progress.fraction : undefined}
            thickness="large"
          />
        </Field>
      )}

      {outcome?.kind === "built" && (
        <StatusMessage
          status={{
            intent: "success",
            title: strings.builtTitle,
            text: strings.built(outcome.result.sheets.map((s) => s.name)),
          }}
          role="group"
          layout="multiline"
        />
      )}
      {outcome?.kind === "built" && outcome.factorSheet !== undefined && (
        <StatusMessage
          status={{ intent: "info", text: strings.builtNative(outcome.factorSheet) }}
          role="group"
          layout="multiline"
          data-testid={`${name}-native`}
        />
      )}
      {outcome?.kind === "built" && outcome.result.warnings.length > 0 && (
        <StatusMessage
          status={{ intent: "warning", title: strings.warningsTitle }}
          details={outcome.result.warnings}
          role="group"
          layout="multiline"
        />
      )}
      {outcome?.kind === "failed" && (
        <StatusMessage
          status={{ intent: "error", title: outcome.title, text: outcome.text }}
          details={outcome.details}
          layout="multiline"
        />
      )}

      {children}

      {shownIssues && (
        <IssueList
          issues={shownIssues.kind === "invalid" ? shownIssues.issues : shownIssues.warnings}
          strings={strings}
          activityName={activityName}
        />
      )}
      {shownIssues?.kind === "builder-failed" && (
        <StatusMessage
          status={{
            intent: "error",
            title: strings.builderFailedTitle,
            text: strings.builderFailed(shownIssues.message),
          }}
          layout="multiline"
        />
      )}

      {preview?.kind === "ok" && (
        <section aria-label={strings.previewHeading} data-testid={`${name}-preview-area`}>
          <Text as="h3" size={300} weight="semibold" block className={styles.previewHeading}>
            {strings.previewHeading}
          </Text>
          <Text size={200} block className={styles.note}>
            {strings.previewNote}
          </Text>
          {needsNativeFormulas(gateway) && (
            <Text size={200} block className={styles.note}>
              {strings.previewNative}
            </Text>
          )}
          <LayoutPreviewSet layouts={preview.layouts} strings={strings} />
        </section>
      )}
    </div>
  );
}
