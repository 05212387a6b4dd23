/** The fake Excel API enforces the Office rules the sheet writer relies on. */
import { createFakeExcel } from "./fake-excel";

describe("the fake enforces the Office rules the writer relies on", () => {
  test("collections cannot be read before load + sync (PropertyNotLoaded)", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const sheets = fake.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await fake.context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["S"]);
    const added = sheets.add("T");
    await fake.context.sync();
    expect(() => added.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  test("Excel's refusals: taken or invalid sheet names, wrong matrix size, missing tables, protected sheets", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    const ctx = fake.context;
    ctx.workbook.worksheets.add("s");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    ctx.workbook.worksheets.add("a".repeat(32));
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const sheet = ctx.workbook.worksheets.getItem("S");
    sheet.getRange("A1:B1").formulas = [["x"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    sheet.getRange("A1").formulas = [["=SUM(Nope[x])"]];
    await expect(ctx.sync()).rejects.toThrow(/missing table "Nope"/);
    sheet.getRange("A1").formulas = [["='Nowhere'!A1"]];
    await expect(ctx.sync()).rejects.toThrow(/missing sheet "Nowhere"/);
    sheet.protection.protect();
    sheet.getRange("A1").format.fill.color = "#FF0000";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.syncCount).toBe(6);
  });

  test("a failing operation drops the rest of its batch but keeps what ran before", async () => {
    const fake = createFakeExcel();
    const ctx = fake.context;
    ctx.workbook.worksheets.add("A");
    ctx.workbook.worksheets.add("A");
    ctx.workbook.worksheets.add("B");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.sheetNames()).toEqual(["A"]);
  });

  test("text is coerced as Excel coerces typed input unless it starts with an apostrophe", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S" }] });
    fake.context.workbook.worksheets.getItem("S").getRange("A1:F1").formulas = [
      ["12", "-x", "TRUE", "2024/4/1", "'=1", "text"],
    ];
    await fake.context.sync();
    const s = fake.sheet("S");
    expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((a) => s.cell(a)?.kind)).toEqual([
      "number",
      "formula",
      "boolean",
      "date",
      "text",
      "text",
    ]);
  });
});
