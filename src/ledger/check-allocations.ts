/**
 * The allocations' checks: ids that exist, serials inside the holding, serials allocated twice (double counting), and
 * retirement timing (./check-retirement).
 */
import type { Allocation, LedgerRequest } from "./types";
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
import { allocationName, allocationNameEn, allocationWhere, t, type Scan } from "./check-scan";
import { checkRetirement } from "./check-retirement";

/** Allocations, row by row: ids, serials, retirement timing; then serials allocated twice (double counting). */
export function checkAllocations(
  scan: Scan,
  request: LedgerRequest,
  todaySerial: number | null
): void {
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
