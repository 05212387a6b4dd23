/**
 * The status of one returned answer, by what the question expects: a quantity ≥ 0, a name from the factor set's
 * lists, a maximum load (kg or 軽), a factor name or number, or free text. Text is only ever kept as text.
 */
import { defaultFactorSet, lookupsOf } from "../core";
import type { Lookup } from "../core/lookup";
import { normalizeName } from "../core/normalize";
import { findMethod } from "../scenarios";
import type { FormQuestion, RawAnswer } from "../xlsx/types";
import type { AnswerStatus } from "./types";

const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;
const KEI = new Set(["軽", "軽貨物", "軽貨物車", "kei"].map(normalizeName));

export interface Classified {
  readonly status: AnswerStatus;
  /** What to write: a number, the list's canonical name, or the text as given. */
  readonly value: string | number | null;
}

const isBlank = (raw: RawAnswer): boolean =>
  raw === null || (typeof raw === "string" && raw.trim() === "");

/** A number, a text that is a plain number (full-width and thousands separators allowed), or undefined. */
function asNumber(raw: RawAnswer): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  const text = raw.normalize("NFKC").trim();
  return NUMERIC_TEXT.test(text) ? Number(text.replace(/,/g, "")) : undefined;
}

function quantity(raw: RawAnswer): Classified {
  const value = asNumber(raw);
  if (value === undefined)
    return { status: "not-a-number", value: typeof raw === "string" ? raw : String(raw) };
  return { status: value < 0 ? "negative" : "ok", value };
}

type NamedRow = { readonly name: { readonly ja: string } };

function listChoice(raw: RawAnswer, lookup: Lookup<NamedRow>): Classified {
  if (typeof raw !== "string") return { status: "unknown-choice", value: String(raw) };
  const row = lookup.find(raw);
  return row ? { status: "ok", value: row.name.ja } : { status: "unknown-choice", value: raw };
}

/** The drop-down lists of the questionnaire, from the pinned default factor set. */
function choiceLists(): Record<"fuel" | "rail" | "vehicle" | "truck-use", Lookup<NamedRow>> {
  const lookups = lookupsOf(defaultFactorSet());
  return {
    fuel: lookups.fuel,
    rail: lookups.rail,
    vehicle: lookups.vehicle,
    "truck-use": lookups.truckUse,
  };
}

export function classifyAnswer(question: FormQuestion, raw: RawAnswer): Classified {
  if (isBlank(raw)) return { status: "missing", value: null };
  const lists = choiceLists();
  switch (question.kind) {
    case "number":
      return quantity(raw);
    case "fuel":
    case "rail":
    case "vehicle":
    case "truck-use":
      return listChoice(raw, lists[question.kind]);
    case "max-load":
      return typeof raw === "string" && KEI.has(normalizeName(raw))
        ? { status: "ok", value: "軽" }
        : quantity(raw);
    case "energy-factor":
    case "cfp": {
      if (asNumber(raw) !== undefined) return quantity(raw);
      const lookups = lookupsOf(defaultFactorSet());
      const lookup: Lookup<NamedRow> = question.kind === "cfp" ? lookups.cfp : lookups.energy;
      return listChoice(raw, lookup);
    }
    case "text":
      return { status: "ok", value: typeof raw === "string" ? raw : String(raw) };
  }
}

/** Names (of a device, a vehicle) and optional figures (燃費 if known) may stay blank without making a return incomplete. */
export function mayStayBlank(question: FormQuestion): boolean {
  if (question.kind === "text") return true;
  return (
    findMethod(question.methodKey)?.method.inputs.find((input) => input.key === question.inputKey)
      ?.optional === true
  );
}
