/** Reductions, credits to buy (whole tonnes, rounded up) and their cost. */
import { param } from "../args";
import { defineFunction } from "./define";

export const EMISSION_REDUCTION = defineFunction({
  name: "EMISSION_REDUCTION",
  category: "credits",
  unit: "入力と同じ単位",
  description: {
    ja: "排出削減量 = ベースライン排出量 − プロジェクト排出量（単位は入力と同じ。負なら増加）",
    en: "Emission reduction = baseline − project emissions (same unit as the inputs; negative means an increase)",
  },
  params: [
    param.amount(
      "baseline",
      { ja: "ベースライン排出量", en: "baseline emissions" },
      {
        ja: "ベースライン排出量（kg-CO2 または t-CO2）",
        en: "Baseline emissions (kg-CO2 or t-CO2)",
      }
    ),
    param.amount(
      "project",
      { ja: "プロジェクト排出量", en: "project emissions" },
      {
        ja: "プロジェクト排出量（ベースラインと同じ単位）",
        en: "Project emissions (same unit as the baseline)",
      }
    ),
  ],
  example: { formula: "EMISSION_REDUCTION(120,80)", result: 40 },
  evaluate: (baseline, project) => baseline.minus(project),
});

export const CREDITS_NEEDED = defineFunction({
  name: "CREDITS_NEEDED",
  category: "credits",
  unit: "t-CO2",
  description: {
    ja: "オフセットに必要なクレジット量 (t-CO2) = 排出量(kg-CO2) ÷ 1,000 を整数トンに切り上げ",
    en: "Credits needed (t-CO2) = kg-CO2 ÷ 1,000 rounded up to whole tonnes",
  },
  params: [
    param.amount(
      "kg_co2",
      { ja: "排出量", en: "emissions" },
      { ja: "オフセットする排出量（kg-CO2）", en: "Emissions to offset (kg-CO2)" }
    ),
  ],
  example: { formula: "CREDITS_NEEDED(1200.5)", result: 2 },
  // Credits are bought in whole tonnes: the only place the guidebook rounds, and always up.
  evaluate: (kg) => kg.dividedBy(1000).ceil(),
});

export const OFFSET_COST = defineFunction({
  name: "OFFSET_COST",
  category: "credits",
  unit: "円",
  description: {
    ja: "クレジット購入費用 (円) = クレジット量(t-CO2) × 単価(円/t-CO2)。目安は 5,000〜20,000 円/t-CO2",
    en: "Credit purchase cost (yen) = t-CO2 × yen per t-CO2 (guide range 5,000–20,000 yen/t)",
  },
  params: [
    param.amount(
      "t_co2",
      { ja: "クレジット量", en: "credits" },
      { ja: "クレジット量（t-CO2）", en: "Credits (t-CO2)" }
    ),
    param.amount(
      "yen_per_t",
      { ja: "単価", en: "price" },
      { ja: "クレジット単価（円/t-CO2）", en: "Price (yen per t-CO2)" }
    ),
  ],
  example: { formula: "OFFSET_COST(3,5000)", result: 15000 },
  evaluate: (t, price) => t.times(price),
});
