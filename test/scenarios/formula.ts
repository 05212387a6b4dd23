/**
 * A tiny evaluator for the methods' formula templates, which all have the shape
 *   GHG.NAME(arg, arg, …) [*{x} | /{x}]…
 * where an arg is an `{input}` placeholder, `{ELEC}`, a quoted literal, a number or empty (an omitted argument).
 * Placeholders are replaced by values (not by text), then the core's function is called.
 */
import { findFunction, isCalcError, type CalcResult } from "../../src/core";
import type { ActivityInput, CalculationMethod, InputKind } from "../../src/scenarios/types";

const SHAPE = /^GHG\.([A-Z0-9_]+)\((.*)\)((?:[*/]\{[A-Za-z0-9_]+\})*)$/;
const PLACEHOLDER = /^\{([A-Za-z0-9_]+)\}$/;
const TAIL = /([*/])\{([A-Za-z0-9_]+)\}/g;

export type Value = string | number | undefined;

/** Placeholder keys in order of appearance (ELEC included). */
export function placeholders(formula: string): string[] {
  return [...formula.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1] as string);
}

function splitArgs(body: string): string[] {
  const parts: string[] = [];
  let current = "";
  let inString = false;
  for (const ch of body) {
    if (ch === '"') inString = !inString;
    if (ch === "," && !inString) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function argValue(text: string, values: Readonly<Record<string, Value>>): Value {
  const arg = text.trim();
  if (arg === "") return undefined;
  const placeholder = PLACEHOLDER.exec(arg);
  if (placeholder) {
    const key = placeholder[1] as string;
    if (!(key in values)) throw new Error(`no value for {${key}}`);
    return values[key];
  }
  if (arg.startsWith('"') && arg.endsWith('"')) return arg.slice(1, -1).replace(/""/g, '"');
  const number = Number(arg);
  if (Number.isFinite(number)) return number;
  throw new Error(`not an argument: ${arg}`);
}

/** Evaluates a template; throws on a formula outside the supported shape. */
export function evaluateTemplate(
  formula: string,
  values: Readonly<Record<string, Value>>
): CalcResult {
  const match = SHAPE.exec(formula);
  if (!match) throw new Error(`formula outside the supported shape: ${formula}`);
  const [, name = "", body = "", tail = ""] = match;
  const fn = findFunction(name);
  if (!fn) throw new Error(`unknown function ${name}`);
  const args = body.trim() === "" ? [] : splitArgs(body).map((part) => argValue(part, values));
  let result = fn.call(args);
  for (const [, op, key] of tail.matchAll(TAIL)) {
    if (isCalcError(result) || typeof result !== "number") return result;
    const factor = values[key as string];
    if (typeof factor !== "number")
      throw new Error(`{${String(key)}} must be a number in the tail of ${formula}`);
    result = op === "*" ? result * factor : result / factor;
  }
  return result;
}

/** What a test substitutes when an input has no sample. */
export const FALLBACK: Record<InputKind, Value> = {
  number: 1,
  text: "—",
  fuel: "軽油",
  rail: "JR東日本（在来線）",
  vehicle: "乗用車",
  "truck-use": "営業用",
  "max-load": 2000,
  "energy-factor": "東京電力・実排出係数",
  cfp: 9.5,
};
export const ELEC_SAMPLE = 0.384;

export function sampleValues(
  method: CalculationMethod,
  overrides: Readonly<Record<string, Value>> = {}
): Record<string, Value> {
  const values: Record<string, Value> = { ELEC: ELEC_SAMPLE };
  for (const input of method.inputs as readonly ActivityInput[])
    values[input.key] = input.sample ?? FALLBACK[input.kind];
  return { ...values, ...overrides };
}

export function evaluateMethod(
  method: CalculationMethod,
  overrides: Readonly<Record<string, Value>> = {}
): CalcResult {
  return evaluateTemplate(method.formula, sampleValues(method, overrides));
}
