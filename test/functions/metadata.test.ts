/** functions.ts is generated from the catalogue and the metadata Excel reads from it has every function in Japanese. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_CATALOG } from "../../src/core";
import { renderFunctionsModule } from "../../scripts/generate-functions";
import { evaluate } from "../helpers/evaluate";

const functionsFile = join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface MetadataFunction {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; optional?: boolean; type: string }[];
  result: { type: string };
}

test("src/functions/functions.ts is up to date (regenerate: npx tsx scripts/generate-functions.ts)", () => {
  expect(readFileSync(functionsFile, "utf8")).toBe(renderFunctionsModule(FUNCTION_CATALOG));
});

describe("generated functions.json", () => {
  let functions: MetadataFunction[];
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(functionsFile, false);
    expect(generated.errors).toEqual([]);
    functions = JSON.parse(generated.metadataJson).functions;
  }, 60_000);

  test("declares every function of the contract", () => {
    expect(functions.map((f) => f.id)).toEqual(FUNCTION_CATALOG.map((f) => f.name));
    for (const required of [
      "CO2_FUEL",
      "CO2_ELEC",
      "CO2_HEAT",
      "CO2_EQUIPMENT",
      "CO2_FLOOR_AREA",
      "FUEL_ECONOMY",
      "CO2_TRUCK",
      "CO2_RAIL",
      "CO2_BUS",
      "CO2_SHIP",
      "CO2_LODGING",
      "CO2_PRINT",
      "FOREST_UPTAKE",
      "FOREST_UPTAKE_BY_AGE",
      "EMISSION_REDUCTION",
      "CREDITS_NEEDED",
      "OFFSET_COST",
      "FACTOR",
      "FACTOR_INFO",
    ]) {
      expect(functions.map((f) => f.id)).toContain(required);
    }
  });

  test("descriptions are Japanese and state the unit", () => {
    for (const fn of functions) {
      const info = FUNCTION_CATALOG.find((f) => f.name === fn.id)!;
      expect(fn.description).toBe(info.description.ja);
      expect(fn.description).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      if (info.unit.startsWith("kg-CO2") || info.unit.startsWith("t-CO2"))
        expect(fn.description).toContain(info.unit.split("/")[0]);
    }
  });

  test("argument names, order and optionality follow the contract", () => {
    const signature = (id: string) =>
      functions
        .find((f) => f.id === id)!
        .parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))
        .join(",");
    expect(signature("CO2_FUEL")).toBe("fuel,amount");
    expect(signature("CO2_ELEC")).toBe("kwh,[elec_factor]");
    expect(signature("CO2_HEAT")).toBe("mj,[kind]");
    expect(signature("CO2_EQUIPMENT")).toBe("count,watts,hours,[elec_factor]");
    expect(signature("CO2_FLOOR_AREA")).toBe("kg_per_m2_year,area_m2,days");
    expect(signature("FUEL_ECONOMY")).toBe("fuel,max_load,[use]");
    expect(signature("CO2_TRUCK")).toBe("km,fuel,max_load,[use],[km_per_l]");
    expect(signature("CO2_RAIL")).toBe("passengers,km,[operator_or_rate],[elec_factor]");
    expect(signature("CO2_BUS")).toBe("km,riders,fuel,[km_per_l]");
    expect(signature("CO2_SHIP")).toBe("km,riders,fuel,km_per_l");
    expect(signature("CO2_LODGING")).toBe(
      "annual_kwh,elec_factor,room_share,total_room_m2,room_m2,days"
    );
    expect(signature("CO2_PRINT")).toBe("copies,g_per_copy");
    expect(signature("FOREST_UPTAKE")).toBe(
      "area_ha,growth_m3_per_ha_yr,species,stand_age,[prefecture],[carbon_fraction]"
    );
    expect(signature("FOREST_UPTAKE_BY_AGE")).toBe("species,age,area_ha");
    expect(signature("EMISSION_REDUCTION")).toBe("baseline,project");
    expect(signature("CREDITS_NEEDED")).toBe("kg_co2");
    expect(signature("OFFSET_COST")).toBe("t_co2,yen_per_t");
    expect(signature("FACTOR")).toBe("key");
    expect(signature("FACTOR_INFO")).toBe("key,[field]");
  });

  test("parameters arrive untyped (any) so the core, not Excel, words the error", () => {
    for (const fn of functions) for (const p of fn.parameters) expect(p.type).toBe("any");
    expect(functions.find((f) => f.id === "FACTOR_INFO")!.result.type).toBe("string");
    expect(functions.find((f) => f.id === "CO2_FUEL")!.result.type).toBe("number");
  });
});

test("every catalogue example evaluates to its documented result", () => {
  // The README table and the pane show these examples; they must be true.
  for (const fn of FUNCTION_CATALOG)
    expect([fn.name, evaluate(fn.example.formula)]).toEqual([fn.name, fn.example.result]);
});
