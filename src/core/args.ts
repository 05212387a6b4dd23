/**
 * The one place where raw cell values become typed arguments (HyperFormula's pattern): function bodies receive
 * Decimals and table rows and never see a blank, a text or a boolean. Every rejection is a CalcError with a
 * message from messages.ts; nothing here lets an exception of another kind escape.
 *
 * Errors: every input a clerk can get wrong is #VALUE! (a wrong value) or #N/A (a name not in the table), the two
 * codes Excel shows a custom message with. #NUM! shows none, so it is kept for a result that overflows (define.ts).
 *
 * Blank cells and 0: desktop Excel passes an empty referenced cell to a custom function as 0 (office-js issue
 * #4702), Excel on the web as null; an omitted argument is null. So each parameter states how it reads a 0:
 *  - amounts (param.amount, param.signed): a blank counts as 0, so blank and 0 agree anyway;
 *  - names and choices (param.choice, max_load): 0 is read as a blank — a required one answers the blank message,
 *    an optional one takes its default;
 *  - optional overrides whose valid range excludes 0 (km/ℓ, carbon fraction, a rail rate): param.optional(…,
 *    "default") reads 0 as "use the default";
 *  - numbers for which 0 is a real value keep it: shares (param.fraction), electricity factors (a zero-emission
 *    tariff menu is 0.000 kg-CO2/kWh), declared param.optional(…, "number") when optional;
 *  - required divisors (param.positive: riders, days, areas, stand age) reject 0 with their own message.
 * `sameForBlankAndZero` says which is which; the sheet builders pass a possibly blank cell straight only into
 * a required parameter where it is true, and "" for blank everywhere else (IF(ISBLANK(x),"",x)).
 */
import { dec, type Decimal } from "./decimal";
import type { Label } from "./data/types";
import type { FactorSet } from "./factor-sets/factor-set";
import { resolveSetAndName } from "./factor-sets/registry";
import type { Lookup } from "./lookup";
import { messages } from "./messages";
import { CalcError } from "./result";
import type { ParamInfo } from "./functions/types";

export interface Param<T> extends ParamInfo {
  /** Short name used in messages: 使用量 / amount. */
  readonly label: Label;
  /**
   * True when a blank and a 0 give the same result (a blank amount counts 0; a name or an override reads 0 as
   * blank), so the argument means the same on desktop Excel, which passes an empty cell as 0, and on the web.
   */
  readonly sameForBlankAndZero: boolean;
  coerce(raw: unknown): T;
}

/** A row found in a factor set's table, with the set it came from (for FACTOR_INFO and follow-up lookups). */
export interface Found<T> {
  readonly row: T;
  readonly set: FactorSet;
}

export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "");
}

// Plain decimals, optionally with thousands separators, after NFKC (so full-width １，０００ is read too).
const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

/** A number, or null for a blank; text that is a plain number is read as that number. */
function readNumber(raw: unknown, label: Label): number | null {
  if (isBlank(raw)) return null;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw new CalcError("#VALUE!", messages.notFinite(label));
    return raw;
  }
  if (typeof raw === "string") {
    const text = raw.normalize("NFKC").trim();
    if (NUMERIC_TEXT.test(text)) return Number(text.replace(/,/g, ""));
    throw new CalcError("#VALUE!", messages.notANumber(label, raw));
  }
  throw new CalcError("#VALUE!", messages.notANumber(label, describe(raw)));
}

function describe(raw: unknown): string {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (Array.isArray(raw)) return "範囲/range";
  return typeof raw;
}

interface NumberRule {
  /** What a blank cell means: 0 (a half-filled row shows 0) or an error (a divisor cannot be blank). */
  readonly blank: "zero" | "error";
  readonly min: "any" | "zero" | "positive";
  readonly max?: number;
}

function numberParam(
  name: string,
  label: Label,
  description: Label,
  rule: NumberRule
): Param<Decimal> {
  return {
    name,
    label,
    description,
    optional: false,
    // A blank is 0 for amounts; for the others a blank is an error and a 0 a value (or another error).
    sameForBlankAndZero: rule.blank === "zero",
    coerce(raw) {
      const value = readNumber(raw, label);
      if (value === null) {
        if (rule.blank === "zero") return dec(0);
        throw new CalcError("#VALUE!", messages.blank(label));
      }
      if (rule.min === "zero" && value < 0)
        throw new CalcError("#VALUE!", messages.negative(label, value));
      if (rule.min === "positive" && value <= 0)
        throw new CalcError("#VALUE!", messages.notPositive(label, value));
      if (rule.max !== undefined && value > rule.max)
        throw new CalcError("#VALUE!", messages.notAFraction(label, value));
      return dec(value);
    },
  };
}

/**
 * An optional argument: blank or omitted gives `undefined` (the function's default), otherwise the inner
 * parameter's rules apply. `zero` says what a 0 means — desktop Excel's blank cell: "default" for a name or an
 * override whose valid range excludes 0 (km/ℓ, carbon fraction), "number" where 0 is a real value (an
 * electricity factor of a zero-emission tariff).
 */
function optional<T>(inner: Param<T>, zero: "default" | "number"): Param<T | undefined> {
  return {
    ...inner,
    optional: true,
    sameForBlankAndZero: zero === "default",
    coerce: (raw) =>
      isBlank(raw) || (zero === "default" && raw === 0) ? undefined : inner.coerce(raw),
  };
}

/** A name looked up in a table of the factor set the text names (or the default set). 0 reads as a blank. */
function choiceParam<T>(
  name: string,
  label: Label,
  description: Label,
  table: (set: FactorSet) => Lookup<T>
): Param<Found<T>> {
  return {
    name,
    label,
    description,
    optional: false,
    sameForBlankAndZero: true,
    coerce(raw) {
      // Desktop Excel passes an empty cell as 0: no table has a row named 0, so it is the blank it stands for.
      if (isBlank(raw) || raw === 0) throw new CalcError("#VALUE!", messages.blank(label));
      const { set, name: text } = resolveSetAndName(raw);
      const lookup = table(set);
      if (typeof raw !== "string")
        throw new CalcError("#VALUE!", messages.notAName(label, lookup.choices));
      // "jver-2011:" + a blank cell, as the built sheets write it, is a blank name.
      if (text === "") throw new CalcError("#VALUE!", messages.blank(label));
      const row = lookup.find(text);
      if (row === undefined)
        throw new CalcError("#N/A", messages.unknownName(label, text, lookup.choices));
      return { row, set };
    },
  };
}

/** Either a name from a table (e.g. an electricity factor key) or a number given directly (e.g. 0.45 kg-CO2/kWh). */
export type NameOrNumber<T> =
  | { readonly kind: "row"; readonly found: Found<T> }
  | { readonly kind: "number"; readonly value: Decimal };

/**
 * A name or a number. `min`: "zero" where 0 is a real value (an electricity or fuel factor: a zero-emission
 * tariff is 0.000 kg-CO2/kWh), "positive" where it cannot be (g-CO2 per copy, a rail rate).
 */
function nameOrNumberParam<T>(
  name: string,
  label: Label,
  description: Label,
  table: (set: FactorSet) => Lookup<T>,
  min: "zero" | "positive"
): Param<NameOrNumber<T>> {
  const asName = choiceParam(name, label, description, table);
  const asNumber = numberParam(name, label, description, { blank: "error", min });
  return {
    ...asName,
    sameForBlankAndZero: false,
    coerce(raw) {
      if (typeof raw !== "string") return { kind: "number", value: asNumber.coerce(raw) };
      // A number may come qualified by a factor set ("jver-2011:9.5") when a sheet prefixes the set's cell.
      const { name: text } = resolveSetAndName(raw);
      if (NUMERIC_TEXT.test(text)) return { kind: "number", value: asNumber.coerce(text) };
      if (text === "") return { kind: "number", value: asNumber.coerce("") };
      return { kind: "row", found: asName.coerce(raw) };
    },
  };
}

/** Parameter kinds; see the file comment for what a blank and a 0 (desktop Excel's blank cell) mean in each. */
export const param = {
  /** An amount ≥ 0; a blank cell counts as 0, so a 0 and a blank agree. A negative one is #VALUE!. */
  amount: (name: string, label: Label, description: Label) =>
    numberParam(name, label, description, { blank: "zero", min: "zero" }),
  /** Any finite number; a blank cell counts as 0. */
  signed: (name: string, label: Label, description: Label) =>
    numberParam(name, label, description, { blank: "zero", min: "any" }),
  /**
   * A divisor or size that must be > 0 and cannot be blank (riders, days, areas, km/ℓ): blank and 0 are both
   * #VALUE!, each with its message. Optional, wrap it in optional(…, "default"): 0 then means the default.
   */
  positive: (name: string, label: Label, description: Label) =>
    numberParam(name, label, description, { blank: "error", min: "positive" }),
  /** A share from 0 to 1 that cannot be blank; 0 is a real share. Optional with 0 meaning the default: optional(…, "default"). */
  fraction: (name: string, label: Label, description: Label) =>
    numberParam(name, label, description, { blank: "error", min: "zero", max: 1 }),
  /** A name in a factor-set table; 0 reads as a blank (the blank message when required, the default when optional). */
  choice: choiceParam,
  /** A name or a number (see nameOrNumberParam for `min`); 0 is a number, never a blank. */
  nameOrNumber: nameOrNumberParam,
  /** Blank or omitted → the default; 0 → the default too when `zero` is "default". */
  optional,
};
