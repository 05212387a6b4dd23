/** Lodging (per room-night) and printed matter (carbon footprint per copy). */
import { param } from "../args";
import { dec } from "../decimal";
import { lookupsOf } from "../factor-sets/lookups";
import { defineFunction } from "./define";

export const CO2_LODGING = defineFunction({
  name: "CO2_LODGING",
  category: "lodging-print",
  unit: "kg-CO2/室・泊",
  description: {
    ja: "宿泊の 1室1泊当たり CO2 排出量 (kg-CO2) = 施設の年間エネルギー消費量 × 排出係数 × 客室部門の割合 ÷ 客室部門総面積 × 客室面積 ÷ 年間稼働日数",
    en: "Lodging CO2 per room-night (kg-CO2) = annual energy × factor × guest-room share ÷ total room area × room area ÷ operating days",
  },
  params: [
    param.amount(
      "annual_kwh",
      { ja: "施設全体の年間エネルギー消費量", en: "annual energy use" },
      {
        ja: "施設全体の年間エネルギー消費量（kWh/年。燃料なら ℓ/年）",
        en: "Facility's annual energy use (kWh/year; ℓ/year for a fuel)",
      }
    ),
    param.nameOrNumber(
      "elec_factor",
      { ja: "排出係数", en: "emission factor" },
      {
        ja: "電気・燃料の排出係数: 係数名（東京電力・調整後排出係数 など）または数値（再エネメニューの電気は 0）",
        en: "Electricity or fuel factor: a name (e.g. TEPCO FY2009 adjusted) or a number (0 for a zero-emission tariff)",
      },
      (set) => lookupsOf(set).energy,
      "zero"
    ),
    param.fraction(
      "room_share",
      { ja: "客室部門のエネルギー消費割合", en: "guest-room share" },
      {
        ja: "施設全体に占める客室部門のエネルギー消費割合（0〜1。30% は 0.3）",
        en: "Guest rooms' share of the facility's energy (0–1; 30% is 0.3)",
      }
    ),
    param.positive(
      "total_room_m2",
      { ja: "客室部門総面積", en: "total guest-room area" },
      { ja: "客室部門総面積（m²）", en: "Total guest-room floor area (m²)" }
    ),
    param.amount(
      "room_m2",
      { ja: "客室面積", en: "room area" },
      { ja: "利用する客室の面積（m²）", en: "Floor area of the room used (m²)" }
    ),
    param.positive(
      "days",
      { ja: "年間稼働日数", en: "operating days" },
      { ja: "年間稼働日数（日）", en: "Operating days per year" }
    ),
  ],
  example: {
    formula: 'CO2_LODGING(3000000,"東京電力・調整後排出係数",0.3,3000,30,365)',
    result: 7.989041095890411,
  },
  evaluate: (annual, factor, share, totalArea, roomArea, days) => {
    const factorValue = factor.kind === "number" ? factor.value : dec(factor.found.row.value);
    return annual
      .times(factorValue)
      .times(share)
      .dividedBy(totalArea)
      .times(roomArea)
      .dividedBy(days);
  },
});

export const CO2_PRINT = defineFunction({
  name: "CO2_PRINT",
  category: "lodging-print",
  unit: "kg-CO2",
  description: {
    ja: "チラシ・ポスター・刊行物の CO2 排出量 (kg-CO2) = 部数 × 1部当たり排出量(g-CO2) ÷ 1,000（カーボンフットプリント）",
    en: "CO2 of printed matter (kg-CO2) = copies × g-CO2 per copy ÷ 1,000 (carbon footprint)",
  },
  params: [
    param.amount("copies", { ja: "部数", en: "copies" }, { ja: "部数", en: "Number of copies" }),
    param.nameOrNumber(
      "g_per_copy",
      { ja: "1部当たり排出量", en: "g-CO2 per copy" },
      {
        ja: "1部当たりの排出量（g-CO2/部）、またはガイドブックの算定例の名前（DNPパンフレット など）",
        en: "g-CO2 per copy, or the name of a guidebook example (e.g. DNP pamphlet)",
      },
      (set) => lookupsOf(set).cfp,
      "positive"
    ),
  ],
  example: { formula: "CO2_PRINT(21000,9.5)", result: 199.5 },
  evaluate: (copies, perCopy) =>
    copies
      .times(perCopy.kind === "number" ? perCopy.value : dec(perCopy.found.row.gramsPerUnit))
      .dividedBy(1000),
});
