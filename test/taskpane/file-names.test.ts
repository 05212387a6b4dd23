/** Names of the files the pane saves. */
import { fileNamePart, xlsxFileName } from "../../src/taskpane/files/file-names";

test("questionnaire and workbook names: prefix, parts, .xlsx; empty parts left out", () => {
  expect(xlsxFileName("調査票", "主催者", "○○市環境フェスタ 2011")).toBe(
    "調査票_主催者_○○市環境フェスタ 2011.xlsx"
  );
  expect(xlsxFileName("算定シート", "", "  ")).toBe("算定シート.xlsx");
  expect(xlsxFileName("", "")).toBe("workbook.xlsx");
});

test("characters Windows refuses become _, whitespace folds, trailing dots go", () => {
  expect(fileNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe("a_b_c_d_e_f_g_h_i_j");
  expect(fileNamePart("  行事\t\n名.. ")).toBe("行事 名");
  expect(fileNamePart("x\u0000y")).toBe("x_y");
  expect(fileNamePart("CON")).toBe("CON_");
  expect(fileNamePart("com1")).toBe("com1_");
});

test("a long part is cut by characters (never inside a surrogate pair)", () => {
  const long = "𠮷".repeat(100);
  const part = fileNamePart(long);
  expect([...part]).toHaveLength(60);
  expect(part).toBe("𠮷".repeat(60));
});
