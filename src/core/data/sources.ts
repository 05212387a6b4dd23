/**
 * The original sources named by 「自治体向けカーボン・オフセットガイドブック」第2章 (2011-07).
 * Every factor in this project cites one of these and the guidebook table it was read from.
 */
import type { Source, SourceId } from "./types";

export const SOURCES = {
  "jver-default-v1.1": {
    title: {
      ja: "オフセット・クレジット（J-VER）制度における温室効果ガス算定用デフォルト値一覧 Ver1.1",
      en: "Offset Credit (J-VER) Scheme: default values for GHG calculation, Ver1.1",
    },
    publisher: {
      ja: "気候変動対策認証センター（環境省）",
      en: "Climate Change Response Certification Center (Ministry of the Environment)",
    },
    date: "2011-03-23",
  },
  "elec-operator-2009": {
    title: {
      ja: "電気事業者別の CO2 排出係数（2009 年度実績）",
      en: "CO2 emission factors by electric utility (FY2009 actual)",
    },
    publisher: { ja: "環境省・経済産業省", en: "Ministry of the Environment / METI" },
    date: "2010-12-27",
  },
  "ghg-calculation-guideline": {
    title: {
      ja: "GHG算定方法ガイドライン",
      en: "GHG calculation method guideline (carbon offsetting)",
    },
    publisher: { ja: "環境省", en: "Ministry of the Environment" },
    date: "2010",
    note: {
      ja: "ガイドブックの表注「【GHG算定方法ガイドライン】による（10頁参照）」の略称のまま引用",
      en: "Cited by the short name the guidebook's table notes use (guidebook p.10)",
    },
  },
  "jver-forest-monitoring-v2.1": {
    title: {
      ja: "オフセット・クレジット（J-VER）制度モニタリング方法ガイドライン（森林管理プロジェクト用）（Ver.2.1）",
      en: "J-VER monitoring guideline for forest management projects (Ver.2.1)",
    },
    publisher: { ja: "環境省", en: "Ministry of the Environment" },
    date: "2011-01-24",
    note: {
      ja: "係数は「京都議定書3条3及び4の下でのLULUCF活動の補足情報に関する報告書」による",
      en: "Coefficients from the Kyoto Protocol Art. 3.3/3.4 LULUCF supplementary report (KP-NTR 2009)",
    },
  },
  "chiba-forest-2009": {
    title: {
      ja: "美しいちばの森林づくり 森林整備による CO2 吸収量算定基準（千葉県内民有林の平均的な値）",
      en: "Chiba Prefecture: CO2 uptake by forest maintenance, calculation standard (average private forests)",
    },
    publisher: { ja: "千葉県", en: "Chiba Prefecture" },
    date: "2009-08-21",
  },
  "cfp-pcr-pa-bs-01": {
    title: {
      ja: "商品種別算定基準（PCR）（認定 PCR 番号：PA-BS-01）対象製品：宣伝用および業務用印刷物",
      en: "Product Category Rule PA-BS-01: printed matter for advertising and business use",
    },
    publisher: {
      ja: "カーボンフットプリント制度試行事業（経済産業省）",
      en: "Carbon Footprint pilot programme (METI)",
    },
    date: "2010-10-07",
  },
  "cfp-certified-products": {
    title: {
      ja: "経済産業省カーボンフットプリント制度試行事業 認定製品のCFP表示",
      en: "METI Carbon Footprint pilot programme: certified product labels",
    },
    publisher: { ja: "経済産業省", en: "METI" },
    date: "2011",
  },
  "jver-methodologies-2011": {
    title: {
      ja: "オフセット・クレジット（J-VER）制度 方法論（気候変動対策認証センター）",
      en: "J-VER scheme methodologies (Climate Change Response Certification Center)",
    },
    publisher: {
      ja: "気候変動対策認証センター",
      en: "Climate Change Response Certification Center",
    },
    date: "2011-03-15",
  },
  "guidebook-2011": {
    title: {
      ja: "自治体向けカーボン・オフセットガイドブック 第2章",
      en: "Carbon offset guidebook for municipalities, chapter 2",
    },
    publisher: {
      ja: "特別区長会・東京都市長会・東京都町村会・特別区協議会・東京市町村自治調査会",
      en: "Tokyo 62 municipalities (joint project)",
    },
    date: "2011-07",
  },
  "moe-market-mechanisms-2011": {
    title: {
      ja: "市場メカニズムを活用した地球温暖化対策の現状と今後の取組",
      en: "Climate policy using market mechanisms: status and next steps (slides)",
    },
    publisher: {
      ja: "環境省地球環境局地球温暖化対策課市場メカニズム室",
      en: "Ministry of the Environment, Market Mechanisms Office",
    },
    date: "2011-11-21",
  },
} as const satisfies Record<SourceId, Source>;
