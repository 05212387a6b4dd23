/** The sheet writer never overwrites what is there, and fails cleanly when Excel refuses. */
import { SheetWriteError } from "../../src/taskpane/office/sheet-writer";
import { FakeOfficeError, createFakeExcel } from "../helpers/fake-excel";
import { layout } from "../helpers/layouts";
import { boundary, write } from "./sheet-writer-fixtures";

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
