/** Search over the bundled factors in the 関数 section. */
import { lookupsOf, defaultFactorSet } from "../../src/core";
import { factorEntries, filterFactors } from "../../src/taskpane/state/factor-search";

const entries = factorEntries();

test("every scalar factor of the default set is listed with value, unit, source and a FACTOR formula", () => {
  expect(entries).toHaveLength(lookupsOf(defaultFactorSet()).scalar.rows.length);
  const diesel = entries.find((e) => e.key === "diesel");
  expect(diesel).toMatchObject({
    value: 2.59,
    unit: "kg-CO2/ℓ",
    formula: '=GHG.FACTOR("軽油")',
    setId: "jver-2011",
  });
  expect(diesel?.sourceTitle.ja).toContain("J-VER");
  expect(diesel?.table).toContain("排出係数一覧");
});

test("search by Japanese or English name, alias, unit or source; full-width text folds; all terms must match", () => {
  expect(filterFactors(entries, "軽油").map((e) => e.key)).toContain("diesel");
  expect(filterFactors(entries, "DIESEL").map((e) => e.key)).toContain("diesel");
  expect(filterFactors(entries, "ｔｅｐｃｏ").length).toBeGreaterThanOrEqual(2);
  expect(filterFactors(entries, "kWh 東京電力").every((e) => e.unit.includes("kWh"))).toBe(true);
  expect(filterFactors(entries, "該当なしxyz")).toEqual([]);
});

test("an empty query lists no factors (the functions come first)", () => {
  expect(filterFactors(entries, "  ")).toEqual([]);
});

test("every FACTOR formula names a factor FACTOR() finds", () => {
  const scalar = lookupsOf(defaultFactorSet()).scalar;
  for (const entry of entries) {
    const name = /^=GHG\.FACTOR\("(.*)"\)$/.exec(entry.formula)?.[1]?.replace(/""/g, '"');
    expect(name && scalar.find(name)?.key).toBe(entry.key);
  }
});
