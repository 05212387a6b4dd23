/**
 * 鉄道の燃料消費率 (energy per passenger-km).
 * - 表：主な鉄道会社別の燃料消費率 — A1 p.47 and A2 p.76 (seed 002 lines 352-363 and 1100-1111), company-wide averages.
 * - 表：燃料消費率の標準値 — D1 (seed 002 lines 3172-3178), national standard values for level 1.
 * Both quote the 【GHG算定方法ガイドライン】.
 *
 * JR東日本（在来線）軽油: A1 prints 0.0103 MJ/人・km, A2 prints 0.103. We keep 0.0103: the table is an average over
 * every passenger-km of the company (全車両平均), where diesel trains are a small share — the same order as
 * 小田急's 0.0004 and below the national standard 0.024 — whereas 0.103 would put JR East's diesel use per
 * passenger-km at four times the national average. A2's value reads as a dropped zero.
 */
import type { Citation, Label } from "./types";

export type RailEnergy = "electricity" | "diesel";

export interface RailFuelRate {
  readonly key: string;
  readonly name: Label;
  readonly energy: RailEnergy;
  readonly value: number;
  /** kWh/人・km for electricity, MJ/人・km for diesel. */
  readonly unit: "kWh/人・km" | "MJ/人・km";
  readonly aliases: readonly string[];
  readonly citation: Citation;
}

const byOperator: Citation = {
  source: "ghg-calculation-guideline",
  table: "表：主な鉄道会社別の燃料消費率（A1 47頁・A2 76頁）",
};
const standard: Citation = {
  source: "ghg-calculation-guideline",
  table: "表：燃料消費率の標準値（D1）",
};

export const RAIL_FUEL_RATES = [
  {
    key: "jr-east-shinkansen",
    name: { ja: "JR東日本（新幹線）", en: "JR East (Shinkansen)" },
    energy: "electricity",
    value: 0.061,
    unit: "kWh/人・km",
    aliases: ["JR東日本新幹線", "新幹線", "shinkansen"],
    citation: byOperator,
  },
  {
    key: "jr-east-conventional",
    name: { ja: "JR東日本（在来線）", en: "JR East (conventional lines)" },
    energy: "electricity",
    value: 0.028,
    unit: "kWh/人・km",
    aliases: ["JR東日本在来線", "JR東日本", "在来線", "jr east"],
    citation: byOperator,
  },
  {
    key: "jr-east-conventional-diesel",
    name: { ja: "JR東日本（在来線）軽油", en: "JR East (conventional lines), diesel" },
    energy: "diesel",
    value: 0.0103,
    unit: "MJ/人・km",
    aliases: ["JR東日本在来線軽油", "JR東日本軽油", "jr east diesel"],
    citation: byOperator,
  },
  {
    key: "tokyo-metro",
    name: { ja: "東京メトロ", en: "Tokyo Metro" },
    energy: "electricity",
    value: 0.032,
    unit: "kWh/人・km",
    aliases: ["東京地下鉄", "メトロ", "metro"],
    citation: byOperator,
  },
  {
    key: "tokyu",
    name: { ja: "東京急行電鉄", en: "Tokyu Corporation" },
    energy: "electricity",
    value: 0.038,
    unit: "kWh/人・km",
    aliases: ["東急", "東急電鉄", "tokyu"],
    citation: byOperator,
  },
  {
    key: "odakyu",
    name: { ja: "小田急電鉄", en: "Odakyu Electric Railway" },
    energy: "electricity",
    value: 0.035,
    unit: "kWh/人・km",
    aliases: ["小田急", "odakyu"],
    citation: byOperator,
  },
  {
    key: "odakyu-diesel",
    name: { ja: "小田急電鉄 軽油", en: "Odakyu Electric Railway, diesel" },
    energy: "diesel",
    value: 0.0004,
    unit: "MJ/人・km",
    aliases: ["小田急軽油", "odakyu diesel"],
    citation: byOperator,
  },
  {
    key: "standard-electric",
    name: { ja: "標準値（電力）", en: "Standard value (electric)" },
    energy: "electricity",
    value: 0.048,
    unit: "kWh/人・km",
    aliases: ["標準", "標準値", "標準電力", "電力", "standard", "standard electric"],
    citation: standard,
  },
  {
    key: "standard-diesel",
    name: { ja: "標準値（軽油）", en: "Standard value (diesel)" },
    energy: "diesel",
    value: 0.024,
    unit: "MJ/人・km",
    aliases: ["標準軽油", "standard diesel"],
    citation: standard,
  },
] as const satisfies readonly RailFuelRate[];

/** CO2_RAIL without an operator: the national standard for electric trains, as the guidebook's level-1 example (0.18 kg). */
export const DEFAULT_RAIL_RATE_KEY = "standard-electric";
