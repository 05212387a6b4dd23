/**
 * Blank cells into GHG.* arguments. Desktop Excel passes an empty referenced cell to a custom function as 0
 * (office-js issue #4702), Excel on the web as null. A possibly blank cell therefore goes straight into an argument
 * only where the function reads a blank and a 0 alike and the argument is required (an amount, where a blank counts
 * 0; a name, where a 0 reads as blank — see the param helpers in src/core/args.ts). Everywhere else, and into every
 * optional argument, the cell is passed as IF(ISBLANK(x),"",x): a blank becomes "" — blank, the default — on every
 * host, and a 0 typed in stays 0 (an electricity factor of a zero-emission tariff).
 */
import { findFunction } from "../../core";

/** `IF(ISBLANK(x),"",x)`: a blank cell as "" on every host; anything else, including 0, as it is. */
export function blankAsText(ref: string): string {
  return `IF(ISBLANK(${ref}),"",${ref})`;
}

/** Whether a possibly blank cell may go straight into argument `index` (0-based) of GHG.`name`. */
export function takesBlankCellStraight(name: string, index: number): boolean {
  const param = findFunction(name)?.params[index];
  return param !== undefined && !param.optional && param.sameForBlankAndZero;
}

/** A cell reference as argument `index` of GHG.`name`: as it is where a blank and a 0 agree, else blankAsText. */
export function cellArgument(name: string, index: number, ref: string): string {
  return takesBlankCellStraight(name, index) ? ref : blankAsText(ref);
}

/**
 * The GHG call a method's formula starts with (`GHG.NAME(args)`; the rest multiplies or divides the result) and
 * which argument each `{key}` placeholder in it fills, e.g. `GHG.CO2_BUS({km},{riders},{fuel},{km_per_l})*{passengers}`
 * → km: CO2_BUS 0, riders: 1, fuel: 2, km_per_l: 3 (passengers is in the tail, no argument).
 */
export function placeholderArguments(formula: string): {
  readonly call: string;
  readonly args: Map<string, { readonly name: string; readonly index: number }>;
} {
  const args = new Map<string, { name: string; index: number }>();
  const match = /^GHG\.([A-Z0-9_]+)\(((?:[^()"]|"(?:[^"]|"")*")*)\)/.exec(formula);
  if (!match) return { call: "", args };
  const [call, name = "", body = ""] = match;
  // Arguments split at the commas outside string literals (a literal may hold a comma; "" is an escaped quote).
  const parts: string[] = [""];
  let inString = false;
  for (const ch of body) {
    if (ch === '"') inString = !inString;
    if (ch === "," && !inString) parts.push("");
    else parts[parts.length - 1] += ch;
  }
  parts.forEach((part, index) => {
    const placeholder = /^\s*\{([A-Za-z0-9_]+)\}\s*$/.exec(part);
    if (placeholder?.[1]) args.set(placeholder[1], { name, index });
  });
  return { call, args };
}
