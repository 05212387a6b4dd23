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

// ---- buildSheets: the writer (./build-sheets) is loaded with import() when first used --------------------------------

describe("buildSheets", () => {
  const WRITER = "../../src/taskpane/office/build-sheets";
  const GATEWAY = "../../src/taskpane/office/excel-gateway";
  const layout = { key: "boundary", name: "算定", cells: [["x"]], columnWidths: [], formats: [], merges: [], validations: [], conditionalFormats: [], tables: [], names: [] };

  afterEach(() => {
    jest.resetModules();
    jest.dontMock(WRITER);
  });

  /** The gateway module with ./build-sheets replaced by `writer` (a fresh module registry, so the mock applies). */
  async function gatewayWith(writer: () => unknown): Promise<typeof import("../../src/taskpane/office/excel-gateway")> {
    jest.resetModules();
    jest.doMock(WRITER, writer);
    return import(GATEWAY);
  }

  class FakeSheetWriteError extends Error {
    constructor(
      readonly code: string,
      readonly detail: string,
      readonly problems: readonly string[] = [],
      readonly partialSheets: readonly string[] = [],
    ) {
      super(`${code}: ${detail}`);
      this.name = "SheetWriteError";
    }
  }

  test("outside Excel it rejects without loading the writer", async () => {
    const writer = jest.fn();
    const gateway = await gatewayWith(() => ({ buildSheets: writer }));
    await expect(gateway.createNotInExcelGateway("ja").buildSheets([layout])).rejects.toMatchObject({ code: "not-in-excel" });
    expect(writer).not.toHaveBeenCalled();
  });

  test("in Excel it passes the layouts and the progress callback to the writer and returns its result", async () => {
    const result = { sheets: [{ key: "boundary", name: "算定 (2)" }], warnings: ["入力規則は使えません"], syncs: 2 };
    const writer = jest.fn(async (_layouts: unknown, onProgress?: (m: string, f: number) => void) => {
      onProgress?.("シートを作成しています", 0.5);
      return result;
    });
    const gateway = await gatewayWith(() => ({ buildSheets: writer }));
    const progress: [string, number][] = [];
    await expect(gateway.createOfficeGateway("ja").buildSheets([layout], (m, f) => progress.push([m, f]))).resolves.toEqual(result);
    expect(writer).toHaveBeenCalledWith([layout], expect.any(Function));
    expect(progress).toEqual([["シートを作成しています", 0.5]]);
  });

  test("the writer's errors become GatewayErrors with its problems and the sheets it may have left", async () => {
    const gateway = await gatewayWith(() => ({
      buildSheets: async () => {
        throw new FakeSheetWriteError("AccessDenied", "The workbook is protected", [], ["算定"]);
      },
    }));
    await expect(gateway.createOfficeGateway("ja").buildSheets([layout])).rejects.toMatchObject({
      code: "excel",
      detail: "The workbook is protected",
      partialSheets: ["算定"],
    });

    const invalid = await gatewayWith(() => ({
      buildSheets: async () => {
        throw new FakeSheetWriteError("InvalidLayout", "2 problems", ["算定: A1 is outside", "重複したキー"]);
      },
    }));
    await expect(invalid.createOfficeGateway("ja").buildSheets([layout])).rejects.toMatchObject({
      code: "invalid-layout",
      problems: ["算定: A1 is outside", "重複したキー"],
    });

    const plain = await gatewayWith(() => ({
      buildSheets: async () => {
        throw new Error("boom");
      },
    }));
    const failure = plain.createOfficeGateway("ja").buildSheets([layout]);
    await expect(failure).rejects.toBeInstanceOf(plain.GatewayError);
    await expect(failure).rejects.toMatchObject({ code: "excel", detail: "boom", problems: [], partialSheets: [] });
  });

  test("a writer that cannot be loaded is reported as load-failed", async () => {
    const gateway = await gatewayWith(() => {
      throw new Error("Loading chunk pane-writer failed");
    });
    await expect(gateway.createOfficeGateway("en").buildSheets([layout])).rejects.toMatchObject({
      code: "load-failed",
      detail: "Loading chunk pane-writer failed",
    });
  });
});
