/**
 * The credit ledger's checks: the guidebook's central warning is double counting — 「排出削減・吸収価値が複数の
 * カーボン・オフセットの取り組みに用いられないことを確保する、価値の二重使用（ダブルカウント）の防止が必要です」
 * (【排出削減・吸収価値の二重使用（ダブルカウント）の防止】 and 「●ダブルカウント防止のための措置の例」 in C1 3(1)⑤ and
 * C2 3(3)② 排出削減・吸収価値を確認するための仕組みの構築; seed 002 lines 2356-2366 and 2828-2838: 「発行する証書に番号を
 * 付与して識別し、どのカーボン・オフセットの取り組みで、どれだけの排出量の埋め合わせに用いたかを管理」; and for registry
 * credits, 無効化 so that the credits 「別のカーボン・オフセットで使用できないように」: A1 3(7)①, A2 3(3)③ and D1 3(7)①
 * クレジットの無効化, lines 694, 1206, 3404). So a tonne (one serial) may be held once and
 * allocated once, an allocation must lie in its holding, and every offset must be covered by retired tonnes.
 *
 * When to retire (無効化), counted from the activity's last day (「開催後」「対象活動を終了し」「実施後」), as the same
 * クレジットの無効化 sections say:
 *  - 会議・イベント (A1), line 696: 「開催後に速やかに行うことが望まれます。ただし、時間的な制約がある場合などは、半年から
 *    1年以内の実施が望まれます」 → later than 6 months: warning; later than 12 months: error.
 *  - 事務事業 (A2), line 1208: 「対象活動を終了し、温室効果ガス排出量の算定を行った後できるだけ早期に行うべきであり、概ね
 *    半年以内の実施が望まれます」 → later than 6 months: warning.
 *  - エコツアー (D1, 住民等が取り組む機会の提供), line 3406: 「取り組む機会の実施後に速やかに行うべきであり、概ね数週間から
 *    1か月以内の実施が望まれます」 → later than 1 month: warning.
 * "n months after" is Excel's EDATE (the same day n months later, or the month's last day), so the sheet's formulas and
 * these checks agree to the day. Retiring before the activity ends is not flagged.
 *
 * Each issue has a short Japanese word (ISSUE_WORDS) that the ledger sheet's status columns show for the same problem,
 * prefixed with ✖ (error) or △ (warning).
 *
 * Pure: `today` is passed in (ISO date); without it nothing is judged overdue.
 */
import type { Label } from "../core/data/types";
import type { Allocation, Holding, LedgerRequest, OffsetTarget } from "./types";
import {
  formatSerialRange,
  overlapOf,
  overlappingPairs,
  parseSerialRange,
  rangeContains,
  tonnesIn,
  type IndexedRange,
  type SerialRange,
} from "./serials";
import { addMonths, excelDate, isoDate, monthsBetween } from "./dates";

export type IssueSeverity = "error" | "warning";

export type LedgerIssueCode =
  | "missing-id"
  | "duplicate-id"
  | "serial-invalid"
  | "double-holding"
  | "over-allocated"
  | "unknown-holding"
  | "unknown-target"
  | "outside-holding"
  | "double-allocation"
  | "invalid-date"
  | "missing-retirement-date"
  | "late-retirement"
  | "retirement-overdue"
  | "missing-activity-end"
  | "not-covered"
  | "retirement-pending";

/** The word the ledger sheet's 状況 columns show for each issue (after ✖ or △). */
export const ISSUE_WORDS: Readonly<Record<LedgerIssueCode, string>> = {
  "missing-id": "ID未記入",
  "duplicate-id": "ID重複",
  "serial-invalid": "シリアル不正",
  "double-holding": "二重保有",
  "over-allocated": "割当超過",
  "unknown-holding": "保有IDなし",
  "unknown-target": "対象IDなし",
  "outside-holding": "保有範囲外",
  "double-allocation": "二重割当",
  "invalid-date": "日付不正",
  "missing-retirement-date": "無効化日なし",
  "late-retirement": "無効化遅延",
  "retirement-overdue": "無効化期限超過",
  "missing-activity-end": "終了日なし",
  "not-covered": "割当不足",
  "retirement-pending": "無効化待ち",
};

/** Where an issue is: the table and the 0-based index in the request's array, with the ids involved. */
export interface IssueWhere {
  readonly table: "holdings" | "targets" | "allocations";
  readonly index: number;
  readonly holdingId?: string;
  readonly targetId?: string;
  /** The other row of a pair (same table): the first holder of a duplicated id, the other of two overlapping ranges. */
  readonly otherIndex?: number;
}

export interface LedgerIssue {
  readonly severity: IssueSeverity;
  readonly code: LedgerIssueCode;
  readonly message: Label;
  readonly where: IssueWhere;
}

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

// ---------------------------------------------------------------------------------------------------------------

const t = (n: number): string => `${Number(n.toFixed(6))} t`;
const holdingName = (h: Holding, i: number): string =>
  h.id ? `保有「${h.id}」` : `保有 ${i + 1} 行目`;
const holdingNameEn = (h: Holding, i: number): string =>
  h.id ? `holding "${h.id}"` : `holding row ${i + 1}`;
const targetName = (target: OffsetTarget, i: number): string =>
  target.id ? `対象「${target.name || target.id}」（${target.id}）` : `対象 ${i + 1} 行目`;
const targetNameEn = (target: OffsetTarget, i: number): string =>
  target.id ? `target "${target.name || target.id}" (${target.id})` : `target row ${i + 1}`;
const allocationName = (i: number): string => `割当 ${i + 1} 行目`;
const allocationNameEn = (i: number): string => `allocation row ${i + 1}`;

/** What the checks learn going through the tables, row by row, and the issues found so far. */
interface Scan {
  readonly issues: LedgerIssue[];
  readonly add: (
    severity: IssueSeverity,
    code: LedgerIssueCode,
    where: IssueWhere,
    ja: string,
    en: string
  ) => void;
  /** The row of each holding id and target id (a duplicate's first row). */
  readonly holdingIndex: Map<string, number>;
  readonly targetIndex: Map<string, number>;
  /** The serial range of each holding row that parses; the end day of each target row that has one. */
  readonly heldRangeOf: Map<number, SerialRange>;
  readonly targetEnd: Map<number, number>;
  /** Tonnes allocated by holding row; allocated and retired by target row. */
  readonly allocated: Map<number, number>;
  readonly allocatedToTarget: Map<number, number>;
  readonly retiredForTarget: Map<number, number>;
}

function newScan(): Scan {
  const issues: LedgerIssue[] = [];
  return {
    issues,
    add: (severity, code, where, ja, en) =>
      issues.push({ severity, code, message: { ja, en }, where }),
    holdingIndex: new Map(),
    targetIndex: new Map(),
    heldRangeOf: new Map(),
    targetEnd: new Map(),
    allocated: new Map(),
    allocatedToTarget: new Map(),
    retiredForTarget: new Map(),
  };
}

/**
 * Every problem of a ledger, errors and warnings, in the order: holdings, targets, allocations (each by row), then
 * coverage of the targets. `today` (ISO date) turns a missing retirement date past the time frame into an overdue issue.
 */
export function checkLedger(request: LedgerRequest, today?: string): LedgerIssue[] {
  const scan = newScan();
  checkHoldings(scan, request.holdings);
  checkTargets(scan, request.targets);
  checkAllocations(scan, request, today === undefined ? null : excelDate(today));
  checkAllocatedTotals(scan, request.holdings);
  checkCoverage(scan, request.targets);
  return scan.issues;
}

/** Holdings: an id on every row, used once, and a serial range that parses; then serials held twice (double holding). */
function checkHoldings(scan: Scan, holdings: readonly Holding[]): void {
  const { add, holdingIndex, heldRangeOf } = scan;
  const heldRanges: IndexedRange<Holding>[] = [];
  holdings.forEach((h, i) => {
    const where: IssueWhere = { table: "holdings", index: i, holdingId: h.id };
    const id = h.id.trim();
    if (id === "")
      add(
        "error",
        "missing-id",
        where,
        `保有 ${i + 1} 行目に保有IDがありません。割当から参照できるよう、IDを付けてください。`,
        `Holding row ${i + 1} has no id; give it one so allocations can refer to it.`
      );
    else if (holdingIndex.has(id)) {
      const first = holdingIndex.get(id) as number;
      add(
        "error",
        "duplicate-id",
        { ...where, otherIndex: first },
        `保有ID「${id}」が ${first + 1} 行目と ${i + 1} 行目で重複しています。`,
        `Holding id "${id}" is used on rows ${first + 1} and ${i + 1}.`
      );
    } else holdingIndex.set(id, i);
    const range = parseSerialRange(h.serialFrom, h.serialTo);
    if (!range.ok) {
      add(
        "error",
        "serial-invalid",
        where,
        `${holdingName(h, i)}のシリアル番号: ${range.error.ja}`,
        `Serial of ${holdingNameEn(h, i)}: ${range.error.en}`
      );
      return;
    }
    heldRanges.push({ item: h, index: i, range: range.value });
    heldRangeOf.set(i, range.value);
  });
  for (const [a, b] of overlappingPairs(heldRanges)) {
    const shared = overlapOf(a.range, b.range) as SerialRange;
    add(
      "error",
      "double-holding",
      { table: "holdings", index: b.index, holdingId: b.item.id, otherIndex: a.index },
      `${holdingName(b.item, b.index)}と${holdingName(a.item, a.index)}のシリアル番号が重なっています（${formatSerialRange(shared)}、${t(tonnesIn(shared))}）。同じクレジットを二重に台帳へ記録しています。`,
      `The serials of ${holdingNameEn(b.item, b.index)} and ${holdingNameEn(a.item, a.index)} overlap (${formatSerialRange(shared)}, ${t(tonnesIn(shared))}): the same credits are recorded twice.`
    );
  }
}

/** Targets: an id on every row, used once, and an end date that reads as a date. */
function checkTargets(scan: Scan, targets: readonly OffsetTarget[]): void {
  const { add, targetIndex, targetEnd } = scan;
  targets.forEach((target, i) => {
    const where: IssueWhere = { table: "targets", index: i, targetId: target.id };
    const id = target.id.trim();
    if (id === "")
      add(
        "error",
        "missing-id",
        where,
        `対象 ${i + 1} 行目に対象IDがありません。`,
        `Target row ${i + 1} has no id.`
      );
    else if (targetIndex.has(id)) {
      const first = targetIndex.get(id) as number;
      add(
        "error",
        "duplicate-id",
        { ...where, otherIndex: first },
        `対象ID「${id}」が ${first + 1} 行目と ${i + 1} 行目で重複しています。`,
        `Target id "${id}" is used on rows ${first + 1} and ${i + 1}.`
      );
    } else targetIndex.set(id, i);
    if (target.activityEnd.trim() === "") {
      add(
        "warning",
        "missing-activity-end",
        where,
        `${targetName(target, i)}の終了日が未記入です。無効化の時期を確認できません。`,
        `${targetNameEn(target, i)} has no end date; the retirement timing cannot be checked.`
      );
    } else {
      const end = excelDate(target.activityEnd);
      if (end === null)
        add(
          "error",
          "invalid-date",
          where,
          `${targetName(target, i)}の終了日「${target.activityEnd}」を日付として読めません（例: 2011-12-10）。`,
          `The end date "${target.activityEnd}" of ${targetNameEn(target, i)} is not a date (e.g. 2011-12-10).`
        );
      else targetEnd.set(i, end);
    }
  });
}

/** Allocations, row by row: ids, serials, retirement timing; then serials allocated twice (double counting). */
function checkAllocations(scan: Scan, request: LedgerRequest, todaySerial: number | null): void {
  const { add, holdingIndex, targetIndex } = scan;
  const allocatedRanges: IndexedRange<Allocation>[] = [];
  request.allocations.forEach((a, i) => {
    const hIndex = a.holdingId.trim() === "" ? undefined : holdingIndex.get(a.holdingId.trim());
    const tIndex = a.targetId.trim() === "" ? undefined : targetIndex.get(a.targetId.trim());
    checkAllocationIds(scan, a, i, hIndex, tIndex);
    checkAllocationSerials(scan, a, i, hIndex, tIndex, allocatedRanges);
    checkRetirement(
      scan,
      a,
      i,
      tIndex === undefined ? undefined : { target: request.targets[tIndex], index: tIndex },
      todaySerial
    );
  });
  for (const [a, b] of overlappingPairs(allocatedRanges)) {
    const shared = overlapOf(a.range, b.range) as SerialRange;
    add(
      "error",
      "double-allocation",
      {
        table: "allocations",
        index: b.index,
        holdingId: b.item.holdingId,
        targetId: b.item.targetId,
        otherIndex: a.index,
      },
      `シリアル番号 ${formatSerialRange(shared)}（${t(tonnesIn(shared))}）が${allocationName(a.index)}（対象「${a.item.targetId}」）と${allocationName(b.index)}（対象「${b.item.targetId}」）の両方に割り当てられています。同じクレジットを二つのオフセットに使うダブルカウント（二重使用）です。`,
      `Serials ${formatSerialRange(shared)} (${t(tonnesIn(shared))}) are allocated to both ${allocationNameEn(a.index)} (target "${a.item.targetId}") and ${allocationNameEn(b.index)} (target "${b.item.targetId}"): the same credits would offset twice (double counting).`
    );
  }
}

const allocationWhere = (a: Allocation, i: number): IssueWhere => ({
  table: "allocations",
  index: i,
  holdingId: a.holdingId,
  targetId: a.targetId,
});

/** An allocation names a holding and a target that exist. */
function checkAllocationIds(
  scan: Scan,
  a: Allocation,
  i: number,
  hIndex: number | undefined,
  tIndex: number | undefined
): void {
  const { add } = scan;
  const [where, name, nameEn] = [allocationWhere(a, i), allocationName(i), allocationNameEn(i)];
  if (a.holdingId.trim() === "")
    add(
      "error",
      "missing-id",
      where,
      `${name}に保有IDがありません。どの保有クレジットから割り当てたかを記入してください。`,
      `${nameEn} has no holding id.`
    );
  else if (hIndex === undefined)
    add(
      "error",
      "unknown-holding",
      where,
      `${name}の保有ID「${a.holdingId}」は保有クレジットの表にありません。`,
      `${nameEn}: holding id "${a.holdingId}" is not in the holdings.`
    );
  if (a.targetId.trim() === "")
    add(
      "error",
      "missing-id",
      where,
      `${name}に対象IDがありません。どのオフセットに使ったかを記入してください。`,
      `${nameEn} has no target id.`
    );
  else if (tIndex === undefined)
    add(
      "error",
      "unknown-target",
      where,
      `${name}の対象ID「${a.targetId}」はオフセット対象の表にありません。`,
      `${nameEn}: target id "${a.targetId}" is not in the offset targets.`
    );
}

/** An allocation's serials parse and lie inside its holding; its tonnes count for the holding and the target. */
function checkAllocationSerials(
  scan: Scan,
  a: Allocation,
  i: number,
  hIndex: number | undefined,
  tIndex: number | undefined,
  allocatedRanges: IndexedRange<Allocation>[]
): void {
  const { add, allocated, heldRangeOf, allocatedToTarget, retiredForTarget } = scan;
  const [where, name, nameEn] = [allocationWhere(a, i), allocationName(i), allocationNameEn(i)];
  const parsed = parseSerialRange(a.serialFrom, a.serialTo);
  if (!parsed.ok) {
    add(
      "error",
      "serial-invalid",
      where,
      `${name}のシリアル番号: ${parsed.error.ja}`,
      `Serial of ${nameEn}: ${parsed.error.en}`
    );
  } else {
    const range = parsed.value;
    const tonnes = tonnesIn(range);
    allocatedRanges.push({ item: a, index: i, range });
    if (hIndex !== undefined) {
      allocated.set(hIndex, (allocated.get(hIndex) ?? 0) + tonnes);
      const held = heldRangeOf.get(hIndex);
      if (held && !rangeContains(held, range)) {
        add(
          "error",
          "outside-holding",
          where,
          `${name}のシリアル番号 ${formatSerialRange(range)} は、保有「${a.holdingId}」の範囲 ${formatSerialRange(held)} の外です。保有していないクレジットは割り当てられません。`,
          `The serials ${formatSerialRange(range)} of ${nameEn} are outside holding "${a.holdingId}" (${formatSerialRange(held)}).`
        );
      }
    }
    if (tIndex !== undefined) {
      allocatedToTarget.set(tIndex, (allocatedToTarget.get(tIndex) ?? 0) + tonnes);
      if (a.retired.trim() !== "")
        retiredForTarget.set(tIndex, (retiredForTarget.get(tIndex) ?? 0) + tonnes);
    }
  }
}

/** Retirement timing against the target's end: a date that reads, not later than the guidebook's time frame. */
function checkRetirement(
  scan: Scan,
  a: Allocation,
  i: number,
  of: { target: OffsetTarget | undefined; index: number } | undefined,
  todaySerial: number | null
): void {
  const { add } = scan;
  const [where, name, nameEn] = [allocationWhere(a, i), allocationName(i), allocationNameEn(i)];
  const tIndex = of?.index;
  const target = of?.target;
  const end = tIndex === undefined ? undefined : scan.targetEnd.get(tIndex);
  const limit = target ? retirementLimit(target.kind) : undefined;
  const warnBy = end !== undefined && limit ? addMonths(end, limit.warnMonths) : undefined;
  const errorBy =
    end !== undefined && limit?.errorMonths !== undefined
      ? addMonths(end, limit.errorMonths)
      : undefined;
  const within = limit
    ? `ガイドブックの目安は${limit.label.ja}では「${limit.guidance.ja}」です。`
    : "";
  const withinEn = limit
    ? `The guidebook asks for ${limit.label.en.toLowerCase()}s: ${limit.guidance.en.toLowerCase()}.`
    : "";
  if (a.retired.trim() === "") {
    const overdueError = todaySerial !== null && errorBy !== undefined && todaySerial > errorBy;
    const overdueWarning = todaySerial !== null && warnBy !== undefined && todaySerial > warnBy;
    if (overdueError || overdueWarning) {
      const by = isoDate((overdueError ? errorBy : warnBy) as number);
      add(
        overdueError ? "error" : "warning",
        "retirement-overdue",
        where,
        `${name}（${target ? targetName(target, tIndex as number) : ""}）はまだ無効化されていませんが、目安の ${by} を過ぎています。${within}`,
        `${nameEn} (${target ? targetNameEn(target, tIndex as number) : ""}) is not retired yet and is past ${by}. ${withinEn}`
      );
    } else {
      add(
        "warning",
        "missing-retirement-date",
        where,
        `${name}の無効化日が未記入です。無効化したら日付を記入してください。`,
        `${nameEn} has no retirement date; enter it once the credits are retired.`
      );
    }
    return;
  }
  const retired = excelDate(a.retired);
  if (retired === null) {
    add(
      "error",
      "invalid-date",
      where,
      `${name}の無効化日「${a.retired}」を日付として読めません（例: 2012-01-20）。`,
      `The retirement date "${a.retired}" of ${nameEn} is not a date (e.g. 2012-01-20).`
    );
    return;
  }
  if (end === undefined || !target || !limit) return;
  const late =
    errorBy !== undefined && retired > errorBy
      ? "error"
      : warnBy !== undefined && retired > warnBy
        ? "warning"
        : null;
  if (late) {
    const months = monthsBetween(end, retired);
    add(
      late,
      "late-retirement",
      where,
      `${name}の無効化日 ${isoDate(retired)} は、${targetName(target, tIndex as number)}の終了日 ${isoDate(end)} から約${months}か月後です。${within}`,
      `${nameEn} was retired on ${isoDate(retired)}, about ${months} months after ${targetNameEn(target, tIndex as number)} ended on ${isoDate(end)}. ${withinEn}`
    );
  }
}

/** Per holding: no more allocated than held. */
function checkAllocatedTotals(scan: Scan, holdings: readonly Holding[]): void {
  const { add, heldRangeOf, allocated } = scan;
  holdings.forEach((h, i) => {
    const held = heldRangeOf.get(i);
    const used = allocated.get(i) ?? 0;
    if (held && used > tonnesIn(held)) {
      add(
        "error",
        "over-allocated",
        { table: "holdings", index: i, holdingId: h.id },
        `${holdingName(h, i)}から ${t(used)} を割り当てていますが、保有量は ${t(tonnesIn(held))} です。`,
        `${t(used)} is allocated from ${holdingNameEn(h, i)}, which holds ${t(tonnesIn(held))}.`
      );
    }
  });
}

/** Per target: covered by allocated tonnes, then by retired ones. */
function checkCoverage(scan: Scan, targets: readonly OffsetTarget[]): void {
  const { add, targetIndex, allocatedToTarget, retiredForTarget } = scan;
  targets.forEach((target, i) => {
    if (targetIndex.get(target.id.trim()) !== i) return; // a duplicate id's allocations count for its first row
    const need = target.creditsNeededT;
    const got = allocatedToTarget.get(i) ?? 0;
    const retired = retiredForTarget.get(i) ?? 0;
    const where: IssueWhere = { table: "targets", index: i, targetId: target.id };
    if (got < need) {
      add(
        "error",
        "not-covered",
        where,
        `${targetName(target, i)}に必要なクレジット ${t(need)} に対し、割り当ては ${t(got)} です（${t(need - got)} 不足）。`,
        `${targetNameEn(target, i)} needs ${t(need)} of credits; ${t(got)} are allocated (${t(need - got)} short).`
      );
    } else if (retired < need) {
      add(
        "warning",
        "retirement-pending",
        where,
        `${targetName(target, i)}: 割り当て済みですが、無効化済みは ${t(retired)}（必要量 ${t(need)}）です。無効化して初めてオフセットが完了します。`,
        `${targetNameEn(target, i)}: allocated, but only ${t(retired)} of the ${t(need)} needed are retired; the offset is complete once they are.`
      );
    }
  });
}

/**
 * The ledger sheet's summary figures computed the same way (valid serial ranges only): tonnes held, allocated,
 * allocated with a retirement date, and needed by the targets.
 */
export function ledgerTotals(request: LedgerRequest): {
  heldT: number;
  allocatedT: number;
  retiredT: number;
  neededT: number;
} {
  const tonnes = (from: string, to: string) => {
    const range = parseSerialRange(from, to);
    return range.ok ? tonnesIn(range.value) : 0;
  };
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return {
    heldT: sum(request.holdings.map((h) => tonnes(h.serialFrom, h.serialTo))),
    allocatedT: sum(request.allocations.map((a) => tonnes(a.serialFrom, a.serialTo))),
    retiredT: sum(
      request.allocations
        .filter((a) => a.retired.trim() !== "")
        .map((a) => tonnes(a.serialFrom, a.serialTo))
    ),
    neededT: sum(request.targets.map((t) => t.creditsNeededT)),
  };
}

/** How many errors and warnings: the pane's summary. */
export function summarizeIssues(issues: readonly LedgerIssue[]): {
  errors: number;
  warnings: number;
} {
  return {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
  };
}
