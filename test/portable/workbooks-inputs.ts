/** The boundary sheet's input rows filled: each method's sample values typed in as 事前, other values as 事後. */
import { findMethod } from "../../src/scenarios";
import type { ActivityInput, CalculationMethod } from "../../src/scenarios/types";
import { type ActivityChoice } from "../../src/sheets/builders/options";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { setBoth, type Pair } from "./workbooks-pairs";

const text = (cell: CellContent | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);

export interface InputCell {
  readonly method: CalculationMethod;
  readonly input: ActivityInput;
  readonly row: number;
}

/** The input rows of the boundary sheet, in the builder's order (activity by activity, input by input). */
export function inputCells(
  boundary: SheetLayout,
  activities: readonly ActivityChoice[]
): InputCell[] {
  const header =
    boundary.cells.findIndex((row) => text(row[0]) === "No" && text(row[3]) === "項目") + 1;
  expect(header).toBeGreaterThan(0);
  let row = header;
  return activities.flatMap((choice) => {
    const method = findMethod(choice.methodKey)!.method;
    return method.inputs.map((input) => {
      row++;
      expect(text(boundary.cells[row - 1]?.[3])).toBe(input.item.ja);
      return { method, input, row };
    });
  });
}

const FALLBACK: Record<string, string | number> = {
  number: 3,
  text: "—",
  fuel: "軽油",
  rail: "JR東日本（在来線）",
  vehicle: "乗用車",
  "truck-use": "営業用",
  "max-load": 2000,
  "energy-factor": "東京電力・実排出係数",
  cfp: 9.5,
};

export const preValue = (input: ActivityInput): string | number =>
  input.sample ?? (FALLBACK[input.kind] as string | number);

/** 事後 values differing from the 事前 ones: other names, larger amounts, blanks where a blank means "as before" or "the table". */
export function postValue(
  method: CalculationMethod,
  input: ActivityInput,
  pre: string | number
): string | number | null {
  const usesTable = /^GHG\.(CO2_TRUCK|CO2_VEHICLE|CO2_BUS)\(/.test(method.formula);
  switch (input.kind) {
    case "number":
      if (input.key === "km_per_l" && usesTable) return null;
      if (input.key === "room_share") return 0.45;
      return typeof pre === "number" ? Math.round(pre * 1.37 * 100) / 100 + 1 : 2;
    case "fuel":
      return pre === "ガソリン" ? "軽油" : pre === "軽油" ? null : "軽油";
    case "rail":
      return "東京メトロ";
    case "vehicle":
      return pre === "乗用車" ? "貨物車" : "乗用車";
    case "truck-use":
      return "自家用";
    case "max-load":
      return 1500;
    case "energy-factor":
      return 0.5;
    case "cfp":
      return typeof pre === "number" ? "チラシ (B5 版カラー、21,000 部)" : 72.2;
    default:
      return "事後";
  }
}

export function fill(pair: Pair, sheet: string, cells: readonly InputCell[]): void {
  for (const { method, input, row } of cells) {
    const pre = preValue(input);
    if (input.asked.pre) setBoth(pair, sheet, `F${row}`, pre);
    if (input.asked.post) setBoth(pair, sheet, `G${row}`, postValue(method, input, pre));
  }
}

/** The 事前/事後 result cells of each activity row (F/G of the 算定結果 rows). */
export function resultCells(boundary: SheetLayout): string[] {
  const header =
    boundary.cells.findIndex(
      (row) => text(row[0]) === "No" && text(row[5]).startsWith("事前算定")
    ) + 1;
  const cells: string[] = [];
  for (let row = header + 1; /^\d+$/.test(text(boundary.cells[row - 1]?.[0])); row++) {
    for (const column of ["F", "G"])
      if (typeof boundary.cells[row - 1]?.[column === "F" ? 5 : 6] === "object")
        cells.push(`${column}${row}`);
  }
  return cells;
}
