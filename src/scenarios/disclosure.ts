/**
 * 「4 提供すべき情報の整理」: what to disclose at each stage, transcribed from seed 002:
 * - A1 (60頁～): 参加者が費用負担しない場合 lines 772-796, 参加者が費用負担する場合 lines 798-833;
 * - A2 (83頁): 自治体による自己活動オフセット lines 1271-1294;
 * - D1: エコツアー lines 3426-3463. The seed has only the table for a tour whose participants pay part of the
 *   offset (the D1 example, lines 3065-3067); it prints no table for free participation, so D1 has "D1-pay" only.
 *
 * Reading the seed's ragged rendering:
 * - Categories are merged cells: a row whose category cell is blank belongs to the one above. The category is the
 *   group number with its sub-heading (② 算定量・算定方法). The paid tables print ② and ③ as one merged cell
 *   (「② オフセットの対象(範囲) 算定量・算定方法」); their rows are split into sub-headings as the free table and A2
 *   print them (the rows and their order are the same in all four tables).
 * - Some rows are shifted: A1-free / A2 「プロジェクト期限」 (lines 793, 1291) sit two columns left and
 *   「プロジェクトの排出削減・吸収量」 (794, 1292) one column left; A1-pay 「プロジェクト名」 and 「…実施国・実施地域」
 *   (817-818) one column right, 「プロジェクトタイプ」 to 「…排出削減・吸収量」 (819-822) one or two columns left;
 *   D1 lines 3445-3451 one column right. In every case the item is the only text cell and the marks are the next
 *   consecutive cells, left to right in stage order; the marks read this way agree between A1-pay and D1 row by row.
 * - 関連法令に関する注意事項 are merged cells in the guidebook; each legalNote sits on the row where the seed prints
 *   it (the span is not recoverable). A1-pay prints the 特定商取引法 sentence together with the ④ note (line 823);
 *   D1 prints it as a separate note on the first ⑤ row (line 3456). Both are kept as printed.
 * - Text is as printed, except spaces the PDF extraction put between Japanese and Latin letters or digits
 *   (「平日 9 時～5 時」, 「JVETS クレジット」) are dropped, as the other tables print them. 「カーボン・オフセットに
 *   仕組みの説明」 (sic) and 「プロジェクト期限」 (the 内容 lists say プロジェクト期間) are kept as printed.
 */
import type { Label } from "../core/data/types";
import type { DisclosureMark, DisclosureTable } from "./types";

const C1 = "① カーボン・オフセットに関する説明";
const C2_SCOPE = "② オフセットの対象(範囲)";
const C2_CALC = "② 算定量・算定方法";
const C3_TYPE = "③ クレジットタイプの説明";
const C3_PROCURE = "③ クレジットの調達期限・通知方法";
const C3_PROJECT = "③ プロジェクト情報";
const C4 = "④ 販売価格・その他支払いに関する事項";
const C5 = "⑤ 販売事業者(自治体)の情報※";

const ITEM_MECHANISM = "カーボン・オフセットに仕組みの説明(定義、削減努力がまず重要である旨)";
const ITEM_URGENCY = "地球温暖化対策の喫緊性の説明";
const ITEM_ACTIVITY = "対象とする活動(ビルでの電力使用量、廃棄物処理など)";
const ITEM_AMOUNT = "対象とする活動に伴う排出量とオフセット量(kg、t数)";
const ITEM_METHOD = "算定方法(根拠とした算定ガイドライン又は算定式等)";
const ITEM_CREDIT = "クレジットの種類(京都メカニズムクレジット、JVETSクレジット、J-VER、その他VER)";
const ITEM_PROGRAM = "認証プログラム名(京都メカニズムクレジット以外)";
const ITEM_STATUS = "クレジットの調達状況・無効化方法";
const ITEM_DEADLINE = "クレジットの調達期限・通知方法・頻度";
const OTHER_PAYMENT =
  "その他支払いに関する事項(申し込みの有効期限、不良品のキャンセル、販売数量、引渡時期、送料、支払い方法、返品期限、返品送料)";

const LEGAL_KEIHYO = "景品表示法が適用される可能性があるため、適切に表示される必要がある";
const LEGAL_CREDIT =
  "表示全般には、景品表示法(不当表示)が、販売時(契約)には消費者契約法が適用される可能性があるため、適切に表示される必要がある";
const LEGAL_PROJECT =
  "景品表示法、消費者契約法が適用される可能性があるため、適切に表示される必要がある";
const LEGAL_PRICE =
  "販売価格の表示方法については景品表示法(販売価格の明確な提示)、消費者契約法が適用される可能性があるため、適切に表示される必要がある";
const LEGAL_MAIL_ORDER =
  "インターネット等の通信販売では、特定商取引法が適用される可能性があるため、適切に表示される必要がある";

const ADVERTISING = {
  key: "advertising",
  label: { ja: "広告・周知", en: "Advertising / announcement" },
} as const;
const SALE = { key: "sale", label: { ja: "チケット等販売時", en: "At ticket sale" } } as const;

/** A1 4 提供すべき情報の整理（60頁～）, 参加者が費用負担しない場合: 18 rows (seed 002 lines 776-794). */
const A1_FREE = {
  key: "A1-free",
  title: {
    ja: "参加者が費用負担しない場合において提供すべき情報",
    en: "Information to provide when participants do not pay for the offset",
  },
  appliesWhen: "participants-free",
  stages: [
    ADVERTISING,
    { key: "during", label: { ja: "開催中", en: "During the event" } },
    { key: "after", label: { ja: "開催後", en: "After the event" } },
  ],
  items: [
    { category: C1, item: ITEM_MECHANISM, marks: { advertising: "◎", during: "◎", after: "○" } },
    { category: C1, item: ITEM_URGENCY, marks: { advertising: "◎", during: "◎", after: "○" } },
    {
      category: C1,
      item: "イベント主催者及び関係者の削減努力",
      marks: { advertising: "◎", during: "◎", after: "○" },
    },
    {
      category: C1,
      item: "消費者の削減努力の促進に関する情報",
      marks: { advertising: "◎", during: "◎", after: "○" },
    },
    {
      category: C2_SCOPE,
      item: ITEM_ACTIVITY,
      marks: { advertising: "◎", during: "◎", after: "○" },
    },
    {
      category: C2_SCOPE,
      item: "対象とする期間(平日9時~5時など)、対象とする人数(会議に参加する人数など)",
      marks: { advertising: "○", during: "○", after: "○" },
    },
    { category: C2_CALC, item: ITEM_AMOUNT, marks: { advertising: "○", during: "○", after: "◎" } },
    { category: C2_CALC, item: ITEM_METHOD, marks: { advertising: "○", during: "○", after: "○" } },
    { category: C3_TYPE, item: ITEM_CREDIT, marks: { advertising: "○", during: "○", after: "◎" } },
    { category: C3_TYPE, item: ITEM_PROGRAM, marks: { advertising: "○", during: "○", after: "◎" } },
    {
      category: C3_PROCURE,
      item: ITEM_STATUS,
      marks: { advertising: "○", during: "○", after: "◎" },
    },
    {
      category: C3_PROCURE,
      item: ITEM_DEADLINE,
      marks: { advertising: "○", during: "○", after: "-" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト名",
      marks: { advertising: "○", during: "○", after: "○" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト実施国・実施地域",
      marks: { advertising: "○", during: "○", after: "◎" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクトタイプ",
      marks: { advertising: "○", during: "○", after: "◎" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト概要",
      marks: { advertising: "○", during: "○", after: "○" },
    },
    // line 793, shifted two columns left
    {
      category: C3_PROJECT,
      item: "プロジェクト期限",
      marks: { advertising: "○", during: "○", after: "○" },
    },
    // line 794, shifted one column left
    {
      category: C3_PROJECT,
      item: "プロジェクトの排出削減・吸収量",
      marks: { advertising: "○", during: "○", after: "◎" },
    },
  ],
  citation: {
    source: "guidebook-2011",
    table: "A1 4 提供すべき情報の整理（60頁～）：参加者が費用負担しない場合",
  },
} as const satisfies DisclosureTable;

/** A1 4 提供すべき情報の整理（60頁～）, 参加者が費用負担する場合: 25 rows (seed 002 lines 804-829). */
const A1_PAY = {
  key: "A1-pay",
  title: {
    ja: "参加者が費用負担する場合において提供すべき情報",
    en: "Information to provide when participants pay for the offset",
  },
  appliesWhen: "participants-pay",
  stages: [
    ADVERTISING,
    SALE,
    { key: "during", label: { ja: "開催中", en: "During the event" } },
    { key: "after", label: { ja: "開催後", en: "After the event" } },
  ],
  items: [
    {
      category: C1,
      item: ITEM_MECHANISM,
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C1,
      item: ITEM_URGENCY,
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C1,
      item: "カーボン・オフセット商品・サービス提供主体の削減努力",
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C1,
      item: "参加者の削減努力の促進に関する情報",
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C2_SCOPE,
      item: ITEM_ACTIVITY,
      marks: { advertising: "◆", sale: "◆", during: "◎", after: "○" },
      legalNote: LEGAL_KEIHYO,
    },
    {
      category: C2_SCOPE,
      item: "対象とする期間(平日9時～5時など)、対象とする人数(会議に参加する人数など)",
      marks: { advertising: "◆", sale: "◆", during: "◎", after: "○" },
    },
    {
      category: C2_CALC,
      item: ITEM_AMOUNT,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C2_CALC,
      item: ITEM_METHOD,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C3_TYPE,
      item: ITEM_CREDIT,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
      legalNote: LEGAL_CREDIT,
    },
    {
      category: C3_TYPE,
      item: ITEM_PROGRAM,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C3_PROCURE,
      item: ITEM_STATUS,
      marks: { advertising: "○", sale: "◆", during: "○", after: "◎" },
    },
    {
      category: C3_PROCURE,
      item: ITEM_DEADLINE,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "-" },
    },
    // lines 817-818, shifted one column right (the sub-heading プロジェクト情報 has its own cell)
    {
      category: C3_PROJECT,
      item: "プロジェクト名",
      marks: { advertising: "○", sale: "○", during: "○", after: "○" },
      legalNote: LEGAL_PROJECT,
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト実施国・実施地域",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "◎" },
    },
    // lines 819-822, shifted left; D1 prints this note one row lower, on プロジェクト概要
    {
      category: C3_PROJECT,
      item: "プロジェクトタイプ",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "◎" },
      legalNote: LEGAL_KEIHYO,
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト概要",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト期限",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクトの排出削減・吸収量",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "◎" },
    },
    {
      category: C4,
      item: "会議・イベント参加費(チケット費)当たりの販売価格",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
      // line 823 prints both sentences in this one cell
      legalNote: `${LEGAL_PRICE} ${LEGAL_MAIL_ORDER}`,
    },
    {
      category: C4,
      item: "消費者の価格負担(料金への上乗せ)の有無",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
    {
      category: C4,
      item: OTHER_PAYMENT,
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
    {
      category: C5,
      item: "販売事業者(自治体名)",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C5,
      item: "運営統括責任者名",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
    {
      category: C5,
      item: "連絡先(所在地、電話番号、e-mail)",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C5,
      item: "ウェブサイトリンク先",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
  ],
  citation: {
    source: "guidebook-2011",
    table: "A1 4 提供すべき情報の整理（60頁～）：参加者が費用負担する場合",
  },
} as const satisfies DisclosureTable;

/**
 * A2 4 提供すべき情報の整理（83頁）, 自治体による自己活動オフセット: 17 rows (seed 002 lines 1275-1292). Printed stages:
 * 広告・周知 (事前に周知、広告する場合, line 1269) and 実施後.
 */
const A2_TABLE = {
  key: "A2",
  title: {
    ja: "自治体による自己活動オフセットにおいて提供すべき情報",
    en: "Information to provide in a municipality's offset of its own activities",
  },
  appliesWhen: "always",
  stages: [ADVERTISING, { key: "after", label: { ja: "実施後", en: "After implementation" } }],
  items: [
    { category: C1, item: ITEM_MECHANISM, marks: { advertising: "◎", after: "○" } },
    { category: C1, item: ITEM_URGENCY, marks: { advertising: "◎", after: "○" } },
    { category: C1, item: "自己活動実施者の削減努力", marks: { advertising: "○", after: "◎" } },
    { category: C2_SCOPE, item: ITEM_ACTIVITY, marks: { advertising: "◎", after: "◎" } },
    {
      category: C2_SCOPE,
      item: "対象とする期間(平日9時～5時など)、対象とする人数(会議に参加する人数など)",
      marks: { advertising: "○", after: "○" },
    },
    { category: C2_CALC, item: ITEM_AMOUNT, marks: { advertising: "◎", after: "◎" } },
    { category: C2_CALC, item: ITEM_METHOD, marks: { advertising: "○", after: "○" } },
    { category: C3_TYPE, item: ITEM_CREDIT, marks: { advertising: "○", after: "◎" } },
    { category: C3_TYPE, item: ITEM_PROGRAM, marks: { advertising: "○", after: "◎" } },
    { category: C3_PROCURE, item: ITEM_STATUS, marks: { advertising: "○", after: "◎" } },
    { category: C3_PROCURE, item: ITEM_DEADLINE, marks: { advertising: "○", after: "○" } },
    { category: C3_PROJECT, item: "プロジェクト名", marks: { advertising: "○", after: "○" } },
    {
      category: C3_PROJECT,
      item: "プロジェクト実施国・実施地域",
      marks: { advertising: "○", after: "◎" },
    },
    { category: C3_PROJECT, item: "プロジェクトタイプ", marks: { advertising: "○", after: "◎" } },
    { category: C3_PROJECT, item: "プロジェクト概要", marks: { advertising: "○", after: "○" } },
    // line 1291, shifted two columns left
    { category: C3_PROJECT, item: "プロジェクト期限", marks: { advertising: "○", after: "○" } },
    // line 1292, shifted one column left
    {
      category: C3_PROJECT,
      item: "プロジェクトの排出削減・吸収量",
      marks: { advertising: "○", after: "◎" },
    },
  ],
  citation: {
    source: "guidebook-2011",
    table: "A2 4 提供すべき情報の整理（83頁）：自治体による自己活動オフセット",
  },
} as const satisfies DisclosureTable;

/**
 * D1 4 提供すべき情報の整理 (エコツアー): 25 rows (seed 002 lines 3434-3459). The guidebook prints no caption for this
 * table; the title is the section's, and the chapter's table of contents lists no page for it (D1's sections are
 * numbered 4 twice: 4 提供すべき情報の整理 and 4 必要経費・概算金額; lines 57, 3426 and 3465).
 */
const D1_PAY = {
  key: "D1-pay",
  title: {
    ja: "提供すべき情報の整理",
    en: "Information to provide (eco-tour whose participants pay part of the offset)",
  },
  appliesWhen: "participants-pay",
  stages: [
    ADVERTISING,
    SALE,
    { key: "during", label: { ja: "実施中", en: "During implementation" } },
    { key: "after", label: { ja: "実施後", en: "After implementation" } },
  ],
  items: [
    {
      category: C1,
      item: ITEM_MECHANISM,
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C1,
      item: ITEM_URGENCY,
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C1,
      item: "カーボン・オフセット商品・サービス提供主体の削減努力",
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C1,
      item: "参加者の削減努力の促進に関する情報",
      marks: { advertising: "◎", sale: "◎", during: "◎", after: "○" },
    },
    {
      category: C2_SCOPE,
      item: ITEM_ACTIVITY,
      marks: { advertising: "◆", sale: "◆", during: "◎", after: "○" },
      legalNote: LEGAL_KEIHYO,
    },
    {
      category: C2_SCOPE,
      item: "対象とする期間(平日9時～5時など)、対象とする人数(会議に参加する人数など)",
      marks: { advertising: "◆", sale: "◆", during: "◎", after: "○" },
    },
    {
      category: C2_CALC,
      item: ITEM_AMOUNT,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C2_CALC,
      item: ITEM_METHOD,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C3_TYPE,
      item: ITEM_CREDIT,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
      legalNote: LEGAL_CREDIT,
    },
    {
      category: C3_TYPE,
      item: ITEM_PROGRAM,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    // lines 3445-3451, shifted one column right (sub-headings in their own cells)
    {
      category: C3_PROCURE,
      item: ITEM_STATUS,
      marks: { advertising: "○", sale: "◆", during: "○", after: "◎" },
    },
    {
      category: C3_PROCURE,
      item: ITEM_DEADLINE,
      marks: { advertising: "◆", sale: "◆", during: "○", after: "-" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト名",
      marks: { advertising: "○", sale: "○", during: "○", after: "○" },
      legalNote: LEGAL_PROJECT,
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト実施国・実施地域",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "◎" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクトタイプ",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "◎" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト概要",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
      legalNote: LEGAL_KEIHYO,
    },
    {
      category: C3_PROJECT,
      item: "プロジェクト期限",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C3_PROJECT,
      item: "プロジェクトの排出削減・吸収量",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "◎" },
    },
    {
      category: C4,
      item: "商品・サービス当たりの販売価格",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
      legalNote: LEGAL_PRICE,
    },
    {
      category: C4,
      item: "消費者の価格負担(料金への上乗せ)の有無",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
    {
      category: C4,
      item: OTHER_PAYMENT,
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
    {
      category: C5,
      item: "販売事業者(自治体名)",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
      legalNote: LEGAL_MAIL_ORDER,
    },
    {
      category: C5,
      item: "運営統括責任者名",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
    {
      category: C5,
      item: "連絡先(所在地、電話番号、e-mail)",
      marks: { advertising: "◆", sale: "◆", during: "○", after: "○" },
    },
    {
      category: C5,
      item: "ウェブサイトリンク先",
      marks: { advertising: "◆", sale: "◆", during: "-", after: "-" },
    },
  ],
  citation: { source: "guidebook-2011", table: "D1 4 提供すべき情報の整理（エコツアー）" },
} as const satisfies DisclosureTable;

export const DISCLOSURE_TABLES = {
  A1: [A1_FREE, A1_PAY],
  A2: [A2_TABLE],
  D1: [D1_PAY],
} as const satisfies Record<"A1" | "A2" | "D1", readonly DisclosureTable[]>;

/**
 * The marks' legend as printed above the tables of 4 提供すべき情報の整理 (A1, 60頁; seed lines 774, 800-802). The
 * guidebook gives no legend for "-" (printed where an item is not provided at that stage, e.g. prices after the event).
 */
export const DISCLOSURE_LEGEND = [
  { mark: "◎", label: { ja: "必ず提供すべき情報", en: "Must be provided" } },
  { mark: "○", label: { ja: "提供することが望ましい情報", en: "Should preferably be provided" } },
  {
    mark: "◆",
    label: {
      ja: "関連法令に配慮して記載すべき事項",
      en: "Must be stated with regard to the relevant laws",
    },
  },
] as const satisfies readonly { readonly mark: DisclosureMark; readonly label: Label }[];

/** Notes printed under each table (DisclosureTable has no field for them). */
const GUIDELINE_NOTE = {
  ja: "注)【情報提供ガイドライン】による(10頁参照)",
  en: "Note: based on the Information Provision Guidelines (see p. 10)",
} as const;

export const DISCLOSURE_FOOTNOTES = {
  "A1-free": [GUIDELINE_NOTE],
  "A1-pay": [
    { ja: "※インターネット販売の場合", en: "* For sales over the internet" },
    GUIDELINE_NOTE,
  ],
  A2: [GUIDELINE_NOTE],
  "D1-pay": [
    {
      ja: "※⑤はインターネット販売の場合に必要となる",
      en: "* ⑤ is required for sales over the internet",
    },
    GUIDELINE_NOTE,
  ],
} as const satisfies Record<"A1-free" | "A1-pay" | "A2" | "D1-pay", readonly Label[]>;
