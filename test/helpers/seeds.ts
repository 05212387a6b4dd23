/**
 * The guidebook seeds — the text files the data was transcribed from — for the tests that cross-check against them.
 *
 * Where they are looked for: the directory in $GHG_SEEDS_DIR when it is set (relative to the project root), else
 * `<project root>/../shared/seeds`. A seed is found by its number prefix: "002" is the one file `002_<hash>.txt`,
 * whatever the hash.
 *
 * When the seeds are not beside the project (a clone elsewhere), the tests declared with `seeds(…).test` are skipped,
 * their names say why, and the file prints one note; every other test in the file runs. When $GHG_SEEDS_DIR is set
 * but the seed is not in it, the seed tests run and fail saying so: asking for the cross-checks and silently
 * skipping them would hide a wrong path.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const SEEDS_ENV = "GHG_SEEDS_DIR";
export const PROJECT_ROOT = resolve(__dirname, "..", "..");

export interface SeedsDir {
  readonly dir: string;
  /** "env": named by $GHG_SEEDS_DIR; "project": the default beside the project. */
  readonly from: "env" | "project";
}

/** The directory the seeds are read from. */
export function seedsDir(
  env: NodeJS.ProcessEnv = process.env,
  root: string = PROJECT_ROOT
): SeedsDir {
  const named = env[SEEDS_ENV]?.trim();
  if (named) return { dir: resolve(root, named), from: "env" };
  return { dir: resolve(root, "..", "shared", "seeds"), from: "project" };
}

export type SeedLookup =
  { readonly path: string } | { readonly problem: string; readonly absent: boolean };

/** The seed whose file name starts with `<prefix>_` and ends `.txt` in dir: its path, or what is wrong. */
export function findSeed(dir: string, prefix: string): SeedLookup {
  if (!/^\d{3}$/.test(prefix)) throw new Error(`a seed prefix is three digits, not "${prefix}"`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { problem: `${dir} does not exist`, absent: true };
  }
  const hits = names.filter((n) => n.startsWith(`${prefix}_`) && n.endsWith(".txt")).sort();
  if (hits.length === 0) return { problem: `no ${prefix}_*.txt in ${dir}`, absent: true };
  if (hits.length > 1)
    return {
      problem: `${hits.length} files ${prefix}_*.txt in ${dir} (${hits.join(", ")}); keep one`,
      absent: false,
    };
  return { path: join(dir, hits[0] as string) };
}

type TestBody = (name: string, fn: jest.ProvidesCallback, timeout?: number) => void;

/** `test` for a seed cross-check: runs where the seeds are, else is skipped with the reason in its name. */
export interface SeedTest extends TestBody {
  each<T extends readonly unknown[]>(
    table: readonly T[]
  ): (name: string, fn: (...args: T) => unknown, timeout?: number) => void;
  each<T>(table: readonly T[]): (name: string, fn: (arg: T) => unknown, timeout?: number) => void;
}

export interface Seeds {
  /** Every seed asked for was found: the cross-checks run. */
  readonly present: boolean;
  /** Why the cross-checks are skipped ("" when they run). */
  readonly skipReason: string;
  /** The seed's text, read once per file. Call it inside a seed test's body (it throws where the seed is missing). */
  text(prefix: string): string;
  readonly test: SeedTest;
}

let noted = false;
/** One note per test file (jest gives each file its own copy of this module), printed with console.warn. */
const noteOnce = (note: string): void => {
  if (noted) return;
  noted = true;
  console.warn(note);
};

/**
 * The seeds a test file cross-checks against, by number prefix (e.g. `seeds("002", "000")`). Where one is missing
 * the file's seed tests are skipped (or fail, when $GHG_SEEDS_DIR names the wrong place) and one note is printed.
 */
export function seeds(...prefixes: string[]): Seeds {
  return seedsIn(seedsDir(), prefixes, noteOnce);
}

/** seeds(), for a given directory and note printer. */
export function seedsIn(
  where: SeedsDir,
  prefixes: readonly string[],
  note: (text: string) => void
): Seeds {
  const found = new Map(prefixes.map((p) => [p, findSeed(where.dir, p)] as const));
  const problems = [...found.values()].flatMap((f) => ("problem" in f ? [f] : []));
  const skip = problems.length > 0 && where.from === "project" && problems.every((p) => p.absent);
  const missing = prefixes.filter((p) => "problem" in (found.get(p) as SeedLookup));
  const skipReason = skip
    ? `[skipped: guidebook seed ${missing.join(", ")} not found; set ${SEEDS_ENV}]`
    : "";

  if (skip) {
    note(
      `Guidebook seed cross-checks skipped: ${[...new Set(problems.map((p) => p.problem))].join("; ")}. ` +
        `The seeds are not part of the repository; set ${SEEDS_ENV} to the directory holding ${missing.map((p) => `${p}_*.txt`).join(", ")} ` +
        `(or place it at ../shared/seeds beside the project) to run them. All other tests run.`
    );
  }

  const texts = new Map<string, string>();
  const text = (prefix: string): string => {
    const cached = texts.get(prefix);
    if (cached !== undefined) return cached;
    const seed = found.get(prefix);
    if (!seed) throw new Error(`seed ${prefix} was not asked for: add it to seeds(…)`);
    if ("problem" in seed)
      throw new Error(
        `guidebook seed ${prefix}: ${seed.problem}${where.from === "env" ? ` (named by ${SEEDS_ENV})` : ""}`
      );
    const read = readFileSync(seed.path, "utf8");
    texts.set(prefix, read);
    return read;
  };

  const named = (name: string): string => (skip ? `${name} ${skipReason}` : name);
  const seedTest = ((name: string, fn: jest.ProvidesCallback, timeout?: number) =>
    (skip ? test.skip : test)(named(name), fn, timeout)) as SeedTest;
  seedTest.each = ((table: readonly unknown[]) =>
    (name: string, fn: (...args: never[]) => unknown, timeout?: number) =>
      (skip ? test.skip : test).each(table as never)(
        named(name),
        fn as never,
        timeout
      )) as SeedTest["each"];

  return { present: problems.length === 0, skipReason, text, test: seedTest };
}
