/** 車両の平均燃費 (seed 002 lines 306-321), 鉄道の燃料消費率 (352-363, 1100-1111, 3172-3178), 自家用車の標準燃費 (3225-3236). */
import { RAIL_FUEL_RATES } from "../../src/core/data/rail-fuel-rates";
import { TRUCK_FUEL_ECONOMY } from "../../src/core/data/truck-fuel-economy";
import { VEHICLE_FUEL_ECONOMY } from "../../src/core/data/vehicle-fuel-economy";

describe("truck average fuel economy", () => {
  test("3 gasoline rows (軽貨物車, ～1,999, 2,000以上) and 8 diesel bands", () => {
    expect(TRUCK_FUEL_ECONOMY.filter((r) => r.fuel === "gasoline")).toHaveLength(3);
    expect(TRUCK_FUEL_ECONOMY.filter((r) => r.fuel === "diesel")).toHaveLength(8);
  });

  test("every value of the table, 営業用 and 自家用", () => {
    expect(
      TRUCK_FUEL_ECONOMY.map((r) => [r.label.ja, r.kmPerLitre.commercial, r.kmPerLitre.private])
    ).toEqual([
      ["軽貨物車", 9.33, 10.3],
      ["～1,999", 6.57, 7.15],
      ["2,000 以上", 4.96, 5.25],
      ["～999", 9.32, 11.9],
      ["1,000～1,999", 6.19, 7.34],
      ["2,000～3,999", 4.58, 4.94],
      ["4,000～5,999", 3.79, 3.96],
      ["6,000～7,999", 3.38, 3.53],
      ["8,000～9,999", 3.09, 3.23],
      ["10,000～11,999", 2.89, 3.02],
      ["12,000～16,999", 2.62, 2.74],
    ]);
  });

  test("diesel bands are contiguous from 0 to 16,999 kg", () => {
    const bands = TRUCK_FUEL_ECONOMY.filter((r) => r.fuel === "diesel").map(
      (r) => r.band as { minKg: number; maxKg: number }
    );
    bands.forEach((band, i) =>
      expect(band.minKg).toBe(i === 0 ? 0 : (bands[i - 1]?.maxKg ?? NaN) + 1)
    );
    expect(bands[bands.length - 1]?.maxKg).toBe(16999);
  });
});

describe("rail fuel-consumption rates", () => {
  test("7 operator rows and 2 standard values", () => {
    expect(RAIL_FUEL_RATES.filter((r) => !r.key.startsWith("standard"))).toHaveLength(7);
    expect(RAIL_FUEL_RATES.filter((r) => r.key.startsWith("standard"))).toHaveLength(2);
  });

  test.each([
    ["jr-east-shinkansen", 0.061, "kWh/人・km"],
    ["jr-east-conventional", 0.028, "kWh/人・km"],
    ["jr-east-conventional-diesel", 0.0103, "MJ/人・km"],
    ["tokyo-metro", 0.032, "kWh/人・km"],
    ["tokyu", 0.038, "kWh/人・km"],
    ["odakyu", 0.035, "kWh/人・km"],
    ["odakyu-diesel", 0.0004, "MJ/人・km"],
    ["standard-electric", 0.048, "kWh/人・km"],
    ["standard-diesel", 0.024, "MJ/人・km"],
  ])("%s = %s %s", (key, value, unit) => {
    const row = RAIL_FUEL_RATES.find((r) => r.key === key);
    expect(row?.value).toBe(value);
    expect(row?.unit).toBe(unit);
  });

  test("JR東日本（在来線）軽油: the seed's two tables disagree (A1 0.0103, A2 0.103); we keep A1's value", () => {
    expect(RAIL_FUEL_RATES.find((r) => r.key === "jr-east-conventional-diesel")?.value).not.toBe(
      0.103
    );
  });
});

describe("private-vehicle standard fuel economy", () => {
  test("5 vehicle classes × gasoline/diesel, dashes where the guidebook has none", () => {
    expect(VEHICLE_FUEL_ECONOMY.map((v) => [v.name.ja, v.kmPerLitre])).toEqual([
      ["バス", { gasoline: 5.56, diesel: 6.25 }],
      ["乗用車", { gasoline: 9.09, diesel: 9.09 }],
      ["貨物車", { gasoline: 9.09, diesel: 7.14 }],
      ["軽乗用車", { gasoline: 11.11 }],
      ["軽貨物車", { gasoline: 11.11 }],
    ]);
  });
});
