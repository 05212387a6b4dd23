/**
 * The one place where raw cell values become typed arguments (HyperFormula's pattern): function bodies receive
 * Decimals and table rows and never see a blank, a text or a boolean. Every rejection is a CalcError with a
 * message from messages.ts; nothing here lets an exception of another kind escape.
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
    if (!Number.isFinite(raw)) throw new CalcError("#NUM!", messages.notFinite(label));
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

function numberParam(name: string, label: Label, description: Label, rule: NumberRule): Param<Decimal> {
  return {
    name,
    label,
    description,
    optional: false,
    coerce(raw) {
      const value = readNumber(raw, label);
      if (value === null) {
        if (rule.blank === "zero") return dec(0);
        throw new CalcError("#VALUE!", messages.blank(label));
      }
      if (rule.min === "zero" && value < 0) throw new CalcError("#NUM!", messages.negative(label, value));
      if (rule.min === "positive" && value <= 0) throw new CalcError("#NUM!", messages.notPositive(label, value));
      if (rule.max !== undefined && value > rule.max) throw new CalcError("#NUM!", messages.notAFraction(label, value));
      return dec(value);
    },
  };
}

/** An optional argument: blank or omitted gives `undefined`, otherwise the inner parameter's rules apply. */
function optional<T>(inner: Param<T>): Param<T | undefined> {
  return { ...inner, optional: true, coerce: (raw) => (isBlank(raw) ? undefined : inner.coerce(raw)) };
}

/** A name looked up in a table of the factor set the text names (or the default set). */
function choiceParam<T>(name: string, label: Label, description: Label, table: (set: FactorSet) => Lookup<T>): Param<Found<T>> {
  return {
    name,
    label,
    description,
    optional: false,
    coerce(raw) {
      if (isBlank(raw)) throw new CalcError("#VALUE!", messages.blank(label));
      const { set, name: text } = resolveSetAndName(raw);
      const lookup = table(set);
      if (typeof raw !== "string") throw new CalcError("#VALUE!", messages.notAName(label, lookup.choices));
      // "jver-2011:" + a blank cell, as the built sheets write it, is a blank name.
      if (text === "") throw new CalcError("#VALUE!", messages.blank(label));
      const row = lookup.find(text);
      if (row === undefined) throw new CalcError("#N/A", messages.unknownName(label, text, lookup.choices));
      return { row, set };
    },
  };
}

/** Either a name from a table (e.g. an electricity factor key) or a number given directly (e.g. 0.45 kg-CO2/kWh). */
export type NameOrNumber<T> = { readonly kind: "row"; readonly found: Found<T> } | { readonly kind: "number"; readonly value: Decimal };

function nameOrNumberParam<T>(name: string, label: Label, description: Label, table: (set: FactorSet) => Lookup<T>): Param<NameOrNumber<T>> {
  const asName = choiceParam(name, label, description, table);
  const asNumber = numberParam(name, label, description, { blank: "error", min: "positive" });
  return {
    ...asName,
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

export const param = {
  /** An amount ≥ 0; a blank cell counts as 0. */
  amount: (name: string, label: Label, description: Label) => numberParam(name, label, description, { blank: "zero", min: "zero" }),
  /** Any finite number; a blank cell counts as 0. */
  signed: (name: string, label: Label, description: Label) => numberParam(name, label, description, { blank: "zero", min: "any" }),
  /** A divisor or size that must be > 0 and cannot be blank (riders, days, areas, km/ℓ). */
  positive: (name: string, label: Label, description: Label) => numberParam(name, label, description, { blank: "error", min: "positive" }),
  /** A share from 0 to 1. */
  fraction: (name: string, label: Label, description: Label) => numberParam(name, label, description, { blank: "error", min: "zero", max: 1 }),
  choice: choiceParam,
  nameOrNumber: nameOrNumberParam,
  optional,
};
