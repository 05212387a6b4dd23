/** What the sheet-writer tests share: write options, a boundary sheet with every feature, a big sheet, one write into a fake. */
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { writeLayouts, type WriteOptions } from "../../src/taskpane/office/sheet-writer";
import { type FakeExcel } from "../helpers/fake-excel";
import { layout } from "../helpers/layouts";

export const ALL: WriteOptions = { supports: () => true };
export const without = (...versions: string[]): WriteOptions => ({
  supports: (set, version) => set === "ExcelApi" && !versions.includes(version),
});

/** A boundary-like sheet using every feature of SheetLayout. */
export const boundary = layout("boundary", "算定シート", {
  cells: [
    ["算定シート", null, null, null],
    ["活動", "燃料", "量", "CO2 (kg)"],
    ["運搬", "軽油", 100, { formula: "=GHG.CO2_FUEL(B3,C3)" }],
    ["発電機", "ガソリン", 20, { formula: "=GHG.CO2_FUEL(B4,C4)" }],
    ["合計", null, null, { formula: "=SUM(D3:D4)" }],
    ["=これは数式ではない", "-", "2024/4/1", "@memo"],
  ],
  columnWidths: [20, 12, 12, 12],
  formats: [
    { range: "A1", bold: true, fontSize: 14 },
    { range: "A2:D2", bold: true, fill: "#DDEBF7", border: true, horizontal: "Center" },
    { range: "C3:C4", numberFormat: "#,##0.0", fill: "#FFF2CC" },
    { range: "A6:D6", italic: true, fontColor: "#808080", wrap: true },
  ],
  merges: ["A1:D1"],
  validations: [
    {
      range: "B3:B4",
      rule: { kind: "list", choices: ["軽油", "ガソリン", "灯油"] },
      prompt: { title: "燃料", message: "一覧から選んでください" },
      error: { title: "燃料", message: "一覧にない燃料です" },
    },
    { range: "C3:C4", rule: { kind: "decimal", min: 0 } },
    { range: "C5", rule: { kind: "whole", min: 1, max: 10 } },
  ],
  conditionalFormats: [
    { range: "C3:C4", formula: '=C3=""', fill: "#FFC7CE", fontColor: "#9C0006" },
  ],
  tables: [{ key: "activities", name: "活動一覧", range: "A2:D4", style: "TableStyleLight9" }],
  names: [
    { key: "total", name: "排出量合計", refersTo: "D5", comment: "kg-CO2" },
    { key: "double", name: "二倍", refersTo: "={{name:total}}*2" },
  ],
  protection: { unlockedRanges: ["B3:C4"] },
  freeze: { rows: 2 },
  tabColor: "#4472C4",
});

export async function write(
  fake: FakeExcel,
  layouts: readonly SheetLayout[],
  options: WriteOptions = ALL
) {
  return writeLayouts(fake.context, layouts, options);
}

/** A questionnaire-like sheet of `rows` answer rows. */
export function bigLayout(key: string, rows: number): SheetLayout {
  const cells: CellContent[][] = [["No.", "項目", "回答", "単位"]];
  for (let i = 1; i <= rows; i++) cells.push([i, `質問 ${i}`, null, i % 2 ? "L" : "kWh"]);
  return layout(key, `調査票_${key}`, {
    cells,
    columnWidths: [6, 30, 12, 8],
    formats: cells.slice(1).map((_, i) => ({
      range: `A${i + 2}:D${i + 2}`,
      fill: i % 2 ? "#F2F2F2" : "#FFFFFF",
      border: true,
    })),
    validations: [{ range: `C2:C${rows + 1}`, rule: { kind: "decimal", min: 0 } }],
    conditionalFormats: [{ range: `C2:C${rows + 1}`, formula: '=C2=""', fill: "#FFF2CC" }],
    protection: { unlockedRanges: [`C2:C${rows + 1}`] },
    freeze: { rows: 1 },
  });
}
