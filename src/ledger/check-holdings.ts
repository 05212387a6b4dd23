/** The holdings' checks: ids, serial ranges, serials held twice, and no more allocated than held. */
import type { Holding } from "./types";
import {
  formatSerialRange,
  overlapOf,
  overlappingPairs,
  parseSerialRange,
  tonnesIn,
  type IndexedRange,
  type SerialRange,
} from "./serials";
import type { IssueWhere } from "./issues";
import { holdingName, holdingNameEn, t, type Scan } from "./check-scan";

/** Holdings: an id on every row, used once, and a serial range that parses; then serials held twice (double holding). */
export function checkHoldings(scan: Scan, holdings: readonly Holding[]): void {
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

/** Per holding: no more allocated than held. */
export function checkAllocatedTotals(scan: Scan, holdings: readonly Holding[]): void {
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
