/** ■ 事前・事後の照合 and ■ オフセット実施の目安: the guidebook's reconciliation table and the prefectural thresholds. */
import { PRE_POST_RECONCILIATION } from "../../scenarios/reconciliation";
import { OFFSET_THRESHOLDS } from "../../scenarios/thresholds";
import { cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import { at, HEADER, LAST_COLUMN } from "./boundary-header";
import type { BoundaryCells } from "./boundary-results";

/** ■ 事前・事後の照合: the guidebook's table for a gap between credits secured and the actual figures. Returns the last row. */
export function addReconciliation(grid: SheetGrid, start: number, totalRow: number): number {
  let row = start;
  const creditsRow = totalRow + 2;
  grid.section("■ 事前・事後の照合", row);
  const gapRow = row + 3;
  const [larger, smaller] = [
    PRE_POST_RECONCILIATION.find((r) => r.when === "post-larger"),
    PRE_POST_RECONCILIATION.find((r) => r.when === "post-smaller"),
  ];
  const largerText = `${larger?.condition.ja ?? "事後算定結果の方が大きい"}: ${(larger?.options ?? []).map((o) => o.ja).join(" ")}`;
  const smallerText = `${smaller?.condition.ja ?? "事後算定結果の方が小さい"}: ${(smaller?.options ?? []).map((o) => o.ja).join(" ／ ")}`;
  const reconciliation: [string, string][] = [
    ["調達・確保したクレジット量（事前算定, t-CO2）", `${cellAddress(creditsRow, 6)}`],
    ["事後算定に基づく必要量 (t-CO2)", `${cellAddress(creditsRow, 7)}`],
    ["差（事後 − 事前, t-CO2）", `${cellAddress(gapRow - 1, 3)}-${cellAddress(gapRow - 2, 3)}`],
    [
      "対応",
      `IF(${cellAddress(totalRow, 7)}=0,"事後算定の入力待ち",IF(${cellAddress(gapRow, 3)}>0,${quote(largerText)},IF(${cellAddress(gapRow, 3)}<0,${quote(smallerText)},"調達量と必要量が一致しています")))`,
    ],
  ];
  for (const [label, expression] of reconciliation) {
    row += 1;
    grid.set(row, 2, label);
    grid.set(row, 3, formula(expression));
  }
  grid.merges.push(rangeAddress(row, 3, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, 3), wrap: true });
  return row;
}

/** ■ オフセット実施の目安（都道府県の例）: whether the event meets each prefecture's conditions. Returns the last row. */
export function addThresholds(
  grid: SheetGrid,
  start: number,
  cells: BoundaryCells,
  totalRow: number
): number {
  let row = start;
  grid.section("■ オフセット実施の目安（都道府県の例）", row);
  for (const threshold of OFFSET_THRESHOLDS) {
    row += 1;
    grid.set(row, 2, threshold.prefecture.ja);
    grid.set(row, 3, formula(thresholdFormula(threshold.conditions, cells, totalRow)));
    grid.set(row, 4, threshold.rule.ja);
    grid.merges.push(rangeAddress(row, 4, row, LAST_COLUMN));
    grid.format({ range: cellAddress(row, 4), wrap: true });
  }
  return row;
}

type ThresholdConditions = (typeof OFFSET_THRESHOLDS)[number]["conditions"];

/** 該当/非該当 by the prefecture's conditions, all of which must hold. */
function thresholdFormula(
  conditions: ThresholdConditions,
  cells: BoundaryCells,
  totalRow: number
): string {
  const c = conditions as Partial<
    Record<"participants" | "participantsPerDay" | "tCo2" | "kwhPerDay", number>
  > & { paidEntry?: boolean };
  const days = `MAX(1,${at(HEADER.days)})`;
  const tonnes = `MAX(${cellAddress(totalRow, 6)},${cellAddress(totalRow, 7)})/1000`;
  const tests = [
    c.participants !== undefined ? `${cells.participants}>=${c.participants}` : undefined,
    c.participantsPerDay !== undefined
      ? `${cells.participants}/${days}>=${c.participantsPerDay}`
      : undefined,
    c.tCo2 !== undefined ? `${tonnes}>=${c.tCo2}` : undefined,
    c.kwhPerDay !== undefined ? `N(${at(HEADER.kwhPerDay)})>=${c.kwhPerDay}` : undefined,
    c.paidEntry ? `${at(HEADER.paid)}="有料"` : undefined,
  ].filter((t): t is string => t !== undefined);
  return `IF(AND(${tests.join(",")}),"該当","非該当")`;
}
