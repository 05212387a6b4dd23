/** Layout checks on one layout's cells, addresses, merges and values, before anything is written. */
import { validateLayout } from "../../src/sheets/validate-layout";
import { layout } from "../helpers/layouts";
import { messages } from "./resolve-names-fixtures";

describe("validateLayout", () => {
  test("a well-formed layout has no problems", () => {
    const ok = layout("q", "調査票", {
      cells: [
        ["項目", "回答"],
        ["燃料", null],
        ["量", 12.5],
        ["合計", { formula: "=SUM(B2:B3)" }],
      ],
      columnWidths: [20, 12],
      formats: [{ range: "A1:B1", bold: true, fill: "#DDEEFF", border: true }],
      merges: [],
      validations: [
        {
          range: "B2",
          rule: { kind: "list", choices: ["軽油", "ガソリン"] },
          prompt: { title: "燃料", message: "選んでください" },
        },
        {
          range: "B3",
          rule: { kind: "decimal", min: 0 },
          error: { title: "数値", message: "0 以上の数値を入力してください" },
        },
      ],
      conditionalFormats: [{ range: "B2:B3", formula: '=B2=""', fill: "#FFF2CC" }],
      tables: [{ key: "t", name: "回答表", range: "A1:B4", style: "TableStyleLight9" }],
      names: [{ key: "n", name: "回答", refersTo: "B2:B3" }],
      protection: { unlockedRanges: ["B2:B3"] },
      freeze: { rows: 1 },
      tabColor: "#4472C4",
    });
    expect(validateLayout(ok)).toEqual([]);
  });

  test("cells must form a rectangle", () => {
    const bad = layout("x", "x", { cells: [["a", "b"], ["c"]] });
    expect(messages(validateLayout(bad), "error")).toEqual([
      expect.stringMatching(/^cells row 2: has 1 cells; every row must have 2/),
    ]);
  });

  test('formula-looking literals ("=", "+", "-", "@") are flagged', () => {
    const bad = layout("x", "x", { cells: [["=1+1", "+81", "-", "@x", "ok"]] });
    const warnings = messages(validateLayout(bad), "warning");
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/^cell A1: literal text "=1\+1" starts with "="/);
    expect(warnings[3]).toMatch(/^cell D1:/);
  });

  test("formulas are written with their leading '='", () => {
    const bad = layout("x", "x", { cells: [[{ formula: "SUM(A1:A3)" }, { formula: "=" }]] });
    expect(messages(validateLayout(bad), "error")).toEqual([
      expect.stringMatching(/^cell A1: formula "SUM\(A1:A3\)" must be a string starting with "="/),
      expect.stringMatching(/^cell B1: formula "=" must/),
    ]);
  });
});

describe("validateLayout", () => {
  test("addresses must be single ranges on the sheet", () => {
    const bad = layout("x", "x", {
      formats: [{ range: "A1:B2,C3", bold: true }],
      merges: ["XFE1:XFE2"],
      validations: [{ range: "A0", rule: { kind: "whole", min: 0 } }],
      protection: { unlockedRanges: ["Sheet1!B2"] },
    });
    expect(messages(validateLayout(bad), "error")).toHaveLength(4);
  });

  test("duplicate keys, overlapping merges and tables, invalid values", () => {
    const bad = layout("x", "x", {
      cells: [
        ["a", "b", "c"],
        [1, 2, 3],
        [4, 5, 6],
      ],
      merges: ["A1:B1", "B1:C1"],
      tables: [
        { key: "t", name: "T", range: "A2:C3" },
        { key: "t", name: "U", range: "B3:C3", style: "MyStyle" },
      ],
      names: [{ key: "n", name: "N", refersTo: "nowhere!" }],
      validations: [
        { range: "A2", rule: { kind: "list", choices: ["はい,いいえ"] } },
        { range: "A3", rule: { kind: "decimal", min: 5, max: 1 } },
        {
          range: "B2",
          rule: { kind: "whole", min: 0.5 },
          prompt: { title: "x".repeat(33), message: "" },
        },
      ],
      formats: [{ range: "A1", fill: "red", fontSize: 500 }],
      columnWidths: [-1],
      tabColor: "blue",
      freeze: { rows: -1 },
    });
    const errors = messages(validateLayout(bad), "error");
    for (const pattern of [
      /merges\[1\] B1:C1: overlaps the merge A1:B1/,
      /duplicate table key "t"/,
      /overlaps table t/,
      /"MyStyle" is not a built-in table style/,
      /names\[0\] n: "nowhere!" is not/,
      /contains a comma/,
      /max 1 is not a number ≥ min 5/,
      /whole-number limits must be integers/,
      /prompt title exceeds Excel's 32/,
      /colour "red" is not #RRGGBB/,
      /font size 500/,
      /columnWidths\[0\]/,
      /tabColor: colour "blue"/,
      /freeze: rows -1/,
    ]) {
      expect(errors).toContainEqual(expect.stringMatching(pattern));
    }
  });
});
