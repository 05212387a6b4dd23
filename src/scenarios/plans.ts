/**
 * The guidebook's example plans (＜参考：企画書の例＞), from seed 002:
 * - A1 会議・イベントでのオフセット: lines 864-877 (rows 868-877);
 * - A2 事務事業等でのオフセット: lines 1324-1337 (rows 1329-1337);
 * - B2 吸収活動によるクレジットの創出: lines 2122-2134 (rows 2125-2134);
 * - C1 企業等への排出削減・吸収価値の提供: lines 2568-2580 (rows 2571-2580);
 * - C2 自治体同士での排出削減・吸収価値の交換〔オフセット側〕: lines 2993-3006 (rows 2996-3006);
 * - C2 〔提供側〕: lines 3009-3020 (rows 3012-3020).
 * Each is a two-column table (項目 | 内容) under the department line 〇〇部〇〇課.
 *
 * Rules applied:
 * - Every row is transcribed, in order. A 内容 becomes lines: the extraction's list markup (<ul>, <p>) is dropped and
 *   each ◇, ・, ①②③, 【…】, <開催前>-style heading, 合計 and （内容）/（広告媒体…） starts a line, as printed.
 * - Extraction artefacts undone: 「CO ₂」 → CO₂; spaces between Latin and Japanese text dropped (LED 照明 → LED照明,
 *   J-VER 発行 → J-VER発行, 〇〇ha の → 〇〇haの); 「目 的」 → 目的; the C2 〔提供側〕 table's half-width brackets
 *   「創出する吸収価値 (予定)」「スケジュール (1年目) (概要)」 → full-width, as every other table prints them. The spaces
 *   that separate a text from its amount (「講演会 〇〇名」「クレジット調達 〇〇月」) are kept.
 * - Figures another sheet knows become placeholders `{KEY}` or `{KEY|example}` (PLAN_PLACEHOLDERS): the builder
 *   quotes the cell by formula, and writes the example (〇〇 by default) while no sheet is linked or the figure is
 *   still 0 or blank — so a template rendered without links (renderPlanLine) is the guidebook's text exactly.
 *   A1's 「環境イベント」 and 「t当たり15,000円」 are the example's values of {NAME} and {PRICE_YEN}.
 * - Everything no sheet knows stays the guidebook's blank 〇〇 (months, per-category subtotals, fees, revenue), as do
 *   the partner blanks as printed: 「**自治体」 on the offset side, 「▲▲自治体」 on the provider side. The crediting
 *   period 5年間 and the species スギ・ヒノキ are the example's, kept as text for the clerk to edit.
 */
import type { Citation, Label } from "../core/data/types";
import type { PlanScenario } from "./types";

export type PlanSource = "boundary" | "forest" | "ledger";

/** How a figure is written into a text line: the cell's text, a date, or TEXT(x, format) with a plain format. */
export type PlanFormat = "text" | "date" | "0" | "0.0" | "0.00";

export interface PlanPlaceholder {
  readonly key: string;
  readonly label: Label;
  readonly source: PlanSource;
  readonly format: PlanFormat;
  /** Unit of the number, shown with the figure in the plan's list of quoted figures. */
  readonly unit?: string;
}

/**
 * Every placeholder of PLAN_TEMPLATES, and the figures the plan sheet lists as quoted from the linked sheets.
 * boundary: the バウンダリ・算定シート (事後算定 once it is non-zero, the 事前算定 before); forest: the forest project
 * sheet; ledger: the credit ledger (the ledger figures are listed, no example text quotes them).
 */
export const PLAN_PLACEHOLDERS = [
  {
    key: "NAME",
    label: { ja: "会議・イベント・取組の名称", en: "Name of the event or activity" },
    source: "boundary",
    format: "text",
  },
  {
    key: "DATES",
    label: { ja: "開催日・実施期間", en: "Date(s) or period" },
    source: "boundary",
    format: "date",
  },
  { key: "PLACE", label: { ja: "開催場所", en: "Venue" }, source: "boundary", format: "text" },
  {
    key: "ORGANIZER",
    label: { ja: "主催者・実施者", en: "Organizer" },
    source: "boundary",
    format: "text",
  },
  {
    key: "PARTICIPANTS",
    label: { ja: "参加者数（見込み）", en: "Participants (expected)" },
    source: "boundary",
    format: "0",
    unit: "人",
  },
  {
    key: "TOTAL_T",
    label: { ja: "温室効果ガス排出量", en: "Emissions" },
    source: "boundary",
    format: "0.00",
    unit: "t-CO₂",
  },
  {
    key: "CREDITS_T",
    label: { ja: "必要クレジット量（整数に切り上げ）", en: "Credits needed (rounded up)" },
    source: "boundary",
    format: "0",
    unit: "t-CO₂",
  },
  {
    key: "COST_YEN",
    label: { ja: "クレジット購入費（概算）", en: "Cost of the credits (estimate)" },
    source: "boundary",
    format: "0",
    unit: "円",
  },
  {
    key: "PRICE_YEN",
    label: { ja: "クレジット単価", en: "Credit price" },
    source: "boundary",
    format: "0",
    unit: "円/t-CO₂",
  },
  {
    key: "FOREST_TOTAL_T",
    label: { ja: "吸収量（期間合計）", en: "Removals over the period" },
    source: "forest",
    format: "0.0",
    unit: "t-CO₂",
  },
  {
    key: "FOREST_ANNUAL_T",
    label: { ja: "吸収量（年平均）", en: "Removals per year" },
    source: "forest",
    format: "0.0",
    unit: "t-CO₂/年",
  },
  {
    key: "FOREST_AREA_HA",
    label: { ja: "森林面積", en: "Forest area" },
    source: "forest",
    format: "0.00",
    unit: "ha",
  },
  {
    key: "FOREST_TOTAL_PER_HA_T",
    label: { ja: "面積当たり吸収量（期間合計）", en: "Removals per hectare over the period" },
    source: "forest",
    format: "0.0",
    unit: "t-CO₂/ha",
  },
  {
    key: "FOREST_PER_HA_T",
    label: { ja: "面積当たり吸収量（年）", en: "Removals per hectare and year" },
    source: "forest",
    format: "0.00",
    unit: "t-CO₂/ha・年",
  },
  {
    key: "HELD_T",
    label: { ja: "保有クレジット量", en: "Credits held" },
    source: "ledger",
    format: "0",
    unit: "t-CO₂",
  },
  {
    key: "ALLOCATED_T",
    label: { ja: "割当済みクレジット量", en: "Credits allocated" },
    source: "ledger",
    format: "0",
    unit: "t-CO₂",
  },
  {
    key: "RETIRED_T",
    label: { ja: "無効化済みクレジット量", en: "Credits retired" },
    source: "ledger",
    format: "0",
    unit: "t-CO₂",
  },
] as const satisfies readonly PlanPlaceholder[];

export type PlanPlaceholderKey = (typeof PLAN_PLACEHOLDERS)[number]["key"];

export function findPlanPlaceholder(key: string): PlanPlaceholder | undefined {
  return (PLAN_PLACEHOLDERS as readonly PlanPlaceholder[]).find((p) => p.key === key);
}

/** The guidebook's blank, written where a figure is not known. */
export const PLAN_BLANK = "〇〇";

export interface PlanRow {
  /** 項目 */
  readonly item: string;
  /** 内容, one printed line (bullet) per entry; may hold placeholders. */
  readonly lines: readonly string[];
}

export interface PlanTemplate {
  readonly title: Label;
  readonly rows: readonly PlanRow[];
  readonly citation: Citation;
}

/** C2 prints one plan per side: "C2" is the offsetting municipality's, "C2-provider" the providing one's. */
export type PlanTemplateId = PlanScenario | "C2-provider";

/** A line's parts: literal text, or a placeholder with the example text written while it has no value. */
export type PlanLinePart =
  { readonly text: string } | { readonly key: string; readonly example: string };

const PLACEHOLDER = /\{([A-Z_]+)(?:\|([^{}]*))?\}/g;

export function parsePlanLine(line: string): PlanLinePart[] {
  const parts: PlanLinePart[] = [];
  let last = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index) });
    parts.push({ key: match[1] as string, example: match[2] ?? PLAN_BLANK });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}

/** The line as the guidebook prints it: every placeholder replaced by its example. */
export function renderPlanLine(line: string): string {
  return parsePlanLine(line)
    .map((part) => ("text" in part ? part.text : part.example))
    .join("");
}

const cite = (caption: string): Citation => ({
  source: "guidebook-2011",
  table: `＜参考：企画書の例（${caption}）＞`,
});

const FOREST_VALUE = [
  "◇吸収量：{FOREST_TOTAL_T}t-CO₂（{FOREST_ANNUAL_T}t-CO₂/年）",
  "◇面積当たり吸収量：{FOREST_TOTAL_PER_HA_T}t-CO₂（{FOREST_PER_HA_T}t-CO₂/ha・年）",
];
const OFFSET_PURCHASE =
  "オフセット・プロバイダーに委託（環境省の「あんしんプロバイダー制度」を活用してオフセット・プロバイダーを選定）";

export const PLAN_TEMPLATES: Readonly<Record<PlanTemplateId, PlanTemplate>> = {
  A1: {
    title: { ja: "A1：会議・イベントでのオフセット", en: "A1: Offsetting meetings and events" },
    citation: cite("A1：会議・イベントでのオフセット"),
    rows: [
      {
        item: "目的",
        lines: [
          "住民が参加する環境イベントにおいてカーボン・オフセットを実施し、イベント開催に伴う温室効果ガスをオフセットするとともに、地球温暖化防止の普及啓発を図る。",
        ],
      },
      {
        item: "事業の概要",
        lines: [
          "{DATES|〇〇月〇〇日}の{NAME|環境イベント}において、開催に伴う温室効果ガス排出量{TOTAL_T}t-CO₂を、カーボン・オフセットクレジットを購入して埋め合わせ（オフセット）する。",
        ],
      },
      {
        item: "イベント内容",
        lines: [
          "◇生物多様性をテーマにした講演会",
          "◇環境展示会（地区内NPO、地区内企業、町会などに出展を呼びかけ）",
          "・来場者（想定） {PARTICIPANTS}名",
          "・出展団体（予定） 〇〇団体",
        ],
      },
      {
        item: "埋め合わせる対象活動の範囲及び温室効果ガス量（概算）",
        lines: [
          "①会場の電力、燃料等のエネルギー使用に伴う排出量 〇〇t-CO₂※",
          "②会場設営の資機材の運搬に伴う排出量 〇〇t-CO₂※",
          "③チラシ、ポスター等の製造に伴う排出量 〇〇t-CO₂※",
          "合計 {TOTAL_T}t-CO₂※",
          "※通常企画段階では概算",
        ],
      },
      {
        item: "購入するクレジット",
        lines: [
          "オフセット・クレジット（J-VER） {CREDITS_T}t-CO₂分（t当たり{PRICE_YEN|15,000}円）",
        ],
      },
      { item: "購入方法", lines: [OFFSET_PURCHASE] },
      {
        item: "温室効果ガス削減努力の実施",
        lines: [
          "<開催前>",
          "・会場設営等における省エネ（不使用時の照明消灯、搬入車両の省エネ化等）",
          "<開催中>",
          "・プラカップの回収、職員の移動時の公共交通機関や自転車の利用 等",
          "<その他>",
          "・イベント協力団体（出展団体等）へ省エネ活動の協力を依頼",
          "・来場者へ、ちらし、ポスター、場内アナウンスにより、ごみの持ち帰りを呼びかけ",
        ],
      },
      {
        item: "カーボン・オフセットに係る住民等への情報提供等",
        lines: [
          "<開催前>",
          "・広報紙、ホームページ、ポスター、ちらしにお知らせ（内容：カーボン・オフセットの意味及び実施のお知らせ、公共交通機関利用による来場の呼びかけ）",
          "<開催中>",
          "・ポスター展示、来場アナウンス",
          "<開催後>",
          "・ホームページに実施結果の報告（内容：当日の温室効果ガス排出量、オフセット量、クレジットの種類等）",
        ],
      },
      {
        item: "カーボン・オフセットに係る費用",
        lines: [
          "◇クレジット購入費 {COST_YEN}円",
          "◇オフセット・プロバイダー委託費 〇〇円",
          "合計〇〇円",
          "※来場者の費用負担：なし",
        ],
      },
      {
        item: "スケジュール（概要）",
        lines: [
          "・温室効果ガス排出量事前算定 〇〇月",
          "・オフセット・プロバイダーと契約、クレジット調達 〇〇月",
          "・ポスター掲示、広報紙・ホームページの掲載 〇〇月",
          "・イベント実施 {DATES|〇〇月〇〇日}",
          "・クレジット無効化 〇〇月",
        ],
      },
    ],
  },
  A2: {
    title: {
      ja: "A2：事務事業等でのオフセット",
      en: "A2: Offsetting the municipality's own operations",
    },
    citation: cite("A2：事務事業等でのオフセット"),
    rows: [
      {
        item: "目的",
        lines: [
          "環境センターで排出する温室効果ガスの一部をオフセットし、公共施設としての責任を果たすとともに、カーボン・オフセットの率先実行を通し地球温暖化防止の普及啓発を図る。",
        ],
      },
      {
        item: "事業の概要",
        lines: [
          "地区内環境センターから排出する温室効果ガスのうち、{TOTAL_T}t-CO₂をカーボン・オフセットクレジット購入により、埋め合わせ（オフセット）する。",
        ],
      },
      {
        item: "埋め合わせる対象活動の範囲及び温室効果ガス量（概算）",
        lines: [
          "◇環境センターにおける電力・燃料の使用に伴う温室効果ガス（一部） 〇〇t-CO₂",
          "◇環境センターが発行する刊行物の製造・発行に伴う温室効果ガス 〇〇t-CO₂",
          "合計 {TOTAL_T}t-CO₂",
        ],
      },
      { item: "購入するクレジット", lines: ["オフセット・クレジット（J-VER） {CREDITS_T}t-CO₂分"] },
      { item: "購入方法", lines: [OFFSET_PURCHASE] },
      {
        item: "温室効果ガス削減努力の実施",
        lines: [
          "◇LED照明の導入",
          "◇空調機器の運転管理の徹底",
          "◇職員への階段利用の奨励",
          "◇定期刊行物〇〇の発行頻度及びページ数の見直し",
          "◇その他",
        ],
      },
      {
        item: "カーボン・オフセットに係る住民等への情報提供等",
        lines: [
          "ホームページ及び環境センター内の掲示板に、カーボン・オフセットの実施についてお知らせ",
          "（内容）",
          "・カーボン・オフセットの意味、仕組み",
          "・実施内容（オフセットの対象活動、オフセット量、クレジットの種類等）",
        ],
      },
      {
        item: "カーボン・オフセットに係る費用",
        lines: [
          "◇クレジット購入費 {COST_YEN}円",
          "◇オフセット・プロバイダー委託費 〇〇円",
          "合計〇〇円",
        ],
      },
      {
        item: "スケジュール（概要）",
        lines: [
          "◇削減努力の実施 〇〇月～",
          "◇温室効果ガス排出量の算定 〇〇月",
          "◇オフセット・プロバイダーと契約、クレジットの調達・購入 〇〇月",
        ],
      },
    ],
  },
  B2: {
    title: {
      ja: "B2：吸収活動によるクレジットの創出",
      en: "B2: Creating credits from forest removals",
    },
    citation: cite("B2：吸収活動によるクレジットの創出"),
    rows: [
      {
        item: "目的",
        lines: [
          "地区内の森林を整備し、みどりの保全及び温室効果ガス吸収価値の創出による温暖化防止に取り組む。創出した吸収価値は、オフセット・クレジット（J-VER）化し、地区を超えて地球温暖化防止に貢献するとともに、売却資金を森林整備にあてコスト負担の軽減を図る。",
        ],
      },
      {
        item: "事業の概要",
        lines: [
          "公有林{FOREST_AREA_HA}haの植栽・間伐を実施して温室効果ガス吸収価値を創出し、オフセット・クレジット（J-VER）の認証手続きをとり、他の自治体や企業等のカーボン・オフセットに提供する。得られたクレジット売却資金は、植栽・間伐の財源とする。",
        ],
      },
      {
        item: "森林吸収プロジェクトの内容",
        lines: [
          "公有林{FOREST_AREA_HA}haの植栽・間伐",
          "・期間：5年間",
          "・樹木の種類：スギ・ヒノキ",
          "・実施方法：森林組合に委託",
        ],
      },
      { item: "創出する吸収価値（予定）", lines: [...FOREST_VALUE, "◇クレジット期間：5年間"] },
      { item: "クレジット化", lines: ["オフセット・クレジット（J-VER）の認証を受ける"] },
      { item: "妥当性確認機関", lines: ["株式会社〇〇"] },
      { item: "検証機関", lines: ["株式会社〇〇"] },
      {
        item: "費用",
        lines: [
          "◇森林吸収プロジェクト費用（計画・設計費、実施委託費等）：〇〇円",
          "◇モニタリング費（調査委託費）：〇〇円",
          "◇クレジット化費用（妥当性確認機関及び検証機関委託費等）：〇〇円",
          "合計〇〇円",
        ],
      },
      {
        item: "収入",
        lines: [
          "【クレジット売却収入（想定）】",
          "・1年目：〇〇円",
          "・2年目：〇〇円",
          "・3年目：〇〇円",
          "・4年目：〇〇円",
          "・5年目：〇〇円",
          "【国等補助金】",
          "・温室効果ガス排出削減・吸収クレジット創出支援事業：〇〇円",
          "・オフセット・クレジット（J-VER）等の創出に係る事業者支援：〇〇円",
          "・森林・林業・木材産業づくり交付金：〇〇円",
        ],
      },
      {
        item: "スケジュール（概要）",
        lines: [
          "◇プロジェクト開始届（認証運営委員会に提出） 〇〇月",
          "◇妥当性確認機関による妥当性確認 〇〇月",
          "◇認証運営委員会によるプロジェクト登録 〇〇月",
          "◇プロジェクトの実施、モニタリングの実施 〇〇月～",
          "◇検証機関による検証 〇〇月",
          "◇認証運営委員会による認証、J-VER発行 〇〇月",
        ],
      },
    ],
  },
  C1: {
    title: {
      ja: "C1：企業等への排出削減・吸収価値の提供",
      en: "C1: Providing reduction or removal value to companies",
    },
    citation: cite("C1：企業等への排出削減・吸収価値の提供"),
    rows: [
      {
        item: "目的",
        lines: [
          "地区内の森林を整備し、みどりの保全及び温室効果ガス吸収価値の創出による温暖化防止に取り組む。創出した吸収価値は、企業等に提供することにより、売却資金を森林整備にあてコスト負担の軽減を図る。",
        ],
      },
      {
        item: "事業の概要",
        lines: [
          "公有林{FOREST_AREA_HA}haの植栽・間伐を実施して温室効果ガス吸収価値を創出し、企業等のカーボン・オフセットに提供する。得られた売却資金は、植栽・間伐の財源とする。",
        ],
      },
      {
        item: "森林吸収プロジェクトの内容",
        lines: [
          "公有林{FOREST_AREA_HA}haの植栽・間伐",
          "・期間：5年間",
          "・樹木の種類：スギ・ヒノキ",
          "・実施方法：森林組合に委託",
        ],
      },
      {
        item: "創出する吸収価値（予定）",
        lines: [...FOREST_VALUE, "◇吸収価値の創出・売却期間：5年間"],
      },
      { item: "吸収価値の検証", lines: ["有識者による検証委員会を設置する"] },
      {
        item: "資金提供の募集",
        lines: [
          "温室効果ガス吸収価値創出プロジェクトの実施、吸収価値の提供、及び資金提供の呼びかけなどについて、広告し周知を図る。",
          "（広告媒体について：ホームページの掲載及びプレスに発表）",
        ],
      },
      {
        item: "証書の発行",
        lines: ["資金提供を行う企業等に対し、提供する吸収価値を証明する証書を発行する。"],
      },
      {
        item: "費用",
        lines: [
          "◇森林吸収プロジェクト費用（計画・設計費、実施委託費等）：〇〇円",
          "◇モニタリング費用（調査委託費）：〇〇円",
          "◇検証費用（検証委員会設置費等）：〇〇円",
          "合計〇〇円",
        ],
      },
      {
        item: "収入",
        lines: [
          "【企業等による資金提供収入（想定）】",
          "・1年目：〇〇円",
          "・2年目：〇〇円",
          "・3年目：〇〇円",
          "・4年目：〇〇円",
          "・5年目：〇〇円",
          "【国等補助金】",
          "・森林・林業・木材産業づくり交付金：〇〇円",
        ],
      },
      {
        item: "スケジュール（概要）",
        lines: [
          "◇計画のプレス発表、ホームページ掲載 〇〇月",
          "◇プロジェクトの開始、モニタリングの実施 〇〇月～",
          "◇検証委員会の設置、検証 〇〇月～",
          "◇企業等からの資金提供の受付、証書発行 〇〇月～",
        ],
      },
    ],
  },
  C2: {
    title: {
      ja: "C2：自治体同士での排出削減・吸収価値の交換〔オフセット側〕",
      en: "C2: Exchange between municipalities (offsetting side)",
    },
    citation: cite("C2：自治体同士での排出削減・吸収価値の交換〔オフセット側〕"),
    rows: [
      {
        item: "目的",
        lines: [
          "森林資源を持つ自治体と連携して森林を整備し、得られた温室効果ガス吸収価値により自らの事務事業に伴う温室効果ガス排出量をオフセットする。また、この取り組みを通し、住民、企業等への普及啓発を図る。",
        ],
      },
      {
        item: "事業の概要",
        lines: [
          "**自治体の所有する山林{FOREST_AREA_HA}haの植栽・間伐を5年間実施し、温室効果ガス吸収価値を創出する。協定を締結し、吸収価値の提供を受けて、自らの事務事業に伴う温室効果ガス排出量をオフセットする。",
        ],
      },
      { item: "連携する自治体", lines: ["**自治体"] },
      {
        item: "協定内容",
        lines: [
          "◇**自治体の山林{FOREST_AREA_HA}haを、当自治体が整備（森林組合に委託）",
          "◇創出する温室効果ガス吸収量は、**自治体から当自治体が提供を受ける",
          "◇**自治体は、創出吸収量の認証を行い、証書を当自治体に発行する",
        ],
      },
      {
        item: "森林吸収プロジェクトの内容",
        lines: [
          "**自治体の山林{FOREST_AREA_HA}haの植栽・間伐",
          "・期間：5年間",
          "・樹木の種類：スギ・ヒノキ",
          "・実施方法：森林組合に委託",
        ],
      },
      { item: "創出する吸収価値（予定）", lines: [...FOREST_VALUE] },
      { item: "吸収価値の検証", lines: ["**自治体の実施（有識者による検証委員会を設置）"] },
      {
        item: "埋め合わせる対象活動の範囲及び温室効果ガス量（概算）",
        lines: [
          "当自治体の事務事業に伴って排出する温室効果ガス排出量の一部（庁舎等から排出される温室効果ガス{TOTAL_T}t-CO₂分）",
          "・庁舎における電力・燃料等の使用〇〇t-CO₂分",
          "・庁有車、コミュニティバス運行に伴う燃料の使用〇〇t-CO₂分",
        ],
      },
      {
        item: "費用",
        lines: [
          "◇森林吸収プロジェクト費用（計画・設計費、実施委託費等）：〇〇円",
          "◇モニタリング費用（調査委託費）：〇〇円",
          "合計〇〇円",
        ],
      },
      { item: "国の補助金", lines: ["森林・林業・木材産業づくり交付金：〇〇円"] },
      {
        item: "スケジュール（1年目）（概要）",
        lines: [
          "◇**自治体と協定締結 〇〇月",
          "◇森林吸収プロジェクトの開始、モニタリングの実施 〇〇月～",
          "◇埋め合わせる範囲（バウンダリ）の削減努力の実施 〇〇月～",
          "◇埋め合わせる温室効果ガス排出量の算定 〇〇月",
          "◇**自治体より吸収価値の提供（証書の受領） 〇〇月",
        ],
      },
    ],
  },
  "C2-provider": {
    title: {
      ja: "C2：自治体同士での排出削減・吸収価値の交換〔提供側〕",
      en: "C2: Exchange between municipalities (providing side)",
    },
    citation: cite("C2：自治体同士での排出削減・吸収価値の交換〔提供側〕"),
    rows: [
      {
        item: "目的",
        lines: [
          "▲▲自治体と連携して森林を整備し、環境保全と温室効果ガス吸収価値の創出に取り組む。創出した吸収価値は▲▲自治体に提供し、地区を超えた温暖化防止を推進する。",
        ],
      },
      {
        item: "事業の概要",
        lines: [
          "▲▲自治体と協定を締結し、▲▲自治体が地区内公有林{FOREST_AREA_HA}haの植栽・間伐を5年間実施。創出する温室効果ガス吸収価値を、検証委員会により検証した上で、▲▲自治体に提供する。",
        ],
      },
      { item: "連携する自治体", lines: ["▲▲自治体"] },
      {
        item: "協定内容",
        lines: [
          "◇地区内公有林{FOREST_AREA_HA}haを、▲▲自治体が整備（森林組合に委託）",
          "◇創出される温室効果ガス吸収量は、▲▲自治体に提供",
          "◇当自治体で創出吸収量の認証を行い、▲▲自治体に証書を発行する",
        ],
      },
      {
        item: "森林吸収プロジェクトの内容",
        lines: [
          "公有林{FOREST_AREA_HA}haの植栽・間伐",
          "・期間：5年間",
          "・樹木の種類：スギ・ヒノキ",
          "・実施方法：▲▲自治体が森林組合に委託",
        ],
      },
      { item: "創出する吸収価値（予定）", lines: [...FOREST_VALUE] },
      { item: "吸収価値の検証", lines: ["有識者による検証委員会を設置して実施"] },
      {
        item: "費用",
        lines: [
          "◇検証費用（検証委員会設置費）：〇〇円",
          "◇吸収価値の管理に係る費用（証書発行、二重使用防止措置等）：〇〇円",
          "合計〇〇円",
        ],
      },
      {
        item: "スケジュール（1年目）（概要）",
        lines: [
          "◇▲▲自治体と協定締結 〇〇月",
          "◇森林吸収プロジェクトの開始（▲▲自治体の実施） 〇〇月～",
          "◇モニタリング結果及び吸収価値の検証 〇〇月",
          "◇▲▲自治体へ吸収価値の提供（証書発行） 〇〇月",
        ],
      },
    ],
  },
};
