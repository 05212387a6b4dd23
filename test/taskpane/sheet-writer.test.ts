/** The sheet writer against the fake Excel API: what lands where, in how many round trips, and how it degrades. */
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { buildSheets } from "../../src/taskpane/office/build-sheets";
import {
  SheetWriteError,
  charactersToPoints,
  writeLayouts,
  type WriteOptions,
} from "../../src/taskpane/office/sheet-writer";
import { BATCH_TARGET_BYTES } from "../../src/taskpane/office/request-budget";
import { FakeOfficeError, createFakeExcel, type FakeExcel } from "../helpers/fake-excel";
import { layout } from "../helpers/layouts";

const ALL: WriteOptions = { supports: () => true };
const without = (...versions: string[]): WriteOptions => ({
  supports: (set, version) => set === "ExcelApi" && !versions.includes(version),
});

/** A boundary-like sheet using every feature of SheetLayout. */
const boundary = layout("boundary", "算定シート", {
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

async function write(
  fake: FakeExcel,
  layouts: readonly SheetLayout[],
  options: WriteOptions = ALL
) {
  return writeLayouts(fake.context, layouts, options);
}

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

describe("never overwrites", () => {
  test('an existing "算定シート" stays untouched; the new one is "算定シート (2)" and formulas follow it', async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "算定シート", cells: { A1: "ユーザーのデータ", B2: 42 } }],
      tables: [{ sheet: "算定シート", address: "A1:B2", name: "活動一覧" }],
      names: [{ name: "排出量合計", reference: "='算定シート'!$B$2" }],
    });
    const before = fake.sheet("算定シート").fingerprint();
    const notice = layout("notice", "情報開示", {
      cells: [
        ["合計", { formula: "={{sheet:boundary}}!D5" }],
        ["表", { formula: "=SUM({{table:activities}}[量])" }],
        ["名前", { formula: "={{name:total}}" }],
      ],
    });
    const result = await write(fake, [notice, boundary]);

    expect(result.sheets).toEqual([
      { key: "notice", name: "情報開示" },
      { key: "boundary", name: "算定シート (2)" },
    ]);
    expect(fake.sheet("算定シート").fingerprint()).toBe(before);
    expect(fake.sheetNames()).toEqual(["算定シート", "情報開示", "算定シート (2)"]);
    expect(fake.tables.map((t) => `${t.sheet}:${t.name}`)).toEqual([
      "算定シート:活動一覧",
      "算定シート (2):活動一覧_2",
    ]);
    expect(fake.names.map((n) => `${n.name} ${n.reference}`)).toEqual([
      "排出量合計 ='算定シート'!$B$2",
      "排出量合計_2 ='算定シート (2)'!$D$5",
      "二倍 =排出量合計_2*2",
    ]);
    // The notice sheet comes first in the tabs but is filled after the boundary sheet, whose table it uses.
    expect(fake.sheet("情報開示").formulas()).toEqual([
      ["合計", "='算定シート (2)'!D5"],
      ["表", "=SUM(活動一覧_2[量])"],
      ["名前", "=排出量合計_2"],
    ]);
    expect(fake.activeSheet).toBe("情報開示");
    expect(result.syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
  });

  test("a name Excel takes between the two round trips fails the build with Excel's message, not an overwrite", async () => {
    const fake = createFakeExcel(
      {},
      { beforeSync: (n, book) => (n === 2 ? book.addSheet("算定シート") : undefined) }
    );
    const failure = write(fake, [boundary]);
    await expect(failure).rejects.toBeInstanceOf(SheetWriteError);
    await expect(failure).rejects.toMatchObject({
      code: "ItemAlreadyExists",
      partialSheets: ["算定シート"],
    });
    expect(fake.sheetNames()).toEqual(["算定シート"]);
    expect(fake.sheet("算定シート").cellWrites).toEqual([]);
  });
});

/** A questionnaire-like sheet of `rows` answer rows. */
function bigLayout(key: string, rows: number): SheetLayout {
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

describe("round trips do not grow with the build", () => {
  test("1 sheet: 2 syncs", async () => {
    const fake = createFakeExcel();
    expect((await write(fake, [layout("a", "A")])).syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
  });

  test("3 sheets of 1,000 rows: requests follow the bytes, not the cells; one cell write per sheet", async () => {
    const fake = createFakeExcel();
    const result = await write(fake, [
      bigLayout("a", 1000),
      bigLayout("b", 1000),
      bigLayout("c", 1000),
    ]);
    // 3,000 bordered row formats are about 12 MB as office.js sends them: 4 requests under the budget, not 3,000.
    expect(result.requestEstimates.every((bytes) => bytes <= BATCH_TARGET_BYTES)).toBe(true);
    expect(result.syncs).toBe(1 + result.requestEstimates.length);
    expect(result.syncs).toBeLessThanOrEqual(6);
    expect(fake.syncCount).toBe(result.syncs);
    for (const name of ["調査票_a", "調査票_b", "調査票_c"]) {
      expect(fake.sheet(name).cellWrites).toEqual([
        { address: "A1:D1001", property: "formulas", rows: 1001, columns: 4 },
      ]);
      expect(fake.sheet(name).formulas("A1001:D1001")).toEqual([[1000, "質問 1000", "", "kWh"]]);
    }
  });

  test("nothing to write: no round trip", async () => {
    const fake = createFakeExcel();
    expect(await write(fake, [])).toEqual({
      sheets: [],
      warnings: [],
      syncs: 0,
      requestEstimates: [],
    });
    expect(fake.syncCount).toBe(0);
  });
});

describe("older Excel: features are skipped with a warning, never a crash", () => {
  test("without ExcelApi 1.8 the validations are skipped", async () => {
    const fake = createFakeExcel();
    const result = await write(fake, [boundary], without("1.8"));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^入力規則.*ExcelApi 1\.8 に対応していません。対象シート: 算定シート \/ Data validation .* ExcelApi 1\.8\. Sheets: 算定シート$/
    );
    const sheet = fake.sheet("算定シート");
    expect(sheet.validations).toEqual([]);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.protection.protected).toBe(true);
    expect(fake.syncCount).toBe(2);
  });

  test("without ExcelApi 1.6 the conditional formats are skipped", async () => {
    const fake = createFakeExcel();
    const result = await write(fake, [boundary], without("1.6"));
    expect(result.warnings).toEqual([
      expect.stringMatching(/^条件付き書式.*ExcelApi 1\.6.* \/ Conditional formats were skipped/),
    ]);
    expect(fake.sheet("算定シート").conditionalFormats).toEqual([]);
    expect(fake.sheet("算定シート").validations).toHaveLength(3);
  });

  test("with ExcelApi 1.1 only, every gated feature is skipped and the cells are still written", async () => {
    const fake = createFakeExcel();
    const result = await write(fake, [boundary], {
      supports: (_set, version) => version === "1.1",
    });
    expect(result.warnings.map((w) => /ExcelApi (1\.\d)/.exec(w)?.[1])).toEqual([
      "1.2",
      "1.2",
      "1.2",
      "1.4",
      "1.6",
      "1.7",
      "1.7",
      "1.8",
    ]);
    const sheet = fake.sheet("算定シート");
    expect(sheet.cellWrites).toHaveLength(1);
    expect(sheet.merges).toEqual([]);
    expect(sheet.columnWidths()).toEqual({});
    expect(sheet.protection.protected).toBe(false);
    expect(sheet.freeze).toBeNull();
    expect(fake.names).toEqual([]);
    expect(fake.tables).toHaveLength(1);
  });

  test("without ExcelApi 1.4 (Office 2016 bought outright) formulas refer to the cells the names would have named", async () => {
    const withNames = layout("totals", "集計", {
      cells: [
        ["合計", 120],
        ["二倍", { formula: "={{name:double}}" }],
        ["参照", { formula: "={{name:total}}+{{name:total}}" }],
      ],
      names: [
        { key: "total", name: "排出量合計", refersTo: "B1" },
        { key: "double", name: "二倍", refersTo: "={{name:total}}*2" },
      ],
    });
    const fake = createFakeExcel();
    const result = await write(fake, [withNames], without("1.4"));
    expect(result.warnings).toEqual([
      expect.stringMatching(/^名前の定義.*セルを直接参照.*ExcelApi 1\.4/),
    ]);
    expect(fake.names).toEqual([]);
    expect(fake.sheet("集計").formulas("B2:B3")).toEqual([
      ["=('集計'!$B$1*2)"],
      ["='集計'!$B$1+'集計'!$B$1"],
    ]);
  });

  test("a supports() that throws counts as unsupported", async () => {
    const fake = createFakeExcel();
    const result = await write(fake, [layout("a", "A", { tabColor: "#FF0000" })], {
      supports: () => {
        throw new Error("no requirements API");
      },
    });
    expect(result.warnings).toEqual([expect.stringMatching(/Tab colours were skipped/)]);
  });
});

describe("failures", () => {
  test("an ill-formed layout is refused before Excel is touched", async () => {
    const fake = createFakeExcel();
    const failure = write(fake, [layout("a", "A", { cells: [["a", "b"], ["c"]] })]);
    await expect(failure).rejects.toMatchObject({
      code: "InvalidLayout",
      problems: [expect.stringMatching(/row 2/)],
    });
    expect(fake.syncCount).toBe(0);
  });

  test("Excel's error becomes a SheetWriteError with Excel's code and message", async () => {
    const fake = createFakeExcel(
      {},
      {
        failSync: (n) =>
          n === 2 ? new FakeOfficeError("GeneralException", "Excel が応答しません") : undefined,
      }
    );
    const failure = write(fake, [layout("a", "A")]);
    await expect(failure).rejects.toMatchObject({
      name: "SheetWriteError",
      code: "GeneralException",
      detail: "Excel が応答しません",
      partialSheets: ["A"],
    });
  });

  test("a failure reading the workbook names no partial sheet", async () => {
    const fake = createFakeExcel(
      {},
      { failSync: () => new FakeOfficeError("AccessDenied", "denied") }
    );
    await expect(write(fake, [layout("a", "A")])).rejects.toMatchObject({
      code: "AccessDenied",
      partialSheets: [],
    });
  });
});

test("progress goes from 0 to 1 with Japanese / English messages", async () => {
  const seen: [string, number][] = [];
  await writeLayouts(createFakeExcel().context, [layout("a", "A"), layout("b", "B")], {
    ...ALL,
    onProgress: (m, f) => seen.push([m, f]),
  });
  expect(seen[0]).toEqual(["ブックを確認しています / Reading the workbook", 0]);
  expect(seen.at(-1)).toEqual(["完了しました / Done", 1]);
  const fractions = seen.map(([, f]) => f);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
});

test("column widths: characters of the default font to points", () => {
  expect(charactersToPoints(10)).toBe(63.75);
  expect(charactersToPoints(8.38)).toBeCloseTo(54, 0); // Japanese Excel's default column, 72 px
  expect(charactersToPoints(0)).toBe(0);
});

describe("buildSheets", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  function install(fake: FakeExcel, supported: readonly string[]) {
    (globalThis as Record<string, unknown>).Excel = {
      run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => fake.run(batch),
    };
    (globalThis as Record<string, unknown>).Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) =>
            set === "ExcelApi" && supported.includes(version),
        },
      },
    };
  }

  test("runs the writer in Excel.run with the running Excel's requirement sets", async () => {
    const fake = createFakeExcel();
    install(fake, ["1.1", "1.2", "1.4", "1.6", "1.7"]);
    const progress: number[] = [];
    const result = await buildSheets([boundary], (_m, f) => progress.push(f));
    expect(result.sheets).toEqual([{ key: "boundary", name: "算定シート" }]);
    expect(result.warnings).toEqual([expect.stringMatching(/ExcelApi 1\.8/)]);
    expect(progress.at(-1)).toBe(1);
  });

  test("a failure of Excel.run itself is a SheetWriteError too", async () => {
    (globalThis as Record<string, unknown>).Excel = {
      run: async () =>
        Promise.reject(Object.assign(new Error("Excel is busy"), { code: "ActivityLimitReached" })),
    };
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: () => true } },
    };
    await expect(buildSheets([boundary])).rejects.toMatchObject({
      name: "SheetWriteError",
      code: "ActivityLimitReached",
      detail: "Excel is busy",
    });
  });
});

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
