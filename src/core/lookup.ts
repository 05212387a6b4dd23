/** Finding a table row by any of its names: the stable key, the guidebook's Japanese name, the English name, or an alias. */
import type { Label } from "./data/types";
import { normalizeName } from "./normalize";

export interface Named {
  readonly key: string;
  readonly name: Label;
  readonly aliases: readonly string[];
}

export interface Lookup<T> {
  /** What the rows are, for messages: 燃料の種類 / fuel. */
  readonly what: Label;
  readonly rows: readonly T[];
  find(text: string): T | undefined;
  /** The Japanese names, in table order, to list as valid choices. */
  readonly choices: readonly string[];
}

export function createLookup<T extends Named>(what: Label, rows: readonly T[]): Lookup<T> {
  const byName = new Map<string, T>();
  for (const row of rows) {
    for (const name of [row.key, row.name.ja, row.name.en, ...row.aliases]) {
      const normalized = normalizeName(name);
      const existing = byName.get(normalized);
      // Two rows answering to one name would make a formula's meaning depend on table order.
      if (existing && existing !== row)
        throw new Error(`Ambiguous name "${name}" for ${existing.key} and ${row.key}`);
      byName.set(normalized, row);
    }
  }
  return {
    what,
    rows,
    find: (text) => byName.get(normalizeName(text)),
    choices: rows.map((row) => row.name.ja),
  };
}
