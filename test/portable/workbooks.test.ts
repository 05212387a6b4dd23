/**
 * Portable copies of whole workbooks: for scenarios A1, A2 and D1 the built workbook is computed twice in
 * HyperFormula — as built, with the GHG plugin (the add-in's core), and as portableLayouts makes it, with no GHG.*
 * call left — with the method's sample values typed in as 事前 and other values as 事後. Every formula cell (each
 * result row, subtotal, total, credits, cost, threshold and notice) must agree: numbers to 1e-9 (relative), texts
 * exactly, errors with errors. fast-check then types random valid inputs into single-method sheets.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { run as boundaryCommand } from "../../src/cli/commands/boundary";
import { PORTABLE_NOTE, portableLayouts } from "../../src/portable/to-portable";
import { FACTOR_SHEET_NAME } from "../../src/portable/factor-sheet";
import { ACTIVITY_TYPES, findMethod } from "../../src/scenarios";
import type { ActivityInput, CalculationMethod, ScenarioId } from "../../src/scenarios/types";
import { buildWorkbook, type WorkbookRequest } from "../../src/sheets/builders";
import {
  DEFAULT_SETTINGS,
  defaultActivities,
  type ActivityChoice,
  type EventInfo,
} from "../../src/sheets/builders/options";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { columnLetters } from "../../src/sheets/addresses";
import { formulaInput } from "../../src/sheets/cell-text";
import { validateLayouts } from "../../src/sheets/validate-layout";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { setValue, valueAt } from "../helpers/sheet-engine";
import { loadWorkbook, resolveWorkbook } from "../helpers/workbook-engine";

const EVENT: EventInfo = {
  name: "環境フェア",
  dates: "2026-06-01",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 2,
  paidEntry: true,
};

function request(
  scenario: ScenarioId,
  activities = defaultActivities(scenario),
  withQuestionnaires = false
): WorkbookRequest {
  return {
    scenario,
    event: EVENT,
    activities,
    settings: DEFAULT_SETTINGS,
    withQuestionnaires,
    withDisclosure: true,
    participantsPay: false,
  };
}

interface Pair {
  readonly original: SheetLayout[];
  readonly portable: SheetLayout[];
  readonly addIn: HyperFormula;
  readonly native: HyperFormula;
}

function engines(layouts: readonly SheetLayout[]): Pair {
  const original = resolveWorkbook(layouts);
  const portable = resolveWorkbook(portableLayouts(layouts));
  return { original, portable, addIn: loadWorkbook(original), native: loadWorkbook(portable) };
}

function setBoth(pair: Pair, sheet: string, address: string, value: string | number | null): void {
  const raw = typeof value === "string" ? (formulaInput(value) as string) : value;
  setValue(pair.addIn, sheet, address, raw);
  setValue(pair.native, sheet, address, raw);
}

let maxRelative = 0;
afterAll(() => {
  if (process.env.PORTABLE_REPORT)
    process.stdout.write(`workbooks: max relative difference ${maxRelative}\n`);
});

/** Compares every formula cell of the original layouts; returns how many numbers agreed. */
function expectSameResults(pair: Pair): number {
  let numbers = 0;
  for (const layout of pair.original) {
    layout.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "object" || cell === null) return;
        const address = `${columnLetters(c + 1)}${r + 1}`;
        const a = valueAt(pair.addIn, layout.name, address);
        const b = valueAt(pair.native, layout.name, address);
        const context = `${layout.name}!${address} ${cell.formula}: add-in ${String(a)}, portable ${String(b)}`;
        if (a instanceof DetailedCellError) {
          if (!(b instanceof DetailedCellError)) throw new Error(`expected an error: ${context}`);
        } else if (typeof a === "number") {
          if (typeof b !== "number") throw new Error(`expected a number: ${context}`);
          const scale = Math.max(Math.abs(a), Math.abs(b));
          const relative = scale === 0 ? 0 : Math.abs(a - b) / scale;
          maxRelative = Math.max(maxRelative, relative);
          if (!(relative <= 1e-9)) throw new Error(`relative difference ${relative}: ${context}`);
          numbers++;
        } else if (a !== b) {
          throw new Error(`expected ${String(a)}: ${context}`);
        }
      })
    );
  }
  return numbers;
}

// ---- filling the input rows -----------------------------------------------------------------------------------

const text = (cell: CellContent | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);

interface InputCell {
  readonly method: CalculationMethod;
  readonly input: ActivityInput;
  readonly row: number;
}

/** The input rows of the boundary sheet, in the builder's order (activity by activity, input by input). */
function inputCells(boundary: SheetLayout, activities: readonly ActivityChoice[]): InputCell[] {
  const header =
    boundary.cells.findIndex((row) => text(row[0]) === "No" && text(row[3]) === "項目") + 1;
  expect(header).toBeGreaterThan(0);
  let row = header;
  return activities.flatMap((choice) => {
    const method = findMethod(choice.methodKey)!.method;
    return method.inputs.map((input) => {
      row++;
      expect(text(boundary.cells[row - 1]?.[3])).toBe(input.item.ja);
      return { method, input, row };
    });
  });
}

const FALLBACK: Record<string, string | number> = {
  number: 3,
  text: "—",
  fuel: "軽油",
  rail: "JR東日本（在来線）",
  vehicle: "乗用車",
  "truck-use": "営業用",
  "max-load": 2000,
  "energy-factor": "東京電力・実排出係数",
  cfp: 9.5,
};

const preValue = (input: ActivityInput): string | number =>
  input.sample ?? (FALLBACK[input.kind] as string | number);

/** 事後 values differing from the 事前 ones: other names, larger amounts, blanks where a blank means "as before" or "the table". */
function postValue(
  method: CalculationMethod,
  input: ActivityInput,
  pre: string | number
): string | number | null {
  const usesTable = /^GHG\.(CO2_TRUCK|CO2_VEHICLE|CO2_BUS)\(/.test(method.formula);
  switch (input.kind) {
    case "number":
      if (input.key === "km_per_l" && usesTable) return null;
      if (input.key === "room_share") return 0.45;
      return typeof pre === "number" ? Math.round(pre * 1.37 * 100) / 100 + 1 : 2;
    case "fuel":
      return pre === "ガソリン" ? "軽油" : pre === "軽油" ? null : "軽油";
    case "rail":
      return "東京メトロ";
    case "vehicle":
      return pre === "乗用車" ? "貨物車" : "乗用車";
    case "truck-use":
      return "自家用";
    case "max-load":
      return 1500;
    case "energy-factor":
      return 0.5;
    case "cfp":
      return typeof pre === "number" ? "チラシ (B5 版カラー、21,000 部)" : 72.2;
    default:
      return "事後";
  }
}

function fill(pair: Pair, sheet: string, cells: readonly InputCell[]): void {
  for (const { method, input, row } of cells) {
    const pre = preValue(input);
    if (input.asked.pre) setBoth(pair, sheet, `F${row}`, pre);
    if (input.asked.post) setBoth(pair, sheet, `G${row}`, postValue(method, input, pre));
  }
}

/** The 事前/事後 result cells of each activity row (F/G of the 算定結果 rows). */
function resultCells(boundary: SheetLayout): string[] {
  const header =
    boundary.cells.findIndex(
      (row) => text(row[0]) === "No" && text(row[5]).startsWith("事前算定")
    ) + 1;
  const cells: string[] = [];
  for (let row = header + 1; /^\d+$/.test(text(boundary.cells[row - 1]?.[0])); row++) {
    for (const column of ["F", "G"])
      if (typeof boundary.cells[row - 1]?.[column === "F" ? 5 : 6] === "object")
        cells.push(`${column}${row}`);
  }
  return cells;
}

// ---- scenarios --------------------------------------------------------------------------------------------------

describe.each(["A1", "A2", "D1"] as const)("scenario %s", (scenario) => {
  const activities = defaultActivities(scenario);
  const pair = engines(buildWorkbook(request(scenario, activities)));
  const boundary = pair.original[0] as SheetLayout;

  test("the portable layouts are well-formed, keep every cell where it was and call no GHG function", () => {
    expect(validateLayouts(pair.portable).filter((p) => p.severity === "error")).toEqual([]);
    expect(pair.portable.map((l) => l.name)).toEqual([
      ...pair.original.map((l) => l.name),
      FACTOR_SHEET_NAME,
    ]);
    pair.portable.forEach((layout, i) => {
      const original = pair.original[i];
      for (const row of layout.cells)
        for (const cell of row)
          if (typeof cell === "object" && cell !== null) expect(cell.formula).not.toMatch(/GHG\./i);
      if (!original) return;
      expect(layout.validations).toEqual(original.validations);
      expect(layout.tables).toEqual(original.tables);
      original.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const now = layout.cells[r]?.[c];
          if (typeof cell === "object" && cell !== null) expect(typeof now).toBe("object");
          else if (cell !== null) expect(now).toEqual(cell);
        })
      );
    });
    const portableBoundary = pair.portable[0] as SheetLayout;
    expect(portableBoundary.cells.flat()).toContain(PORTABLE_NOTE);
  });

  test("with nothing entered every result, total and notice is the same", () => {
    expect(expectSameResults(pair)).toBeGreaterThan(10);
  });

  test("with the sample values as 事前 and other values as 事後 every formula cell is the same", () => {
    fill(pair, boundary.name, inputCells(boundary, activities));
    const numbers = expectSameResults(pair);
    // The inputs are valid: every activity's 事前 and 事後 result is a number.
    for (const address of resultCells(boundary))
      expect([address, typeof valueAt(pair.addIn, boundary.name, address)]).toEqual([
        address,
        "number",
      ]);
    expect(numbers).toBeGreaterThan(resultCells(boundary).length);
  });

  test("with another electricity factor (a name, a number) and price the results follow alike", () => {
    for (const factor of [
      "全電源平均排出係数（受電端・調整後）",
      0.45,
      "東京電力・調整後排出係数",
    ]) {
      setBoth(pair, boundary.name, "C14", factor);
      setBoth(pair, boundary.name, "C15", 7500);
      expectSameResults(pair);
      expect(typeof valueAt(pair.native, boundary.name, "D14")).toBe("number");
    }
  });
});

describe("every method of every activity type in one boundary", () => {
  const activities: ActivityChoice[] = ACTIVITY_TYPES.flatMap((a) =>
    a.methods.map((m) => ({ actorKey: "organizer", activityKey: a.key, methodKey: m.key }))
  );
  const layouts = buildWorkbook({ ...request("A1", activities, true) });

  test("translates within Excel's limits: 8,192 characters and 64 nested functions per formula", () => {
    const depth = (formula: string) => {
      let level = 0;
      let max = 0;
      for (const part of formula.split(/"(?:[^"]|"")*"/)) {
        for (const ch of part) {
          if (ch === "(") max = Math.max(max, ++level);
          else if (ch === ")") level--;
        }
      }
      return max;
    };
    const formulas = portableLayouts(layouts).flatMap((l) =>
      l.cells.flat().flatMap((c) => (typeof c === "object" && c !== null ? [c.formula] : []))
    );
    expect(Math.max(...formulas.map((f) => f.length))).toBeLessThanOrEqual(8192);
    expect(Math.max(...formulas.map(depth))).toBeLessThanOrEqual(64);
  });

  test("with the sample values every result is the same", () => {
    const pair = engines(buildWorkbook({ ...request("A1", activities), withDisclosure: false }));
    const boundary = pair.original[0] as SheetLayout;
    fill(pair, boundary.name, inputCells(boundary, activities));
    expect(expectSameResults(pair)).toBeGreaterThan(resultCells(boundary).length);
    const numbers = resultCells(boundary).filter(
      (address) => typeof valueAt(pair.addIn, boundary.name, address) === "number"
    );
    expect(numbers.length).toBeGreaterThan(resultCells(boundary).length * 0.9);
  });
});

test('a workbook with questionnaires (answers still blank: "" in the linked cells) computes the same', () => {
  const pair = engines(buildWorkbook(request("A1", defaultActivities("A1"), true)));
  expect(expectSameResults(pair)).toBeGreaterThan(10);
});

// ---- random inputs ----------------------------------------------------------------------------------------------

const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true });
const amount = fc.oneof(fc.constant(0), positive, fc.integer({ min: 0, max: 100000 }));

/** Keys of inputs that must be > 0 (divisors), or a share 0–1. */
const DIVISORS = new Set(["total_room_m2", "days", "riders", "run_hours", "km_per_l"]);

/** Arbitrary valid inputs for one input of a method. */
function arbitraryFor(
  method: CalculationMethod,
  input: ActivityInput
): fc.Arbitrary<string | number | null> {
  // Fuel economy tables have gasoline and diesel only; an optional km/ℓ may be left blank for the table.
  const economyTable = /^GHG\.(CO2_TRUCK|CO2_VEHICLE|CO2_BUS)\(/.test(method.formula);
  switch (input.kind) {
    case "number":
      if (input.key === "room_share")
        return fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 1e-6, max: 1, noNaN: true }));
      if (input.key === "km_per_l" && economyTable) return fc.oneof(positive, fc.constant(null));
      return DIVISORS.has(input.key) ? positive : amount;
    case "fuel":
      return economyTable
        ? fc.constantFrom("ガソリン", "軽油")
        : fc.constantFrom("ガソリン", "軽油", "灯油", "A重油", "LPガス", "都市ガス");
    case "rail":
      return fc.constantFrom(
        "JR東日本（新幹線）",
        "JR東日本（在来線）",
        "東京メトロ",
        "東京急行電鉄",
        "小田急電鉄",
        "標準値（電力）"
      );
    case "vehicle":
      return fc.constantFrom("バス", "乗用車", "貨物車", "軽乗用車", "軽貨物車");
    case "truck-use":
      return fc.constantFrom("営業用", "自家用", null);
    case "max-load":
      return fc.oneof(
        fc.constantFrom("軽", "軽トラック"),
        fc.integer({ min: 0, max: 16999 }),
        fc.double({ min: 1e-6, max: 16999, noNaN: true })
      );
    case "energy-factor":
      return fc.oneof(
        positive,
        fc.constantFrom(
          "東京電力・調整後排出係数",
          "東京電力・実排出係数（2009年度実績）",
          "灯油",
          "都市ガス",
          "限界電源平均排出係数（発電端・調整前）"
        )
      );
    case "cfp":
      return fc.oneof(
        positive,
        fc.constantFrom(
          "チューブファイル",
          "DNP パンフレット (エコプロダクツ 2010 配布用)",
          "特別号",
          "油性マーカー"
        )
      );
    default:
      return fc.constant("—");
  }
}

describe.each([
  "venue-electricity.equipment",
  "equipment-transport.economy",
  "generator-fuel.tank-estimate",
  "participant-rail.operator",
  "community-bus.standard",
  "participant-ship.economy",
  "lodging.energy",
  "flyers.cfp",
])("random valid inputs: %s", (methodKey) => {
  test("the portable result equals the add-in's", () => {
    const found = findMethod(methodKey)!;
    const activities: ActivityChoice[] = [
      { actorKey: "organizer", activityKey: found.activity.key, methodKey },
    ];
    const pair = engines(buildWorkbook({ ...request("A1", activities), withDisclosure: false }));
    const boundary = pair.original[0] as SheetLayout;
    const cells = inputCells(boundary, activities);
    const arbitraries = cells.map((cell) =>
      fc.tuple(arbitraryFor(cell.method, cell.input), arbitraryFor(cell.method, cell.input))
    );
    let numeric = 0;
    fc.assert(
      fc.property(fc.tuple(...arbitraries), (values) => {
        values.forEach(([pre, post], i) => {
          const { input, row } = cells[i] as InputCell;
          if (input.asked.pre) setBoth(pair, boundary.name, `F${row}`, pre);
          if (input.asked.post) setBoth(pair, boundary.name, `G${row}`, post);
        });
        expectSameResults(pair);
        if (
          typeof valueAt(pair.addIn, boundary.name, resultCells(boundary)[1] as string) === "number"
        )
          numeric++;
      }),
      { numRuns: 60 }
    );
    // Some combinations are errors for both (a diesel kei car has no standard economy); most must be numbers.
    expect(numeric).toBeGreaterThan(20);
  });
});

// ---- files ------------------------------------------------------------------------------------------------------

describe("cli boundary", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "portable-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await boundaryCommand(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  test("usage errors go to stderr with exit code 2", async () => {
    for (const argv of [
      [],
      ["--scenario", "A1"],
      ["--scenario", "Z9", "--out", join(dir, "x.xlsx")],
      ["--scenario", "A1", "--out", join(dir, "x.xlsx"), "--bogus"],
    ]) {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.err.join("\n")).toMatch(/usage/);
      expect(result.out).toEqual([]);
    }
  });

  test("--portable writes a workbook whose formulas call no GHG function and which embeds the factor sheet", async () => {
    const path = join(dir, "算定_portable.xlsx");
    const result = await cli(
      "--scenario",
      "A1",
      "--portable",
      "--out",
      path,
      "--name",
      "環境フェア"
    );
    if (result.code !== 0) {
      // The xlsx writer may not be there yet: then the command fails cleanly.
      expect(result.code).toBe(2);
      expect(result.err.join("\n")).toMatch(/^boundary: /);
      return;
    }
    expect(result.out).toEqual([path]);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain(FACTOR_SHEET_NAME);
    let formulas = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const formula = cell.formula;
          if (!formula) return;
          formulas++;
          expect(formula).not.toMatch(/GHG\./i);
        })
      )
    );
    expect(formulas).toBeGreaterThan(20);
    const names = JSON.stringify(workbook.definedNames.model);
    expect(names).toContain("係数_区分検索名");
  });

  test("without --portable the workbook keeps the GHG functions", async () => {
    const path = join(dir, "算定.xlsx");
    const result = await cli("--scenario", "D1", "--out", path, "--with-questionnaires");
    if (result.code !== 0) {
      expect(result.err.join("\n")).toMatch(/^boundary: /);
      return;
    }
    expect(readFileSync(path).length).toBeGreaterThan(1000);
  });
});

// ---- LibreOffice (optional) -------------------------------------------------------------------------------------

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();

(soffice ? test : test.skip)(
  "LibreOffice recomputes a portable file to the add-in's numbers (headless)",
  async () => {
    const scenario = "A1";
    const activities = defaultActivities(scenario);
    const layouts = buildWorkbook({ ...request(scenario, activities), withDisclosure: false });
    const reference = engines(layouts);
    const boundary = reference.original[0] as SheetLayout;
    const cells = inputCells(boundary, activities);
    fill(reference, boundary.name, cells);
    // The same values written into the portable layouts' cells, then rendered and recomputed by LibreOffice.
    const values = new Map<string, string | number | null>();
    for (const { method, input, row } of cells) {
      const pre = preValue(input);
      if (input.asked.pre) values.set(`F${row}`, pre);
      if (input.asked.post) values.set(`G${row}`, postValue(method, input, pre));
    }
    const portable = resolveWorkbook(portableLayouts(layouts)).map((layout, i) =>
      i !== 0
        ? layout
        : {
            ...layout,
            cells: layout.cells.map((row, r) =>
              row.map((cell, c) => values.get(`${columnLetters(c + 1)}${r + 1}`) ?? cell)
            ),
          }
    );
    const { renderXlsx } = await import("../../src/xlsx/render-xlsx");
    const dir = mkdtempSync(join(tmpdir(), "portable-lo-"));
    try {
      const input = join(dir, "in.xlsx");
      writeFileSync(input, await renderXlsx(portable));
      const converted = spawnSync(
        soffice,
        ["--headless", "--calc", "--convert-to", "xlsx", "--outdir", join(dir, "out"), input],
        { encoding: "utf8", timeout: 120_000 }
      );
      expect(converted.status).toBe(0);
      const ExcelJS = (await import("exceljs")).default;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(join(dir, "out", "in.xlsx")) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(boundary.name)!;
      // Every numeric formula cell of the boundary sheet: results, subtotals, totals, credits, cost.
      let compared = 0;
      boundary.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== "object" || cell === null) return;
          const address = `${columnLetters(c + 1)}${r + 1}`;
          const expected = valueAt(reference.addIn, boundary.name, address);
          if (typeof expected !== "number") return;
          const result = sheet.getCell(address).result;
          expect([address, typeof result]).toEqual([address, "number"]);
          expect(Math.abs((result as number) - expected)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(expected))
          );
          if (expected !== 0) compared++;
        })
      );
      expect(compared).toBeGreaterThan(resultCells(boundary).length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000
);
