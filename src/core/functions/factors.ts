/** FACTOR and FACTOR_INFO: the values themselves and their provenance, for the audit trail in the sheet. */
import { param, type Found } from "../args";
import { dec } from "../decimal";
import { SOURCES } from "../data/sources";
import type { ScalarFactor } from "../factor-sets/factor-set";
import { lookupsOf } from "../factor-sets/lookups";
import { normalizeName } from "../normalize";
import { defineFunction } from "./define";

const keyParam = param.choice(
  "key",
  { ja: "係数名", en: "factor name" },
  { ja: "係数名（軽油、東京電力・実排出係数、JR東日本（在来線）など）。「jver-2011:軽油」のように係数セットも指定可", en: 'Factor name (diesel, TEPCO FY2009 actual, …); may name a factor set, e.g. "jver-2011:軽油"' },
  (set) => lookupsOf(set).scalar,
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

const FIELDS = {
  value: (f: Found<ScalarFactor>) => String(f.row.value),
  unit: (f: Found<ScalarFactor>) => f.row.unit,
  name: (f: Found<ScalarFactor>) => f.row.name.ja,
  set: (f: Found<ScalarFactor>) => f.set.id,
  source: (f: Found<ScalarFactor>) => SOURCES[f.row.citation.source].title.ja,
  date: (f: Found<ScalarFactor>) => SOURCES[f.row.citation.source].date,
  table: (f: Found<ScalarFactor>) => f.row.citation.table,
} as const;
type Field = keyof typeof FIELDS;
const FIELD_ALIASES: Record<string, Field> = {
  値: "value", 単位: "unit", 名称: "name", 名前: "name", 係数セット: "set", セット: "set", 出典: "source", 日付: "date", 公表日: "date", 表: "table",
};

function fieldOf(text: string): Field | undefined {
  const normalized = normalizeName(text);
  if (normalized in FIELDS) return normalized as Field;
  return FIELD_ALIASES[normalized];
}

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
      param.choice("field", { ja: "項目", en: "field" }, { ja: "項目（単位、出典、公表日、係数セット、表、名称、値）。省略時はすべて", en: "Field (unit, source, date, set, table, name, value). Omitted: all" }, () => FIELD_LOOKUP),
    ),
  ],
  example: { formula: 'FACTOR_INFO("軽油","単位")', result: "kg-CO2/ℓ" },
  evaluate: (found, field) => (field ? FIELDS[field.row.key](found) : summary(found)),
});

const FIELD_LOOKUP = {
  what: { ja: "項目", en: "field" },
  rows: [] as { key: Field }[],
  choices: ["単位", "出典", "公表日", "係数セット", "表", "名称", "値"],
  find: (text: string) => {
    const field = fieldOf(text);
    return field ? { key: field } : undefined;
  },
};

