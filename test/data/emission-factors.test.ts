/** 別表：排出係数一覧 (seed 002 lines 417-435; identical at 1151-1169 and 3265-3283). */
import { EMISSION_FACTORS } from "../../src/core/data/emission-factors";

const valueOf = (key: string) => EMISSION_FACTORS.find((f) => f.key === key)?.value;

test("16 rows: 8 fuels, 6 electricity, 2 heat", () => {
  expect(EMISSION_FACTORS).toHaveLength(16);
  expect(EMISSION_FACTORS.filter((f) => f.kind === "fuel")).toHaveLength(8);
  expect(EMISSION_FACTORS.filter((f) => f.kind === "electricity")).toHaveLength(6);
  expect(EMISSION_FACTORS.filter((f) => f.kind === "heat")).toHaveLength(2);
});

test.each([
  ["gasoline", 2.32, "kg-CO2/ℓ"],
  ["kerosene", 2.49, "kg-CO2/ℓ"],
  ["diesel", 2.59, "kg-CO2/ℓ"],
  ["heavy-oil-a", 2.71, "kg-CO2/ℓ"],
  ["heavy-oil-b", 2.85, "kg-CO2/ℓ"],
  ["heavy-oil-c", 3.0, "kg-CO2/ℓ"],
  ["lpg", 3.04, "kg-CO2/kg"],
  ["city-gas", 2.27, "kg-CO2/Nm³"],
  ["tepco-2009-actual", 0.384, "kg-CO2/kWh"],
  ["tepco-2009-adjusted", 0.324, "kg-CO2/kWh"],
  ["grid-average-receiving", 0.373, "kg-CO2/kWh"],
  ["grid-average-generating", 0.336, "kg-CO2/kWh"],
  ["marginal-receiving", 0.55, "kg-CO2/kWh"],
  ["marginal-generating", 0.49, "kg-CO2/kWh"],
  ["industrial-steam", 0.06, "kg-CO2/MJ"],
  ["other-heat", 0.057, "kg-CO2/MJ"],
])("%s = %s %s", (key, value, unit) => {
  expect(valueOf(key)).toBe(value);
  expect(EMISSION_FACTORS.find((f) => f.key === key)?.unit).toBe(unit);
});

test("electricity factors cite the FY2009 operator list or the J-VER defaults; fuels the J-VER defaults", () => {
  for (const f of EMISSION_FACTORS) {
    if (f.key.startsWith("tepco")) expect(f.citation.source).toBe("elec-operator-2009");
    else expect(f.citation.source).toBe("jver-default-v1.1");
    expect(f.citation.table).toMatch(/別表：排出係数一覧/);
  }
});
