/**
 * 車両の平均燃費（燃費法） — guidebook chapter 2, A1 p.46 and A2 p.76 (seed 002 lines 306-321 and 1064-1079, identical).
 * The guidebook quotes 「オフセット・クレジット（J-VER）制度における温室効果ガス算定用デフォルト値一覧 Ver1.1」(2011-03-23).
 * Bands are by maximum load (最大積載量, kg); 軽貨物車 (kei goods vehicles) exist only for gasoline.
 */
import type { Citation, Label } from "./types";

export type TruckUse = "commercial" | "private";

export interface TruckFuelEconomyRow {
  readonly fuel: "gasoline" | "diesel";
  /** "kei" for 軽貨物車; otherwise the band of maximum load in kg, `maxKg` null for "2,000 以上". */
  readonly band: { readonly kei: true } | { readonly minKg: number; readonly maxKg: number | null };
  readonly label: Label;
  /** km/ℓ, 営業用 (commercial) and 自家用 (private). */
  readonly kmPerLitre: { readonly commercial: number; readonly private: number };
  readonly citation: Citation;
}

const citation: Citation = {
  source: "jver-default-v1.1",
  table: "車両の平均燃費（A1 46頁・A2 76頁）",
};

export const TRUCK_FUEL_ECONOMY = [
  {
    fuel: "gasoline",
    band: { kei: true },
    label: { ja: "軽貨物車", en: "Kei goods vehicle" },
    kmPerLitre: { commercial: 9.33, private: 10.3 },
    citation,
  },
  {
    fuel: "gasoline",
    band: { minKg: 0, maxKg: 1999 },
    label: { ja: "～1,999", en: "up to 1,999 kg" },
    kmPerLitre: { commercial: 6.57, private: 7.15 },
    citation,
  },
  {
    fuel: "gasoline",
    band: { minKg: 2000, maxKg: null },
    label: { ja: "2,000 以上", en: "2,000 kg or more" },
    kmPerLitre: { commercial: 4.96, private: 5.25 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 0, maxKg: 999 },
    label: { ja: "～999", en: "up to 999 kg" },
    kmPerLitre: { commercial: 9.32, private: 11.9 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 1000, maxKg: 1999 },
    label: { ja: "1,000～1,999", en: "1,000–1,999 kg" },
    kmPerLitre: { commercial: 6.19, private: 7.34 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 2000, maxKg: 3999 },
    label: { ja: "2,000～3,999", en: "2,000–3,999 kg" },
    kmPerLitre: { commercial: 4.58, private: 4.94 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 4000, maxKg: 5999 },
    label: { ja: "4,000～5,999", en: "4,000–5,999 kg" },
    kmPerLitre: { commercial: 3.79, private: 3.96 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 6000, maxKg: 7999 },
    label: { ja: "6,000～7,999", en: "6,000–7,999 kg" },
    kmPerLitre: { commercial: 3.38, private: 3.53 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 8000, maxKg: 9999 },
    label: { ja: "8,000～9,999", en: "8,000–9,999 kg" },
    kmPerLitre: { commercial: 3.09, private: 3.23 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 10000, maxKg: 11999 },
    label: { ja: "10,000～11,999", en: "10,000–11,999 kg" },
    kmPerLitre: { commercial: 2.89, private: 3.02 },
    citation,
  },
  {
    fuel: "diesel",
    band: { minKg: 12000, maxKg: 16999 },
    label: { ja: "12,000～16,999", en: "12,000–16,999 kg" },
    kmPerLitre: { commercial: 2.62, private: 2.74 },
    citation,
  },
] as const satisfies readonly TruckFuelEconomyRow[];

export const TRUCK_USES = [
  {
    key: "commercial",
    name: { ja: "営業用", en: "Commercial" },
    aliases: ["営業", "commercial", "business"],
  },
  { key: "private", name: { ja: "自家用", en: "Private" }, aliases: ["自家", "private", "own"] },
] as const satisfies readonly { key: TruckUse; name: Label; aliases: readonly string[] }[];
