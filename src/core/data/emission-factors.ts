/**
 * 別表：排出係数一覧（二酸化炭素〔CO2〕） — guidebook chapter 2, pp.48, 77 and 171 (seed 002 lines 417-435,
 * 1151-1169, 3265-3283; the three copies are identical).
 * The guidebook quotes them from the J-VER default values list Ver1.1 (2011-03-23) and the FY2009 electricity
 * factors published 2010-12-27, "with the units changed" (per ℓ instead of per kℓ).
 */
import type { Citation, Label } from "./types";

export type EmissionFactorKind = "fuel" | "electricity" | "heat";

export interface EmissionFactor {
  readonly key: string;
  readonly kind: EmissionFactorKind;
  readonly name: Label;
  readonly value: number;
  readonly unit: string;
  /** Unit of the activity the factor multiplies (ℓ, kg, Nm³, kWh, MJ). */
  readonly activityUnit: string;
  readonly aliases: readonly string[];
  readonly citation: Citation;
}

const TABLE = "別表：排出係数一覧（二酸化炭素〔CO2〕）（48頁・77頁・171頁）";
const fuelCitation: Citation = { source: "jver-default-v1.1", table: TABLE };
const electricityCitation: Citation = { source: "elec-operator-2009", table: TABLE };

export const EMISSION_FACTORS = [
  // 燃料の使用
  {
    key: "gasoline",
    kind: "fuel",
    name: { ja: "ガソリン", en: "Gasoline" },
    value: 2.32,
    unit: "kg-CO2/ℓ",
    activityUnit: "ℓ",
    aliases: ["petrol"],
    citation: fuelCitation,
  },
  {
    key: "kerosene",
    kind: "fuel",
    name: { ja: "灯油", en: "Kerosene" },
    value: 2.49,
    unit: "kg-CO2/ℓ",
    activityUnit: "ℓ",
    aliases: [],
    citation: fuelCitation,
  },
  {
    key: "diesel",
    kind: "fuel",
    name: { ja: "軽油", en: "Diesel" },
    value: 2.59,
    unit: "kg-CO2/ℓ",
    activityUnit: "ℓ",
    aliases: ["gas oil", "light oil"],
    citation: fuelCitation,
  },
  {
    key: "heavy-oil-a",
    kind: "fuel",
    name: { ja: "A重油", en: "Heavy fuel oil A" },
    value: 2.71,
    unit: "kg-CO2/ℓ",
    activityUnit: "ℓ",
    aliases: ["fuel oil a", "A重"],
    citation: fuelCitation,
  },
  {
    key: "heavy-oil-b",
    kind: "fuel",
    name: { ja: "B重油", en: "Heavy fuel oil B" },
    value: 2.85,
    unit: "kg-CO2/ℓ",
    activityUnit: "ℓ",
    aliases: ["fuel oil b", "B重"],
    citation: fuelCitation,
  },
  {
    key: "heavy-oil-c",
    kind: "fuel",
    name: { ja: "C重油", en: "Heavy fuel oil C" },
    value: 3.0,
    unit: "kg-CO2/ℓ",
    activityUnit: "ℓ",
    aliases: ["fuel oil c", "C重"],
    citation: fuelCitation,
  },
  {
    key: "lpg",
    kind: "fuel",
    name: { ja: "LPガス", en: "LPG" },
    value: 3.04,
    unit: "kg-CO2/kg",
    activityUnit: "kg",
    aliases: ["液化石油ガス", "LP gas"],
    citation: fuelCitation,
  },
  {
    key: "city-gas",
    kind: "fuel",
    name: { ja: "都市ガス", en: "City gas" },
    value: 2.27,
    unit: "kg-CO2/Nm³",
    activityUnit: "Nm³",
    aliases: ["town gas", "natural gas"],
    citation: fuelCitation,
  },
  // 他人から供給された電気の使用
  {
    key: "tepco-2009-actual",
    kind: "electricity",
    name: { ja: "東京電力・実排出係数（2009年度実績）", en: "TEPCO FY2009 actual" },
    value: 0.384,
    unit: "kg-CO2/kWh",
    activityUnit: "kWh",
    aliases: [
      "東京電力",
      "東京電力実排出係数",
      "実排出係数",
      "電気事業者別排出係数（2009年度実績：東京電力㈱・実排出係数）",
      "tepco",
      "tepco actual",
    ],
    citation: electricityCitation,
  },
  {
    key: "tepco-2009-adjusted",
    kind: "electricity",
    name: { ja: "東京電力・調整後排出係数（2009年度実績）", en: "TEPCO FY2009 adjusted" },
    value: 0.324,
    unit: "kg-CO2/kWh",
    activityUnit: "kWh",
    aliases: [
      "東京電力調整後",
      "東京電力調整後排出係数",
      "調整後排出係数",
      "電気事業者別排出係数（2009年度実績：東京電力㈱・調整後排出係数）",
      "tepco adjusted",
    ],
    citation: electricityCitation,
  },
  // 小規模電源の導入等により代替される系統電力
  {
    key: "grid-average-receiving",
    kind: "electricity",
    name: {
      ja: "全電源平均排出係数（受電端・調整後）",
      en: "Grid average, receiving end (adjusted)",
    },
    value: 0.373,
    unit: "kg-CO2/kWh",
    activityUnit: "kWh",
    aliases: [
      "全電源平均受電端",
      "全電源平均排出係数受電端調整後排出係数",
      "grid average receiving",
    ],
    citation: fuelCitation,
  },
  {
    key: "grid-average-generating",
    kind: "electricity",
    name: {
      ja: "全電源平均排出係数（発電端・調整後）",
      en: "Grid average, generating end (adjusted)",
    },
    value: 0.336,
    unit: "kg-CO2/kWh",
    activityUnit: "kWh",
    aliases: [
      "全電源平均発電端",
      "全電源平均排出係数発電端調整後排出係数",
      "grid average generating",
    ],
    citation: fuelCitation,
  },
  {
    key: "marginal-receiving",
    kind: "electricity",
    name: {
      ja: "限界電源平均排出係数（受電端・調整前）",
      en: "Marginal power, receiving end (unadjusted)",
    },
    value: 0.55,
    unit: "kg-CO2/kWh",
    activityUnit: "kWh",
    aliases: ["限界電源受電端", "限界電源平均排出係数受電端調整前排出係数", "marginal receiving"],
    citation: fuelCitation,
  },
  {
    key: "marginal-generating",
    kind: "electricity",
    name: {
      ja: "限界電源平均排出係数（発電端・調整前）",
      en: "Marginal power, generating end (unadjusted)",
    },
    value: 0.49,
    unit: "kg-CO2/kWh",
    activityUnit: "kWh",
    aliases: ["限界電源発電端", "限界電源平均排出係数発電端調整前排出係数", "marginal generating"],
    citation: fuelCitation,
  },
  // 他人から供給された熱の使用
  {
    key: "industrial-steam",
    kind: "heat",
    name: { ja: "産業用蒸気", en: "Industrial steam" },
    value: 0.06,
    unit: "kg-CO2/MJ",
    activityUnit: "MJ",
    aliases: ["steam industrial"],
    citation: fuelCitation,
  },
  {
    key: "other-heat",
    kind: "heat",
    name: {
      ja: "蒸気（産業用を除く）・温水・冷水",
      en: "Steam (non-industrial), hot or chilled water",
    },
    value: 0.057,
    unit: "kg-CO2/MJ",
    activityUnit: "MJ",
    aliases: [
      "蒸気",
      "温水",
      "冷水",
      "蒸気温水冷水",
      "蒸気（産業用のものは除く）、温水、冷水",
      "district heating",
      "hot water",
      "chilled water",
      "steam",
    ],
    citation: fuelCitation,
  },
] as const satisfies readonly EmissionFactor[];

/** The electricity factor the guidebook's worked examples use (lighting 22.1 kg, rail 107.5 kg): TEPCO FY2009 actual. */
export const DEFAULT_ELECTRICITY_FACTOR_KEY = "tepco-2009-actual";
/** CO2_HEAT without a kind: purchased heat other than industrial steam — what a municipal building buys from district heating. */
export const DEFAULT_HEAT_FACTOR_KEY = "other-heat";
