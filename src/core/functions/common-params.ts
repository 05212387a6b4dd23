/** Parameters several functions share, so their names, messages and defaults cannot drift apart. */
import { param, type NameOrNumber } from "../args";
import { dec, type Decimal } from "../decimal";
import type { EmissionFactor } from "../data/emission-factors";
import type { FactorSet } from "../factor-sets/factor-set";
import { lookupsOf, type SetLookups } from "../factor-sets/lookups";
import type { Lookup } from "../lookup";
import { defaultFactorSet } from "../factor-sets/registry";
import { messages } from "../messages";
import { CalcError } from "../result";

export const fuelParam = param.choice(
  "fuel",
  { ja: "燃料の種類", en: "fuel" },
  {
    ja: "燃料の種類（ガソリン、灯油、軽油、A重油、B重油、C重油、LPガス、都市ガス）",
    en: "Fuel (gasoline, kerosene, diesel, heavy oil A/B/C, LPG, city gas)",
  },
  (set) => lookupsOf(set).fuel
);

/** 0 is a real factor (a zero-emission tariff menu, 0.000 kg-CO2/kWh): only a blank or an omitted one is the default. */
export const electricityFactorParam = param.optional(
  param.nameOrNumber(
    "elec_factor",
    { ja: "電力の排出係数", en: "electricity factor" },
    {
      ja: "電力の排出係数: 係数名（東京電力・実排出係数 など）または数値 kg-CO2/kWh（再エネメニューは 0）。省略時は東京電力・実排出係数 0.384（2009年度実績）",
      en: "Electricity factor: a name (e.g. TEPCO FY2009 actual) or a number in kg-CO2/kWh (0 for a zero-emission tariff). Omitted: TEPCO FY2009 actual, 0.384",
    },
    (set) => lookupsOf(set).electricity,
    "zero"
  ),
  "number"
);

export const ridersParam = param.positive(
  "riders",
  { ja: "乗車人数", en: "riders" },
  { ja: "乗車人数（人）", en: "Number of riders (persons)" }
);

export const kmPerLitreParam = param.positive(
  "km_per_l",
  { ja: "燃費", en: "fuel economy" },
  { ja: "燃費（km/ℓ）", en: "Fuel economy (km/ℓ)" }
);

/** The row an omitted argument stands for: a documented default of the default factor set. */
export function defaultRow<T>(
  pick: (lookups: SetLookups, set: FactorSet) => { lookup: Lookup<T>; key: string }
): T {
  const set = defaultFactorSet();
  const { lookup, key } = pick(lookupsOf(set), set);
  const row = lookup.find(key);
  if (row === undefined)
    throw new CalcError("#N/A", messages.internal(`default ${key} missing in ${set.id}`));
  return row;
}

/** kg-CO2/kWh from a name, a number, or (omitted) the default set's documented default. */
export function electricityFactorValue(factor: NameOrNumber<EmissionFactor> | undefined): Decimal {
  if (factor === undefined)
    return dec(
      defaultRow((l, set) => ({ lookup: l.electricity, key: set.defaultElectricityKey })).value
    );
  return factor.kind === "number" ? factor.value : dec(factor.found.row.value);
}
