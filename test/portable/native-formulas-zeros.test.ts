/**
 * A 0 where desktop Excel's blank cell lands (issue 8): the translation computes what the core computes.
 */
import { compute, expectSame, type Case } from "./native-formulas-harness";

describe("a 0 where desktop Excel's blank cell lands (issue 8)", () => {
  // Names and overrides that cannot be 0 read a 0 as blank (the default, or the blank message); an electricity
  // factor of 0 is a zero-emission tariff. The translation must compute what the core computes.
  const ZEROS: Case[] = [
    { fn: "CO2_ELEC", args: [1000, 0] },
    { fn: "CO2_EQUIPMENT", args: [200, 36, 8, 0] },
    { fn: "CO2_LODGING", args: [3000000, 0, 0.3, 3000, 30, 365] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, 0, 0] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "自家用", 0] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 0] },
    { fn: "FUEL_ECONOMY", args: ["軽油", 2000, 0] },
    { fn: "FUEL_ECONOMY", args: ["軽油", 0] },
    { fn: "CO2_VEHICLE", args: [100, "ガソリン", 0, 0] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "貨物車", 0] },
    { fn: "CO2_BUS", args: [60, 30, "軽油", 0] },
    { fn: "CO2_BUS", args: [60, 0, "軽油"] },
    { fn: "CO2_HEAT", args: [1000, 0] },
    { fn: "CO2_RAIL", args: [1000, 10, 0] },
    { fn: "CO2_RAIL", args: [1000, 10, "JR東日本（在来線）", 0] },
    { fn: "CO2_RAIL", args: [1000, 10, "JR東日本（在来線）軽油", 0] },
    { fn: "CO2_FUEL", args: [0, 100] },
    { fn: "CO2_PRINT", args: [100, 0] },
    { fn: "FACTOR_INFO", args: ["軽油", 0] },
  ];

  test("the native formulas compute the core's results", () => {
    const outcomes = compute(ZEROS);
    const { values } = expectSame(outcomes);
    expect(values).toBeGreaterThan(ZEROS.length * 2);
  });

  test("the issue's cases: 0 = omitted for a truck's use and km/ℓ, 0 kg for a zero-emission tariff", () => {
    const [truck, omitted, elec] = compute([
      { fn: "CO2_TRUCK", args: [10, "軽油", 2000, 0, 0] },
      { fn: "CO2_TRUCK", args: [10, "軽油", 2000] },
      { fn: "CO2_ELEC", args: [1000, 0] },
    ]).filter((_, i) => i % 3 === 0); // the literal-argument variant of each case
    expect(truck!.portable as number).toBeCloseTo(omitted!.portable as number, 12);
    expect(truck!.portable as number).toBeCloseTo((10 / 4.58) * 2.59, 12);
    expect(elec!.portable).toBe(0);
  });
});
