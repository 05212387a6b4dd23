/** Energy use at a venue or office: fuel, purchased electricity and heat, equipment (積み上げ法) and floor area (按分法). */
import { param } from "../args";
import { lookupsOf } from "../factor-sets/lookups";
import { defineFunction } from "./define";
import {
  defaultRow,
  electricityFactorParam,
  electricityFactorValue,
  fuelParam,
} from "./common-params";

export const CO2_FUEL = defineFunction({
  name: "CO2_FUEL",
  category: "energy",
  unit: "kg-CO2",
  description: {
    ja: "燃料の使用に伴う CO2 排出量 (kg-CO2) = 燃料使用量 × 燃料種別排出係数（燃料法）",
    en: "CO2 from fuel use (kg-CO2) = amount × fuel emission factor (fuel method)",
  },
  params: [
    fuelParam,
    param.amount(
      "amount",
      { ja: "燃料使用量", en: "amount" },
      {
        ja: "燃料使用量（ℓ。LPガスは kg、都市ガスは Nm³）",
        en: "Amount used (ℓ; kg for LPG, Nm³ for city gas)",
      }
    ),
  ],
  example: { formula: 'CO2_FUEL("軽油",100)', result: 259 },
  evaluate: (fuel, amount) => amount.times(fuel.row.value),
});

export const CO2_ELEC = defineFunction({
  name: "CO2_ELEC",
  category: "energy",
  unit: "kg-CO2",
  description: {
    ja: "電力の使用に伴う CO2 排出量 (kg-CO2) = 電力使用量 × 電力排出係数（省略時 東京電力・実排出係数 0.384。再エネメニューの 0 は 0 kg）",
    en: "CO2 from electricity use (kg-CO2) = kWh × factor (omitted: TEPCO FY2009 actual 0.384; a zero-emission tariff's 0 gives 0 kg)",
  },
  params: [
    param.amount(
      "kwh",
      { ja: "電力使用量", en: "electricity use" },
      { ja: "電力使用量（kWh）", en: "Electricity used (kWh)" }
    ),
    electricityFactorParam,
  ],
  example: { formula: "CO2_ELEC(1000)", result: 384 },
  evaluate: (kwh, factor) => kwh.times(electricityFactorValue(factor)),
});

export const CO2_HEAT = defineFunction({
  name: "CO2_HEAT",
  category: "energy",
  unit: "kg-CO2",
  description: {
    ja: "供給された熱の使用に伴う CO2 排出量 (kg-CO2) = 熱量 × 排出係数（産業用蒸気 0.060、省略時 蒸気・温水・冷水 0.057）",
    en: "CO2 from purchased heat (kg-CO2) = MJ × factor (industrial steam 0.060; omitted: other steam, hot or chilled water 0.057)",
  },
  params: [
    param.amount(
      "mj",
      { ja: "熱量", en: "heat" },
      { ja: "使用した熱量（MJ）", en: "Heat used (MJ)" }
    ),
    param.optional(
      param.choice(
        "kind",
        { ja: "熱の種類", en: "kind of heat" },
        {
          ja: "熱の種類（産業用蒸気／蒸気・温水・冷水）。省略・空欄時は蒸気・温水・冷水",
          en: "Kind of heat (industrial steam / other steam, hot or chilled water). Omitted or blank: the latter",
        },
        (set) => lookupsOf(set).heat
      ),
      "default"
    ),
  ],
  example: { formula: 'CO2_HEAT(1000,"産業用蒸気")', result: 60 },
  evaluate: (mj, kind) =>
    mj.times(
      (kind?.row ?? defaultRow((l, set) => ({ lookup: l.heat, key: set.defaultHeatKey }))).value
    ),
});

export const CO2_EQUIPMENT = defineFunction({
  name: "CO2_EQUIPMENT",
  category: "energy",
  unit: "kg-CO2",
  description: {
    ja: "照明・機器の電力使用に伴う CO2 排出量 (kg-CO2) = 台数 × 消費電力(W) × 使用時間 × 電力排出係数 ÷ 1,000（積み上げ法）",
    en: "CO2 from lighting/equipment (kg-CO2) = count × watts × hours × factor ÷ 1,000 (bottom-up method)",
  },
  params: [
    param.amount(
      "count",
      { ja: "台数", en: "count" },
      { ja: "電灯・機器の数", en: "Number of lamps or devices" }
    ),
    param.amount(
      "watts",
      { ja: "消費電力", en: "power" },
      { ja: "1台当たりの消費電力（W）", en: "Power per device (W)" }
    ),
    param.amount(
      "hours",
      { ja: "使用時間", en: "hours" },
      { ja: "使用時間（時間）", en: "Hours of use" }
    ),
    electricityFactorParam,
  ],
  example: { formula: "CO2_EQUIPMENT(200,36,8)", result: 22.1184 },
  evaluate: (count, watts, hours, factor) =>
    count.times(watts).times(hours).times(electricityFactorValue(factor)).dividedBy(1000),
});

export const CO2_FLOOR_AREA = defineFunction({
  name: "CO2_FLOOR_AREA",
  category: "energy",
  unit: "kg-CO2",
  description: {
    ja: "会場の延床面積による CO2 排出量 (kg-CO2) = 延床面積当たり年間排出量 × 会場面積 × 使用日数 ÷ 365（按分法）",
    en: "CO2 by floor-area apportioning (kg-CO2) = annual kg-CO2/m² × venue m² × days ÷ 365",
  },
  params: [
    param.amount(
      "kg_per_m2_year",
      { ja: "延床面積当たり年間排出量", en: "annual emissions per m²" },
      {
        ja: "建物の延床面積当たり年間 CO2 排出量（kg-CO2/m²・年）",
        en: "Building's annual CO2 per floor area (kg-CO2/m²·year)",
      }
    ),
    param.amount(
      "area_m2",
      { ja: "会場の延床面積", en: "venue floor area" },
      { ja: "会場の延床面積（m²）", en: "Venue floor area (m²)" }
    ),
    param.amount(
      "days",
      { ja: "使用日数", en: "days" },
      { ja: "使用期間（日）", en: "Days of use" }
    ),
  ],
  example: { formula: "CO2_FLOOR_AREA(80,500,1)", result: 109.58904109589041 },
  evaluate: (perM2, area, days) => perM2.times(area).times(days).dividedBy(365),
});
