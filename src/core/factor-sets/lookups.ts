/** The name lookups of one factor set, built once per set. */
import type { CfpExample } from "../data/cfp-examples";
import type { ChibaUptakeRow } from "../data/chiba-uptake";
import type { EmissionFactor } from "../data/emission-factors";
import type { ForestSpeciesRow } from "../data/forest-coefficients";
import { PREFECTURES, type Prefecture } from "../data/prefectures";
import type { RailFuelRate } from "../data/rail-fuel-rates";
import { TRUCK_USES } from "../data/truck-fuel-economy";
import type { Label } from "../data/types";
import type { VehicleFuelEconomy } from "../data/vehicle-fuel-economy";
import { createLookup, type Lookup, type Named } from "../lookup";
import type { FactorSet, ScalarFactor } from "./factor-set";

/** A species as users name it: one row, or a regional group (その他針葉樹) whose row depends on the prefecture. */
export interface ForestSpeciesChoice extends Named {
  readonly rows: readonly ForestSpeciesRow[];
}

export type VehicleChoice = VehicleFuelEconomy & Named;
export type TruckUseChoice = (typeof TRUCK_USES)[number];

export interface SetLookups {
  readonly fuel: Lookup<EmissionFactor>;
  readonly electricity: Lookup<EmissionFactor>;
  readonly heat: Lookup<EmissionFactor>;
  /** Electricity or fuel: what a facility's annual energy use may be measured in (CO2_LODGING). */
  readonly energy: Lookup<EmissionFactor>;
  readonly truckUse: Lookup<TruckUseChoice>;
  readonly vehicle: Lookup<VehicleChoice>;
  readonly rail: Lookup<RailFuelRate>;
  readonly forestSpecies: Lookup<ForestSpeciesChoice>;
  readonly prefecture: Lookup<Prefecture>;
  readonly chiba: Lookup<ChibaUptakeRow>;
  readonly cfp: Lookup<CfpExample>;
  /** Every single value FACTOR() can return. */
  readonly scalar: Lookup<ScalarFactor>;
}

const what = {
  fuel: { ja: "燃料の種類", en: "fuel" },
  electricity: { ja: "電力の排出係数", en: "electricity factor" },
  heat: { ja: "熱の種類", en: "kind of heat" },
  energy: { ja: "電気・燃料の排出係数", en: "electricity or fuel factor" },
  truckUse: { ja: "営業用/自家用の区分", en: "commercial/private use" },
  vehicle: { ja: "車種", en: "vehicle class" },
  rail: { ja: "鉄道会社・燃料消費率", en: "railway operator or rate" },
  forestSpecies: { ja: "樹種", en: "tree species" },
  prefecture: { ja: "都道府県", en: "prefecture" },
  chiba: { ja: "樹種（千葉県算定例）", en: "species (Chiba table)" },
  cfp: { ja: "印刷物・製品の算定例", en: "carbon-footprint example" },
  scalar: { ja: "係数", en: "factor" },
} as const satisfies Record<keyof SetLookups, Label>;

function forestChoices(rows: readonly ForestSpeciesRow[]): ForestSpeciesChoice[] {
  const choices: ForestSpeciesChoice[] = [];
  const groups = new Map<string, ForestSpeciesRow[]>();
  for (const row of rows) {
    if (!row.region) {
      choices.push({ key: row.key, name: row.name, aliases: row.aliases, rows: [row] });
      continue;
    }
    const group = groups.get(row.name.ja);
    if (group) {
      group.push(row);
    } else {
      const members = [row];
      groups.set(row.name.ja, members);
      const english = row.group === "conifer" ? "Other conifers" : "Other broadleaves";
      choices.push({
        key: row.group === "conifer" ? "other-conifer" : "other-broadleaf",
        name: { ja: row.name.ja, en: english },
        aliases: [english],
        rows: members,
      });
    }
  }
  return choices;
}

function scalarFactors(set: FactorSet): ScalarFactor[] {
  return [...set.emissionFactors, ...set.railFuelRates, ...set.cfpExamples, ...set.constants];
}

function build(set: FactorSet): SetLookups {
  const ef = set.emissionFactors;
  return {
    fuel: createLookup(
      what.fuel,
      ef.filter((f) => f.kind === "fuel")
    ),
    electricity: createLookup(
      what.electricity,
      ef.filter((f) => f.kind === "electricity")
    ),
    heat: createLookup(
      what.heat,
      ef.filter((f) => f.kind === "heat")
    ),
    energy: createLookup(
      what.energy,
      ef.filter((f) => f.kind !== "heat")
    ),
    truckUse: createLookup(what.truckUse, TRUCK_USES),
    vehicle: createLookup(
      what.vehicle,
      set.vehicleFuelEconomy.map((v) => ({ ...v, key: v.vehicle }))
    ),
    rail: createLookup(what.rail, set.railFuelRates),
    forestSpecies: createLookup(what.forestSpecies, forestChoices(set.forestSpecies)),
    prefecture: createLookup(what.prefecture, PREFECTURES),
    chiba: createLookup(what.chiba, set.chibaUptake),
    cfp: createLookup(what.cfp, set.cfpExamples),
    scalar: createLookup(what.scalar, scalarFactors(set)),
  };
}

const cache = new WeakMap<FactorSet, SetLookups>();

export function lookupsOf(set: FactorSet): SetLookups {
  let lookups = cache.get(set);
  if (!lookups) {
    lookups = build(set);
    cache.set(set, lookups);
  }
  return lookups;
}
