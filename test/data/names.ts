/** Test helper: the spellings a lookup would match, normalised as lookups will (NFKC + lower case). */
export const norm = (s: string): string => s.normalize("NFKC").toLowerCase();

/** Returns the spellings that more than one row claims (within a row, repeats are fine). */
export function sharedSpellings<T>(
  rows: readonly T[],
  spellings: (row: T) => readonly string[]
): string[] {
  const owner = new Map<string, number>();
  const shared = new Set<string>();
  rows.forEach((row, i) => {
    for (const s of new Set(spellings(row).map(norm))) {
      const prev = owner.get(s);
      if (prev !== undefined && prev !== i) shared.add(s);
      owner.set(s, i);
    }
  });
  return [...shared];
}
