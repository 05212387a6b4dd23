/** The bundled factor sets and how a key names one: `"jver-2011:軽油"`, or just `"軽油"` for the default set. */
import { normalizeName } from "../normalize";
import { messages } from "../messages";
import { CalcError } from "../result";
import type { FactorSet } from "./factor-set";
import { JVER_2011 } from "./jver-2011";

/** Never change this: every formula that names no set has been computed with it. Add a new set instead. */
export const DEFAULT_FACTOR_SET_ID = "jver-2011";

export const FACTOR_SETS: readonly FactorSet[] = [JVER_2011];

const SET_ID = /^[A-Za-z][A-Za-z0-9._-]*$/;

const byId = new Map(FACTOR_SETS.map((set) => [normalizeName(set.id), set]));

export function defaultFactorSet(): FactorSet {
  return byId.get(normalizeName(DEFAULT_FACTOR_SET_ID)) as FactorSet;
}

/**
 * Splits `"set:name"` (half- or full-width colon). Text without a colon belongs to the default set; a colon
 * with an unknown set is an error rather than a silent fallback, so a typo never changes which values are used.
 */
export function resolveSetAndName(raw: unknown): { set: FactorSet; name: string } {
  if (typeof raw !== "string") return { set: defaultFactorSet(), name: String(raw) };
  const text = raw.normalize("NFKC").trim();
  const colon = text.indexOf(":");
  if (colon < 0) return { set: defaultFactorSet(), name: text };
  const setText = text.slice(0, colon).trim();
  // Only an id-like prefix names a set: guidebook names contain colons too (「2009年度実績：東京電力㈱」).
  if (!SET_ID.test(setText)) return { set: defaultFactorSet(), name: text };
  const set = byId.get(normalizeName(setText));
  if (!set)
    throw new CalcError(
      "#N/A",
      messages.unknownFactorSet(
        setText,
        FACTOR_SETS.map((s) => s.id)
      )
    );
  return { set, name: text.slice(colon + 1).trim() };
}
