/** FACTOR and FACTOR_INFO: the values themselves and their provenance, for the audit trail in the sheet. */
import { param, type Found } from "../args";
import { dec } from "../decimal";
import { SOURCES } from "../data/sources";
import type { ScalarFactor } from "../factor-sets/factor-set";
import { lookupsOf } from "../factor-sets/lookups";
import { createLookup, type Named } from "../lookup";
import { defineFunction } from "./define";

const keyParam = param.choice(
  "key",
  { ja: "係数名", en: "factor name" },
  {
    ja: "係数名（軽油、東京電力・実排出係数、JR東日本（在来線）など）。「jver-2011:軽油」のように係数セットも指定可",
    en: 'Factor name (diesel, TEPCO FY2009 actual, …); may name a factor set, e.g. "jver-2011:軽油"',
  },
  (set) => lookupsOf(set).scalar
);

export const FACTOR = defineFunction({
  name: "FACTOR",
  category: "factors",
  unit: "係数の単位（FACTOR_INFO で確認）",
  description: {
    ja: "同梱の係数セットの値を返す（単位・出典は FACTOR_INFO）",
    en: "The value of a bundled factor (unit and source: FACTOR_INFO)",
  },
  params: [keyParam],
  example: { formula: 'FACTOR("軽油")', result: 2.59 },
  evaluate: (found) => dec(found.row.value),
});

type FieldReader = (f: Found<ScalarFactor>) => string;

/** The fields FACTOR_INFO can return one by one, named in Japanese or English. */
const FIELDS = [
  { key: "value", name: { ja: "値", en: "value" }, aliases: [], read: (f) => String(f.row.value) },
  { key: "unit", name: { ja: "単位", en: "unit" }, aliases: [], read: (f) => f.row.unit },
  { key: "name", name: { ja: "名称", en: "name" }, aliases: ["名前"], read: (f) => f.row.name.ja },
  {
    key: "set",
    name: { ja: "係数セット", en: "factor set" },
    aliases: ["セット"],
    read: (f) => f.set.id,
  },
  {
    key: "source",
    name: { ja: "出典", en: "source" },
    aliases: [],
    read: (f) => SOURCES[f.row.citation.source].title.ja,
  },
  {
    key: "date",
    name: { ja: "公表日", en: "date" },
    aliases: ["日付"],
    read: (f) => SOURCES[f.row.citation.source].date,
  },
  { key: "table", name: { ja: "表", en: "table" }, aliases: [], read: (f) => f.row.citation.table },
] as const satisfies readonly (Named & { read: FieldReader })[];
const FIELD_LOOKUP = createLookup({ ja: "項目", en: "field" }, FIELDS);

function summary(f: Found<ScalarFactor>): string {
  const source = SOURCES[f.row.citation.source];
  return `${f.row.name.ja}: ${f.row.value} ${f.row.unit}｜係数セット ${f.set.id}｜出典: ${source.title.ja}（${source.date}）｜${f.row.citation.table}`;
}

export const FACTOR_INFO = defineFunction({
  name: "FACTOR_INFO",
  category: "factors",
  unit: "",
  description: {
    ja: "係数の名称・値・単位・係数セット・出典を文字列で返す（監査用）。項目を指定するとその項目だけ",
    en: "A factor's name, value, unit, factor set and source as text (for the audit trail); or one field",
  },
  params: [
    keyParam,
    param.optional(
      param.choice(
        "field",
        { ja: "項目", en: "field" },
        {
          ja: "項目（単位、出典、公表日、係数セット、表、名称、値）。省略・空欄時はすべて",
          en: "Field (unit, source, date, set, table, name, value). Omitted or blank: all",
        },
        () => FIELD_LOOKUP
      ),
      "default"
    ),
  ],
  example: { formula: 'FACTOR_INFO("軽油","単位")', result: "kg-CO2/ℓ" },
  evaluate: (found, field) => (field ? field.row.read(found) : summary(found)),
});
