/**
 * 「●CO2 吸収量算定にあたり用いる係数（拡大係数、容積密度）」 — guidebook B1・B2 4(2)① (110頁～), seed 002 lines 1944-2003.
 * The guidebook quotes J-VER モニタリング方法ガイドライン（森林管理プロジェクト用）Ver.2.1, whose values come from
 * the KP LULUCF supplementary report (KP-NTR 2009). Rows are in the seed's order: 16 named conifers, 3 regional
 * その他針葉樹, 18 named broadleaves, 3 regional その他広葉樹. Numbers are as printed.
 *
 * 森林吸収量 (t-CO2/年) = 面積 × 幹材積成長量 × BEF × (1+R) × D × 炭素含有率 × 44/12.
 */
import { TOHOKU_SIX } from "./prefectures";
import type { Citation, Label } from "./types";

export interface ForestSpeciesRow {
  /** Stable English/romaji key. */
  readonly key: string;
  /** ja exactly as the seed prints it; en common name. */
  readonly name: Label;
  readonly group: "conifer" | "broadleaf";
  /** BEF (地上部/幹 biomass ratio) for stand age ≤20 and >20 years. */
  readonly bef: { readonly upTo20: number; readonly over20: number };
  /** R: below-ground (root) to above-ground biomass ratio. */
  readonly r: number;
  /** D: basic wood density, t/m³. */
  readonly d: number;
  /** Only on the regional その他針葉樹 / その他広葉樹 rows: the prefectures (keys of prefectures.ts) the row applies to. */
  readonly region?: { readonly prefectures: readonly string[] } | { readonly rest: true };
  /** Other spellings users type: romaji, English, kanji/katakana variants. */
  readonly aliases: readonly string[];
  readonly citation: Citation;
}

const CITATION = {
  source: "jver-forest-monitoring-v2.1",
  table: "●CO2 吸収量算定にあたり用いる係数（拡大係数、容積密度）（B1・B2 4(2)①、110頁～）",
} as const satisfies Citation;

export const FOREST_SPECIES = [
  // 針葉樹 (named)
  {
    key: "sugi",
    name: { ja: "スギ", en: "Japanese cedar (sugi)" },
    group: "conifer",
    bef: { upTo20: 1.57, over20: 1.23 },
    r: 0.25,
    d: 0.314,
    aliases: ["sugi", "杉", "Japanese cedar", "cryptomeria"],
    citation: CITATION,
  },
  {
    key: "hinoki",
    name: { ja: "ヒノキ", en: "Japanese cypress (hinoki)" },
    group: "conifer",
    bef: { upTo20: 1.55, over20: 1.24 },
    r: 0.26,
    d: 0.407,
    aliases: ["hinoki", "檜", "桧", "Japanese cypress"],
    citation: CITATION,
  },
  {
    key: "sawara",
    name: { ja: "サワラ", en: "Sawara cypress" },
    group: "conifer",
    bef: { upTo20: 1.55, over20: 1.24 },
    r: 0.26,
    d: 0.287,
    aliases: ["sawara", "椹"],
    citation: CITATION,
  },
  {
    key: "akamatsu",
    name: { ja: "アカマツ", en: "Japanese red pine (akamatsu)" },
    group: "conifer",
    bef: { upTo20: 1.63, over20: 1.23 },
    r: 0.26,
    d: 0.451,
    aliases: ["akamatsu", "赤松", "Japanese red pine", "red pine"],
    citation: CITATION,
  },
  {
    key: "kuromatsu",
    name: { ja: "クロマツ", en: "Japanese black pine (kuromatsu)" },
    group: "conifer",
    bef: { upTo20: 1.39, over20: 1.36 },
    r: 0.34,
    d: 0.464,
    aliases: ["kuromatsu", "黒松", "Japanese black pine", "black pine"],
    citation: CITATION,
  },
  {
    key: "hiba",
    name: { ja: "ヒバ", en: "Hiba arborvitae (hiba)" },
    group: "conifer",
    bef: { upTo20: 2.38, over20: 1.41 },
    r: 0.2,
    d: 0.412,
    aliases: ["hiba", "アスナロ", "翌檜", "asunaro"],
    citation: CITATION,
  },
  {
    key: "karamatsu",
    name: { ja: "カラマツ", en: "Japanese larch (karamatsu)" },
    group: "conifer",
    bef: { upTo20: 1.5, over20: 1.15 },
    r: 0.29,
    d: 0.404,
    aliases: ["karamatsu", "唐松", "落葉松", "Japanese larch", "larch"],
    citation: CITATION,
  },
  {
    key: "momi",
    name: { ja: "モミ", en: "Momi fir (momi)" },
    group: "conifer",
    bef: { upTo20: 1.4, over20: 1.4 },
    r: 0.4,
    d: 0.423,
    aliases: ["momi", "樅", "momi fir"],
    citation: CITATION,
  },
  {
    key: "todomatsu",
    name: { ja: "トドマツ", en: "Sakhalin fir (todomatsu)" },
    group: "conifer",
    bef: { upTo20: 1.88, over20: 1.38 },
    r: 0.21,
    d: 0.318,
    aliases: ["todomatsu", "椴松", "Sakhalin fir"],
    citation: CITATION,
  },
  {
    key: "tsuga",
    name: { ja: "ツガ", en: "Japanese hemlock (tsuga)" },
    group: "conifer",
    bef: { upTo20: 1.4, over20: 1.4 },
    r: 0.4,
    d: 0.464,
    aliases: ["tsuga", "栂", "Japanese hemlock", "hemlock"],
    citation: CITATION,
  },
  {
    key: "ezomatsu",
    name: { ja: "エゾマツ", en: "Yezo spruce (ezomatsu)" },
    group: "conifer",
    bef: { upTo20: 2.18, over20: 1.48 },
    r: 0.23,
    d: 0.357,
    aliases: ["ezomatsu", "蝦夷松", "Yezo spruce", "Jezo spruce"],
    citation: CITATION,
  },
  {
    key: "akaezomatsu",
    name: { ja: "アカエゾマツ", en: "Sakhalin spruce (akaezomatsu)" },
    group: "conifer",
    bef: { upTo20: 2.17, over20: 1.67 },
    r: 0.21,
    d: 0.362,
    aliases: ["akaezomatsu", "赤蝦夷松", "Sakhalin spruce", "Glehn's spruce"],
    citation: CITATION,
  },
  {
    key: "maki",
    name: { ja: "マキ", en: "Podocarpus (maki)" },
    group: "conifer",
    bef: { upTo20: 1.39, over20: 1.23 },
    r: 0.2,
    d: 0.455,
    aliases: ["maki", "イヌマキ", "槇", "槙", "podocarpus"],
    citation: CITATION,
  },
  {
    key: "ichii",
    name: { ja: "イチイ", en: "Japanese yew (ichii)" },
    group: "conifer",
    bef: { upTo20: 1.39, over20: 1.23 },
    r: 0.2,
    d: 0.454,
    aliases: ["ichii", "一位", "Japanese yew", "yew"],
    citation: CITATION,
  },
  {
    key: "icho",
    name: { ja: "イチョウ", en: "Ginkgo (icho)" },
    group: "conifer",
    bef: { upTo20: 1.5, over20: 1.15 },
    r: 0.2,
    d: 0.45,
    aliases: ["icho", "ichou", "銀杏", "公孫樹", "ginkgo"],
    citation: CITATION,
  },
  {
    key: "exotic-conifer",
    name: { ja: "外来針葉樹", en: "Introduced conifers" },
    group: "conifer",
    bef: { upTo20: 1.41, over20: 1.41 },
    r: 0.17,
    d: 0.32,
    aliases: ["外国産針葉樹", "exotic conifer", "introduced conifer"],
    citation: CITATION,
  },
  // その他針葉樹: three regional rows (the seed writes 〃 = ditto for the 2nd and 3rd). Aliases stay empty:
  // the shared name is resolved by prefecture, not by spelling.
  {
    key: "other-conifer-north",
    name: { ja: "その他針葉樹", en: "Other conifers (Hokkaido, Tohoku, inland Kanto–Chubu)" },
    group: "conifer",
    bef: { upTo20: 2.55, over20: 1.32 },
    r: 0.34,
    d: 0.352,
    // 「北海道、東北6県、栃木、群馬、埼玉、新潟、富山、山梨、長野、岐阜、静岡に適用」
    region: {
      prefectures: [
        "hokkaido",
        ...TOHOKU_SIX,
        "tochigi",
        "gunma",
        "saitama",
        "niigata",
        "toyama",
        "yamanashi",
        "nagano",
        "gifu",
        "shizuoka",
      ],
    },
    aliases: [],
    citation: CITATION,
  },
  {
    key: "other-conifer-okinawa",
    name: { ja: "その他針葉樹", en: "Other conifers (Okinawa)" },
    group: "conifer",
    bef: { upTo20: 1.39, over20: 1.36 },
    r: 0.34,
    d: 0.464,
    region: { prefectures: ["okinawa"] }, // 「沖縄県に適用」
    aliases: [],
    citation: CITATION,
  },
  {
    key: "other-conifer-rest",
    name: { ja: "その他針葉樹", en: "Other conifers (other prefectures)" },
    group: "conifer",
    bef: { upTo20: 1.4, over20: 1.4 },
    r: 0.4,
    d: 0.423,
    region: { rest: true }, // 「上記以外の県に適用」 (the seed says 県; 都 and 府 are meant too)
    aliases: [],
    citation: CITATION,
  },
  // 広葉樹 (named)
  {
    key: "buna",
    name: { ja: "ブナ", en: "Japanese beech (buna)" },
    group: "broadleaf",
    bef: { upTo20: 1.58, over20: 1.32 },
    r: 0.26,
    d: 0.573,
    aliases: ["buna", "橅", "山毛欅", "beech", "Japanese beech"],
    citation: CITATION,
  },
  {
    key: "kashi",
    name: { ja: "カシ", en: "Evergreen oak (kashi)" },
    group: "broadleaf",
    bef: { upTo20: 1.52, over20: 1.33 },
    r: 0.26,
    d: 0.646,
    aliases: ["kashi", "樫", "evergreen oak"],
    citation: CITATION,
  },
  {
    key: "kuri",
    name: { ja: "クリ", en: "Japanese chestnut (kuri)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.419,
    aliases: ["kuri", "栗", "chestnut", "Japanese chestnut"],
    citation: CITATION,
  },
  {
    key: "kunugi",
    name: { ja: "クヌギ", en: "Sawtooth oak (kunugi)" },
    group: "broadleaf",
    bef: { upTo20: 1.36, over20: 1.32 },
    r: 0.26,
    d: 0.668,
    aliases: ["kunugi", "櫟", "椚", "sawtooth oak"],
    citation: CITATION,
  },
  {
    key: "nara",
    name: { ja: "ナラ", en: "Deciduous oak (nara)" },
    group: "broadleaf",
    bef: { upTo20: 1.4, over20: 1.26 },
    r: 0.26,
    d: 0.624,
    aliases: ["nara", "楢", "コナラ", "ミズナラ", "konara", "mizunara", "deciduous oak"],
    citation: CITATION,
  },
  // Seed typo: 「ドノロキ」 is the tree ドロノキ (Populus suaveolens). name.ja keeps the seed; the real name is an alias.
  {
    key: "doronoki",
    name: { ja: "ドノロキ", en: "Japanese poplar (doronoki)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.291,
    aliases: ["ドロノキ", "doronoki", "泥の木", "Japanese poplar"],
    citation: CITATION,
  },
  {
    key: "hannoki",
    name: { ja: "ハンノキ", en: "Japanese alder (hannoki)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.25 },
    r: 0.26,
    d: 0.454,
    aliases: ["hannoki", "榛の木", "alder", "Japanese alder"],
    citation: CITATION,
  },
  {
    key: "nire",
    name: { ja: "ニレ", en: "Elm (nire)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.494,
    aliases: ["nire", "楡", "ハルニレ", "elm"],
    citation: CITATION,
  },
  {
    key: "keyaki",
    name: { ja: "ケヤキ", en: "Japanese zelkova (keyaki)" },
    group: "broadleaf",
    bef: { upTo20: 1.58, over20: 1.28 },
    r: 0.26,
    d: 0.611,
    aliases: ["keyaki", "欅", "zelkova", "Japanese zelkova"],
    citation: CITATION,
  },
  {
    key: "katsura",
    name: { ja: "カツラ", en: "Katsura tree (katsura)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.454,
    aliases: ["katsura", "桂", "katsura tree"],
    citation: CITATION,
  },
  {
    key: "hoonoki",
    name: { ja: "ホオノキ", en: "Japanese bigleaf magnolia (hoonoki)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.386,
    aliases: ["hoonoki", "honoki", "朴の木", "朴", "Japanese bigleaf magnolia"],
    citation: CITATION,
  },
  {
    key: "kaede",
    name: { ja: "カエデ", en: "Maple (kaede)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.519,
    aliases: ["kaede", "楓", "モミジ", "maple"],
    citation: CITATION,
  },
  {
    key: "kihada",
    name: { ja: "キハダ", en: "Amur cork tree (kihada)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.344,
    aliases: ["kihada", "黄檗", "Amur cork tree"],
    citation: CITATION,
  },
  {
    key: "shinanoki",
    name: { ja: "シナノキ", en: "Japanese linden (shinanoki)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.369,
    aliases: ["shinanoki", "科の木", "linden", "Japanese linden"],
    citation: CITATION,
  },
  {
    key: "sennoki",
    name: { ja: "センノキ", en: "Castor aralia (sennoki)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.398,
    aliases: ["sennoki", "ハリギリ", "栓の木", "harigiri", "castor aralia"],
    citation: CITATION,
  },
  {
    key: "kiri",
    name: { ja: "キリ", en: "Paulownia (kiri)" },
    group: "broadleaf",
    bef: { upTo20: 1.33, over20: 1.18 },
    r: 0.26,
    d: 0.234,
    aliases: ["kiri", "桐", "paulownia"],
    citation: CITATION,
  },
  {
    key: "exotic-broadleaf",
    name: { ja: "外来広葉樹", en: "Introduced broadleaves" },
    group: "broadleaf",
    bef: { upTo20: 1.41, over20: 1.41 },
    r: 0.16,
    d: 0.66,
    aliases: ["外国産広葉樹", "exotic broadleaf", "introduced broadleaf"],
    citation: CITATION,
  },
  {
    key: "kanba",
    name: { ja: "カンバ", en: "Birch (kanba)" },
    group: "broadleaf",
    bef: { upTo20: 1.31, over20: 1.2 },
    r: 0.26,
    d: 0.468,
    aliases: ["kanba", "樺", "シラカンバ", "シラカバ", "ダケカンバ", "birch"],
    citation: CITATION,
  },
  // その他広葉樹: three regional rows (〃 = ditto).
  {
    key: "other-broadleaf-a",
    name: {
      ja: "その他広葉樹",
      en: "Other broadleaves (warm coastal: Chiba, Tokyo, Kochi, N. Kyushu, Kagoshima, Okinawa)",
    },
    group: "broadleaf",
    bef: { upTo20: 1.37, over20: 1.37 },
    r: 0.26,
    d: 0.469,
    region: {
      prefectures: ["chiba", "tokyo", "kochi", "fukuoka", "nagasaki", "kagoshima", "okinawa"],
    }, // 「千葉、東京、高知、福岡、長崎、鹿児島、沖縄」
    aliases: [],
    citation: CITATION,
  },
  {
    key: "other-broadleaf-b",
    name: {
      ja: "その他広葉樹",
      en: "Other broadleaves (Mie, Wakayama, central/south Kyushu, Saga)",
    },
    group: "broadleaf",
    bef: { upTo20: 1.52, over20: 1.33 },
    r: 0.26,
    d: 0.646,
    region: { prefectures: ["mie", "wakayama", "oita", "kumamoto", "miyazaki", "saga"] }, // 「三重、和歌山、大分、熊本、宮崎、佐賀」
    aliases: [],
    citation: CITATION,
  },
  {
    key: "other-broadleaf-rest",
    name: { ja: "その他広葉樹", en: "Other broadleaves (other prefectures)" },
    group: "broadleaf",
    bef: { upTo20: 1.4, over20: 1.26 },
    r: 0.26,
    d: 0.624,
    // 「上記2区分以外の府県」: the seed writes 府県, which literally leaves out 北海道 (道) and 東京 (都, already in row a).
    // Read as every prefecture not in rows a/b, 北海道 included — otherwise 北海道 would have no broadleaf row.
    region: { rest: true },
    aliases: [],
    citation: CITATION,
  },
] as const satisfies readonly ForestSpeciesRow[];

/** 炭素含有率 (carbon fraction of dry matter): B1・B2 4(2)① 算定式 and the table above, "0.5" (seed 002 lines 1940, 1948). */
export const CARBON_FRACTION = 0.5;

/**
 * 二酸化炭素換算係数 44/12 (CO2/C molecular weight ratio): B1・B2 4(2)① 算定式 (seed 002 line 1942). Kept as a fraction
 * so callers can stay exact.
 */
export const CO2_PER_C = { numerator: 44, denominator: 12 } as const;
