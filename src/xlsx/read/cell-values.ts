/**
 * Cell values as raw answers: numbers, strings (rich text joined, "" as blank), booleans; a formula cell gives its
 * cached result (null when the file has none); an error cell its error text ("#N/A"); a date its ISO string.
 * Nothing in the file is evaluated.
 */
import type { RawAnswer } from "../types";

/** A cell value as a raw answer (see the header). */
export function rawValue(value: unknown): RawAnswer {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return rawValue(
        (v.richText as { text?: unknown }[])
          .map((run) => (typeof run.text === "string" ? run.text : ""))
          .join("")
      );
    if ("formula" in v || "sharedFormula" in v) return rawValue(v.result);
    if ("error" in v) return typeof v.error === "string" ? v.error : "#ERROR";
    if ("text" in v) return rawValue(v.text); // a hyperlink: its shown text
  }
  return null;
}

export const textOf = (value: unknown): string => {
  const raw = rawValue(value);
  return raw === null ? "" : String(raw);
};

/** The formula text of a cell ("'調査票'!$D$12"), or null when it is not a formula. */
export function formulaText(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as { formula?: unknown; sharedFormula?: unknown };
  return typeof v.formula === "string" ? v.formula : null;
}
