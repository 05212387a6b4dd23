/** Portable copies as files: the CLI's boundary command, and LibreOffice recomputing a portable file (when installed). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run as boundaryCommand } from "../../src/cli/commands/boundary";
import { portableLayouts } from "../../src/portable/to-portable";
import { FACTOR_SHEET_NAME } from "../../src/portable/factor-sheet";
import { buildWorkbook } from "../../src/sheets/builders";
import { defaultActivities } from "../../src/sheets/builders/options";
import type { SheetLayout } from "../../src/sheets/layout";
import { columnLetters } from "../../src/sheets/addresses";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { valueAt } from "../helpers/sheet-engine";
import { resolveWorkbook } from "../helpers/workbook-engine";
import { engines, request } from "./workbooks-pairs";
import { fill, inputCells, postValue, preValue, resultCells } from "./workbooks-inputs";

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
