/** Name planning, placeholder substitution and layout checks — the pure half of the sheet writer. */
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
import {
  partlyCovered,
  validateLayout,
  validateLayouts,
  writeOrder,
  type LayoutProblem,
} from "../../src/sheets/validate-layout";
import { layout } from "../helpers/layouts";

const NONE = { sheets: [], tables: [], names: [] };
const messages = (problems: readonly LayoutProblem[], severity?: "error" | "warning") =>
  problems
    .filter((p) => !severity || p.severity === severity)
    .map((p) => `${p.where}: ${p.message}`);

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

  test("a table may not sit on merged cells; its header cells should be distinct texts", () => {
    const bad = layout("x", "x", {
      cells: [
        ["名前", "名前", null],
        [1, 2, 3],
      ],
      merges: ["A2:B2"],
      tables: [{ key: "t", name: "T", range: "A1:C2" }],
    });
    expect(messages(validateLayout(bad), "error")).toContainEqual(
      expect.stringMatching(/overlaps the merge A2:B2/)
    );
    const warnings = messages(validateLayout(bad), "warning");
    expect(warnings).toContainEqual(expect.stringMatching(/header B1 "名前" repeats/));
    expect(warnings).toContainEqual(expect.stringMatching(/header C1 is not a literal text/));
  });

  test("structured references only to tables of other layouts; none in conditional formats", () => {
    const bad = layout("x", "x", {
      cells: [
        ["量", "計"],
        [1, { formula: "=SUM({{table:own}}[量])" }],
        [2, { formula: "=[@量]*2" }],
        [3, { formula: '="[注]"&A1' }],
      ],
      tables: [{ key: "own", name: "Own", range: "A1:A4" }],
      conditionalFormats: [
        { range: "A2", formula: "=A2>MAX({{table:other}}[x])", fill: "#FF0000" },
      ],
    });
    const errors = messages(validateLayout(bad), "error");
    expect(errors).toEqual([
      expect.stringMatching(
        /^cell B2: structured reference to \{\{table:own\}\} of the same sheet/
      ),
      expect.stringMatching(/^cell B3: structured reference without \{\{table:KEY\}\}/),
      expect.stringMatching(
        /^conditionalFormats\[0\] A2: conditional-format formulas cannot use structured/
      ),
    ]); // B4's "[注]" is inside a string literal
  });

  test("an unlocked range may not cut through a merge on a protected sheet (unlock all of it or none)", () => {
    const sheet = (merges: string[], unlockedRanges: string[]) =>
      layout("x", "x", {
        cells: [["a", null, null, null, null]],
        merges,
        protection: { unlockedRanges },
      });
    expect(messages(validateLayout(sheet(["B1:E1"], ["B1"])), "error")).toEqual([
      "merges B1:E1: is only partly unlocked on the protected sheet, so Excel may refuse to edit the merged cell: unlock the whole merge or none of it",
    ]);
    expect(messages(validateLayout(sheet(["B1:E1"], ["A1:C1"])), "error")).toHaveLength(1);
    expect(
      messages(validateLayout(sheet(["B1:E1", "A3:A5"], ["A4", "E1"])), "error").map(
        (m) => m.split(": ")[0]
      )
    ).toEqual(["merges B1:E1", "merges A3:A5"]);
    expect(validateLayout(sheet(["B1:E1"], ["B1:E1"]))).toEqual([]);
    expect(validateLayout(sheet(["B1:E1"], ["A1:F9"]))).toEqual([]);
    expect(validateLayout(sheet(["B1:E1"], ["B1:C1", "D1", "E1:E2"]))).toEqual([]); // unlocked in pieces
    expect(validateLayout(sheet(["B1:E1"], ["A2:E2", "F1"]))).toEqual([]); // locked as a whole
    expect(validateLayout(sheet(["B1:E1"], ["B:B", "C:E"]))).toEqual([]);
    expect(messages(validateLayout(sheet(["B1:E1"], ["2:2", "C:C"])), "error")).toHaveLength(1);
  });

  test("partlyCovered: the union of the ranges covers some but not all of the target", () => {
    const r = (a: string) => parseRange(a)!;
    const cut = (target: string, ...ranges: string[]) => partlyCovered(r(target), ranges.map(r));
    expect(cut("B2:D4")).toBe(false);
    expect(cut("B2:D4", "F1:G9")).toBe(false);
    expect(cut("B2:D4", "A1:Z9")).toBe(false);
    expect(cut("B2:D4", "B2:D3", "B4:C4", "D4")).toBe(false);
    expect(cut("B2:D4", "B2:D3", "B4:C4")).toBe(true); // D4 is left locked
    expect(cut("B2:D4", "C3")).toBe(true);
    expect(cut("B2:D4", "A1:B9", "D1:D9")).toBe(true); // column C left locked
  });

  test("unknown placeholder kinds are errors; invalid names are warnings (they are sanitized)", () => {
    const bad = layout("x", "a/b", {
      cells: [[{ formula: "={{cell:x}}" }]],
      tables: [{ key: "t", name: "has space", range: "A1:A2" }],
    });
    expect(messages(validateLayout(bad), "error")).toEqual([
      expect.stringMatching(/unknown placeholder \{\{cell:x\}\}/),
    ]);
    const warnings = messages(validateLayout(bad), "warning");
    expect(warnings).toContainEqual(
      expect.stringMatching(/"a\/b" is not a valid sheet name.*"a／b"/)
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/"has space" is not a valid table name; it is written as "has_space"/)
    );
  });
});

describe("validateLayouts and writeOrder", () => {
  test("duplicate keys across layouts and unknown placeholder keys", () => {
    const problems = validateLayouts([
      layout("a", "A", { tables: [{ key: "t", name: "T", range: "A1:A2" }] }),
      layout("a", "B", {
        tables: [{ key: "t", name: "U", range: "A1:A2" }],
        cells: [[{ formula: "={{sheet:zzz}}!A1+{{name:nope}}" }]],
      }),
    ]);
    const errors = messages(problems, "error");
    expect(errors).toContainEqual(expect.stringMatching(/duplicate layout key "a"/));
    expect(errors).toContainEqual(
      expect.stringMatching(/table key "t" is also used by another layout/)
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/\{\{sheet:zzz\}\}: no sheet has key "zzz"/)
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/\{\{name:nope\}\}: no name has key "nope"/)
    );
  });

  test("a layout using another's table is written after it; a cycle is an error", () => {
    const owner = layout("owner", "O", {
      cells: [["量"], [1]],
      tables: [{ key: "t", name: "T", range: "A1:A2" }],
    });
    const user = layout("user", "U", { cells: [[{ formula: "=SUM({{table:t}}[量])" }]] });
    expect(writeOrder([user, owner])).toEqual([1, 0]);
    expect(writeOrder([owner, user])).toEqual([0, 1]);
    expect(validateLayouts([user, owner])).toEqual([]);

    const a = layout("a", "A", {
      cells: [["x"], [{ formula: "=SUM({{table:tb}}[y])" }]],
      tables: [{ key: "ta", name: "TA", range: "A1:A2" }],
    });
    const b = layout("b", "B", {
      cells: [["y"], [{ formula: "=SUM({{table:ta}}[x])" }]],
      tables: [{ key: "tb", name: "TB", range: "A1:A2" }],
    });
    expect(messages(validateLayouts([a, b]), "error")).toContainEqual(
      expect.stringMatching(/cycle/)
    );
  });
});
