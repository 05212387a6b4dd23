/** Search over the bundled factors (FACTOR() keys) with their value, unit and source (pure). */
import { defaultFactorSet, lookupsOf } from "../../core";
import { SOURCES } from "../../core/data/sources";
import type { Label } from "../../core/data/types";
import type { FactorSet } from "../../core/factor-sets/factor-set";
import { normalizeSearchText } from "../components/catalog-search";

export interface FactorEntry {
  readonly key: string;
  readonly name: Label;
  readonly aliases: readonly string[];
  readonly value: number;
  readonly unit: string;
  readonly sourceTitle: Label;
  readonly sourceDate: string;
  /** The guidebook table the value was read from. */
  readonly table: string;
  /** `=GHG.FACTOR("軽油")`: the value in a cell, named as the guidebook names it. */
  readonly formula: string;
  readonly setId: string;
}

/** A string argument in Excel's syntax: quotes doubled. */
function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function factorEntries(set: FactorSet = defaultFactorSet()): readonly FactorEntry[] {
  return lookupsOf(set).scalar.rows.map((row) => {
    const source = SOURCES[row.citation.source];
    return {
      key: row.key,
      name: row.name,
      aliases: row.aliases,
      value: row.value,
      unit: row.unit,
      sourceTitle: source.title,
      sourceDate: source.date,
      table: row.citation.table,
      formula: `=GHG.FACTOR(${excelString(row.name.ja)})`,
      setId: set.id,
    };
  });
}

const haystacks = new WeakMap<FactorEntry, string>();

function haystack(entry: FactorEntry): string {
  let text = haystacks.get(entry);
  if (text === undefined) {
    text = normalizeSearchText(
      [
        entry.key,
        entry.name.ja,
        entry.name.en,
        ...entry.aliases,
        entry.unit,
        String(entry.value),
        entry.sourceTitle.ja,
        entry.sourceTitle.en,
        entry.table,
      ].join("\n")
    );
    haystacks.set(entry, text);
  }
  return text;
}

/** Factors whose texts contain every term of `query`; an empty query finds none (the list is long). */
export function filterFactors(
  entries: readonly FactorEntry[],
  query: string
): readonly FactorEntry[] {
  const terms = normalizeSearchText(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  return entries.filter((entry) => terms.every((t) => haystack(entry).includes(t)));
}
