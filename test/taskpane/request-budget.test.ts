/**
 * The writer against Microsoft's own office.js request serializer (test/helpers/office-js-host.ts): the biggest builds
 * a clerk can ask for go to Excel in requests under the budget — Excel on the web refuses one over 5 MB — in few round
 * trips, and a request that fails leaves a clear account of which sheets are complete.
 */
import type { SheetLayout } from "../../src/sheets/layout";
import {
  BATCH_TARGET_BYTES,
  jsonBytes,
  packBatches,
  REQUEST_BUDGET_BYTES,
} from "../../src/taskpane/office/request-budget";
import {
  SheetWriteError,
  writeLayouts,
  type WriteResult,
} from "../../src/taskpane/office/sheet-writer";
import { allActorsWorkbooks, largeCollection, largeLedger } from "../helpers/large-builds";
import {
  createOfficeJsHost,
  EXCEL_WEB_REQUEST_LIMIT,
  type OfficeJsHost,
} from "../helpers/office-js-host";
import { layout } from "../helpers/layouts";
import { createFakeExcel } from "../helpers/fake-excel";
import { columnLetters } from "../../src/sheets/addresses";

const ALL = { supports: () => true };

async function writeThroughOfficeJs(
  layouts: readonly SheetLayout[]
): Promise<{ host: OfficeJsHost; result: WriteResult }> {
  const host = createOfficeJsHost();
  const result = await writeLayouts(host.context, layouts, ALL);
  return { host, result };
}

/** Every request under the budget, and the writer's estimate of each never below what office.js sent. */
function expectWithinBudget(host: OfficeJsHost, result: WriteResult): void {
  const build = host.requests.slice(1);
  expect(host.requests).toHaveLength(result.syncs);
  expect(build).toHaveLength(result.requestEstimates.length);
  for (const [i, request] of build.entries()) {
    expect(request.bytes).toBeLessThan(REQUEST_BUDGET_BYTES);
    const estimate = result.requestEstimates[i] as number;
    expect(estimate).toBeGreaterThanOrEqual(request.bytes);
    // Conservative, but not so far above that round trips are wasted.
    expect(estimate).toBeLessThan(request.bytes * 1.6);
  }
}

describe("the biggest builds, as office.js serializes them", () => {
  test("1,000 returned questionnaires: every request under 4 MB, at most 15 round trips", async () => {
    const { host, result } = await writeThroughOfficeJs(largeCollection(1000));
    expectWithinBudget(host, result);
    expect(result.syncs).toBeLessThanOrEqual(15);
    expect(result.sheets.map((s) => s.name)).toEqual(["回収一覧", "算定_回収_環境フェア"]);
  }, 60_000);

  test("a ledger of 1,000 rows per table: every request under 4 MB", async () => {
    const { host, result } = await writeThroughOfficeJs([largeLedger(1000)]);
    expectWithinBudget(host, result);
    expect(result.syncs).toBeLessThanOrEqual(8);
  }, 60_000);

  test.each(allActorsWorkbooks().map((w) => [w.scenario, w.layouts] as const))(
    "%s with every actor and activity: one request for the whole workbook",
    async (_, layouts) => {
      const { host, result } = await writeThroughOfficeJs(layouts);
      expectWithinBudget(host, result);
      expect(result.syncs).toBe(2);
    }
  );

  test("the host refuses a request over 5 MB, as Excel on the web does", async () => {
    const host = createOfficeJsHost();
    const sheet = host.context.workbook.worksheets.add("大きい");
    const text = "あ".repeat(1000);
    sheet.getRange("A1:A2000").formulas = Array.from({ length: 2000 }, () => [text]);
    await expect(host.context.sync()).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(host.largestRequest()).toBeGreaterThan(EXCEL_WEB_REQUEST_LIMIT);
  });
});

describe("a request that fails", () => {
  test("the error says which sheets are complete and which exist incomplete", async () => {
    const layouts = largeCollection(300);
    const clean = await writeThroughOfficeJs(layouts);
    expect(clean.result.syncs).toBeGreaterThanOrEqual(3);
    // Fail the last request: the collection sheet was finished before it, the boundary sheet was not.
    const host = createOfficeJsHost({
      failRequest: {
        at: clean.result.syncs,
        code: "GeneralException",
        message: "Excel が応答しません",
      },
    });
    const failure = writeLayouts(host.context, layouts, ALL);
    await expect(failure).rejects.toBeInstanceOf(SheetWriteError);
    await expect(failure).rejects.toMatchObject({
      code: "GeneralException",
      completeSheets: ["回収一覧"],
      partialSheets: ["算定_回収_環境フェア"],
    });
  }, 60_000);

  test("a failure in the first write request: every sheet of the build is incomplete, none complete", async () => {
    const host = createOfficeJsHost({ failRequest: { at: 2, code: "InvalidArgument" } });
    const failure = writeLayouts(host.context, [layout("a", "A"), layout("b", "B")], ALL);
    await expect(failure).rejects.toMatchObject({
      code: "InvalidArgument",
      completeSheets: [],
      partialSheets: ["A", "B"],
    });
  });
});

describe("packing", () => {
  test("in order, a new request when the next unit would pass the target", () => {
    const units = [3, 3, 3, 5, 1].map((bytes, i) => ({ bytes, i }));
    expect(packBatches(units, 6).map((b) => b.map((u) => u.i))).toEqual([[0, 1], [2], [3, 4]]);
  });

  test("a unit bigger than the target goes alone", () => {
    expect(packBatches([{ bytes: 10 }, { bytes: 1 }], 5).map((b) => b.length)).toEqual([1, 1]);
  });

  test("bytes are UTF-8: a Japanese character is 3", () => {
    expect(jsonBytes("あ")).toBe(5);
    expect(jsonBytes([[1, "a"]])).toBe(9);
  });

  test("the target leaves room under the budget", () => {
    expect(BATCH_TARGET_BYTES).toBeLessThan(REQUEST_BUDGET_BYTES);
    expect(REQUEST_BUDGET_BYTES).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
  });
});

describe("formulas that repeat down a column are written once per run", () => {
  test("a 300-row ledger: the fake workbook ends with every formula of the layout, mostly from R1C1 fills", async () => {
    const ledger = largeLedger(300);
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1" }] });
    await writeLayouts(fake.context, [ledger], ALL);
    const sheet = fake.sheet(ledger.name);
    const fills = sheet.cellWrites.filter((w) => w.property === "formulasR1C1");
    expect(fills.length).toBeGreaterThan(20);
    expect(fills.reduce((sum, w) => sum + w.rows, 0)).toBeGreaterThan(7_500);
    ledger.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== null && typeof cell === "object")
          expect(sheet.cell(`${columnLetters(c + 1)}${r + 1}`)?.value).toBe(cell.formula);
      })
    );
  }, 60_000);

  test("without ExcelApi 1.2 the same formulas are written cell by cell, with no warning", async () => {
    const ledger = largeLedger(20);
    const fake = createFakeExcel({ sheets: [{ name: "Sheet1" }] });
    const result = await writeLayouts(fake.context, [ledger], {
      supports: (_, version) => version === "1.1",
    });
    const sheet = fake.sheet(ledger.name);
    expect(sheet.cellWrites.every((w) => w.property === "formulas")).toBe(true);
    expect(result.warnings.join("\n")).not.toMatch(/R1C1|fill/i);
    const formulas = ledger.cells.flatMap((row, r) =>
      row.flatMap((cell, c) =>
        cell !== null && typeof cell === "object"
          ? [[`${columnLetters(c + 1)}${r + 1}`, cell.formula]]
          : []
      )
    );
    for (const [address, formula] of formulas)
      expect(sheet.cell(address as string)?.value).toBe(formula);
  });
});

describe("progress", () => {
  test("is reported once per request, ending at 1", async () => {
    const host = createOfficeJsHost();
    const reports: [string, number][] = [];
    const result = await writeLayouts(host.context, largeCollection(600), {
      ...ALL,
      onProgress: (message, fraction) => reports.push([message, fraction]),
    });
    const writing = reports.filter(([message]) => message.startsWith("Excel に書き込んでいます"));
    expect(writing).toHaveLength(result.syncs - 1);
    expect(writing[0]?.[0]).toContain(`（1/${result.syncs - 1}）`);
    expect(reports.map(([, f]) => f)).toEqual([...reports.map(([, f]) => f)].sort((a, b) => a - b));
    expect(reports.at(-1)?.[1]).toBe(1);
  }, 60_000);
});
