/**
 * Rough costs and credit types the guidebook gives for planning budgets:
 * - A1 「5 必要経費・概算金額」 (62頁), seed 002 lines 835-845 (A2 「5 必要経費・概算金額」 (84頁), lines 1296-1306, is identical);
 * - 「●クレジットの種類と特徴」 A1 3(3)① (49頁), seed lines 451-456 (repeated in A2 at lines 1185-1190);
 * - B1・B2 「5 必要経費・概算金額」 (115頁), seed lines 2088-2096.
 * `amount` is as printed (万 = ×10,000 yen); minYen/maxYen are set only where the seed prints a number.
 * `per` is the unit the amount is charged per; rows whose amount has no printed period (数十万円) are read as one charge per job.
 */
import type { Citation, Label } from "./types";

export interface CostItem {
  readonly key: string;
  /** 項目 as printed. */
  readonly item: Label;
  /** 内容 as printed (※ marks refer to the guidebook's footnote on providers' differing fee structures, 62頁). */
  readonly detail: Label;
  /** 金額（目安） as printed. */
  readonly amount: string;
  readonly minYen?: number;
  readonly maxYen?: number;
  readonly per: "once" | "year" | "each" | "t-CO2" | "varies";
  readonly citation: Citation;
}

const PROVIDER_CITATION = {
  source: "guidebook-2011",
  table: "A1 5 必要経費・概算金額（62頁）",
} as const satisfies Citation;

const PROJECT_CITATION = {
  source: "guidebook-2011",
  table: "B1・B2 5 必要経費・概算金額（115頁）",
} as const satisfies Citation;

/** 「クレジット購入 5,000～20,000 円／t-CO2」 — yen per t-CO2, the guidebook's market-price range (2011). */
export const CREDIT_PRICE_YEN_PER_T = {
  min: 5000,
  max: 20000,
  citation: PROVIDER_CITATION,
} as const;

const PROVIDER_ITEM = "クレジット購入・管理費（オフセット・プロバイダーを活用する場合）";
const PROVIDER_ITEM_EN = "Credit purchase and management (when using an offset provider)";

export const PROVIDER_COST_ITEMS = [
  {
    key: "planning-calculation",
    item: { ja: "企画、算定委託費", en: "Planning and calculation (commissioned)" },
    detail: { ja: "コンサルタントへの委託費", en: "Consultant fee" },
    amount: "数十万円",
    per: "each",
    citation: PROVIDER_CITATION,
  },
  {
    key: "account-opening",
    item: { ja: PROVIDER_ITEM, en: PROVIDER_ITEM_EN },
    detail: { ja: "クレジット管理口座の開設※", en: "Opening a credit management account*" },
    amount: "3～5 万／初回のみ",
    minYen: 30000,
    maxYen: 50000,
    per: "once",
    citation: PROVIDER_CITATION,
  },
  {
    key: "account-management",
    item: { ja: PROVIDER_ITEM, en: PROVIDER_ITEM_EN },
    detail: { ja: "管理口座の管理運営※", en: "Running the management account*" },
    amount: "5～10 万／年間",
    minYen: 50000,
    maxYen: 100000,
    per: "year",
    citation: PROVIDER_CITATION,
  },
  {
    key: "retirement-certificate",
    item: { ja: PROVIDER_ITEM, en: PROVIDER_ITEM_EN },
    detail: {
      ja: "クレジットの無効化・証書発行",
      en: "Retiring credits and issuing the certificate",
    },
    amount: "3～5 万／実施毎",
    minYen: 30000,
    maxYen: 50000,
    per: "each",
    citation: PROVIDER_CITATION,
  },
  {
    key: "credit-purchase",
    item: { ja: PROVIDER_ITEM, en: PROVIDER_ITEM_EN },
    detail: { ja: "クレジット購入", en: "Buying credits" },
    amount: "5,000～20,000 円／t-CO2",
    minYen: 5000,
    maxYen: 20000,
    per: "t-CO2",
    citation: PROVIDER_CITATION,
  },
  {
    key: "information",
    item: { ja: "情報提供に係る費用", en: "Information to the public" },
    detail: {
      ja: "ホームページ作成、ポスターやチラシなどの印刷物の作成",
      en: "Web pages, posters, flyers and other printed matter",
    },
    amount: "必要金額は規模・回数・仕様により変動",
    per: "varies",
    citation: PROVIDER_CITATION,
  },
] as const satisfies readonly CostItem[];

export interface CreditType {
  readonly key: string;
  readonly name: Label;
  /** 特徴 as printed. */
  readonly feature: string;
  /** 排出削減・吸収活動の場 */
  readonly where: "海外" | "国内";
  /** 国の京都議定書削減約束への貢献: 「可能」 → true, 「×」 → false. */
  readonly kyotoContribution: boolean;
  readonly citation: Citation;
}

const CREDIT_TYPES_CITATION = {
  source: "guidebook-2011",
  table: "●クレジットの種類と特徴（A1 3(3)①、49頁）",
} as const satisfies Citation;

export const CREDIT_TYPES = [
  {
    key: "kyoto-mechanism",
    name: { ja: "京都メカニズムクレジット", en: "Kyoto mechanism credits" },
    feature:
      "海外での排出削減・吸収プロジェクトへの支援につながる。クレジットの料金は、比較的安価。",
    where: "海外",
    kyotoContribution: true,
    citation: CREDIT_TYPES_CITATION,
  },
  {
    key: "j-ver",
    name: { ja: "オフセット・クレジット (J-VER)", en: "Offset credits (J-VER)" },
    feature:
      "国内の排出削減・吸収活動への支援につながる。植林や間伐などの森林整備の吸収プロジェクトもある。",
    where: "国内",
    kyotoContribution: false,
    citation: CREDIT_TYPES_CITATION,
  },
  {
    key: "jpa",
    name: {
      ja: "自主参加型国内排出量取引制度の排出枠 (JPA)",
      en: "Allowances of the Japanese Voluntary Emissions Trading Scheme (JPA)",
    },
    feature: "国内企業や省エネ設備改修による削減活動への支援につながる。",
    where: "国内",
    kyotoContribution: false,
    citation: CREDIT_TYPES_CITATION,
  },
] as const satisfies readonly CreditType[];

/** B1・B2 costs of running a reduction/removal project to create credits. Circled numbers are part of the printed 項目. */
export const PROJECT_COST_ITEMS = [
  {
    key: "planning-study",
    item: { ja: "①計画策定調査費", en: "① Planning studies" },
    detail: {
      ja: "事業可能性調査、基本計画・基本設計・実施設計などの策定調査のための費用",
      en: "Feasibility study, basic plan, basic and detailed design",
    },
    amount: "数十万円～",
    per: "once",
    citation: PROJECT_CITATION,
  },
  {
    key: "project-implementation",
    item: {
      ja: "②排出削減・吸収プロジェクトの実施にかかる費用",
      en: "② Implementing the reduction/removal project",
    },
    detail: {
      ja: "省エネ設備・再生可能エネルギー設備の導入、森林整備、植林、維持管理などのための費用",
      en: "Energy-saving or renewable equipment, forest maintenance, planting, upkeep",
    },
    amount: "プロジェクトの内容・規模に応じて変動",
    per: "varies",
    citation: PROJECT_CITATION,
  },
  {
    key: "monitoring",
    item: { ja: "③モニタリングに係る費用", en: "③ Monitoring" },
    detail: { ja: "調査委託費", en: "Commissioned survey" },
    amount: "数十万円",
    per: "each",
    citation: PROJECT_CITATION,
  },
  {
    // Free as of 2010-11 by the Ministry's decision; a later fee would need a new source.
    key: "crediting-fees",
    item: { ja: "④クレジット化のための費用", en: "④ Getting credits issued" },
    detail: {
      ja: "妥当性確認、検証にかかる手数料、オフセット・クレジット登録簿開設などにかかる手数料等",
      en: "Validation and verification fees, registry account opening fees, etc.",
    },
    amount: "0円 (2010〔平成22〕年11月現在、環境省の設定により無料)",
    minYen: 0,
    maxYen: 0,
    per: "each",
    citation: PROJECT_CITATION,
  },
  {
    key: "validation",
    item: { ja: "⑤妥当性確認費用", en: "⑤ Validation" },
    detail: { ja: "妥当性確認機関への依頼費用", en: "Fee of the validation body" },
    amount: "プロジェクトの内容・規模、各機関の料金形態に応じて変動",
    per: "varies",
    citation: PROJECT_CITATION,
  },
  {
    key: "verification",
    item: { ja: "⑥検証費用", en: "⑥ Verification" },
    detail: { ja: "検証機関への依頼費用", en: "Fee of the verification body" },
    amount: "プロジェクトの内容・規模、各機関の料金形態に応じて変動",
    per: "varies",
    citation: PROJECT_CITATION,
  },
] as const satisfies readonly CostItem[];
