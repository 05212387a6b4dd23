/**
 * The embedded 係数表 the native formulas read: its names match the core's, one factor per lookup text.
 */
import { FACTOR_SETS, lookupsOf } from "../../src/core";
import { normalizeName } from "../../src/core/normalize";
import { FACTOR_NAMES, KEI_NAMES, NAME_IGNORED, matchText } from "../../src/portable/factor-sheet";
import { compute, FACTORS, isError, namesOf } from "./native-formulas-harness";

describe("factor sheet", () => {
  test("every character removed before matching is ignored by the core too", () => {
    for (const ch of NAME_IGNORED) expect(normalizeName(`a${ch}b`)).toBe("ab");
  });

  test("the 軽 names are the core's: a kei truck computes with each and not with a plain load", () => {
    const kei = TRUCK("軽");
    expect(typeof kei).toBe("number");
    for (const name of KEI_NAMES) expect(TRUCK(name)).toBe(kei);
    expect(TRUCK(2000)).not.toBe(kei);
  });

  test("a lookup text answers to one factor only (MATCH ignores case)", () => {
    const layout = FACTORS;
    const spec = layout.names.find((n) => n.name === FACTOR_NAMES.lookup)!;
    const [first, last] = spec.refersTo.split(":").map((a) => Number(/\d+/.exec(a)![0]));
    const column = 12; // M
    const seen = new Map<string, unknown>();
    for (let r = first!; r <= last!; r++) {
      const text = String(layout.cells[r - 1]![column]).toUpperCase();
      const key = layout.cells[r - 1]![1];
      if (seen.has(text)) expect(seen.get(text)).toBe(key);
      seen.set(text, key);
      expect(text).not.toMatch(/[*?~]/);
    }
    // Every name of every row of every set is there.
    for (const set of FACTOR_SETS) {
      for (const row of lookupsOf(set).scalar.rows)
        for (const name of namesOf(row))
          expect(seen.has(`${set.id}:${matchText(name)}`.toUpperCase())).toBe(true);
    }
  });

  test("a visible note says the sheet is the add-in's factor set and the file computes without it", () => {
    const texts = FACTORS.cells.slice(0, 3).map((r) => String(r[0]));
    expect(texts.join("")).toContain("アドインなしで計算できます");
    expect(texts.join("")).toContain("係数セット");
    expect(FACTORS.protection).toBeDefined();
  });
});

function TRUCK(load: string | number): unknown {
  const outcome = compute([{ fn: "CO2_TRUCK", args: [10, "ガソリン", load, "営業用"] }])[0]!;
  expect(isError(outcome.portable)).toBe(isError(outcome.addIn));
  return outcome.addIn;
}
