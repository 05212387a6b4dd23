/**
 * What an offset certificate (証書) states, from seed 002:
 * - A1 3(4) 開催前の周知・情報提供: 「●望ましい証書への記載事項」 (for certificates given to participants who pay), with
 *   「●証書の例」 (seed 002 lines 564-573 and 575-585);
 * - 「●証書に最低限明記すべき事項」 for certificates of specified-party (特定者間完結型) offsets: C1 3(3)④ 証書の発行 and
 *   C2 3(6)② 証書の発行【提供側】 (lines 2502-2509 and 2928-2935). The two lists differ in two rows:
 *   C1 「資金提供額に相当する排出削減・吸収価値」 and 交付先（企業等）, C2 「排出削減・吸収価値」 and 交付先（自治体）.
 */
import type { Citation, Label } from "../core/data/types";

export interface CertificateItem {
  readonly key: string;
  readonly label: Label;
}

export const CERTIFICATE_ITEMS = [
  {
    key: "target-activity",
    label: { ja: "カーボン・オフセットの対象活動", en: "Activities offset" },
  },
  {
    key: "scope",
    label: {
      ja: "対象とする期間／人数／距離等",
      en: "Period, number of people, distance etc. covered",
    },
  },
  { key: "amount", label: { ja: "オフセットする量", en: "Amount offset" } },
  {
    key: "method",
    label: {
      ja: "温室効果ガス排出量の算定方法",
      en: "How the greenhouse gas emissions were calculated",
    },
  },
  { key: "credit-type", label: { ja: "クレジットの種類", en: "Credit type" } },
  {
    key: "credit-status",
    label: {
      ja: "クレジットの調達状況・無効化方法",
      en: "Credit procurement status and retirement method",
    },
  },
  {
    key: "credit-deadline",
    label: { ja: "クレジットの調達期限", en: "Credit procurement deadline" },
  },
  { key: "project", label: { ja: "プロジェクト情報", en: "Project information" } },
] as const satisfies readonly CertificateItem[];

export type CertificateItemKey = (typeof CERTIFICATE_ITEMS)[number]["key"];

export interface CertificateField {
  readonly key: string;
  /** The ◆ heading, without ◆. */
  readonly label: Label;
  /** The example's text, as printed. */
  readonly lines: readonly string[];
  /** CERTIFICATE_ITEMS the field states. */
  readonly items: readonly CertificateItemKey[];
  /** The example is laid out in two columns. */
  readonly column: "left" | "right";
}

/**
 * 「●証書の例」, fields in column order (the seed reads the two columns row by row). 「詳細は、URL 参照jp」
 * (line 581) is read as 詳細は、URL参照 with a stray "jp" from the printed URL.
 */
export const CERTIFICATE_EXAMPLE = {
  title: { ja: "カーボン・オフセット証書", en: "Carbon offset certificate" },
  fields: [
    {
      key: "what-is",
      label: { ja: "カーボン・オフセットとは", en: "What is carbon offsetting" },
      lines: [
        "自分の温室効果ガス排出量を認識（見える化）し、どうしても削減できない量の全部又は一部を他の場所での排出削減・吸収量でオフセット（埋め合わせ）することです。",
      ],
      items: [],
      column: "left",
    },
    {
      key: "target-activity",
      label: { ja: "オフセットの対象活動", en: "Activities offset" },
      lines: ["・会場の電力使用 : 1.8t-CO2", "・資機材の運搬 : 0.2t-CO2"],
      items: ["target-activity"],
      column: "left",
    },
    {
      key: "amount",
      label: { ja: "オフセット量", en: "Amount offset" },
      lines: ["2.0t-CO2"],
      items: ["amount"],
      column: "left",
    },
    {
      key: "credit-type",
      label: { ja: "クレジット種類", en: "Credit type" },
      lines: ["カーボン・オフセットクレジット（J-VER）"],
      items: ["credit-type"],
      column: "right",
    },
    {
      key: "project",
      label: { ja: "プロジェクト情報", en: "Project information" },
      lines: ["木質ペレット使用によるJ-VERプロジェクト"],
      items: ["project"],
      column: "right",
    },
    {
      key: "method-project",
      label: { ja: "算定方法・プロジェクト情報", en: "Calculation method and project information" },
      lines: ["詳細は、URL参照"],
      items: ["method", "project"],
      column: "right",
    },
    {
      key: "contact",
      label: { ja: "問い合わせ先", en: "Contact" },
      lines: ["●●市●●課 Tel : 00-0000-0000"],
      items: [],
      column: "right",
    },
  ],
  notice: {
    ja: "※このカーボン・オフセットクレジットおよびカーボン・オフセット証書は転売・譲渡はできません。",
    en: "* These carbon offset credits and this certificate may not be resold or transferred.",
  },
  date: "平成●●年●月●日",
  citation: { source: "guidebook-2011", table: "A1 3(4) 開催前の周知・情報提供：証書の例" },
} as const satisfies {
  readonly title: Label;
  readonly fields: readonly CertificateField[];
  readonly notice: Label;
  readonly date: string;
  readonly citation: Citation;
};

const ISSUER = {
  ja: "証書の管理者・発行者（団体）の連絡先",
  en: "Contact of the certificate's administrator / issuer (organisation)",
};
const PROJECT = {
  ja: "排出削減・吸収プロジェクトの説明（実施場所、活動内容、検証の実施状況）",
  en: "Description of the reduction / removal project (location, activities, verification status)",
};
const NUMBER = { ja: "証書（認証）番号", en: "Certificate (certification) number" };
const VALIDITY = { ja: "協定、契約の有効期間", en: "Term of the agreement or contract" };

export const MINIMUM_CERTIFICATE_ITEMS = {
  C1: [
    {
      key: "value",
      label: {
        ja: "資金提供額に相当する排出削減・吸収価値（オフセット量）",
        en: "Reduction / removal value matching the funds provided (amount offset)",
      },
    },
    { key: "project", label: PROJECT },
    { key: "issuer-contact", label: ISSUER },
    { key: "number", label: NUMBER },
    {
      key: "recipient",
      label: { ja: "証書の交付先（企業等）名", en: "Name of the recipient (company etc.)" },
    },
    { key: "validity", label: VALIDITY },
  ],
  C2: [
    {
      key: "value",
      label: {
        ja: "排出削減・吸収価値（オフセット量）",
        en: "Reduction / removal value (amount offset)",
      },
    },
    { key: "project", label: PROJECT },
    { key: "issuer-contact", label: ISSUER },
    { key: "number", label: NUMBER },
    {
      key: "recipient",
      label: { ja: "証書の交付先（自治体）名", en: "Name of the recipient (municipality)" },
    },
    { key: "validity", label: VALIDITY },
  ],
} as const satisfies Record<"C1" | "C2", readonly CertificateItem[]>;
