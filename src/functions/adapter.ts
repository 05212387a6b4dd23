/**
 * The thin layer between Excel and the core: raw cell values in, a number or text out, and every CalcError
 * thrown as CustomFunctions.Error so the cell shows #VALUE! or #N/A with the message in its error indicator (Excel
 * shows a custom message with these two codes only). #NUM! is left for a result too large for a number, which
 * no message can fix in the cell; the CLI prints why.
 *
 * CustomFunctions.Error needs CustomFunctionsRuntime 1.2. Where it is missing, a plain Error is thrown instead:
 * Excel shows #VALUE! for any exception a custom function throws, so the cell still fails, without the message.
 */
import {
  callFunction,
  isCalcError,
  type CalcError,
  type CalcValue,
  type ExcelErrorCode,
} from "../core";

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

/** CustomFunctions.Error when the runtime provides it (CustomFunctionsRuntime 1.2). */
function errorClass(): typeof CustomFunctions.Error | undefined {
  try {
    const candidate = typeof CustomFunctions !== "undefined" ? CustomFunctions.Error : undefined;
    return typeof candidate === "function" ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** What run() throws for a CalcError: CustomFunctions.Error with the code and message, or a plain Error without the class. */
function toCustomFunctionsError(error: CalcError): Error {
  const message = error.message[displayLanguage()];
  const ErrorClass = errorClass();
  if (!ErrorClass) return new Error(`${error.code} ${message}`);
  // Typed as Excel's class, which is not declared as extending Error; thrown all the same.
  return new ErrorClass(ERROR_CODES[error.code], message) as unknown as Error;
}

export function run(name: string, args: readonly unknown[]): CalcValue {
  const result = callFunction(name, args);
  if (isCalcError(result)) throw toCustomFunctionsError(result);
  return result;
}
