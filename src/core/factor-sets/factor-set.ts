/**
 * A factor set: every table the functions read, under one name and date. A formula that names no set uses
 * DEFAULT_FACTOR_SET_ID forever; a newer set is used only where a formula names it (`"jver-2011:軽油"`), so a
 * workbook never changes its numbers under an auditor.
 */
import type { CfpExample } from "../data/cfp-examples";
import type { ChibaUptakeRow } from "../data/chiba-uptake";
import type { EmissionFactor } from "../data/emission-factors";
import type { ForestSpeciesRow } from "../data/forest-coefficients";
import type { RailFuelRate } from "../data/rail-fuel-rates";
import type { TruckFuelEconomyRow } from "../data/truck-fuel-economy";
import type { Citation, Label } from "../data/types";
import type { VehicleFuelEconomy } from "../data/vehicle-fuel-economy";

/** A single named value FACTOR() returns and FACTOR_INFO() explains. */
export interface ScalarFactor {
  readonly key: string;
  readonly name: Label;
  readonly value: number;
  readonly unit: string;
  readonly aliases: readonly string[];
  readonly citation: Citation;
}

export interface FactorSet {
  readonly id: string;
  readonly title: Label;
  /** Date of the newest source in the set. */
  readonly date: string;
  readonly emissionFactors: readonly EmissionFactor[];
  readonly defaultElectricityKey: string;
  readonly defaultHeatKey: string;
  readonly truckFuelEconomy: readonly TruckFuelEconomyRow[];
  readonly vehicleFuelEconomy: readonly VehicleFuelEconomy[];
  readonly railFuelRates: readonly RailFuelRate[];
  readonly defaultRailKey: string;
  readonly forestSpecies: readonly ForestSpeciesRow[];
  readonly carbonFraction: number;
  readonly chibaAgeClasses: readonly { readonly from: number; readonly to: number }[];
  readonly chibaUptake: readonly ChibaUptakeRow[];
  readonly cfpExamples: readonly CfpExample[];
  /** Other single values (carbon fraction, credit price range) as FACTOR() keys. */
  readonly constants: readonly ScalarFactor[];
}
