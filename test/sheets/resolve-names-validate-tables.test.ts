/** Layout checks on tables, references and protection, across layouts, and the order layouts are written in. */
import { parseRange } from "../../src/sheets/addresses";
import {
  partlyCovered,
  validateLayout,
  validateLayouts,
  writeOrder,
} from "../../src/sheets/validate-layout";
import { layout } from "../helpers/layouts";
import { messages } from "./resolve-names-fixtures";

describe("validateLayout", () => {
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
});

describe("validateLayout", () => {
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
