/**
 * The thin layer between Excel and the core: raw cell values in, a number or text out, and every CalcError
 * thrown as CustomFunctions.Error so the cell shows #N/A, #VALUE! or #NUM! with the message as its tooltip.
 */
import { findFunction, isCalcError, type CalcError, type CalcValue, type ExcelErrorCode } from "../core";

const ERROR_CODES: Record<ExcelErrorCode, CustomFunctions.ErrorCode> = {
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

/** Messages follow Office's display language; the value never does. */
function displayLanguage(): "ja" | "en" {
  try {
    const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    return typeof language === "string" && language.toLowerCase().startsWith("en") ? "en" : "ja";
  } catch {
    return "ja";
  }
}

export function toCustomFunctionsError(error: CalcError): CustomFunctions.Error {
  return new CustomFunctions.Error(ERROR_CODES[error.code], error.message[displayLanguage()]);
}

export function run(name: string, args: readonly unknown[]): CalcValue {
  const fn = findFunction(name);
  if (!fn) throw new CustomFunctions.Error("#NAME?" as CustomFunctions.ErrorCode.invalidName, name);
  const result = fn.call(args);
  if (isCalcError(result)) throw toCustomFunctionsError(result);
  return result;
}
