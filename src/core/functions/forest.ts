/** Forest CO2 uptake: the J-VER formula with BEF/R/D by species, and the Chiba age-class table. */
import { param, type Found } from "../args";
import { dec } from "../decimal";
import type { ForestSpeciesRow } from "../data/forest-coefficients";
import type { Prefecture } from "../data/prefectures";
import { lookupsOf, type ForestSpeciesChoice } from "../factor-sets/lookups";
import { messages } from "../messages";
import { CalcError } from "../result";
import { defineFunction } from "./define";

const areaParam = param.amount(
  "area_ha",
  { ja: "森林面積", en: "forest area" },
  { ja: "森林面積（ha）", en: "Forest area (ha)" }
);
const ageLabel = { ja: "林齢", en: "stand age" };

/** The coefficient row for a species; その他針葉樹/その他広葉樹 rows depend on the prefecture. */
function speciesRow(
  choice: ForestSpeciesChoice,
  prefecture: Prefecture | undefined
): ForestSpeciesRow | CalcError {
  const [only] = choice.rows;
  if (choice.rows.length === 1 && only) return only;
  if (!prefecture)
    return new CalcError(
      "#VALUE!",
      messages.regionRequired(choice.name.ja, ["東京都", "長野県", "沖縄県", "三重県", "北海道"])
    );
  const listed = choice.rows.find(
    (row) =>
      row.region && "prefectures" in row.region && row.region.prefectures.includes(prefecture.key)
  );
  const rest = choice.rows.find((row) => row.region && "rest" in row.region);
  const row = listed ?? rest;
  return row ?? new CalcError("#N/A", messages.internal(`no regional row for ${prefecture.key}`));
}

export const FOREST_UPTAKE = defineFunction({
  name: "FOREST_UPTAKE",
  category: "forest",
  unit: "t-CO2/年",
  description: {
    ja: "森林の年間 CO2 吸収量 (t-CO2/年) = 面積 × 幹材積成長量 × BEF × (1+R) × 容積密度 × 炭素含有率 × 44/12（BEF は林齢20年以下/超で切替）",
    en: "Annual forest CO2 uptake (t-CO2/yr) = area × stem growth × BEF × (1+R) × density × carbon fraction × 44/12 (BEF switches above 20 years)",
  },
  params: [
    areaParam,
    param.amount(
      "growth_m3_per_ha_yr",
      { ja: "幹材積の成長量", en: "stem volume growth" },
      { ja: "幹材積の成長量（m³/ha・年）", en: "Stem volume growth (m³/ha/yr)" }
    ),
    param.choice(
      "species",
      { ja: "樹種", en: "species" },
      {
        ja: "樹種（スギ、ヒノキ、カラマツ、その他針葉樹 など）",
        en: "Species (sugi, hinoki, larch, other conifers …)",
      },
      (set) => lookupsOf(set).forestSpecies
    ),
    param.positive("stand_age", ageLabel, {
      ja: "林齢（年）。20年以下と20年超で拡大係数 BEF が変わる",
      en: "Stand age (years); BEF differs for ≤20 and >20",
    }),
    param.optional(
      param.choice(
        "prefecture",
        { ja: "都道府県", en: "prefecture" },
        {
          ja: "都道府県（その他針葉樹・その他広葉樹のときに必要）",
          en: "Prefecture (needed for other conifers/broadleaves)",
        },
        (set) => lookupsOf(set).prefecture
      ),
      "default"
    ),
    // Wood is never 0 % carbon: a 0 (desktop Excel's blank cell) takes the set's value, as a blank does.
    param.optional(
      param.fraction(
        "carbon_fraction",
        { ja: "炭素含有率", en: "carbon fraction" },
        {
          ja: "炭素含有率（0〜1）。省略・空欄・0 のときは 0.5",
          en: "Carbon fraction (0–1). Omitted, blank or 0: 0.5",
        }
      ),
      "default"
    ),
  ],
  example: { formula: 'FOREST_UPTAKE(1,10,"スギ",30)', result: 8.850875 },
  evaluate: (
    area,
    growth,
    species: Found<ForestSpeciesChoice>,
    age,
    prefecture,
    carbonFraction
  ) => {
    const row = speciesRow(species.row, prefecture?.row);
    if (row instanceof CalcError) return row;
    const bef = age.lte(20) ? row.bef.upTo20 : row.bef.over20;
    const cf = carbonFraction ?? dec(species.set.carbonFraction);
    return area
      .times(growth)
      .times(bef)
      .times(dec(1).plus(row.r))
      .times(row.d)
      .times(cf)
      .times(44)
      .dividedBy(12);
  },
});

export const FOREST_UPTAKE_BY_AGE = defineFunction({
  name: "FOREST_UPTAKE_BY_AGE",
  category: "forest",
  unit: "t-CO2/年",
  description: {
    ja: "林齢別の年間 CO2 吸収量の概算 (t-CO2/年) = 千葉県算定例の吸収量(t-CO2/ha・年) × 面積（スギ、ヒノキ、マツ、クヌギ、その他広葉樹、林齢1〜60年）",
    en: "Quick annual uptake estimate (t-CO2/yr) = Chiba table value by species and age (t-CO2/ha/yr) × area; ages 1–60",
  },
  params: [
    param.choice(
      "species",
      { ja: "樹種", en: "species" },
      {
        ja: "樹種（スギ、ヒノキ、マツ、クヌギ、その他広葉樹）",
        en: "Species (sugi, hinoki, pine, sawtooth oak, other broadleaves)",
      },
      (set) => lookupsOf(set).chiba
    ),
    param.positive("age", ageLabel, { ja: "林齢（年、1〜60）", en: "Stand age (years, 1–60)" }),
    areaParam,
  ],
  example: { formula: 'FOREST_UPTAKE_BY_AGE("スギ",23,2)', result: 24.6 },
  evaluate: (species, age, area) => {
    const classes = species.set.chibaAgeClasses;
    // Ages are counted in whole years (planting year = 1): 10.5 years is still in the 1–10 class.
    const index = classes.findIndex((c) => age.gte(c.from) && age.lt(c.to + 1));
    const value = species.row.values[index];
    if (index < 0 || value === undefined) {
      const first = classes[0]?.from ?? 1;
      const last = classes[classes.length - 1]?.to ?? 60;
      return new CalcError(
        "#VALUE!",
        messages.outOfTable(ageLabel, age.toString(), `${first}〜${last}年`)
      );
    }
    return dec(value).times(area);
  },
});
