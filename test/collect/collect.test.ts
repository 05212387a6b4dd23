/** Collecting answers: statuses, duplicates, completeness, and the sheets that record and compute them. */
import { collectParsed } from "../../src/collect/collect";
import { classifyAnswer } from "../../src/collect/classify";
import { buildCollectionWorkbook } from "../../src/collect/builders/collection";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { planNames, resolveLayouts } from "../../src/sheets/resolve-names";
import { validateLayouts } from "../../src/sheets/validate-layout";
import type { FormQuestion, RawAnswer } from "../../src/xlsx/types";
import { exhibitorResponse, exhibitorsForm } from "../helpers/forms";
import { loadSheets, valueAt } from "../helpers/sheet-engine";

const response = (
  fileName: string,
  organization: string,
  answers: Record<string, RawAnswer>,
  options: { digest?: string; formId?: string } = {}
) =>
  exhibitorResponse(
    fileName,
    { organization, person: "担当", contact: "03-0000-0000" },
    answers,
    options
  );
const makeForm = exhibitorsForm;

const LIGHTING = { "6.count.pre": 100, "6.watts.pre": 40, "6.hours.pre": 8 };
const TRUCK = {
  "7.fuel.pre": "軽油",
  "7.km.pre": 20,
  "7.max_load.pre": 2000,
  "7.use.pre": "営業用",
};

describe("answer statuses", () => {
  const q = (kind: FormQuestion["kind"]) =>
    makeForm().questions.find((question) => question.kind === kind)!;

  test.each([
    ["number", 12, "ok", 12],
    ["number", "1,200", "ok", 1200],
    ["number", "１２", "ok", 12],
    ["number", -3, "negative", -3],
    ["number", "たくさん", "not-a-number", "たくさん"],
    ["number", true, "not-a-number", "true"],
    ["number", null, "missing", null],
    ["number", "  ", "missing", null],
    ["fuel", "けいゆ", "unknown-choice", "けいゆ"],
    ["fuel", "Ａ重油", "ok", "A重油"],
    ["truck-use", "自家用", "ok", "自家用"],
    ["max-load", "軽", "ok", "軽"],
    ["max-load", "2t", "not-a-number", "2t"],
    ["text", '=HYPERLINK("http://example.invalid")', "ok", '=HYPERLINK("http://example.invalid")'],
  ] as const)("%s answer %j → %s", (kind, raw, status, value) => {
    expect(classifyAnswer(q(kind), raw)).toEqual({ status, value });
  });
});

describe("collecting", () => {
  const result = collectParsed(
    [
      response("a.xlsx", "出展団体A", { ...LIGHTING, ...TRUCK }),
      response("b.xlsx", "出展団体B", {
        "6.count.pre": 50,
        "6.watts.pre": -40,
        "6.hours.pre": "八時間",
        "7.fuel.pre": "水素",
      }),
      response("a-again.xlsx", "出展団体A", { ...LIGHTING }),
      response("copy-of-b.xlsx", "別名", {}, { digest: "b.xlsx" }),
      {
        ok: false,
        fileName: "notes.xlsx",
        problem: "not-a-questionnaire",
        message: { ja: "調査票ではありません", en: "not a questionnaire" },
      },
      response("other-form.xlsx", "出展団体C", { ...LIGHTING }, { formId: "form-2" }),
    ],
    { expectedFormIds: ["form-1"] }
  );

  test("summary: files, collected, complete, duplicates and skipped", () => {
    expect(result.summary).toEqual({
      files: 6,
      collected: 3,
      complete: 1,
      duplicates: 2,
      skipped: 1,
    });
  });

  test("the same respondent, or the same file, sent twice is flagged and not counted", () => {
    const again = result.files.find((f) => f.fileName === "a-again.xlsx")!;
    expect(again).toMatchObject({ status: "duplicate", duplicateOf: "a.xlsx" });
    expect(again.message?.ja).toMatch(/「a.xlsx」と同じ回答です/);
    expect(result.files.find((f) => f.fileName === "copy-of-b.xlsx")).toMatchObject({
      status: "duplicate",
      duplicateOf: "b.xlsx",
    });
    expect(
      result.rows.some((r) => r.fileName === "a-again.xlsx" || r.fileName === "copy-of-b.xlsx")
    ).toBe(false);
  });

  test("which respondent is missing what", () => {
    const b = result.files.find((f) => f.fileName === "b.xlsx")!;
    const problems = Object.fromEntries(b.problems.map((p) => [p.question.id, p.status]));
    expect(problems).toMatchObject({
      "6.watts.pre": "negative",
      "6.hours.pre": "not-a-number",
      "7.fuel.pre": "unknown-choice",
      "7.km.pre": "missing",
    });
    // Nothing after the event was answered, so the 事後 stage is not started and not counted as missing for completeness.
    expect(
      result.files
        .find((f) => f.fileName === "a.xlsx")!
        .problems.every((p) => p.status === "missing")
    ).toBe(true);
  });

  test("a form other than the expected one: its answers are recorded as unknown form", () => {
    const other = result.rows.filter((r) => r.fileName === "other-form.xlsx");
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((r) => r.status === "unknown-form")).toBe(true);
  });

  test("a file that is not a questionnaire is skipped with its message", () => {
    expect(result.files.find((f) => f.fileName === "notes.xlsx")).toMatchObject({
      status: "skipped",
      message: { ja: "調査票ではありません" },
    });
  });
});

describe("collection workbook", () => {
  const result = collectParsed([
    response("a.xlsx", "出展団体A", {
      ...LIGHTING,
      ...TRUCK,
      "6.count.post": 100,
      "6.watts.post": 40,
      "6.hours.post": 6,
    }),
    response("b.xlsx", "出展団体B", {
      "6.count.pre": 50,
      "6.watts.pre": 36,
      "6.hours.pre": 8,
      "6.device_name.pre": "=1+1",
      "7.fuel.pre": "水素",
    }),
  ]);
  const layouts = buildCollectionWorkbook(result, {
    settings: DEFAULT_SETTINGS,
    event: {
      name: "環境フェア",
      dates: "",
      place: "",
      organizer: "",
      participants: 0,
      days: 1,
      paidEntry: false,
    },
  });
  const resolved = resolveLayouts(
    layouts,
    planNames(layouts, { sheets: [], tables: [], names: [] })
  );
  const [collection, boundary] = resolved as [SheetLayout, SheetLayout];
  const text = (cell: CellContent | undefined) =>
    cell === null || cell === undefined
      ? ""
      : typeof cell === "object"
        ? cell.formula
        : String(cell);

  test("two sheets, well-formed: 回収一覧 and a boundary computing from it", () => {
    expect(resolved.map((l) => l.name)).toEqual(["回収一覧", "算定_回収_環境フェア"]);
    expect(validateLayouts(resolved).filter((p) => p.severity === "error")).toEqual([]);
  });

  test("answers are written as values — a formula-like answer stays text", () => {
    const row = collection.cells.find(
      (r) => text(r[10]) === "6.device_name.pre" && text(r[2]) === "出展団体B"
    )!;
    expect(row[8]).toBe("=1+1");
    expect(collection.cells.flat().every((cell) => typeof cell !== "object" || cell === null)).toBe(
      true
    );
  });

  test("the boundary has one row per respondent and activity, and sums their emissions", () => {
    const engine = loadSheets(resolved);
    const totalRow = boundary.cells.findIndex((r) => text(r[1]) === "合計 (kg-CO2)") + 1;
    // A: 100 × 40 W × 8 h; B: 50 × 36 W × 8 h; A's truck 20 km 軽油 2,000 kg 営業用; B's truck has an unknown fuel → not linked, 0.
    const expected =
      (100 * 40 * 8 * 0.384) / 1000 + (50 * 36 * 8 * 0.384) / 1000 + (20 / 4.58) * 2.59;
    expect(valueAt(engine, boundary.name, `F${totalRow}`)).toBeCloseTo(expected, 8);
    expect(valueAt(engine, boundary.name, `G${totalRow}`)).toBeCloseTo(
      (100 * 40 * 6 * 0.384) / 1000,
      8
    );
    const activities = boundary.cells
      .filter((r) => typeof r[0] === "number" && text(r[4]).startsWith("レベル"))
      .map((r) => text(r[2]));
    expect(activities).toEqual([
      "会場の電力使用（照明、空調、音響機器など）（出展団体A）",
      "資機材の搬入・搬出（車両の運行）（出展団体A）",
      "会場の電力使用（照明、空調、音響機器など）（出展団体B）",
      "資機材の搬入・搬出（車両の運行）（出展団体B）",
    ]);
  });
});

test("a questionnaire returned blank is collected but not complete", () => {
  const result = collectParsed([response("blank.xlsx", "出展団体D", {})]);
  expect(result.summary).toMatchObject({ collected: 1, complete: 0 });
  expect(result.files[0]?.complete).toBe(false);
});
