/** The pinned factor set: its id never changes, every name resolves to one row, every citation names a real source. */
import {
  FACTOR_SETS,
  DEFAULT_FACTOR_SET_ID,
  SOURCES,
  defaultFactorSet,
  lookupsOf,
} from "../../src/core";
import { JVER_2011 } from "../../src/core/factor-sets/jver-2011";
import { evaluate } from "../helpers/evaluate";

test("formulas that name no set are computed with jver-2011, forever", () => {
  expect(DEFAULT_FACTOR_SET_ID).toBe("jver-2011");
  expect(defaultFactorSet()).toBe(JVER_2011);
  expect(JVER_2011.date).toBe("2011-07");
});

test("set ids are unique", () => {
  expect(new Set(FACTOR_SETS.map((s) => s.id)).size).toBe(FACTOR_SETS.length);
});

describe.each(FACTOR_SETS.map((s) => [s.id, s] as const))("factor set %s", (_, set) => {
  const lookups = lookupsOf(set); // building the lookups throws on any name two rows share

  test("every scalar factor cites a known source and a guidebook table", () => {
    for (const factor of lookups.scalar.rows) {
      expect(SOURCES[factor.citation.source]).toBeDefined();
      expect(factor.citation.table.length).toBeGreaterThan(0);
      expect(Number.isFinite(factor.value)).toBe(true);
    }
  });

  test("every factor is reachable by its key, its Japanese name and its English name", () => {
    for (const factor of lookups.scalar.rows) {
      for (const name of [factor.key, factor.name.ja, factor.name.en]) {
        expect(evaluate(`FACTOR("${set.id}:${name.replace(/"/g, '""')}")`)).toBe(factor.value);
      }
    }
  });

  test("the documented defaults exist", () => {
    expect(lookups.electricity.find(set.defaultElectricityKey)?.value).toBe(0.384);
    expect(lookups.heat.find(set.defaultHeatKey)?.value).toBe(0.057);
    expect(lookups.rail.find(set.defaultRailKey)?.value).toBe(0.048);
  });

  test("every species name resolves (regional groups by prefecture)", () => {
    expect(lookups.forestSpecies.rows.map((c) => c.rows.length).reduce((a, b) => a + b, 0)).toBe(
      set.forestSpecies.length
    );
    expect(lookups.forestSpecies.find("その他針葉樹")?.rows).toHaveLength(3);
    expect(lookups.forestSpecies.find("その他広葉樹")?.rows).toHaveLength(3);
  });

  test("every prefecture selects exactly one regional row per group", () => {
    for (const group of ["その他針葉樹", "その他広葉樹"]) {
      for (const prefecture of lookups.prefecture.rows) {
        expect(typeof evaluate(`FOREST_UPTAKE(1,1,"${group}",10,"${prefecture.name.ja}")`)).toBe(
          "number"
        );
      }
    }
  });
});

test("FACTOR_INFO gives the audit trail: value, unit, set, source and its date, guidebook table", () => {
  const info = evaluate('FACTOR_INFO("東京電力")');
  expect(info).toBe(
    "東京電力・実排出係数（2009年度実績）: 0.384 kg-CO2/kWh｜係数セット jver-2011｜出典: 電気事業者別の CO2 排出係数（2009 年度実績）（2010-12-27）｜別表：排出係数一覧（二酸化炭素〔CO2〕）（48頁・77頁・171頁）"
  );
  expect(evaluate('FACTOR_INFO("軽油","出典")')).toBe(
    "オフセット・クレジット（J-VER）制度における温室効果ガス算定用デフォルト値一覧 Ver1.1"
  );
  expect(evaluate('FACTOR_INFO("軽油","公表日")')).toBe("2011-03-23");
  expect(evaluate('FACTOR_INFO("軽油","set")')).toBe("jver-2011");
  expect(evaluate('FACTOR_INFO("JR東日本（在来線）","単位")')).toBe("kWh/人・km");
});
