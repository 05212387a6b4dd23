/** The seeds helper: where it looks, finding a seed by its number prefix, and skipping with a note where they are absent. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findSeed, PROJECT_ROOT, SEEDS_ENV, seedsDir, seedsIn } from "./seeds";

const tmp = mkdtempSync(join(tmpdir(), "seeds-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const dirWith = (name: string, files: Record<string, string>): string => {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
};

const full = dirWith("full", {
  "002_0123456789abcdef.txt": "第 2 章\n取組方法",
  "000_fedcba9876543210.txt": "岐阜県",
  "002_notes.md": "not a seed",
});
const empty = dirWith("empty", {});
const twice = dirWith("twice", { "002_aaaa.txt": "a", "002_bbbb.txt": "b" });

/** Runs declare() with jest's `test` replaced by a recorder: what seed tests would be declared, and how. */
function declared(declare: () => void): string[] {
  const seen: string[] = [];
  const record = (how: string) => (name: string) => void seen.push(`${how}: ${name}`);
  const each = (how: string) => (table: readonly unknown[]) => (name: string) =>
    void seen.push(`${how} ×${table.length}: ${name}`);
  const fake = Object.assign(record("test"), {
    skip: Object.assign(record("skip"), { each: each("skip") }),
    each: each("test"),
  });
  const real = globalThis.test;
  globalThis.test = fake as unknown as jest.It;
  try {
    declare();
  } finally {
    globalThis.test = real;
  }
  return seen;
}

describe("seeds", () => {
  test("looked for beside the project by default, or where GHG_SEEDS_DIR says (relative to the project root)", () => {
    expect(SEEDS_ENV).toBe("GHG_SEEDS_DIR");
    expect(seedsDir({}, "/x/main")).toEqual({ dir: resolve("/x/shared/seeds"), from: "project" });
    expect(seedsDir({ GHG_SEEDS_DIR: " " }, "/x/main")).toEqual({
      dir: resolve("/x/shared/seeds"),
      from: "project",
    });
    expect(seedsDir({ GHG_SEEDS_DIR: "/data/seeds" }, "/x/main")).toEqual({
      dir: resolve("/data/seeds"),
      from: "env",
    });
    expect(seedsDir({ GHG_SEEDS_DIR: "guide" }, "/x/main")).toEqual({
      dir: resolve("/x/main/guide"),
      from: "env",
    });
    expect(seedsDir({}).dir).toBe(resolve(PROJECT_ROOT, "..", "shared", "seeds"));
  });

  test("a seed is found by its number prefix, whatever its hash", () => {
    expect(findSeed(full, "002")).toEqual({ path: join(full, "002_0123456789abcdef.txt") });
    expect(findSeed(full, "000")).toEqual({ path: join(full, "000_fedcba9876543210.txt") });
    expect(findSeed(full, "001")).toEqual({ problem: `no 001_*.txt in ${full}`, absent: true });
    expect(findSeed(join(tmp, "nowhere"), "002")).toEqual({
      problem: `${join(tmp, "nowhere")} does not exist`,
      absent: true,
    });
    expect(findSeed(twice, "002")).toMatchObject({
      absent: false,
      problem: expect.stringContaining("2 files 002_*.txt"),
    });
    expect(() => findSeed(full, "2")).toThrow("three digits");
  });

  test("present: the text is read by prefix, no note", () => {
    const note = jest.fn();
    const s = seedsIn({ dir: full, from: "project" }, ["002", "000"], note);
    expect([s.present, s.skipReason]).toEqual([true, ""]);
    expect(s.text("002")).toBe("第 2 章\n取組方法");
    expect(s.text("000")).toBe("岐阜県");
    expect(() => s.text("001")).toThrow("not asked for");
    expect(note).not.toHaveBeenCalled();
  });
});

describe("seeds", () => {
  test("absent beside the project: skipped, the reason in the test names and one note naming the directory and the variable", () => {
    const note = jest.fn();
    const s = seedsIn({ dir: full, from: "project" }, ["002", "001"], note);
    expect(s.present).toBe(false);
    expect(s.skipReason).toBe("[skipped: guidebook seed 001 not found; set GHG_SEEDS_DIR]");
    expect(note).toHaveBeenCalledTimes(1);
    expect(note.mock.calls[0]?.[0]).toContain(`no 001_*.txt in ${full}`);
    expect(note.mock.calls[0]?.[0]).toContain("GHG_SEEDS_DIR");
    expect(() => s.text("001")).toThrow(`no 001_*.txt in ${full}`);
    expect(
      declared(() => {
        s.test("roles are printed", () => undefined);
        s.test.each(["A1", "A2"] as const)("%s: retirement is printed", () => undefined);
      })
    ).toEqual([
      "skip: roles are printed [skipped: guidebook seed 001 not found; set GHG_SEEDS_DIR]",
      "skip ×2: %s: retirement is printed [skipped: guidebook seed 001 not found; set GHG_SEEDS_DIR]",
    ]);
  });

  test("present: seed tests are declared as ordinary tests under their own names", () => {
    const s = seedsIn({ dir: full, from: "project" }, ["002"], jest.fn());
    expect(
      declared(() => {
        s.test("roles are printed", () => undefined);
        s.test.each([["A1", 1]] as const)("%s: retirement is printed", () => undefined);
      })
    ).toEqual(["test: roles are printed", "test ×1: %s: retirement is printed"]);
  });

  test("named by GHG_SEEDS_DIR but absent, or ambiguous: not skipped — the seed tests fail and say why", () => {
    const note = jest.fn();
    const wrong = seedsIn({ dir: empty, from: "env" }, ["002"], note);
    expect([wrong.present, wrong.skipReason, note.mock.calls.length]).toEqual([false, "", 0]);
    expect(() => wrong.text("002")).toThrow(`no 002_*.txt in ${empty} (named by GHG_SEEDS_DIR)`);
    expect(declared(() => wrong.test("roles are printed", () => undefined))).toEqual([
      "test: roles are printed",
    ]);
    const ambiguous = seedsIn({ dir: twice, from: "project" }, ["002"], note);
    expect([ambiguous.skipReason, note.mock.calls.length]).toEqual(["", 0]);
    expect(() => ambiguous.text("002")).toThrow("keep one");
  });
});
