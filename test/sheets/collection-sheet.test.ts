/** 回収一覧 as Excel will see it: every table column has a header of its own, and the layouts have no problems at all. */
import { validateLayouts } from "../../src/sheets/validate-layout";
import { largeCollection } from "../helpers/large-builds";

describe("回収一覧", () => {
  const layouts = largeCollection(3);

  test("no layout problem, warnings included (a blank table header would become Excel's own 「列4」)", () => {
    expect(validateLayouts(layouts)).toEqual([]);
  });

  test("the 回収ファイル table names each column and fills it per file", () => {
    const collection = layouts[0]!;
    const header = collection.cells.findIndex((row) => row[0] === "No" && row[1] === "ファイル名");
    expect(collection.cells[header]).toEqual([
      "No",
      "ファイル名",
      "状況",
      "記入完了",
      "団体名",
      "担当者名",
      "連絡先",
      "重複元",
      "様式ID",
      "問題のある回答",
      "メッセージ",
    ]);
    expect(collection.cells[header + 1]?.slice(0, 8)).toEqual([
      1,
      "回答1.xlsx",
      "回収",
      "はい",
      "出展団体1",
      "担当者1",
      "03-0000-0000",
      "",
    ]);
  });
});
