/**
 * When to retire (無効化), counted from the activity's last day (「開催後」「対象活動を終了し」「実施後」), as the
 * guidebook's クレジットの無効化 sections say (A1 3(7)①, A2 3(3)③ and D1 3(7)①):
 *  - 会議・イベント (A1), line 696: 「開催後に速やかに行うことが望まれます。ただし、時間的な制約がある場合などは、半年から
 *    1年以内の実施が望まれます」 → later than 6 months: warning; later than 12 months: error.
 *  - 事務事業 (A2), line 1208: 「対象活動を終了し、温室効果ガス排出量の算定を行った後できるだけ早期に行うべきであり、概ね
 *    半年以内の実施が望まれます」 → later than 6 months: warning.
 *  - エコツアー (D1, 住民等が取り組む機会の提供), line 3406: 「取り組む機会の実施後に速やかに行うべきであり、概ね数週間から
 *    1か月以内の実施が望まれます」 → later than 1 month: warning.
 * "n months after" is Excel's EDATE (the same day n months later, or the month's last day), so the sheet's formulas and
 * the checks agree to the day. Retiring before the activity ends is not flagged.
 */
import type { Label } from "../core/data/types";
import type { OffsetTarget } from "./types";

export type TargetKind = OffsetTarget["kind"];

/** The guidebook's time frames for 無効化, in months after the activity ends (see the header for the lines). */
export interface RetirementLimit {
  readonly kind: TargetKind;
  /** The guidebook's 取組方法 whose time frame this is (its Scenario.retirement quotes the whole sentence). */
  readonly scenario: "A1" | "A2" | "D1";
  readonly label: Label;
  /** Later than this many months: warning. */
  readonly warnMonths: number;
  /** Later than this many months: error (events only). */
  readonly errorMonths?: number;
  /** The guidebook's sentence. */
  readonly guidance: Label;
  readonly citation: string;
}

export const RETIREMENT_LIMITS: readonly RetirementLimit[] = [
  {
    kind: "event",
    scenario: "A1",
    label: { ja: "会議・イベント", en: "Meeting / event" },
    warnMonths: 6,
    errorMonths: 12,
    guidance: {
      ja: "開催後に速やかに。時間的な制約がある場合などは半年から1年以内",
      en: "Promptly after the event; within six months to a year where time is short",
    },
    citation: "ガイドブック A1 3(7)① クレジットの無効化（第2章）",
  },
  {
    kind: "office",
    scenario: "A2",
    label: { ja: "事務事業", en: "Office work" },
    warnMonths: 6,
    guidance: {
      ja: "対象活動の終了・算定後できるだけ早期に、概ね半年以内",
      en: "As early as possible after the activity and its calculation; within about six months",
    },
    citation: "ガイドブック A2 3(3)③ クレジットの無効化（第2章）",
  },
  {
    kind: "ecotour",
    scenario: "D1",
    label: { ja: "エコツアー", en: "Eco-tour" },
    warnMonths: 1,
    guidance: {
      ja: "実施後に速やかに、概ね数週間から1か月以内",
      en: "Promptly after the tour; within a few weeks to a month",
    },
    citation: "ガイドブック D1 3(7)① クレジットの無効化（第2章）",
  },
];

export function retirementLimit(kind: TargetKind): RetirementLimit {
  return RETIREMENT_LIMITS.find((l) => l.kind === kind) as RetirementLimit;
}
