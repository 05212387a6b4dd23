/** The offset targets' checks: ids, end dates, and coverage by allocated and retired tonnes. */
import type { OffsetTarget } from "./types";
import { excelDate } from "../sheets/excel-dates";
import type { IssueWhere } from "./issues";
import { t, targetName, targetNameEn, type Scan } from "./check-scan";

/** Targets: an id on every row, used once, and an end date that reads as a date. */
export function checkTargets(scan: Scan, targets: readonly OffsetTarget[]): void {
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

/** Per target: covered by allocated tonnes, then by retired ones. */
export function checkCoverage(scan: Scan, targets: readonly OffsetTarget[]): void {
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
