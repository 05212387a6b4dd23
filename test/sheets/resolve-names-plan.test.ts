/** Name planning, placeholder substitution and literal text — the pure half of the sheet writer, before the checks. */
import {
  absoluteAddress,
  columnLetters,
  columnNumber,
  formatRange,
  parseRange,
} from "../../src/sheets/addresses";
import { formulaInput, needsTextPrefix } from "../../src/sheets/cell-text";
import {
  nameReference,
  planNames,
  resolveLayouts,
  sanitizeIdentifier,
  sanitizeSheetName,
} from "../../src/sheets/resolve-names";
import { layout } from "../helpers/layouts";
import { NONE } from "./resolve-names-fixtures";

describe("A1 addresses", () => {
  test("columns convert both ways", () => {
    expect([1, 26, 27, 52, 703, 16384].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "z", "AA", "XFD"].map(columnNumber)).toEqual([1, 26, 27, 16384]);
  });

  test("cells, ranges, whole columns and rows parse; off-sheet addresses do not", () => {
    expect(parseRange("B7")).toEqual({ top: 7, left: 2, bottom: 7, right: 2 });
    expect(parseRange("$H$25:A10")).toEqual({ top: 10, left: 1, bottom: 25, right: 8 });
    expect(parseRange("A:C")).toMatchObject({ left: 1, right: 3, wholeColumns: true });
    expect(parseRange("3:5")).toMatchObject({ top: 3, bottom: 5, wholeRows: true });
    for (const bad of ["", "A0", "XFE1", "A1048577", "A1:B2,C3", "Sheet1!A1", "1A"])
      expect(parseRange(bad)).toBeNull();
  });

  test("absolute addresses for defined names", () => {
    expect(absoluteAddress("c5")).toBe("$C$5");
    expect(absoluteAddress("C5:D9")).toBe("$C$5:$D$9");
    expect(formatRange(parseRange("A:C")!, true)).toBe("$A:$C");
    expect(nameReference("算定シート (2)", "C5")).toBe("='算定シート (2)'!$C$5");
    expect(nameReference("x", "=SUM(A1:A3)")).toBe("=SUM(A1:A3)");
  });
});

describe("planNames", () => {
  test('an existing "算定シート" makes the new one "算定シート (2)", then (3)', () => {
    expect(
      planNames([layout("b", "算定シート")], { ...NONE, sheets: ["算定シート"] }).sheets.get("b")
    ).toBe("算定シート (2)");
    expect(
      planNames([layout("b", "算定シート")], {
        ...NONE,
        sheets: ["算定シート", "算定シート (2)"],
      }).sheets.get("b")
    ).toBe("算定シート (3)");
  });

  test("names compare as Excel does: case- and width-insensitive", () => {
    expect(
      planNames([layout("a", "Sheet1")], { ...NONE, sheets: ["SHEET1"] }).sheets.get("a")
    ).toBe("Sheet1 (2)");
    expect(planNames([layout("a", "ABC")], { ...NONE, sheets: ["ＡＢＣ"] }).sheets.get("a")).toBe(
      "ABC (2)"
    );
  });

  test("layouts of one build do not clash with each other", () => {
    const plan = planNames(
      [layout("q1", "調査票"), layout("q2", "調査票"), layout("q3", "調査票")],
      NONE
    );
    expect([...plan.sheets.values()]).toEqual(["調査票", "調査票 (2)", "調査票 (3)"]);
  });

  test("31-character truncation keeps the suffix", () => {
    const long = "あ".repeat(40);
    const first = planNames([layout("a", long)], NONE).sheets.get("a")!;
    expect(first).toBe("あ".repeat(31));
    const second = planNames([layout("a", long)], { ...NONE, sheets: [first] }).sheets.get("a")!;
    expect(second).toBe(`${"あ".repeat(27)} (2)`);
    expect(second.length).toBe(31);
    const tenth = planNames([layout("a", long)], {
      ...NONE,
      sheets: [first, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${"あ".repeat(27)} (${n})`)],
    });
    expect(tenth.sheets.get("a")).toBe(`${"あ".repeat(26)} (10)`);
  });
});

describe("planNames", () => {
  test("truncation never splits a surrogate pair", () => {
    const name = `${"a".repeat(30)}𩸽`; // 30 + 2 UTF-16 units
    expect(sanitizeSheetName(name)).toBe("a".repeat(30));
  });

  test("forbidden characters, apostrophes at the ends, empty and reserved names are fixed", () => {
    expect(sanitizeSheetName("算定/2024:案[1]?*\\")).toBe("算定／2024：案［1］？＊＼");
    expect(sanitizeSheetName("'引用'")).toBe("引用");
    expect(sanitizeSheetName("O'Brien")).toBe("O'Brien");
    expect(sanitizeSheetName("   ")).toBe("Sheet");
    expect(planNames([layout("h", "History")], NONE).sheets.get("h")).toBe("History (2)");
  });

  test('tables and defined names share one namespace and get "_2", "_3"', () => {
    const layouts = [
      layout("b", "算定", {
        tables: [{ key: "acts", name: "Activities", range: "A1:B3" }],
        names: [
          { key: "total", name: "Totals", refersTo: "C5" },
          { key: "t2", name: "Activities", refersTo: "C6" },
        ],
      }),
    ];
    const plan = planNames(layouts, { sheets: [], tables: ["activities"], names: ["Totals"] });
    expect(plan.tables.get("acts")).toBe("Activities_2");
    expect(plan.names.get("total")).toBe("Totals_2");
    expect(plan.names.get("t2")).toBe("Activities_3");
  });

  test("table and defined names are made valid", () => {
    expect(sanitizeIdentifier("排出 量")).toBe("排出_量");
    expect(sanitizeIdentifier("2024年")).toBe("_2024年");
    expect(sanitizeIdentifier("A1")).toBe("_A1");
    expect(sanitizeIdentifier("R1C1")).toBe("_R1C1");
    expect(sanitizeIdentifier("排出量.合計")).toBe("排出量.合計");
  });

  test("a duplicate key is refused", () => {
    expect(() => planNames([layout("a", "x"), layout("a", "y")], NONE)).toThrow(
      /Duplicate layout key "a"/
    );
  });
});

describe("resolveLayouts", () => {
  const boundary = layout("boundary", "算定シート", {
    cells: [
      ["活動", "排出量"],
      ["軽油", { formula: '=GHG.CO2_FUEL("軽油",100)' }],
    ],
    tables: [{ key: "acts", name: "活動一覧", range: "A1:B2" }],
    names: [{ key: "total", name: "排出量合計", refersTo: "B2" }],
  });
  const disclosure = layout("disclosure", "情報開示", {
    cells: [
      ["合計", { formula: "={{sheet:boundary}}!B2" }],
      ["表", { formula: "=SUM({{table:acts}}[排出量])" }],
      ["名前", { formula: "={{name:total}}*1000" }],
      ["{{sheet:boundary}}", null],
    ],
    conditionalFormats: [{ range: "B1", formula: "={{sheet:boundary}}!B2>0", fill: "#FFEEEE" }],
    names: [{ key: "copy", name: "参照", refersTo: "={{sheet:boundary}}!$B$2" }],
  });

  test("placeholders become the final, quoted names across sheets", () => {
    const plan = planNames([boundary, disclosure], {
      sheets: ["算定シート"],
      tables: ["活動一覧"],
      names: [],
    });
    const [b, d] = resolveLayouts([boundary, disclosure], plan);
    expect(b?.name).toBe("算定シート (2)");
    expect(b?.tables[0]?.name).toBe("活動一覧_2");
    expect(d?.cells[0]?.[1]).toEqual({ formula: "='算定シート (2)'!B2" });
    expect(d?.cells[1]?.[1]).toEqual({ formula: "=SUM(活動一覧_2[排出量])" });
    expect(d?.cells[2]?.[1]).toEqual({ formula: "=排出量合計*1000" });
    expect(d?.cells[3]?.[0]).toBe("{{sheet:boundary}}"); // literal text is left alone
    expect(d?.conditionalFormats[0]?.formula).toBe("='算定シート (2)'!B2>0");
    expect(d?.names[0]).toMatchObject({ name: "参照", refersTo: "='算定シート (2)'!$B$2" });
    expect(disclosure.cells[0]?.[1]).toEqual({ formula: "={{sheet:boundary}}!B2" }); // inputs untouched
  });

  test("an apostrophe in a sheet name is doubled inside the quotes", () => {
    const layouts = [
      layout("o", "O'Brien"),
      layout("r", "参照", { cells: [[{ formula: "={{sheet:o}}!A1" }]] }),
    ];
    const [, r] = resolveLayouts(layouts, planNames(layouts, NONE));
    expect(r?.cells[0]?.[0]).toEqual({ formula: "='O''Brien'!A1" });
  });

  test("an unknown key or kind throws an error naming it", () => {
    const bad = layout("x", "x", { cells: [[{ formula: "={{sheet:nowhere}}!A1" }]] });
    expect(() => resolveLayouts([bad], planNames([bad], NONE))).toThrow(/nowhere/);
    const badTable = layout("x", "x", { cells: [[{ formula: "=SUM({{table:ghost}}[a])" }]] });
    expect(() => resolveLayouts([badTable], planNames([badTable], NONE))).toThrow(/"ghost"/);
    const badKind = layout("x", "x", { cells: [[{ formula: "={{range:a}}" }]] });
    expect(() => resolveLayouts([badKind], planNames([badKind], NONE))).toThrow(
      /Unknown placeholder \{\{range:a\}\}/
    );
  });
});

describe("literal text that Excel would not keep as text", () => {
  test.each([
    "=1+1",
    "+81-3-1234",
    "-",
    "@home",
    "#N/A",
    "'quoted",
    "123",
    "2024/4/1",
    "4月1日",
    "10:30",
    "50%",
    "¥1,000",
    "(3)",
    "TRUE",
    "R6.4.1",
    "令和6年4月1日",
    "１２３",
    ".5",
  ])("%s is escaped", (text) => {
    expect(needsTextPrefix(text)).toBe(true);
    expect(formulaInput(text)).toBe(`'${text}`);
  });

  test.each(["算定シート", "軽油", "kWh", "第1回", "合計", "Diesel", "メーカー", ""])(
    "%s is written as it is",
    (text) => {
      expect(needsTextPrefix(text)).toBe(false);
      expect(formulaInput(text)).toBe(text);
    }
  );

  test("numbers, booleans, formulas and empty cells", () => {
    expect(formulaInput(2.58)).toBe(2.58);
    expect(formulaInput(false)).toBe(false);
    expect(formulaInput({ formula: "=A1*2" })).toBe("=A1*2");
    expect(formulaInput(null)).toBe("");
  });
});
