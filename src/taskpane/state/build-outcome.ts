/** What the user is told after "Excel に作成" (pure). */
import type { PaneStrings } from "../i18n";
import {
  GatewayError,
  type BuildSheetsResult,
  type GatewayErrorCode,
} from "../office/excel-gateway";

export type BuildOutcome =
  /** `factorSheet`: the factor sheet's name when the sheets were built with native formulas (no custom functions). */
  | { readonly kind: "built"; readonly result: BuildSheetsResult; readonly factorSheet?: string }
  | {
      readonly kind: "failed";
      readonly title: string;
      readonly text: string;
      readonly details: readonly string[];
    };

/** What a build says for each refusal of the gateway: every code has its text (a new code does not compile without one). */
function buildErrorTexts(
  strings: PaneStrings
): Readonly<Record<GatewayErrorCode, (detail: string) => string>> {
  return {
    "not-in-excel": () => strings.buildOnlyInExcel,
    "load-failed": strings.writerLoadFailed,
    "invalid-layout": strings.invalidLayout,
    excel: strings.buildFailed,
    "invalid-formula": strings.buildFailed,
    "no-custom-functions": strings.buildFailed,
  };
}

/** A failure as the user reads it: what happened, what is wrong with the layouts, which sheets are complete and which are not. */
export function buildFailure(err: unknown, strings: PaneStrings): BuildOutcome {
  if (err instanceof GatewayError) {
    const text = buildErrorTexts(strings)[err.code](err.detail);
    const details = [
      ...err.problems,
      ...(err.completeSheets.length > 0 ? [strings.completeSheets(err.completeSheets)] : []),
      ...(err.partialSheets.length > 0 ? [strings.partialSheets(err.partialSheets)] : []),
    ];
    return { kind: "failed", title: strings.buildFailedTitle, text, details };
  }
  const detail = err instanceof Error ? err.message : String(err);
  return {
    kind: "failed",
    title: strings.buildFailedTitle,
    text: strings.buildFailed(detail),
    details: [],
  };
}
