/**
 * Factor set "jver-2011": every table of 「自治体向けカーボン・オフセットガイドブック」第2章 (2011-07), whose
 * emission factors come from the J-VER default values list Ver1.1 (2011-03-23) and the FY2009 electricity
 * factors (2010-12-27). Its values never change: a correction or a newer source becomes a new set.
 */
import { CFP_EXAMPLES } from "../data/cfp-examples";
import { CHIBA_AGE_CLASSES, CHIBA_UPTAKE } from "../data/chiba-uptake";
import {
  DEFAULT_ELECTRICITY_FACTOR_KEY,
  DEFAULT_HEAT_FACTOR_KEY,
  EMISSION_FACTORS,
} from "../data/emission-factors";
import { CARBON_FRACTION, FOREST_SPECIES } from "../data/forest-coefficients";
import { CREDIT_PRICE_YEN_PER_T } from "../data/offset-costs";
import { DEFAULT_RAIL_RATE_KEY, RAIL_FUEL_RATES } from "../data/rail-fuel-rates";
import { TRUCK_FUEL_ECONOMY } from "../data/truck-fuel-economy";
import { VEHICLE_FUEL_ECONOMY } from "../data/vehicle-fuel-economy";
import type { FactorSet } from "./factor-set";

const forestTable = FOREST_SPECIES[0].citation;

export const JVER_2011: FactorSet = {
  id: "jver-2011",
  title: {
    ja: "J-VER デフォルト値 Ver1.1・電気事業者別排出係数 2009年度実績（ガイドブック第2章 2011年7月）",
    en: "J-VER default values Ver1.1 and FY2009 electricity factors (guidebook ch.2, July 2011)",
  },
  date: "2011-07",
  emissionFactors: EMISSION_FACTORS,
  defaultElectricityKey: DEFAULT_ELECTRICITY_FACTOR_KEY,
  defaultHeatKey: DEFAULT_HEAT_FACTOR_KEY,
  truckFuelEconomy: TRUCK_FUEL_ECONOMY,
  vehicleFuelEconomy: VEHICLE_FUEL_ECONOMY,
  railFuelRates: RAIL_FUEL_RATES,
  defaultRailKey: DEFAULT_RAIL_RATE_KEY,
  forestSpecies: FOREST_SPECIES,
  carbonFraction: CARBON_FRACTION,
  chibaAgeClasses: CHIBA_AGE_CLASSES,
  chibaUptake: CHIBA_UPTAKE,
  cfpExamples: CFP_EXAMPLES,
  constants: [
    {
      key: "carbon-fraction",
      name: { ja: "炭素含有率", en: "Carbon fraction of dry biomass" },
      value: CARBON_FRACTION,
      unit: "t-C/t",
      aliases: ["炭素含有率（森林）", "carbon fraction", "CF"],
      citation: forestTable,
    },
    {
      key: "credit-price-min",
      name: {
        ja: "クレジット購入単価（下限の目安）",
        en: "Credit price, low end of the guide range",
      },
      value: CREDIT_PRICE_YEN_PER_T.min,
      unit: "円/t-CO2",
      aliases: ["クレジット価格下限", "credit price min"],
      citation: CREDIT_PRICE_YEN_PER_T.citation,
    },
    {
      key: "credit-price-max",
      name: {
        ja: "クレジット購入単価（上限の目安）",
        en: "Credit price, high end of the guide range",
      },
      value: CREDIT_PRICE_YEN_PER_T.max,
      unit: "円/t-CO2",
      aliases: ["クレジット価格上限", "credit price max"],
      citation: CREDIT_PRICE_YEN_PER_T.citation,
    },
  ],
};
