/**
 * Citations a user sees (FACTOR_INFO's 表, the pane, the sheets' 出典) name the source's section, table or page — never
 * a line of the text files the data was transcribed from, which users do not have.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { SOURCES } from "../../src/core/data/sources";

const DIRS = ["src/core/data", "src/scenarios"];
const root = join(__dirname, "..", "..");
/** Words that point into the transcription instead of the guidebook. */
const LINE_REFERENCE = /\bseed\b|\blines?\s*\d|\d+\s*行目|\.txt\b/i;

/** Every `citation: { source, table }` reachable from a module's exports, with where it was found. */
function citations(
  value: unknown,
  path: string,
  seen: Set<unknown>,
  out: { path: string; table: string }[]
): void {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  const citation = record.citation as { source?: unknown; table?: unknown } | undefined;
  if (citation && typeof citation === "object" && typeof citation.table === "string")
    out.push({ path, table: citation.table });
  for (const [key, child] of Object.entries(record)) citations(child, `${path}.${key}`, seen, out);
}

test("no citation table or source title refers to seed files or their line numbers", async () => {
  const found: { path: string; table: string }[] = [];
  const seen = new Set<unknown>();
  for (const dir of DIRS) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith(".ts"))) {
      const exports = (await import(join(root, dir, file))) as Record<string, unknown>;
      citations(exports, `${dir}/${file}`, seen, found);
    }
  }
  expect(found.length).toBeGreaterThan(100);
  expect(found.filter((c) => LINE_REFERENCE.test(c.table))).toEqual([]);
  expect(found.filter((c) => c.table.trim() === "")).toEqual([]);
  const titles = Object.values(SOURCES).flatMap((s) => [s.title.ja, s.title.en]);
  expect(titles.filter((t) => LINE_REFERENCE.test(t))).toEqual([]);
});
