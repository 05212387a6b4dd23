/** What the user is told after "Excel に作成" (pure). */
import type { PaneStrings } from "../i18n";
import { GatewayError, type BuildSheetsResult } from "../office/excel-gateway";

export type BuildOutcome =
  /** `factorSheet`: the factor sheet's name when the sheets were built with native formulas (no custom functions). */
  | { readonly kind: "built"; readonly result: BuildSheetsResult; readonly factorSheet?: string }
  | { readonly kind: "failed"; readonly title: string; readonly text: string; readonly details: readonly string[] };

/** A failure as the user reads it: what happened, what is wrong with the layouts, which sheets are complete and which are not. */
export function buildFailure(err: unknown, strings: PaneStrings): BuildOutcome {
  if (err instanceof GatewayError) {
    const text =
      err.code === "not-in-excel"
        ? strings.buildOnlyInExcel
        : err.code === "load-failed"
          ? strings.writerLoadFailed(err.detail)
          : err.code === "invalid-layout"
            ? strings.invalidLayout(err.detail)
            : strings.buildFailed(err.detail);
    const details = [
      ...err.problems,
      ...(err.completeSheets.length > 0 ? [strings.completeSheets(err.completeSheets)] : []),
      ...(err.partialSheets.length > 0 ? [strings.partialSheets(err.partialSheets)] : []),
    ];
    return { kind: "failed", title: strings.buildFailedTitle, text, details };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return { kind: "failed", title: strings.buildFailedTitle, text: strings.buildFailed(detail), details: [] };
}
