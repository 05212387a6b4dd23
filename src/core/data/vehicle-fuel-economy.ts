/**
 * ※1 自動車（自家用）燃料消費率（標準値） — D1, bus level 1 (seed 002 lines 3225-3236), from the 【GHG算定方法ガイドライン】.
 * 登録自動車 (registered) バス・乗用車・貨物車 and 軽自動車 (kei) 乗用車・貨物車, by fuel; the guidebook prints
 * dashes for diesel kei vehicles and for every LPG cell, so those combinations have no standard value.
 */
import type { Citation, Label } from "./types";

export type VehicleClass = "bus" | "car" | "goods" | "kei-car" | "kei-goods";

export interface VehicleFuelEconomy {
  readonly vehicle: VehicleClass;
  readonly name: Label;
  readonly aliases: readonly string[];
  /** km/ℓ by fuel key; a missing fuel is a dash in the guidebook. */
  readonly kmPerLitre: { readonly gasoline?: number; readonly diesel?: number };
  readonly citation: Citation;
}

const citation: Citation = {
  source: "ghg-calculation-guideline",
  table: "自動車（自家用）燃料消費率（標準値）（D1）",
};

export const VEHICLE_FUEL_ECONOMY = [
  {
    vehicle: "bus",
    name: { ja: "バス", en: "Bus" },
    aliases: ["登録自動車バス", "bus"],
    kmPerLitre: { gasoline: 5.56, diesel: 6.25 },
    citation,
  },
  {
    vehicle: "car",
    name: { ja: "乗用車", en: "Passenger car" },
    aliases: ["登録自動車乗用車", "普通乗用車", "car", "passenger car"],
    kmPerLitre: { gasoline: 9.09, diesel: 9.09 },
    citation,
  },
  {
    vehicle: "goods",
    name: { ja: "貨物車", en: "Goods vehicle" },
    aliases: ["登録自動車貨物車", "トラック", "goods vehicle", "truck"],
    kmPerLitre: { gasoline: 9.09, diesel: 7.14 },
    citation,
  },
  {
    vehicle: "kei-car",
    name: { ja: "軽乗用車", en: "Kei passenger car" },
    aliases: ["軽自動車乗用車", "軽自動車", "kei car"],
    kmPerLitre: { gasoline: 11.11 },
    citation,
  },
  {
    vehicle: "kei-goods",
    name: { ja: "軽貨物車", en: "Kei goods vehicle" },
    aliases: ["軽自動車貨物車", "軽トラック", "kei goods", "kei truck"],
    kmPerLitre: { gasoline: 11.11 },
    citation,
  },
] as const satisfies readonly VehicleFuelEconomy[];
