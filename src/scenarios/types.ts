/**
 * The guidebook's method as data: scenarios (A1 会議・イベント, A2 事務事業, D1 エコツアー), their actors and the
 * activities in each actor's boundary, every activity's calculation methods with the inputs they need (the items of
 * the questionnaire), and the disclosure tables. The sheet builders (src/sheets/builders) turn these into layouts.
 */
import type { Citation, Label } from "../core/data/types";

export type ScenarioId = "A1" | "A2" | "D1" | "blank";

/** The scenarios a plan (企画書) is written for: the guidebook's example plans (src/scenarios/plans.ts). */
export type PlanScenario = Extract<ScenarioId, "A1" | "A2"> | "B2" | "C1" | "C2";

/** What an input holds; every kind but number and text becomes a drop-down list in the sheets. */
export type InputKind =
  | "number" // a quantity ≥ 0
  | "text" // free text: a device's or vehicle's name
  | "fuel" // ガソリン, 軽油 … (fuel table)
  | "truck-use" // 営業用 / 自家用
  | "max-load" // maximum load in kg, or 軽
  | "rail" // railway operator or standard value
  | "vehicle" // 乗用車, バス …
  | "energy-factor" // electricity or fuel factor name
  | "cfp"; // a printed-matter example name, or g-CO2 per copy

export interface ActivityInput {
  /** Placeholder name in the method's formula, e.g. "watts". */
  readonly key: string;
  /** 調査項目, as the questionnaire asks it, e.g. 使用機材の消費電力. */
  readonly item: Label;
  /** 記入単位: "W", "時間", "km", "リットル"; "—" for names and choices. */
  readonly unit: string;
  readonly kind: InputKind;
  /** Which answer columns are asked (the guidebook prints "—" where one is not). */
  readonly asked: { readonly pre: boolean; readonly post: boolean };
  /** Example value shown in previews, from the guidebook's worked example where there is one. */
  readonly sample?: number | string;
  /** May stay blank: the function then uses a table value (e.g. 燃費 → the average-economy table). */
  readonly optional?: boolean;
}

export interface CalculationMethod {
  /** Unique across all activity types, e.g. "venue-electricity.equipment". */
  readonly key: string;
  /** 積み上げ法, 按分法, 燃料法, 燃費法, PCR … */
  readonly name: Label;
  readonly level: 1 | 2 | 3;
  /** The guidebook's formula in words: 電灯数 × 消費電力 × 使用時間 × 電力排出係数. */
  readonly formulaText: Label;
  readonly inputs: readonly ActivityInput[];
  /**
   * Excel formula in kg-CO2 (invariant syntax, no leading "="), with `{inputKey}` placeholders and `{ELEC}` for
   * the sheet's electricity-factor cell, e.g. "GHG.CO2_EQUIPMENT({count},{watts},{hours},{ELEC})".
   */
  readonly formula: string;
  /** What the citation column explains with FACTOR_INFO: the factor named by an input, or the sheet's electricity factor. */
  readonly factor?: { readonly input: string } | { readonly electricity: true };
  readonly citation: Citation;
}

export interface ActivityType {
  readonly key: string;
  /** 会場の電力使用（照明、空調、音響機器など） */
  readonly name: Label;
  /** The first is the guidebook's recommended method for the activity. */
  readonly methods: readonly CalculationMethod[];
}

export interface Actor {
  readonly key: string;
  /** 主催者（自治体、実行委員会） */
  readonly name: Label;
  /** 役割分担 */
  readonly role: Label;
  /** Keys of ACTIVITY_TYPES in this actor's boundary in the guidebook's example (バウンダリの設定例). */
  readonly activities: readonly string[];
}

export type DisclosureMark = "◎" | "○" | "◆" | "-";
export type DisclosureStageKey = "advertising" | "sale" | "during" | "after";

export interface DisclosureItem {
  /** ① カーボン・オフセットに関する説明 */
  readonly category: string;
  /** 詳細, e.g. カーボン・オフセットの仕組みの説明（定義、削減努力がまず重要である旨） */
  readonly item: string;
  /** Mark per stage of the table; a stage missing here is blank in the guidebook. */
  readonly marks: Partial<Record<DisclosureStageKey, DisclosureMark>>;
  /** 関連法令に関する注意事項 (paid tables only). */
  readonly legalNote?: string;
}

export interface DisclosureTable {
  readonly key: string;
  /** 参加者が費用負担しない場合において提供すべき情報 … */
  readonly title: Label;
  /** A1 and D1 have one table for when participants pay for the offset and one for when they do not; A2 has one. */
  readonly appliesWhen: "always" | "participants-free" | "participants-pay";
  /** The table's stage columns with the scenario's own words: 広告・周知, チケット等販売時, 開催中, 開催後 … */
  readonly stages: readonly { readonly key: DisclosureStageKey; readonly label: Label }[];
  readonly items: readonly DisclosureItem[];
  readonly citation: Citation;
}

/** A notice the guidebook shows as an example (チラシ・ホームページ表示例, 開催後の報告), as lines with placeholders. */
export interface NoticeTemplate {
  readonly key: string;
  readonly title: Label;
  /**
   * Lines of text. Placeholders the builder fills by formula from the boundary sheet: {NAME} event/activity name,
   * {DATES}, {PLACE}, {ORGANIZER}, {TOTAL_KG}, {TOTAL_T}, {CREDITS_T}, {CREDIT_TYPE}, {PROJECT_NAME}.
   */
  readonly lines: readonly string[];
  readonly citation: Citation;
}

export interface Scenario {
  readonly id: ScenarioId;
  /** 会議・イベントでのオフセット */
  readonly name: Label;
  /** What the offset covers: one event, a year of office work, or each participant of a tour. */
  readonly unit: "event" | "office" | "per-participant";
  readonly actors: readonly Actor[];
  readonly disclosure: readonly DisclosureTable[];
  readonly notices: readonly NoticeTemplate[];
  /** When credits should be retired after the activity (クレジットの無効化の時期). */
  readonly retirement: Label;
  readonly citation: Citation;
}
