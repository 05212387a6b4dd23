/** Every translated GHG function against the core, over all the names and inputs of the factor set. */
import { FACTOR_SETS, lookupsOf } from "../../src/core";
import { TRUCK_USES } from "../../src/core/data/truck-fuel-economy";
import { TRANSLATED_FUNCTIONS } from "../../src/portable/native-formulas";
import { compute, expectSame, FUELS, L, namesOf, SET, type Case } from "./native-formulas-harness";

const variants = (name: string) => [
  name,
  ` ${name} `.replace(/^ /, ""),
  name.replace(/(.)(.)/, "$1 $2"),
];

const CASES: Record<string, Case[]> = {
  CO2_FUEL: [
    ...FUELS.flatMap((f) => namesOf(f).map((name) => ({ fn: "CO2_FUEL", args: [name, 100] }))),
    { fn: "CO2_FUEL", args: ["A 重油", 12.5] },
    { fn: "CO2_FUEL", args: ["軽油", null] },
    { fn: "CO2_FUEL", args: ["軽油", "1000"] },
    { fn: "CO2_FUEL", args: ["軽油", -1] },
    { fn: "CO2_FUEL", args: ["東京電力", 100] },
    { fn: "CO2_FUEL", args: ["水素", 100] },
    { fn: "CO2_FUEL", args: ["jver-2011:軽油", 100] },
    { fn: "CO2_FUEL", args: ["nope-set:軽油", 100] },
    { fn: "CO2_FUEL", args: [null, 100] },
  ],
  CO2_ELEC: [
    { fn: "CO2_ELEC", args: [1000] },
    { fn: "CO2_ELEC", args: [1000, null] },
    { fn: "CO2_ELEC", args: [1000, 0.45] },
    { fn: "CO2_ELEC", args: [1000, 0] },
    { fn: "CO2_ELEC", args: [1000, "jver-2011:0.5"] },
    { fn: "CO2_ELEC", args: [1000, "jver-2011:"] },
    { fn: "CO2_ELEC", args: [1000, "東京電力・調整後排出係数"] },
    ...L.electricity.rows.flatMap((f) =>
      namesOf(f).map((name) => ({ fn: "CO2_ELEC", args: [250.5, name] }))
    ),
    { fn: "CO2_ELEC", args: [1000, "軽油"] },
    { fn: "CO2_ELEC", args: [null, 0.4] },
  ],
  CO2_HEAT: [
    { fn: "CO2_HEAT", args: [1000] },
    { fn: "CO2_HEAT", args: [1000, null] },
    ...L.heat.rows.flatMap((f) =>
      namesOf(f).map((name) => ({ fn: "CO2_HEAT", args: [1000, name] }))
    ),
    { fn: "CO2_HEAT", args: [1000, "軽油"] },
  ],
  CO2_EQUIPMENT: [
    { fn: "CO2_EQUIPMENT", args: [200, 36, 8] },
    { fn: "CO2_EQUIPMENT", args: [200, 36, 8, 0.45] },
    { fn: "CO2_EQUIPMENT", args: [200, null, 8, "東京電力調整後"] },
    { fn: "CO2_EQUIPMENT", args: [3, 1500.25, 0.5, "全電源平均排出係数（受電端・調整後）"] },
    { fn: "CO2_EQUIPMENT", args: [3, -1, 1] },
  ],
  CO2_FLOOR_AREA: [
    { fn: "CO2_FLOOR_AREA", args: [80, 500, 1] },
    { fn: "CO2_FLOOR_AREA", args: [80.5, 123.4, 3] },
    { fn: "CO2_FLOOR_AREA", args: [80, null, 3] },
  ],
  CO2_TRUCK: [
    ...SET.truckFuelEconomy.flatMap((row) => {
      const fuel = FUELS.find((f) => f.key === row.fuel)!.name.ja;
      const loads: (string | number)[] =
        "kei" in row.band
          ? ["軽", "軽トラック", "kei"]
          : [row.band.minKg, row.band.maxKg ?? 50000, (row.band.maxKg ?? 50000) + 0.5];
      return loads.flatMap((load) =>
        TRUCK_USES.map((use) => ({ fn: "CO2_TRUCK", args: [10, fuel, load, use.name.ja] }))
      );
    }),
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, null] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "自家"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "jver-2011:自家用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "営業用", 4.58] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "営業用", null] },
    { fn: "CO2_TRUCK", args: [10, "灯油", 2000, "営業用", 5] },
    { fn: "CO2_TRUCK", args: [10, "灯油", 2000, "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", "軽", "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 17000, "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", -5, "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", null, "営業用", 4] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "社用", 4] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "営業用", 0] },
  ],
  FUEL_ECONOMY: [
    { fn: "FUEL_ECONOMY", args: ["軽油", 2000, "営業用"] },
    { fn: "FUEL_ECONOMY", args: ["ガソリン", "軽"] },
    { fn: "FUEL_ECONOMY", args: ["ガソリン", 1999.5, "自家用"] },
    { fn: "FUEL_ECONOMY", args: ["軽油", 20000] },
    { fn: "FUEL_ECONOMY", args: ["灯油", 2000] },
  ],
  CO2_VEHICLE: [
    ...L.vehicle.rows.flatMap((v) =>
      FUELS.slice(0, 3).map((f) => ({ fn: "CO2_VEHICLE", args: [100, f.name.ja, v.name.ja] }))
    ),
    ...L.vehicle.rows.flatMap((v) =>
      namesOf(v).map((name) => ({ fn: "CO2_VEHICLE", args: [100, "ガソリン", name] }))
    ),
    { fn: "CO2_VEHICLE", args: [100, "ガソリン"] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", null] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "軽乗用車", 12] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "バス", null] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "バス", -3] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "船"] },
  ],
  CO2_RAIL: [
    { fn: "CO2_RAIL", args: [1000, 10] },
    { fn: "CO2_RAIL", args: [1000, 10, null, null] },
    { fn: "CO2_RAIL", args: [1000, 10, 0.05] },
    { fn: "CO2_RAIL", args: [1000, 10, 0.05, 0.45] },
    { fn: "CO2_RAIL", args: [1000, 10, "jver-2011:0.05", "東京電力調整後"] },
    ...L.rail.rows.flatMap((r) =>
      namesOf(r).map((name) => ({
        fn: "CO2_RAIL",
        args: [12, 34.5, name, r.energy === "diesel" ? 0.0687 : undefined],
      }))
    ),
    ...L.rail.rows.map((r) => ({ fn: "CO2_RAIL", args: [12, 34.5, r.name.ja, "東京電力"] })),
    ...L.rail.rows.map((r) => ({ fn: "CO2_RAIL", args: [12, 34.5, r.name.ja, "jver-2011:0.07"] })),
    ...L.rail.rows.map((r) => ({ fn: "CO2_RAIL", args: [12, 34.5, r.name.ja] })),
    { fn: "CO2_RAIL", args: [12, 34.5, "新幹線のぞみ"] },
  ],
  CO2_BUS: [
    { fn: "CO2_BUS", args: [60, 30, "軽油"] },
    { fn: "CO2_BUS", args: [60, 30, "ガソリン"] },
    { fn: "CO2_BUS", args: [60, 30, "灯油"] },
    { fn: "CO2_BUS", args: [60, 30, "軽油", 5.3] },
    { fn: "CO2_BUS", args: [60, 30, "軽油", null] },
    { fn: "CO2_BUS", args: [60, 0, "軽油", 5.3] },
    { fn: "CO2_BUS", args: [60, null, "軽油", 5.3] },
  ],
  CO2_SHIP: [
    { fn: "CO2_SHIP", args: [60, 30, "A重油", 0.43] },
    { fn: "CO2_SHIP", args: [60, 30, "軽油", 1.25] },
    { fn: "CO2_SHIP", args: [60, 30, "A重油", null] },
  ],
  CO2_FUEL_PER_PERSON: [
    { fn: "CO2_FUEL_PER_PERSON", args: ["軽油", 20, 30] },
    { fn: "CO2_FUEL_PER_PERSON", args: ["A重油", 1000, 7] },
    { fn: "CO2_FUEL_PER_PERSON", args: ["A重油", 1000, 0] },
  ],
  CO2_LODGING: [
    { fn: "CO2_LODGING", args: [3000000, "東京電力・調整後排出係数", 0.3, 3000, 30, 365] },
    {
      fn: "CO2_LODGING",
      args: [3000000, "東京電力・調整後排出係数（2009年度実績）", 0.3, 3000, 30, 365],
    },
    { fn: "CO2_LODGING", args: [120000, "灯油", 0.25, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, 0.41, 1, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, "jver-2011:0.41", 0, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, "産業用蒸気", 0.3, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, 0.41, 1.5, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, 0.41, null, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, null, 0.3, 1800, 22.5, 300] },
  ],
  CO2_PRINT: [
    { fn: "CO2_PRINT", args: [21000, 9.5] },
    { fn: "CO2_PRINT", args: [21000, "9.5"] },
    { fn: "CO2_PRINT", args: [21000, "jver-2011:9.5"] },
    ...L.cfp.rows.flatMap((r) =>
      namesOf(r).map((name) => ({ fn: "CO2_PRINT", args: [1234, name] }))
    ),
    { fn: "CO2_PRINT", args: [1234, "軽油"] },
    { fn: "CO2_PRINT", args: [1234, -2] },
  ],
  // (A lone blank argument is left out: `GHG.CREDITS_NEEDED()` has no argument at all, which Excel refuses.)
  CREDITS_NEEDED: [
    0,
    1,
    999.99,
    1000,
    1000.001,
    1000.0000000000001,
    2999.9999999999995,
    3000.0000000000005,
    1200.5,
    123456.7,
    2000000,
    1e15 + 0.5,
    -5,
  ].map((kg) => ({ fn: "CREDITS_NEEDED", args: [kg] })),
  OFFSET_COST: [
    { fn: "OFFSET_COST", args: [3, 5000] },
    { fn: "OFFSET_COST", args: [17, 12345.5] },
    { fn: "OFFSET_COST", args: [null, 5000] },
  ],
  EMISSION_REDUCTION: [
    { fn: "EMISSION_REDUCTION", args: [120, 80] },
    { fn: "EMISSION_REDUCTION", args: [80, 120.25] },
    { fn: "EMISSION_REDUCTION", args: [80, null] },
  ],
  FACTOR: [
    ...FACTOR_SETS.flatMap((set) =>
      lookupsOf(set).scalar.rows.flatMap((row) =>
        namesOf(row).flatMap((name) => [
          { fn: "FACTOR", args: [name] },
          { fn: "FACTOR", args: [`${set.id}:${name}`] },
        ])
      )
    ),
    ...variants("東京電力・実排出係数（2009年度実績）").map((name) => ({
      fn: "FACTOR",
      args: [name],
    })),
    { fn: "FACTOR", args: ["存在しない係数"] },
    { fn: "FACTOR", args: [""] },
  ],
  FACTOR_INFO: [
    ...L.scalar.rows.map((row) => ({ fn: "FACTOR_INFO", args: [row.name.ja] })),
    ...[
      "value",
      "値",
      "単位",
      "unit",
      "名称",
      "名前",
      "係数セット",
      "セット",
      "出典",
      "source",
      "公表日",
      "日付",
      "表",
      "table",
      "factor set",
      null,
      "色",
    ].flatMap((field) =>
      [
        "軽油",
        "JR東日本（在来線）",
        "DNP パンフレット (エコプロダクツ 2010 配布用)",
        "炭素含有率",
        "東京電力",
      ].map((name) => ({ fn: "FACTOR_INFO", args: [name, field] }))
    ),
  ],
};

describe.each(Object.keys(CASES))("GHG.%s", (fn) => {
  test("the native formula computes the core's result (literals, cells, set-qualified cells)", () => {
    const cases = CASES[fn] as Case[];
    const { values } = expectSame(compute(cases));
    // Most cases are valid inputs: the comparison is of values, not only of errors.
    expect(values).toBeGreaterThan(cases.length);
  });
});

test("every translated function has cases", () => {
  for (const name of TRANSLATED_FUNCTIONS) expect(Object.keys(CASES)).toContain(name);
});
