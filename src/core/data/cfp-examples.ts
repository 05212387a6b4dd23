/**
 * Carbon-footprint (CFP) examples the guidebook lists as 「具体的な算定例」 for printed matter and purchased goods:
 * - A1 3(2) 刊行物の製作 (40～48頁), seed 002 lines 390-400: five CFP-labelled printed items;
 * - A1 3(2) 「●チラシ (B5 版カラー、21,000 部) の製作に伴う温室効果ガス排出量の算定例」 資料：港区, seed lines 402-415;
 * - A2 3(2) 刊行物の製作、物品・サービスの利用 (67～77頁), seed lines 1131-1149: eight CFP-labelled products.
 * The CFP items cite "cfp-certified-products": the seed gives them as labels of certified products (「認定 PCR 一覧に掲載された
 * 各 PCR による」) without naming each item's PCR; PA-BS-01 is only named as the rule for チラシ・ポスター in general.
 * `value` and `unit` are as printed; `gramsPerUnit` converts to g-CO2 for one item (kg × 1000, ÷ pack size).
 */
import type { Citation, Label } from "./types";

export interface CfpExample {
  readonly key: string;
  /** ja: the product name inside the seed's 「」. */
  readonly name: Label;
  /** The company in the seed's 【】. */
  readonly maker: string;
  /** The specification in the seed's () or after the name, as printed ("" when none is printed). */
  readonly spec: string;
  readonly value: number;
  /** As printed, spaces removed: "g-CO2/部", "kg-CO2/10枚", … */
  readonly unit: string;
  /** g-CO2 per single item (部, 冊, 枚, 本). */
  readonly gramsPerUnit: number;
  readonly kind: "printed" | "product";
  readonly aliases: readonly string[];
  readonly citation: Citation;
}

const PRINTED = {
  source: "cfp-certified-products",
  table: "刊行物の製作：具体的な算定例（A1 3(2)、40～48頁）",
} as const satisfies Citation;

const MINATO = {
  source: "guidebook-2011",
  table:
    "●チラシ (B5 版カラー、21,000 部) の製作に伴う温室効果ガス排出量の算定例（A1 3(2)、40～48頁）資料：港区",
} as const satisfies Citation;

const PRODUCTS = {
  source: "cfp-certified-products",
  table: "刊行物の製作、物品・サービスの利用：具体的な算定例（A2 3(2)、67～77頁）",
} as const satisfies Citation;

export const CFP_EXAMPLES = [
  // A1: printed matter
  {
    key: "dnp-pamphlet",
    name: {
      ja: "DNP パンフレット (エコプロダクツ 2010 配布用)",
      en: "DNP pamphlet (Eco-Products 2010 handout)",
    },
    maker: "大日本印刷株式会社",
    spec: "A4 判、水なしオフセット 4 色刷、糊綴じ、8 頁、部数：10,000 部、重量 (1 部あたり)：26.8g",
    value: 91.2,
    unit: "g-CO2/部",
    gramsPerUnit: 91.2,
    kind: "printed",
    aliases: ["パンフレット", "pamphlet"],
    citation: PRINTED,
  },
  {
    key: "dnp-leaflet",
    name: {
      ja: "DNP リーフレット (エコプロダクツ 2010 配布用)",
      en: "DNP leaflet (Eco-Products 2010 handout)",
    },
    maker: "大日本印刷株式会社",
    spec: "A4 変形判 (200×200mm)、水なしオフセット 4 色刷、巻き三つ折り、6 頁、部数：5,000 部、重量 (1 部あたり)：15.5g",
    value: 152,
    unit: "g-CO2/部",
    gramsPerUnit: 152,
    kind: "printed",
    aliases: ["リーフレット", "leaflet"],
    citation: PRINTED,
  },
  {
    key: "ecopro-insert-flyer",
    name: {
      ja: "エコプロダクツ 2010 折り込みチラシ (B3 二つ折り)",
      en: "Eco-Products 2010 newspaper insert flyer (B3, folded)",
    },
    maker: "株式会社日経ピーアール",
    spec: "B3 4 色×4 色 (カラー) 1 部 (13.25 g)",
    value: 32.6,
    unit: "g-CO2/部",
    gramsPerUnit: 32.6,
    kind: "printed",
    aliases: ["折り込みチラシ", "insert flyer"],
    citation: PRINTED,
  },
  {
    key: "ecopro-guide-tabloid",
    name: {
      ja: "エコプロダクツ 2010 エコプロの歩き方 (タブロイド判)",
      en: "Eco-Products 2010 visitor guide (tabloid)",
    },
    maker: "株式会社日経ピーアール",
    spec: "D4 版 8 ページ 4 色×4 色 (カラー) 1 部 (36 g)",
    value: 114,
    unit: "g-CO2/部",
    gramsPerUnit: 114,
    kind: "printed",
    aliases: ["エコプロの歩き方", "タブロイド", "tabloid"],
    citation: PRINTED,
  },
  {
    key: "kankyo-business-special",
    name: {
      ja: "環境ビジネスエコプロダクツ 2010 特別号",
      en: "Kankyo Business Eco-Products 2010 special issue (magazine)",
    },
    maker: "株式会社日本ビジネス出版",
    spec: "A4 12 ページ中綴製本 4 色刷用紙トモエリバー紙 1 冊 26.43 g (20,000 部の重量 528.6kg より算出)",
    value: 72.2,
    unit: "g-CO2/冊",
    gramsPerUnit: 72.2,
    kind: "printed",
    aliases: ["環境ビジネス特別号", "特別号", "magazine"],
    citation: PRINTED,
  },
  // 港区 worked example (no printer is named; the calculation is the city's: 「資料：港区」). Detail in MINATO_FLYER_EXAMPLE.
  {
    key: "minato-flyer-b5",
    name: {
      ja: "チラシ (B5 版カラー、21,000 部)",
      en: "Flyer (B5, colour, 21,000 copies), Minato City example",
    },
    maker: "港区",
    spec: "B5 版カラー、21,000 部",
    value: 9.5,
    unit: "g-CO2/部",
    gramsPerUnit: 9.5,
    kind: "printed",
    aliases: ["チラシ", "B5チラシ", "flyer"],
    citation: MINATO,
  },
  // A2: goods
  {
    key: "garbage-bag-nonburnable",
    name: {
      ja: "東京都東村山市 家庭用指定収集袋 (燃やせないごみ)",
      en: "Higashimurayama designated household garbage bag (non-burnable)",
    },
    maker: "日本フィルム株式会社",
    spec: "ロール式自治体指定ごみ袋 0.03mm×650mm×750mm [40 リットル]、10 枚巻き",
    value: 1.4,
    unit: "kg-CO2/10枚",
    gramsPerUnit: 140,
    kind: "product",
    aliases: ["ごみ袋（燃やせないごみ）", "不燃ごみ袋"],
    citation: PRODUCTS,
  },
  {
    key: "garbage-bag-burnable",
    name: {
      ja: "東京都東村山市 家庭用指定収集袋 (燃やせるごみ)",
      en: "Higashimurayama designated household garbage bag (burnable)",
    },
    maker: "日本フィルム株式会社",
    spec: "ロール式自治体指定ごみ袋 0.03mm×650mm×750mm [40 リットル]、10 枚巻き",
    value: 1.4,
    unit: "kg-CO2/10枚",
    gramsPerUnit: 140,
    kind: "product",
    aliases: ["ごみ袋（燃やせるごみ）", "可燃ごみ袋"],
    citation: PRODUCTS,
  },
  {
    key: "work-jacket-men",
    name: { ja: "男子作業服・ブルゾン", en: "Men's work jacket (blouson)" },
    maker: "株式会社チクマ",
    spec: "ポリエステル 100%",
    value: 15.8,
    unit: "kg-CO2/枚",
    gramsPerUnit: 15800,
    kind: "product",
    aliases: ["作業服・ブルゾン", "work jacket"],
    citation: PRODUCTS,
  },
  // Seed typo: a stray 」 in 「女子事務服・ジャケット」ブルゾン」. name.ja keeps the seed; the clean name is an alias.
  {
    key: "office-jacket-women",
    name: { ja: "女子事務服・ジャケット」ブルゾン", en: "Women's office uniform jacket (blouson)" },
    maker: "株式会社チクマ",
    spec: "ポリエステル 100%",
    value: 13.9,
    unit: "kg-CO2/枚",
    gramsPerUnit: 13900,
    kind: "product",
    aliases: ["女子事務服・ジャケット・ブルゾン", "事務服", "office uniform jacket"],
    citation: PRODUCTS,
  },
  {
    key: "work-pants-men",
    name: { ja: "男子作業服・パンツ", en: "Men's work trousers" },
    maker: "株式会社チクマ",
    spec: "ポリエステル 100%",
    value: 12.9,
    unit: "kg-CO2/枚",
    gramsPerUnit: 12900,
    kind: "product",
    aliases: ["作業服・パンツ", "作業ズボン", "work trousers"],
    citation: PRODUCTS,
  },
  // As printed: 153 kg-CO2 per 20 g marker is implausible (≈7,650× its own mass); almost certainly a unit slip for 153 g.
  // Kept as printed; callers should warn before using it.
  {
    key: "oil-marker",
    name: { ja: "油性マーカー", en: "Permanent marker (oil-based)" },
    maker: "シヤチハタ株式会社",
    spec: "油性染料インキ、本体・キャップ・尾栓：再生 PP、ペン芯ホルダー：PP、内キャップ：ポリエチレン樹脂、ペン芯・吸収体：ポリエステル繊維、製品重量：20g",
    value: 153,
    unit: "kg-CO2/本",
    gramsPerUnit: 153000,
    kind: "product",
    aliases: ["マーカー", "marker"],
    citation: PRODUCTS,
  },
  {
    key: "tube-file",
    name: { ja: "チューブファイル", en: "Tube file (A4 binder)" },
    maker: "コクヨ S & T 株式会社",
    spec: "サイズ：A4 タテ型、表紙：PP フィルム貼り、収容寸法：80mm",
    value: 2.22,
    unit: "kg-CO2/冊",
    gramsPerUnit: 2220,
    kind: "product",
    aliases: ["tube file"],
    citation: PRODUCTS,
  },
  {
    key: "school-training-pants",
    name: { ja: "学校体育衣料・トレーニングパンツ", en: "School PE training pants" },
    maker: "アシックス株式会社",
    spec: "",
    value: 10.7,
    unit: "kg-CO2/枚",
    gramsPerUnit: 10700,
    kind: "product",
    aliases: ["トレーニングパンツ", "training pants"],
    citation: PRODUCTS,
  },
] as const satisfies readonly CfpExample[];

/** One line of the 港区 flyer table: 工程 (stage / process), 算定式 (bullets as printed), CO2 排出量, 備考. */
export interface MinatoFlyerStep {
  readonly stage: Label;
  readonly process: Label;
  readonly formulas: readonly string[];
  readonly kgCo2: number;
  readonly note?: string;
}

/** 「チラシ (B5 版カラー、21,000 部) の製作に伴う温室効果ガス排出量の算定例」, seed 002 lines 402-415. */
export const MINATO_FLYER_EXAMPLE = {
  spec: "B5 版カラー",
  copies: 21000,
  steps: [
    {
      stage: { ja: "原料調達", en: "Raw materials" },
      process: { ja: "用紙", en: "Paper" },
      formulas: ["{ (印刷実数+印刷予備数) ÷ 1,000 } × 1,000 枚相当の重量×排出原単位"],
      kgCo2: 146.48,
      note: "LCA 日本フォーラムデータベースの原単位 (上級印刷紙) を使用",
    },
    {
      stage: { ja: "原料調達", en: "Raw materials" },
      process: { ja: "版材", en: "Printing plates" },
      formulas: ["刷版重量×排出原単位 (材料)", "刷版面積×排出原単位 (製造・流通)"],
      kgCo2: 17.55,
    },
    {
      stage: { ja: "原料調達", en: "Raw materials" },
      process: { ja: "インキ", en: "Ink" },
      formulas: ["自社工場統計平均使用量×排出原単位"],
      kgCo2: 0.83,
    },
    {
      stage: { ja: "製造", en: "Manufacturing" },
      process: { ja: "印版", en: "Plate making" },
      formulas: ["版数×1 版あたりの消費電力量×排出原単位"],
      kgCo2: 0.51,
      note: "消費電力：自社計測値を使用",
    },
    {
      stage: { ja: "製造", en: "Manufacturing" },
      process: { ja: "印刷", en: "Printing" },
      formulas: ["印刷時消費電力×排出原単位"],
      kgCo2: 32.46,
      note: "消費電力：自社計測値を使用",
    },
    {
      stage: { ja: "製造", en: "Manufacturing" },
      process: { ja: "加工", en: "Finishing" },
      formulas: ["加工時消費電力×排出原単位"],
      kgCo2: 0.02,
      note: "消費電力：自社計測値を使用",
    },
    {
      stage: { ja: "商品流通", en: "Distribution" },
      process: { ja: "輸送", en: "Delivery" },
      formulas: ["納品時輸送重量と走行距離による消費燃料×排出原単位"],
      kgCo2: 0.73,
      note: "運送：改良トンキロ法を適用",
    },
  ],
  /** 合計 as printed (equals the sum of steps). */
  totalKg: 198.58,
  /** 1 部あたり as printed: 198.58 kg / 21,000 = 9.456… g, printed rounded to 9.5. */
  perCopyG: 9.5,
  citation: MINATO,
} as const satisfies {
  readonly spec: string;
  readonly copies: number;
  readonly steps: readonly MinatoFlyerStep[];
  readonly totalKg: number;
  readonly perCopyG: number;
  readonly citation: Citation;
};
