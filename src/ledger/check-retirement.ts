/** An allocation's retirement date against its target's end and the guidebook's time frame (./retirement-limits). */
import type { Allocation, OffsetTarget } from "./types";
import { addMonths, excelDate, isoDate, monthsBetween } from "../sheets/excel-dates";
import { retirementLimit } from "./retirement-limits";
import {
  allocationName,
  allocationNameEn,
  allocationWhere,
  targetName,
  targetNameEn,
  type Scan,
} from "./check-scan";

/** Retirement timing against the target's end: a date that reads, not later than the guidebook's time frame. */
export function checkRetirement(
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
