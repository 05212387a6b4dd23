/** On older Excel the sheet writer skips features with a warning, never a crash. */
import { createFakeExcel } from "../helpers/fake-excel";
import { layout } from "../helpers/layouts";
import { boundary, without, write } from "./sheet-writer-fixtures";

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
});

describe("older Excel: features are skipped with a warning, never a crash", () => {
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
