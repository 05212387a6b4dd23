import {
  CHIBA_AGE_CLASSES,
  CHIBA_UPTAKE,
  type ChibaUptakeRow,
} from "../../src/core/data/chiba-uptake";
import { sharedSpellings } from "./names";

const rows: readonly ChibaUptakeRow[] = CHIBA_UPTAKE;
const values = (ja: string): readonly number[] => rows.find((r) => r.name.ja === ja)?.values ?? [];
const col = (from: number): number => CHIBA_AGE_CLASSES.findIndex((c) => c.from === from);

describe("CHIBA_UPTAKE (seed 002 lines 2062-2073)", () => {
  it("has 11 contiguous age classes 1-10 … 56-60", () => {
    expect(CHIBA_AGE_CLASSES).toHaveLength(11);
    expect(CHIBA_AGE_CLASSES[0]).toEqual({ from: 1, to: 10 });
    expect(CHIBA_AGE_CLASSES[10]).toEqual({ from: 56, to: 60 });
    CHIBA_AGE_CLASSES.forEach((c, i) => {
      if (i > 0) expect(c.from).toBe((CHIBA_AGE_CLASSES[i - 1]?.to ?? NaN) + 1);
      if (i > 0) expect(c.to - c.from).toBe(4);
    });
  });

  it("is 5 rows × 11 values, in the seed's order", () => {
    expect(rows.map((r) => r.name.ja)).toEqual([
      "スギ",
      "ヒノキ",
      "マツ",
      "クスギ",
      "その他広葉樹",
    ]);
    for (const r of rows) expect(r.values).toHaveLength(11);
  });

  it("transcribes スギ and クスギ in full", () => {
    expect(values("スギ")).toEqual([5.6, 13.8, 14.7, 12.3, 9.7, 7.6, 5.8, 3.6, 3.5, 1.6, 1.3]);
    expect(values("クスギ")).toEqual([9.7, 8.0, 5.9, 3.7, 3.7, 3.3, 2.4, 2.4, 2.0, 1.6, 1.2]);
  });

  it("spot values", () => {
    expect(values("スギ")[col(21)]).toBe(12.3);
    expect(values("その他広葉樹")[col(56)]).toBe(1.5);
    expect(values("ヒノキ")[col(16)]).toBe(12.1);
    expect(values("マツ")[col(31)]).toBe(8.8);
    expect(values("その他広葉樹")[col(1)]).toBe(3.6);
  });

  it("keeps the seed's クスギ and matches クヌギ by alias", () => {
    expect(rows.find((r) => r.key === "kunugi")?.aliases).toContain("クヌギ");
  });

  it("has unique keys, names and aliases", () => {
    expect(sharedSpellings(rows, (r) => [r.key, r.name.ja, r.name.en, ...r.aliases])).toEqual([]);
    for (const r of rows) expect(r.citation.source).toBe("chiba-forest-2009");
  });
});
