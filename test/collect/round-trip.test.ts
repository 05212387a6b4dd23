/**
 * The whole journey of a questionnaire: exported as a file, filled by respondents without the add-in (including bad
 * answers and formula-like text), returned together with a duplicate, a corrupt file and a stranger's workbook,
 * collected into 回収一覧 and a boundary sheet — then checked cell by cell and recomputed.
 */
import type { Workbook } from "exceljs";
import { collectResponses } from "../../src/collect/collect";
import { buildCollectionWorkbook } from "../../src/collect/builders/collection";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { planNames, resolveLayouts } from "../../src/sheets/resolve-names";
import { loadExcelJS } from "../../src/xlsx/load-exceljs";
import { exportQuestionnaire } from "../../src/xlsx/questionnaire-file";
import { renderXlsx } from "../../src/xlsx/render-xlsx";
import { loadSheets, valueAt } from "../helpers/sheet-engine";
import { EVENT, EXHIBITOR_NUMBERS, EXHIBITORS, openWorkbook, saveWorkbook } from "../xlsx/fixtures";

/** Sets the cell a workbook-level defined name points at, as a respondent typing into it would. */
function answer(workbook: Workbook, name: string, value: string | number): void {
  const [reference] = workbook.definedNames.getRanges(name).ranges;
  const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(reference ?? "");
  if (!match) throw new Error(`no cell for ${name}: ${reference}`);
  workbook.getWorksheet(match[1]!.replace(/''/g, "'"))!.getCell(`${match[2]}${match[3]}`).value =
    value;
}

const text = (cell: CellContent | undefined) =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);

describe("questionnaire round trip", () => {
  let files: { name: string; data: Uint8Array }[];

  beforeAll(async () => {
    const template = await exportQuestionnaire(EXHIBITORS, EXHIBITOR_NUMBERS);

    const a = await openWorkbook(template);
    answer(a, "GHG_R_ORG", "出展団体A");
    answer(a, "GHG_R_PERSON", "山田");
    answer(a, "GHG_Q_6_device_name_pre", "=cmd|' /C calc'!A0");
    answer(a, "GHG_Q_6_count_pre", 100);
    answer(a, "GHG_Q_6_watts_pre", 40);
    answer(a, "GHG_Q_6_hours_pre", 8);
    answer(a, "GHG_Q_7_fuel_pre", "軽油");
    answer(a, "GHG_Q_7_km_pre", 20);
    answer(a, "GHG_Q_7_max_load_pre", 2000);
    answer(a, "GHG_Q_7_use_pre", "営業用");
    const fileA = await saveWorkbook(a);

    const b = await openWorkbook(template);
    answer(b, "GHG_R_ORG", "出展団体B");
    answer(b, "GHG_Q_6_count_pre", 50);
    answer(b, "GHG_Q_6_watts_pre", -40);
    answer(b, "GHG_Q_6_hours_pre", "八時間");
    answer(b, "GHG_Q_7_fuel_pre", "水素");
    // The respondent renames the sheet: answers are still found by their names.
    b.worksheets.find((sheet) => sheet.state === "visible")!.name = "回答";
    const fileB = await saveWorkbook(b);

    const ExcelJS = await loadExcelJS();
    const stranger = new ExcelJS.Workbook();
    stranger.addWorksheet("予算").getCell("A1").value = "予算書";
    files = [
      { name: "出展団体A.xlsx", data: fileA },
      { name: "出展団体B.xlsx", data: fileB },
      { name: "出展団体A（再送）.xlsx", data: fileA },
      { name: "壊れた.xlsx", data: new TextEncoder().encode("PK this is not really a zip") },
      { name: "予算.xlsx", data: await saveWorkbook(stranger) },
    ];
  }, 60_000);

  test("statuses per file and per answer", async () => {
    const result = await collectResponses(files);
    expect(result.summary).toEqual({
      files: 5,
      collected: 2,
      complete: 1,
      duplicates: 1,
      skipped: 2,
    });
    const byName = Object.fromEntries(result.files.map((f) => [f.fileName, f]));
    expect(byName["出展団体A（再送）.xlsx"]).toMatchObject({
      status: "duplicate",
      duplicateOf: "出展団体A.xlsx",
    });
    expect(byName["壊れた.xlsx"]?.status).toBe("skipped");
    expect(byName["予算.xlsx"]?.message?.ja).toBeTruthy();
    const statusOf = (file: string, id: string) =>
      result.rows.find((r) => r.fileName === file && r.question.id === id)?.status;
    expect(statusOf("出展団体B.xlsx", "6.watts.pre")).toBe("negative");
    expect(statusOf("出展団体B.xlsx", "6.hours.pre")).toBe("not-a-number");
    expect(statusOf("出展団体B.xlsx", "7.fuel.pre")).toBe("unknown-choice");
    expect(statusOf("出展団体B.xlsx", "6.count.pre")).toBe("ok");
    expect(statusOf("出展団体A.xlsx", "6.device_name.pre")).toBe("ok");
  }, 60_000);

  test("the collection file keeps formula-like answers as text, and the boundary totals compute", async () => {
    const result = await collectResponses(files);
    const layouts = buildCollectionWorkbook(result, { settings: DEFAULT_SETTINGS, event: EVENT });
    const resolved = resolveLayouts(
      layouts,
      planNames(layouts, { sheets: [], tables: [], names: [] })
    );
    const [collection, boundary] = resolved as [SheetLayout, SheetLayout];

    const written = await openWorkbook(await renderXlsx(resolved));
    const sheet = written.getWorksheet(collection.name)!;
    const row = collection.cells.findIndex((r) => text(r[10]) === "6.device_name.pre") + 1;
    const cell = sheet.getCell(`I${row}`);
    expect(cell.value).toBe("=cmd|' /C calc'!A0");
    expect(cell.formula).toBeUndefined();

    const engine = loadSheets(resolved);
    const total = boundary.cells.findIndex((r) => text(r[1]) === "合計 (kg-CO2)") + 1;
    // A's lighting and truck, B's 50 lamps with a negative wattage and a text for hours: not linked, so 0.
    expect(valueAt(engine, boundary.name, `F${total}`)).toBeCloseTo(
      (100 * 40 * 8 * 0.384) / 1000 + (20 / 4.58) * 2.59,
      8
    );
  }, 60_000);
});
