/**
 * Prefectural rules for when an event should be offset:
 * - 岐阜県: 【オフセットイベントのルール】 of its カーボン・オフセットガイドライン（イベント版）, seed 000 line 534
 *   (地方公共団体における取組状況). Both conditions must hold: 1,000人以上 … については … 5t-CO2以上であれば.
 * - 兵庫県: CO2削減相殺制度（ひょうごカーボン・オフセット）実施要綱, seed 002 line 3662 (D2 4 取組事例 (2)).
 *   「…1,000人以上、…1,000kWh以上、参加が有料などの要件を満たすもの」 is read as all the listed requirements
 *   holding; 「など」 says the 要綱 may set more than the guidebook quotes, so meeting these is necessary, not
 *   known to be sufficient.
 * `key` is the prefecture's key in src/core/data/prefectures.ts.
 */
import type { Citation, Label } from "../core/data/types";

export interface OffsetThreshold {
  readonly key: string;
  readonly prefecture: Label;
  /** The rule as quoted in the source. */
  readonly rule: Label;
  readonly conditions: {
    readonly participants?: number;
    readonly participantsPerDay?: number;
    readonly tCo2?: number;
    readonly kwhPerDay?: number;
    readonly paidEntry?: boolean;
  };
  /** Every condition must hold (at or above each number). */
  readonly combine: "all";
  readonly consequence: Label;
  readonly citation: Citation;
}

export const OFFSET_THRESHOLDS = [
  {
    key: "gifu",
    prefecture: { ja: "岐阜県", en: "Gifu" },
    rule: {
      ja: "1,000人以上の参加者を見込む会議やイベント等については、人数等から算出したCO2排出量の概算が5t-CO2以上であればカーボン・オフセットの実施を検討",
      en: "Meetings and events expecting 1,000 or more participants consider carbon offsetting if their CO2 emissions, roughly estimated from attendance etc., are 5 t-CO2 or more",
    },
    conditions: { participants: 1000, tCo2: 5 },
    combine: "all",
    consequence: { ja: "カーボン・オフセットの実施を検討", en: "Consider carbon offsetting" },
    citation: {
      source: "moe-market-mechanisms-2011",
      table: "4. 地方公共団体における取組状況：岐阜県【オフセットイベントのルール】",
    },
  },
  {
    key: "hyogo",
    prefecture: { ja: "兵庫県", en: "Hyogo" },
    rule: {
      ja: "大規模イベント・行事（1日あたり参加者見込みが1,000人以上、1日あたりエネルギー使用量が1,000kWh以上、参加が有料などの要件を満たすもの）の主催者に対し、カーボン・オフセットの努力義務を規定。",
      en: "Organizers of large events (expecting 1,000 or more participants a day, using 1,000 kWh or more of energy a day, paid entry, among other requirements) have a duty to endeavour to offset",
    },
    conditions: { participantsPerDay: 1000, kwhPerDay: 1000, paidEntry: true },
    combine: "all",
    consequence: { ja: "カーボン・オフセットの努力義務", en: "Duty to endeavour to offset" },
    citation: {
      source: "guidebook-2011",
      table: "D2 4 取組事例 (2) ひょうごカーボン・オフセット：◆その他",
    },
  },
] as const satisfies readonly OffsetThreshold[];
