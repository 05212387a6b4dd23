/** The calculation core: pure TypeScript, no Office and no DOM. Adapters (custom functions, CLI, pane) import from here. */
export { CALC_FUNCTIONS, FUNCTION_CATALOG, callFunction, findFunction } from "./functions/catalog";
export type { FunctionInfo } from "./functions/types";
export {
  CalcError,
  isCalcError,
  type CalcResult,
  type CalcValue,
  type ExcelErrorCode,
} from "./result";
export { FACTOR_SETS, DEFAULT_FACTOR_SET_ID, defaultFactorSet } from "./factor-sets/registry";
export { lookupsOf } from "./factor-sets/lookups";
export { SOURCES } from "./data/sources";
