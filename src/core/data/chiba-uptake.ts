/**
 * 「●森林の年間の二酸化炭素 (CO2) 吸収量 (樹種別) の算定例」 (t-CO2/ha・年) — guidebook B1・B2 4(2)④, seed 002 lines 2062-2073.
 * The guidebook quotes Chiba Prefecture's 「美しいちばの森林づくり 森林整備による CO2 吸収量算定基準」 (average private
 * forests in Chiba, presented as a typical Kanto-region example). A worked example for quick estimates, not a J-VER factor.
 */
import type { Citation, Label } from "./types";

/** 林齢 (stand age, years; planting year = 1) columns of the table, inclusive. */
export const CHIBA_AGE_CLASSES = [
  { from: 1, to: 10 },
  { from: 11, to: 15 },
  { from: 16, to: 20 },
  { from: 21, to: 25 },
  { from: 26, to: 30 },
  { from: 31, to: 35 },
  { from: 36, to: 40 },
  { from: 41, to: 45 },
  { from: 46, to: 50 },
  { from: 51, to: 55 },
  { from: 56, to: 60 },
] as const satisfies readonly { readonly from: number; readonly to: number }[];

export interface ChibaUptakeRow {
  readonly key: string;
  /** ja exactly as the seed prints it. */
  readonly name: Label;
  readonly aliases: readonly string[];
  /** t-CO2/ha·yr, one per CHIBA_AGE_CLASSES entry, same order. */
  readonly values: readonly number[];
  readonly citation: Citation;
}

const CITATION = {
  source: "chiba-forest-2009",
  table: "●森林の年間の二酸化炭素 (CO2) 吸収量 (樹種別) の算定例（B1・B2 4(2)④、110～114頁）",
} as const satisfies Citation;

export const CHIBA_UPTAKE = [
  {
    key: "sugi",
    name: { ja: "スギ", en: "Japanese cedar (sugi)" },
    aliases: ["sugi", "杉", "Japanese cedar"],
    values: [5.6, 13.8, 14.7, 12.3, 9.7, 7.6, 5.8, 3.6, 3.5, 1.6, 1.3],
    citation: CITATION,
  },
  {
    key: "hinoki",
    name: { ja: "ヒノキ", en: "Japanese cypress (hinoki)" },
    aliases: ["hinoki", "檜", "桧", "Japanese cypress"],
    values: [2.6, 10.9, 12.1, 10.3, 9.7, 9.2, 6.3, 4.3, 4.0, 2.7, 2.6],
    citation: CITATION,
  },
  {
    key: "matsu",
    name: { ja: "マツ", en: "Pine (matsu)" },
    aliases: ["matsu", "松", "pine", "アカマツ", "クロマツ"],
    values: [4.0, 5.4, 7.6, 8.2, 8.7, 8.8, 7.9, 7.2, 6.2, 5.4, 4.7],
    citation: CITATION,
  },
  // Seed typo: 「クスギ」 is クヌギ (sawtooth oak; there is no tree クスギ). name.ja keeps the seed; クヌギ is an alias.
  {
    key: "kunugi",
    name: { ja: "クスギ", en: "Sawtooth oak (kunugi)" },
    aliases: ["クヌギ", "kunugi", "櫟", "椚", "sawtooth oak"],
    values: [9.7, 8.0, 5.9, 3.7, 3.7, 3.3, 2.4, 2.4, 2.0, 1.6, 1.2],
    citation: CITATION,
  },
  {
    key: "other-broadleaf",
    name: { ja: "その他広葉樹", en: "Other broadleaves" },
    aliases: ["other broadleaf"],
    values: [3.6, 3.9, 3.4, 3.1, 3.3, 2.7, 2.5, 2.4, 2.1, 1.9, 1.5],
    citation: CITATION,
  },
] as const satisfies readonly ChibaUptakeRow[];
