import {
  CARBON_FRACTION,
  CO2_PER_C,
  FOREST_SPECIES,
  type ForestSpeciesRow,
} from "../../src/core/data/forest-coefficients";
import { PREFECTURES } from "../../src/core/data/prefectures";
import { sharedSpellings } from "./names";

const rows: readonly ForestSpeciesRow[] = FOREST_SPECIES;
const row = (key: string): ForestSpeciesRow => {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};
const listed = (r: ForestSpeciesRow): readonly string[] =>
  r.region && "prefectures" in r.region ? r.region.prefectures : [];

describe("FOREST_SPECIES (seed 002 lines 1944-2003)", () => {
  it("has 16 named conifers, 3 その他針葉樹, 18 named broadleaves, 3 その他広葉樹 = 40 rows", () => {
    expect(rows).toHaveLength(40);
    const named = (g: string) => rows.filter((r) => r.group === g && !r.region).length;
    const regional = (g: string) => rows.filter((r) => r.group === g && r.region).length;
    expect([
      named("conifer"),
      regional("conifer"),
      named("broadleaf"),
      regional("broadleaf"),
    ]).toEqual([16, 3, 18, 3]);
  });

  it("keeps the seed's order", () => {
    expect(rows.map((r) => r.name.ja)).toEqual([
      "スギ",
      "ヒノキ",
      "サワラ",
      "アカマツ",
      "クロマツ",
      "ヒバ",
      "カラマツ",
      "モミ",
      "トドマツ",
      "ツガ",
      "エゾマツ",
      "アカエゾマツ",
      "マキ",
      "イチイ",
      "イチョウ",
      "外来針葉樹",
      "その他針葉樹",
      "その他針葉樹",
      "その他針葉樹",
      "ブナ",
      "カシ",
      "クリ",
      "クヌギ",
      "ナラ",
      "ドノロキ",
      "ハンノキ",
      "ニレ",
      "ケヤキ",
      "カツラ",
      "ホオノキ",
      "カエデ",
      "キハダ",
      "シナノキ",
      "センノキ",
      "キリ",
      "外来広葉樹",
      "カンバ",
      "その他広葉樹",
      "その他広葉樹",
      "その他広葉樹",
    ]);
  });

  it("transcribes スギ in full", () => {
    expect(row("sugi")).toEqual({
      key: "sugi",
      name: { ja: "スギ", en: "Japanese cedar (sugi)" },
      group: "conifer",
      bef: { upTo20: 1.57, over20: 1.23 },
      r: 0.25,
      d: 0.314,
      aliases: ["sugi", "杉", "Japanese cedar", "cryptomeria"],
      citation: {
        source: "jver-forest-monitoring-v2.1",
        table: "●CO2 吸収量算定にあたり用いる係数（拡大係数、容積密度）（B1・B2 4(2)①、110頁～）",
      },
    });
  });

  it.each([
    // key, BEF≤20, BEF>20, R, D — as printed
    ["hinoki", 1.55, 1.24, 0.26, 0.407],
    ["hiba", 2.38, 1.41, 0.2, 0.412],
    ["akaezomatsu", 2.17, 1.67, 0.21, 0.362],
    ["exotic-conifer", 1.41, 1.41, 0.17, 0.32],
    ["other-conifer-north", 2.55, 1.32, 0.34, 0.352],
    ["other-conifer-okinawa", 1.39, 1.36, 0.34, 0.464],
    ["other-conifer-rest", 1.4, 1.4, 0.4, 0.423],
    ["buna", 1.58, 1.32, 0.26, 0.573],
    ["kunugi", 1.36, 1.32, 0.26, 0.668],
    ["doronoki", 1.33, 1.18, 0.26, 0.291],
    ["kiri", 1.33, 1.18, 0.26, 0.234],
    ["exotic-broadleaf", 1.41, 1.41, 0.16, 0.66],
    ["kanba", 1.31, 1.2, 0.26, 0.468],
    ["other-broadleaf-a", 1.37, 1.37, 0.26, 0.469],
    ["other-broadleaf-b", 1.52, 1.33, 0.26, 0.646],
    ["other-broadleaf-rest", 1.4, 1.26, 0.26, 0.624],
  ])("%s: BEF %d/%d, R %d, D %d", (key, upTo20, over20, r, d) => {
    const x = row(key);
    expect([x.bef.upTo20, x.bef.over20, x.r, x.d]).toEqual([upTo20, over20, r, d]);
  });

  it("uses R 0.26 for every named broadleaf but 外来広葉樹 (0.16)", () => {
    const rs = rows
      .filter((r) => r.group === "broadleaf" && r.key !== "exotic-broadleaf")
      .map((r) => r.r);
    expect(new Set(rs)).toEqual(new Set([0.26]));
  });

  it("keeps the seed's ドノロキ and matches ドロノキ by alias", () => {
    expect(row("doronoki").name.ja).toBe("ドノロキ");
    expect(row("doronoki").aliases).toContain("ドロノキ");
  });

  it("has unique keys and aliases (NFKC, lower case), and unique names outside the regional rows", () => {
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(sharedSpellings(rows, (r) => [r.key, ...r.aliases])).toEqual([]);
    expect(
      sharedSpellings(
        rows.filter((r) => !r.region),
        (r) => [r.key, r.name.ja, r.name.en, ...r.aliases]
      )
    ).toEqual([]);
    expect(sharedSpellings(rows, (r) => [r.name.en])).toEqual([]);
  });

  it("lists the regional prefectures as printed", () => {
    expect(listed(row("other-conifer-north"))).toEqual([
      "hokkaido",
      "aomori",
      "iwate",
      "miyagi",
      "akita",
      "yamagata",
      "fukushima",
      "tochigi",
      "gunma",
      "saitama",
      "niigata",
      "toyama",
      "yamanashi",
      "nagano",
      "gifu",
      "shizuoka",
    ]);
    expect(listed(row("other-conifer-okinawa"))).toEqual(["okinawa"]);
    expect(row("other-conifer-rest").region).toEqual({ rest: true });
    expect(listed(row("other-broadleaf-a"))).toEqual([
      "chiba",
      "tokyo",
      "kochi",
      "fukuoka",
      "nagasaki",
      "kagoshima",
      "okinawa",
    ]);
    expect(listed(row("other-broadleaf-b"))).toEqual([
      "mie",
      "wakayama",
      "oita",
      "kumamoto",
      "miyazaki",
      "saga",
    ]);
    expect(row("other-broadleaf-rest").region).toEqual({ rest: true });
  });

  it("names only prefecture keys that exist", () => {
    const keys = new Set<string>(PREFECTURES.map((p) => p.key));
    for (const r of rows) for (const k of listed(r)) expect(keys).toContain(k);
  });

  it.each(["conifer", "broadleaf"] as const)(
    "puts every prefecture in exactly one regional %s row",
    (group) => {
      const regional = rows.filter((r) => r.group === group && r.region);
      expect(regional.filter((r) => r.region && "rest" in r.region)).toHaveLength(1);
      for (const p of PREFECTURES) {
        const explicit = regional.filter((r) => listed(r).includes(p.key)).length;
        const viaRest = explicit === 0 ? 1 : 0;
        expect({ p: p.key, n: explicit + viaRest }).toEqual({ p: p.key, n: 1 });
      }
      // 北海道 falls to the broadleaf rest row (read as including 道).
      if (group === "broadleaf")
        expect(regional.some((r) => listed(r).includes("hokkaido"))).toBe(false);
    }
  );

  it("cites the J-VER forest monitoring guideline on every row", () => {
    for (const r of rows) expect(r.citation.source).toBe("jver-forest-monitoring-v2.1");
  });

  it("exports carbon fraction 0.5 and CO2/C 44/12", () => {
    expect(CARBON_FRACTION).toBe(0.5);
    expect(CO2_PER_C).toEqual({ numerator: 44, denominator: 12 });
  });
});
