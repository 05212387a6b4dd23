/** renderXlsx: every layout feature, read back with ExcelJS (and, where ExcelJS does not model it, from the XML). */
import type { Workbook, Worksheet } from "exceljs";
import type { SheetLayout } from "../../src/sheets/layout";
import { LISTS_SHEET_NAME, fileFormula, renderXlsx } from "../../src/xlsx/render-xlsx";
import { openWorkbook as load, zipPart as part } from "./fixtures";
import { layout as minimalLayout } from "../helpers/layouts";

const LONG_CHOICES = Array.from({ length: 40 }, (_, i) => `選択肢その${i + 1}`);

function layout(overrides: Partial<SheetLayout> = {}): SheetLayout {
  return {
    key: "main",
    name: "算定 'テスト' 表",
    cells: [
      ["見出し", null, null, null],
      ['=HYPERLINK("x")', 12.5, true, { formula: "=B2*2" }],
      ["品目", "数量", "単価", "金額"],
      ["紙", 10, 3, { formula: "=B4*C4" }],
      ["インク", 2, 50, { formula: "=B5*C5" }],
      [null, null, null, { formula: '=IFNA(D4,"[@x]")' }],
    ],
    columnWidths: [20, 10, 0, 12],
    formats: [
      { range: "A1", bold: true, italic: true, fontSize: 14, fontColor: "#1F4E3D" },
      { range: "A3:D3", fill: "#DDEBE2", border: true, horizontal: "Center" },
      { range: "B4:B5", numberFormat: "#,##0.0", wrap: true },
    ],
    merges: ["A1:D1"],
    validations: [
      {
        range: "B4:B5",
        rule: { kind: "decimal", min: 0 },
        prompt: { title: "数量", message: "0 以上" },
        error: { title: "エラー", message: "0 以上の数値" },
      },
      { range: "C4:C5", rule: { kind: "whole", min: 1, max: 100 } },
      {
        range: "A4",
        rule: { kind: "list", choices: ["紙", "インク"] },
        prompt: { title: "品目", message: "選んでください" },
      },
      { range: "A5", rule: { kind: "list", choices: LONG_CHOICES } },
      { range: "A6", rule: { kind: "list", choices: ["a,b", "c"] } },
    ],
    conditionalFormats: [
      { range: "B4:B5", formula: "=B4<0", fill: "#F8D7DA", fontColor: "#C00000" },
    ],
    tables: [],
    names: [
      { key: "qty", name: "Quantity", refersTo: "B4" },
      { key: "total", name: "Total", refersTo: "=SUM('算定 ''テスト'' 表'!$D$4:$D$5)" },
    ],
    protection: { unlockedRanges: ["B4:C5"] },
    freeze: { rows: 3, columns: 1 },
    tabColor: "#2E7D5B",
    ...overrides,
  };
}

const hidden: SheetLayout = minimalLayout("hidden", "内部", { cells: [["secret"]] });

describe("renderXlsx", () => {
  let bytes: Uint8Array;
  let workbook: Workbook;
  let sheet: Worksheet;

  beforeAll(async () => {
    bytes = await renderXlsx([layout(), hidden], {
      veryHidden: ["hidden"],
      extraNames: new Map([["Extra", "='内部'!$A$1"]]),
      title: "テスト",
    });
    workbook = await load(bytes);
    sheet = workbook.getWorksheet("算定 'テスト' 表")!;
  });

  test("returns a plain Uint8Array of a zip", () => {
    expect(bytes.constructor).toBe(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  test("values: text stays text (even with a leading =), numbers, booleans, formulas without =", () => {
    expect(sheet.getCell("A2").value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell("A2").type).toBe(3); // ValueType.String
    expect(sheet.getCell("B2").value).toBe(12.5);
    expect(sheet.getCell("C2").value).toBe(true);
    expect(sheet.getCell("D2").formula).toBe("B2*2");
    expect(sheet.getCell("D4").formula).toBe("B4*C4");
    // _xlfn prefix outside strings only; "[@x]" inside a string literal is untouched
    expect(sheet.getCell("D6").formula).toBe('_xlfn.IFNA(D4,"[@x]")');
    expect(sheet.getCell("A6").value).toBeNull();
  });

  test("column widths: the pane's pixels in the file's Calibri digits; width 0 hides the column", () => {
    expect(sheet.getColumn(1).width).toBe(22.86); // 20 characters of 8 px = 160 px = 22.86 digits of 7 px
    expect(sheet.getColumn(2).width).toBe(11.43);
    expect(sheet.getColumn(3).hidden).toBe(true);
  });

  test("formats over the whole range", () => {
    const a1 = sheet.getCell("A1");
    expect(a1.font).toMatchObject({
      bold: true,
      italic: true,
      size: 14,
      color: { argb: "FF1F4E3D" },
    });
    for (const address of ["A3", "B3", "C3", "D3"]) {
      const cell = sheet.getCell(address);
      expect(cell.fill).toMatchObject({
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFDDEBE2" },
      });
      expect(cell.alignment).toMatchObject({ horizontal: "center" });
      expect(cell.border).toMatchObject({
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      });
    }
    expect(sheet.getCell("B5").numFmt).toBe("#,##0.0");
    expect(sheet.getCell("B5").alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell("A4").font?.bold).toBeFalsy();
  });

  test("merges", () => {
    expect((sheet.model as unknown as { merges: string[] }).merges).toEqual(["A1:D1"]);
    expect(sheet.getCell("A1").value).toBe("見出し");
  });

  test("validations: decimal with prompt and error, whole between, inline list, long list on a very hidden sheet", () => {
    expect(sheet.getCell("B5").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "数量",
      prompt: "0 以上",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "エラー",
      error: "0 以上の数値",
    });
    expect(sheet.getCell("C4").dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [1, 100],
      showErrorMessage: true,
    });
    expect(sheet.getCell("A4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"紙,インク"'],
      promptTitle: "品目",
    });
    expect(sheet.getCell("A5").dataValidation.formulae).toEqual([
      `'${LISTS_SHEET_NAME}'!$A$1:$A$40`,
    ]);
    expect(sheet.getCell("A6").dataValidation.formulae).toEqual([
      `'${LISTS_SHEET_NAME}'!$B$1:$B$2`,
    ]);
    const lists = workbook.getWorksheet(LISTS_SHEET_NAME)!;
    expect(lists.state).toBe("veryHidden");
    expect(lists.getCell("A40").value).toBe("選択肢その40");
    expect(lists.getCell("B1").value).toBe("a,b");
  });

  test("conditional formats: expression rules without =", () => {
    const cf = (
      sheet as unknown as {
        conditionalFormattings: {
          ref: string;
          rules: {
            type: string;
            formulae: string[];
            style: { fill: { bgColor: { argb: string } } };
          }[];
        }[];
      }
    ).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]!.ref).toBe("B4:B5");
    expect(cf[0]!.rules[0]).toMatchObject({ type: "expression", formulae: ["B4<0"] });
    expect(cf[0]!.rules[0]!.style.fill.bgColor.argb).toBe("FFF8D7DA");
  });

  test("defined names: local addresses qualified and absolute, formulas as they are, extra names", async () => {
    const xml = await part(bytes, "xl/workbook.xml");
    expect(xml).toContain(
      `<definedName name="Quantity">&apos;算定 &apos;&apos;テスト&apos;&apos; 表&apos;!$B$4</definedName>`
    );
    expect(xml).toContain(
      `<definedName name="Total">SUM(&apos;算定 &apos;&apos;テスト&apos;&apos; 表&apos;!$D$4:$D$5)</definedName>`
    );
    expect(xml).toContain(`<definedName name="Extra">&apos;内部&apos;!$A$1</definedName>`);
    expect(workbook.definedNames.getRanges("Quantity").ranges).toEqual([
      "'算定 ''テスト'' 表'!$B$4",
    ]);
  });

  test("protection: sheet protected without password, unlocked ranges open, others locked", async () => {
    const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> })
      .sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(protection.hashValue).toBeUndefined();
    expect(sheet.getCell("B4").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("C5").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("D4").protection?.locked).not.toBe(false);
    expect(sheet.getCell("A4").protection?.locked).not.toBe(false);
    expect(await part(bytes, "xl/worksheets/sheet1.xml")).toContain(
      '<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>'
    );
  });

  test("freeze panes, tab colour, sheet states, first visible sheet active, recalculation on open", async () => {
    expect(sheet.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 3,
      topLeftCell: "B4",
    });
    expect(sheet.properties.tabColor).toEqual({ argb: "FF2E7D5B" });
    expect(sheet.state).toBe("visible");
    expect(workbook.getWorksheet("内部")!.state).toBe("veryHidden");
    expect(workbook.views[0]).toMatchObject({ activeTab: 0 });
    expect(workbook.title).toBe("テスト");
    expect(await part(bytes, "xl/workbook.xml")).toContain('fullCalcOnLoad="1"');
  });

  test("tables keep the layout's values and formulas; [@col] is written in the file's [#This Row] form", async () => {
    const withTable = layout({
      key: "t",
      name: "表",
      cells: [
        ["品目", "数量", "倍"],
        ["紙", 10, { formula: "=Items[@数量]*2" }],
        ["インク", 2, { formula: "=Items[@数量]*2" }],
      ],
      formats: [],
      merges: [],
      validations: [],
      conditionalFormats: [],
      names: [],
      tables: [{ key: "items", name: "Items", range: "A1:C3", style: "TableStyleLight9" }],
      protection: undefined,
      freeze: undefined,
      tabColor: undefined,
    });
    const book = await load(await renderXlsx([withTable]));
    const s = book.getWorksheet("表")!;
    expect(s.getCell("A2").value).toBe("紙");
    expect(s.getCell("B3").value).toBe(2);
    expect(s.getCell("C2").formula).toBe("Items[[#This Row],[数量]]*2");
    const table = (
      s as unknown as {
        tables: Record<
          string,
          {
            table: {
              ref: string;
              tableRef?: string;
              style: { theme: string };
              columns: { name: string }[];
            };
          }
        >;
      }
    ).tables;
    expect(Object.keys(table)).toEqual(["Items"]);
    expect(table.Items!.table.columns.map((c) => c.name)).toEqual(["品目", "数量", "倍"]);
    expect(table.Items!.table.style.theme).toBe("TableStyleLight9");
  });

  test("fileFormula rewrites outside string literals only", () => {
    expect(fileFormula("=Tbl[@[数 量]]+Tbl[@x]")).toBe(
      "Tbl[[#This Row],[数 量]]+Tbl[[#This Row],[x]]"
    );
    expect(fileFormula('=TEXTJOIN(",",TRUE,"IFNA(")')).toBe('_xlfn.TEXTJOIN(",",TRUE,"IFNA(")');
    expect(fileFormula("=GHG.IFS(1)")).toBe("GHG.IFS(1)");
    expect(fileFormula("=FILTER(A1:A3,B1:B3)")).toBe("_xlfn._xlws.FILTER(A1:A3,B1:B3)");
  });

  test("a name used twice or an invalid name is refused", async () => {
    await expect(
      renderXlsx([layout()], { extraNames: new Map([["quantity", "'x'!$A$1"]]) })
    ).rejects.toThrow(/used twice/);
    await expect(
      renderXlsx([layout()], { extraNames: new Map([["A1", "'x'!$A$1"]]) })
    ).rejects.toThrow(/not a valid defined name/);
  });
});
