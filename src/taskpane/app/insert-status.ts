/** What the pane says after inserting a formula from the function catalog. */
import type { Status } from "../components/StatusMessage";
import type { PaneStrings } from "../i18n";
import { GatewayError, type GatewayErrorCode } from "../office/excel-gateway";

/** What inserting a formula says for each refusal of the gateway: every code has its text. */
function insertErrorTexts(
  strings: PaneStrings,
  formula: string
): Readonly<Record<GatewayErrorCode, (detail: string) => string>> {
  return {
    "not-in-excel": () => strings.notInExcelError,
    "invalid-formula": () => strings.invalidFormula(formula),
    "no-custom-functions": () => strings.noCustomFunctionsInsert(formula),
    excel: strings.insertFailed,
    "load-failed": strings.insertFailed,
    "invalid-layout": strings.insertFailed,
  };
}

export function insertFailureStatus(err: unknown, strings: PaneStrings, formula: string): Status {
  const text =
    err instanceof GatewayError
      ? insertErrorTexts(strings, formula)[err.code](err.detail)
      : strings.insertFailed(String(err));
  return { intent: "error", title: strings.insertFailedTitle, text };
}
