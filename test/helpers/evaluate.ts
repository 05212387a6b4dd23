/** Evaluates a formula string through the same parser and core the CLI uses. */
import { findFunction, type CalcResult } from "../../src/core";
import { parseFormula } from "../../src/cli/parse-formula";
import { Decimal } from "../../src/core/decimal";

export function evaluate(formula: string): CalcResult {
  const call = parseFormula(formula);
  const fn = findFunction(call.name);
  if (!fn) throw new Error(`unknown function ${call.name}`);
  return fn.call(call.args);
}

export function evaluateNumber(formula: string): number {
  const result = evaluate(formula);
  if (typeof result !== "number") throw new Error(`${formula} gave ${String(result)}`);
  return result;
}

/** Rounds half up, as the guidebook prints its results. */
export function roundTo(value: number, decimals: number): number {
  return new Decimal(String(value)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}
