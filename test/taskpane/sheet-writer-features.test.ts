/** The sheet writer against the fake Excel API: one sheet with every feature lands where the layout says. */
import { charactersToPoints } from "../../src/taskpane/office/sheet-writer";
import { createFakeExcel, type FakeExcel } from "../helpers/fake-excel";
import { boundary, write } from "./sheet-writer-fixtures";

describe("one sheet with every feature", () => {
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = createFakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "既存" } }] });
    await write(fake, [boundary]);
  });

  test("the whole block is written in ONE formulas assignment, values typed, formulas as formulas", () => {
    const sheet = fake.sheet("算定シート");
    expect(sheet.cellWrites).toEqual([
      { address: "A1:D6", property: "formulas", rows: 6, columns: 4 },
    ]);
    expect(sheet.formulas("A1:D5")).toEqual([
      ["算定シート", "", "", ""],
      ["活動", "燃料", "量", "CO2 (kg)"],
      ["運搬", "軽油", 100, "=GHG.CO2_FUEL(B3,C3)"],
      ["発電機", "ガソリン", 20, "=GHG.CO2_FUEL(B4,C4)"],
      ["合計", "", "", "=SUM(D3:D4)"],
    ]);
    expect(sheet.cell("C3")).toEqual({ kind: "number", value: 100 });
    expect(sheet.cell("D3")?.kind).toBe("formula");
  });

  test("formula-looking literals land as text", () => {
    const sheet = fake.sheet("算定シート");
    expect(sheet.cell("A6")).toEqual({ kind: "text", value: "=これは数式ではない" });
    expect(sheet.cell("B6")).toEqual({ kind: "text", value: "-" });
    expect(sheet.cell("C6")).toEqual({ kind: "text", value: "2024/4/1" });
    expect(sheet.cell("D6")).toEqual({ kind: "text", value: "@memo" });
  });

  test("formats, column widths and merges land on their addresses", () => {
    const sheet = fake.sheet("算定シート");
    expect(sheet.format("A1")).toEqual({ bold: true, fontSize: 14 });
    expect(sheet.format("A2:D2")).toMatchObject({
      bold: true,
      fill: "#DDEBF7",
      horizontalAlignment: "Center",
    });
    expect(Object.keys(sheet.format("A2:D2")?.borders ?? {}).sort()).toEqual(
      ["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideVertical"].sort() // one row: no inside horizontal
    );
    expect(sheet.format("A2:D2")?.borders?.EdgeTop).toEqual({
      style: "Continuous",
      weight: "Thin",
    });
    expect(sheet.format("C3:C4")).toMatchObject({ numberFormat: "#,##0.0", fill: "#FFF2CC" });
    expect(sheet.format("A6:D6")).toEqual({ italic: true, fontColor: "#808080", wrapText: true });
    expect(sheet.columnWidths()).toEqual({
      A: charactersToPoints(20),
      B: charactersToPoints(12),
      C: charactersToPoints(12),
      D: charactersToPoints(12),
    });
    expect(sheet.formatAddresses).toContain("B:D"); // equal widths share one range
    expect(sheet.merges).toEqual(["A1:D1"]);
  });
});

describe("one sheet with every feature", () => {
  let fake: FakeExcel;
  beforeAll(async () => {
    fake = createFakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "既存" } }] });
    await write(fake, [boundary]);
  });

  test("validations and conditional formats", () => {
    const sheet = fake.sheet("算定シート");
    expect(sheet.validation("B3:B4")).toEqual({
      address: "B3:B4",
      rule: { list: { inCellDropDown: true, source: "軽油,ガソリン,灯油" } },
      prompt: { showPrompt: true, title: "燃料", message: "一覧から選んでください" },
      errorAlert: { showAlert: true, style: "Stop", title: "燃料", message: "一覧にない燃料です" },
    });
    expect(sheet.validation("C3:C4")?.rule).toEqual({
      decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(sheet.validation("C5")?.rule).toEqual({
      wholeNumber: { operator: "Between", formula1: 1, formula2: 10 },
    });
    expect(sheet.conditionalFormats).toEqual([
      {
        address: "C3:C4",
        type: "Custom",
        formula: '=C3=""',
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
    ]);
  });

  test("table and defined names", () => {
    expect(fake.tables).toEqual([
      {
        name: "活動一覧",
        sheet: "算定シート",
        address: "A2:D4",
        hasHeaders: true,
        headers: ["活動", "燃料", "量", "CO2 (kg)"],
        style: "TableStyleLight9",
      },
    ]);
    expect(fake.names).toEqual([
      { name: "排出量合計", reference: "='算定シート'!$D$5", comment: "kg-CO2" },
      { name: "二倍", reference: "=排出量合計*2" },
    ]);
  });

  test("protection with unlocked input cells, freeze panes, tab colour, activation", () => {
    const sheet = fake.sheet("算定シート");
    expect(sheet.format("B3:C4")?.locked).toBe(false);
    expect(sheet.protection).toEqual({
      protected: true,
      options: { allowFormatColumns: true, allowFormatRows: true },
      password: undefined,
    });
    expect(sheet.freeze).toEqual({ rows: 2 });
    expect(sheet.tabColor).toBe("#4472C4");
    expect(fake.activeSheet).toBe("算定シート");
  });

  test("exactly 2 round trips: names are read, then everything is written", () => {
    expect(fake.syncCount).toBe(2);
    expect(fake.syncLog[0]?.labels).toEqual(["worksheets.load", "tables.load", "names.load"]);
    expect(fake.syncLog[1]?.labels[0]).toBe("worksheets.add");
    expect(fake.syncLog[1]?.labels.filter((l) => l === "range.formulas")).toHaveLength(1);
  });

  test("nothing else changed", () => {
    expect(fake.sheetNames()).toEqual(["Sheet1", "算定シート"]);
    expect(fake.sheet("Sheet1").formulas()).toEqual([["既存"]]);
  });
});
