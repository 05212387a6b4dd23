/** The pane's only Office module against a small fake of Excel.run: what it writes, how many syncs, how it fails. */
import { GatewayError, createNotInExcelGateway, createOfficeGateway, resolveDisplayLanguage } from "../../src/taskpane/office/excel-gateway";

interface FakeCell {
  formulas?: unknown[][];
}

function installFakeExcel(options: { failWith?: Error } = {}) {
  const cell: FakeCell = {};
  const calls = { syncs: 0 };
  (globalThis as Record<string, unknown>).Excel = {
    run: async (batch: (context: unknown) => Promise<void>) => {
      const context = {
        workbook: { getActiveCell: () => cell },
        sync: async () => {
          calls.syncs += 1;
          if (options.failWith) throw options.failWith;
        },
      };
      await batch(context);
    },
  };
  return { cell, calls };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});

test("insertFormula writes the invariant formula into the active cell in one sync", async () => {
  const { cell, calls } = installFakeExcel();
  await createOfficeGateway("ja").insertFormula('=GHG.CO2_FUEL("軽油",100)');
  expect(cell.formulas).toEqual([['=GHG.CO2_FUEL("軽油",100)']]);
  expect(calls.syncs).toBe(1);
});

test("a text that is not a formula is refused before Excel is touched", async () => {
  const { calls } = installFakeExcel();
  await expect(createOfficeGateway("ja").insertFormula("GHG.CO2_FUEL()")).rejects.toMatchObject({ code: "invalid-formula" });
  expect(calls.syncs).toBe(0);
});

test("an Excel failure becomes a GatewayError carrying Excel's message", async () => {
  installFakeExcel({ failWith: new Error("The cell is protected") });
  const failure = createOfficeGateway("en").insertFormula("=1");
  await expect(failure).rejects.toBeInstanceOf(GatewayError);
  await expect(failure).rejects.toMatchObject({ code: "excel", detail: "The cell is protected" });
});

test("outside Excel the gateway says so instead of writing", async () => {
  await expect(createNotInExcelGateway("ja").insertFormula("=1")).rejects.toMatchObject({ code: "not-in-excel" });
});

test("display language: ?lang wins, then Office's language, Japanese otherwise", () => {
  expect(resolveDisplayLanguage("en-US", "")).toBe("en");
  expect(resolveDisplayLanguage("ja-JP", "")).toBe("ja");
  expect(resolveDisplayLanguage(null, "")).toBe("ja");
  expect(resolveDisplayLanguage("ja-JP", "?lang=en")).toBe("en");
});
