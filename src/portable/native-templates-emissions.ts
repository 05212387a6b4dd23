/** Templates of the emission functions (CO2_*): amounts times factors, with the core's defaults and checks. */
import { defaultFactorSet } from "../core";
import { lookupsOf } from "../core/factor-sets/lookups";
import { resolveSetAndName } from "../core/factor-sets/registry";
import { quote } from "./formula-parser";
import { FACTOR_KINDS, RAIL_DIESEL } from "./factor-sheet";
import { arg, type Arg, type Templates } from "./native-args";
import { NA, type Translator } from "./native-translator";

/** kg-CO2/kWh: a number (0 for a zero-emission tariff), a name of an electricity factor, or (blank / omitted) the default set's default. */
const electricity = (t: Translator, arg: Arg): string =>
  t.numberOrNamed(
    arg,
    [FACTOR_KINDS.electricity],
    "value",
    "zero",
    t.defaultFactor(FACTOR_KINDS.electricity, defaultFactorSet().defaultElectricityKey)
  );

const fuelValue = (t: Translator, arg: Arg): string => t.named(arg, FACTOR_KINDS.fuel, "value");

function literalRailEnergy(text: string): string | undefined {
  try {
    const { set, name } = resolveSetAndName(text);
    return lookupsOf(set).rail.find(name)?.energy;
  } catch {
    return undefined;
  }
}

export const EMISSION_TEMPLATES: Templates = {
  CO2_FUEL: {
    params: 2,
    template: (t, a) => `(${t.amount(arg(a, 1))}*${fuelValue(t, arg(a, 0))})`,
  },
  CO2_ELEC: {
    params: 2,
    template: (t, a) => `(${t.amount(arg(a, 0))}*${electricity(t, arg(a, 1))})`,
  },
  CO2_HEAT: {
    params: 2,
    template: (t, a) => {
      const fallback = t.defaultFactor(FACTOR_KINDS.heat, defaultFactorSet().defaultHeatKey);
      return `(${t.amount(arg(a, 0))}*${t.optionalNamed(arg(a, 1), FACTOR_KINDS.heat, "value", fallback)})`;
    },
  },
  CO2_EQUIPMENT: {
    params: 4,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}*${t.amount(arg(a, 1))}*${t.amount(arg(a, 2))}*${electricity(t, arg(a, 3))}/1000)`,
  },
  CO2_FLOOR_AREA: {
    params: 3,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}*${t.amount(arg(a, 1))}*${t.amount(arg(a, 2))}/365)`,
  },
  FUEL_ECONOMY: {
    params: 3,
    template: (t, a) => {
      const criteria = t.truckCriteria(arg(a, 0), t.truckLoad(arg(a, 1)), t.truckUse(arg(a, 2)));
      return `IF(COUNTIFS(${criteria})=1,SUMIFS(${t.ref("truckEconomy")},${criteria}),${NA})`;
    },
  },
  CO2_TRUCK: {
    params: 5,
    template: (t, a) => {
      const load = t.truckLoad(arg(a, 2));
      const use = t.truckUse(arg(a, 3));
      const table = `SUMIFS(${t.ref("truckEconomy")},${t.truckCriteria(arg(a, 1), load, use)})`;
      const given = arg(a, 4);
      const base = (economy: string) =>
        `(${t.amount(arg(a, 0))}/${economy}*${fuelValue(t, arg(a, 1))})`;
      // No table value when 0 rows match: SUMIFS gives 0 and the division #DIV/0!.
      if (given.kind === "omitted") return base(table);
      // With a fuel economy given, the core still rejects a blank or unknown maximum load or use.
      const economy = t.positive(given, table);
      if (load === NA || use === NA) return NA;
      const literal = /^(-?[\d.]+|"[a-z]+")$/;
      if (literal.test(load) && literal.test(use)) return base(economy);
      return `IF(ISERROR(${load}&${use}),${NA},${base(economy)})`;
    },
  },
  CO2_VEHICLE: {
    params: 4,
    template: (t, a) => {
      const standard = t.standardEconomy(t.vehicleKey(arg(a, 2)), arg(a, 1));
      return `(${t.amount(arg(a, 0))}/${t.positive(arg(a, 3), standard)}*${fuelValue(t, arg(a, 1))})`;
    },
  },
  CO2_RAIL: {
    params: 4,
    template: (t, a) => {
      const rate = arg(a, 2);
      const set = defaultFactorSet();
      const defaultRail = lookupsOf(set).rail.find(set.defaultRailKey);
      if (!defaultRail) throw new Error(`default rail rate missing in ${set.id}`);
      const fallback = t.defaultFactor(FACTOR_KINDS.rail, set.defaultRailKey);
      const rateValue = t.numberOrNamed(rate, [FACTOR_KINDS.rail], "value", "positive", fallback);
      const amounts = `${t.amount(arg(a, 0))}*${t.amount(arg(a, 1))}*${rateValue}`;
      const factor = arg(a, 3);
      // A diesel rate (MJ/人・km) needs a number in kg-CO2/MJ; an electric one an electricity factor.
      const blank =
        rate.kind === "omitted" ||
        (rate.kind === "string" && rate.value.trim() === "") ||
        (rate.kind === "number" && rate.value === 0);
      let diesel: string;
      if (blank) diesel = defaultRail.energy === "diesel" ? "TRUE" : "FALSE";
      else if (rate.kind === "number") diesel = "FALSE";
      else if (rate.kind === "string")
        diesel = literalRailEnergy(rate.value) === "diesel" ? "TRUE" : "FALSE";
      else
        diesel = `IFERROR(${t.named(rate, FACTOR_KINDS.rail, "railEnergy")}=${quote(RAIL_DIESEL)},FALSE())`;
      if (diesel === "FALSE") return `(${amounts}*${electricity(t, factor)})`;
      if (diesel === "TRUE") return `(${amounts}*${t.numberOnly(factor)})`;
      return `(${amounts}*IF(${diesel},${t.numberOnly(factor)},${electricity(t, factor)}))`;
    },
  },
  CO2_BUS: {
    params: 4,
    template: (t, a) => {
      const standard = t.standardEconomy(
        t.vehicleKey({ kind: "string", value: `${defaultFactorSet().id}:bus` }),
        arg(a, 2)
      );
      return `(${t.amount(arg(a, 0))}/${t.positive(arg(a, 3), standard)}*${fuelValue(t, arg(a, 2))}/${t.positive(arg(a, 1))})`;
    },
  },
  CO2_SHIP: {
    params: 4,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}/${t.positive(arg(a, 3))}*${fuelValue(t, arg(a, 2))}/${t.positive(arg(a, 1))})`,
  },
  CO2_FUEL_PER_PERSON: {
    params: 3,
    template: (t, a) =>
      `(${t.amount(arg(a, 1))}*${fuelValue(t, arg(a, 0))}/${t.positive(arg(a, 2))})`,
  },
  CO2_LODGING: {
    params: 6,
    template: (t, a) => {
      const factor = t.numberOrNamed(
        arg(a, 1),
        [FACTOR_KINDS.electricity, FACTOR_KINDS.fuel],
        "value",
        "zero"
      );
      return `(${t.amount(arg(a, 0))}*${factor}*${t.fraction(arg(a, 2))}/${t.positive(arg(a, 3))}*${t.amount(arg(a, 4))}/${t.positive(arg(a, 5))})`;
    },
  },
  CO2_PRINT: {
    params: 2,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}*${t.numberOrNamed(arg(a, 1), [FACTOR_KINDS.cfp], "cfpGrams", "positive")}/1000)`,
  },
};
