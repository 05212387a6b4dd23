/** The pane's only Office module against a small fake of Excel.run: what it writes, how many syncs, how it fails. */
import {
  CUSTOM_FUNCTIONS_RUNTIME,
  GatewayError,
  callsCustomFunction,
  connectGateway,
  createNotInExcelGateway,
  createOfficeGateway,
  needsNativeFormulas,
  resolveDisplayLanguage,
} from "../../src/taskpane/office/excel-gateway";

interface FakeCell {
  formulas?: unknown[][];
}

function installFakeExcel(options: { failWith?: Error } = {}) {
  const cell: FakeCell = {};
  const selectionCell: FakeCell = {};
  const calls = {
    syncs: 0,
    runs: 0,
    activeCell: 0,
    selectedRange: 0,
    getCell: [] as [number, number][],
  };
  (globalThis as Record<string, unknown>).Excel = {
    run: async (batch: (context: unknown) => Promise<void>) => {
      calls.runs += 1;
      const context = {
        workbook: {
          getActiveCell: () => {
            calls.activeCell += 1;
            return cell;
          },
          getSelectedRange: () => {
            calls.selectedRange += 1;
            return {
              getCell: (row: number, column: number) => {
                calls.getCell.push([row, column]);
                return selectionCell;
              },
            };
          },
        },
        sync: async () => {
          calls.syncs += 1;
          if (options.failWith) throw options.failWith;
        },
      };
      await batch(context);
    },
  };
  return { cell, selectionCell, calls };
}

/** An Excel with every requirement set, or with all but `missing` ("Set version" strings). */
const supportsAllBut =
  (...missing: string[]) =>
  (set: string, version: string): boolean =>
    !missing.includes(`${set} ${version}`);
const everything = supportsAllBut();

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

test("insertFormula writes the invariant formula into the active cell in one sync", async () => {
  const { cell, calls } = installFakeExcel();
  await createOfficeGateway("ja", everything).insertFormula('=GHG.CO2_FUEL("軽油",100)');
  expect(cell.formulas).toEqual([['=GHG.CO2_FUEL("軽油",100)']]);
  expect(calls.syncs).toBe(1);
});

test("without ExcelApi 1.7 (no getActiveCell) the formula goes into the first cell of the selection (ExcelApi 1.1)", async () => {
  const { cell, selectionCell, calls } = installFakeExcel();
  await createOfficeGateway("ja", supportsAllBut("ExcelApi 1.7")).insertFormula("=SUM(1,2)");
  expect(calls.activeCell).toBe(0);
  expect(calls.getCell).toEqual([[0, 0]]);
  expect(selectionCell.formulas).toEqual([["=SUM(1,2)"]]);
  expect(cell.formulas).toBeUndefined();
  expect(calls.syncs).toBe(1);
});

describe("custom-function support", () => {
  test("is CustomFunctionsRuntime 1.2 as the running Excel reports it", () => {
    expect(CUSTOM_FUNCTIONS_RUNTIME).toEqual({ set: "CustomFunctionsRuntime", version: "1.2" });
    const asked: string[] = [];
    const gateway = createOfficeGateway("ja", (set, version) => {
      asked.push(`${set} ${version}`);
      return true;
    });
    expect(gateway.customFunctions).toBe(true);
    expect(asked).toContain("CustomFunctionsRuntime 1.2");
    expect(needsNativeFormulas(gateway)).toBe(false);

    const without = createOfficeGateway("ja", supportsAllBut("CustomFunctionsRuntime 1.2"));
    expect(without.customFunctions).toBe(false);
    expect(needsNativeFormulas(without)).toBe(true);
    expect(
      createOfficeGateway("ja", () => {
        throw new Error("requirements unavailable");
      }).customFunctions
    ).toBe(false);
  });

  test("by default comes from Office.context.requirements.isSetSupported", () => {
    const isSetSupported = jest.fn((set: string) => set !== "CustomFunctionsRuntime");
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported } },
    };
    expect(createOfficeGateway("ja").customFunctions).toBe(false);
    expect(isSetSupported).toHaveBeenCalledWith("CustomFunctionsRuntime", "1.2");
    isSetSupported.mockImplementation(() => true);
    expect(createOfficeGateway("ja").customFunctions).toBe(true);
  });

  test("connectGateway reports it for Excel; outside Excel there are none and nothing needs translating", async () => {
    (globalThis as Record<string, unknown>).Office = {
      HostType: { Excel: "Excel" },
      onReady: async () => ({ host: "Excel" }),
      context: {
        displayLanguage: "en-GB",
        requirements: { isSetSupported: (set: string) => set !== "CustomFunctionsRuntime" },
      },
    };
    const gateway = await connectGateway({ search: "" });
    expect(gateway).toMatchObject({
      isInExcel: true,
      customFunctions: false,
      displayLanguage: "en",
    });
    expect(needsNativeFormulas(gateway)).toBe(true);
    const outside = createNotInExcelGateway("ja");
    expect(outside.customFunctions).toBe(false);
    expect(needsNativeFormulas(outside)).toBe(false);
  });

  test("without it a GHG.* formula is refused before Excel is touched; native formulas are still inserted", async () => {
    const { cell, calls } = installFakeExcel();
    const gateway = createOfficeGateway("ja", supportsAllBut("CustomFunctionsRuntime 1.2"));
    for (const formula of [
      '=GHG.CO2_FUEL("軽油",100)',
      "=ROUND(ghg.credits_needed(A1),0)",
      "=1+GHG.FACTOR(B2)",
    ]) {
      const failure = gateway.insertFormula(formula);
      await expect(failure).rejects.toBeInstanceOf(GatewayError);
      await expect(failure).rejects.toMatchObject({ code: "no-custom-functions", detail: formula });
    }
    expect(calls.runs).toBe(0);
    // GHG. inside a text is no call.
    await gateway.insertFormula('="GHG.CO2_FUEL は使えません"');
    expect(cell.formulas).toEqual([['="GHG.CO2_FUEL は使えません"']]);
  });

  test("callsCustomFunction finds GHG.* calls outside string literals only", () => {
    expect(callsCustomFunction('=GHG.CO2_FUEL("軽油",100)')).toBe(true);
    expect(callsCustomFunction("=IF(A1>0,ghg.factor(B1),0)")).toBe(true);
    expect(callsCustomFunction('="GHG.CO2_FUEL"&A1')).toBe(false);
    expect(callsCustomFunction("=MYGHG.X(1)")).toBe(false);
    expect(callsCustomFunction("=SUM(A1:A3)")).toBe(false);
  });
});

test("a text that is not a formula is refused before Excel is touched", async () => {
  const { calls } = installFakeExcel();
  await expect(createOfficeGateway("ja").insertFormula("GHG.CO2_FUEL()")).rejects.toMatchObject({
    code: "invalid-formula",
  });
  expect(calls.syncs).toBe(0);
});

test("an Excel failure becomes a GatewayError carrying Excel's message", async () => {
  installFakeExcel({ failWith: new Error("The cell is protected") });
  const failure = createOfficeGateway("en").insertFormula("=1");
  await expect(failure).rejects.toBeInstanceOf(GatewayError);
  await expect(failure).rejects.toMatchObject({ code: "excel", detail: "The cell is protected" });
});

test("outside Excel the gateway says so instead of writing", async () => {
  await expect(createNotInExcelGateway("ja").insertFormula("=1")).rejects.toMatchObject({
    code: "not-in-excel",
  });
});

test("display language: ?lang wins, then Office's language, Japanese otherwise", () => {
  expect(resolveDisplayLanguage("en-US", "")).toBe("en");
  expect(resolveDisplayLanguage("ja-JP", "")).toBe("ja");
  expect(resolveDisplayLanguage(null, "")).toBe("ja");
  expect(resolveDisplayLanguage("ja-JP", "?lang=en")).toBe("en");
  expect(resolveDisplayLanguage("en-GB", "?lang=ja")).toBe("ja");
});

test("display language: every English locale is English, whatever its case; other languages are Japanese", () => {
  for (const locale of [
    "en",
    "en-US",
    "en-us",
    "en-GB",
    "en-AU",
    "en-CA",
    "en-IN",
    "en-NZ",
    "en-IE",
    "en-ZA",
    "en-SG",
    "en-PH",
    "EN-gb",
    "en_GB",
  ]) {
    expect([locale, resolveDisplayLanguage(locale, "")]).toEqual([locale, "en"]);
  }
  for (const locale of [
    "ja-JP",
    "ja",
    "fr-FR",
    "de-DE",
    "zh-CN",
    "ko-KR",
    "eu-ES",
    "",
    undefined,
  ]) {
    expect([locale, resolveDisplayLanguage(locale, "")]).toEqual([locale, "ja"]);
  }
});

// ---- buildSheets: the writer (./build-sheets) is loaded with import() when first used --------------------------------

describe("buildSheets", () => {
  const WRITER = "../../src/taskpane/office/build-sheets";
  const GATEWAY = "../../src/taskpane/office/excel-gateway";
  const layout = {
    key: "boundary",
    name: "算定",
    cells: [["x"]],
    columnWidths: [],
    formats: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
  };

  afterEach(() => {
    jest.resetModules();
    jest.dontMock(WRITER);
  });

  /** The gateway module with ./build-sheets replaced by `writer` (a fresh module registry, so the mock applies). */
  async function gatewayWith(
    writer: () => unknown
  ): Promise<typeof import("../../src/taskpane/office/excel-gateway")> {
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
      readonly completeSheets: readonly string[] = []
    ) {
      super(`${code}: ${detail}`);
      this.name = "SheetWriteError";
    }
  }

  test("outside Excel it rejects without loading the writer", async () => {
    const writer = jest.fn();
    const gateway = await gatewayWith(() => ({ buildSheets: writer }));
    await expect(gateway.createNotInExcelGateway("ja").buildSheets([layout])).rejects.toMatchObject(
      { code: "not-in-excel" }
    );
    expect(writer).not.toHaveBeenCalled();
  });

  test("in Excel it passes the layouts and the progress callback to the writer and returns its result", async () => {
    const result = {
      sheets: [{ key: "boundary", name: "算定 (2)" }],
      warnings: ["入力規則は使えません"],
      syncs: 2,
    };
    const writer = jest.fn(
      async (_layouts: unknown, onProgress?: (m: string, f: number) => void) => {
        onProgress?.("シートを作成しています", 0.5);
        return result;
      }
    );
    const gateway = await gatewayWith(() => ({ buildSheets: writer }));
    const progress: [string, number][] = [];
    await expect(
      gateway.createOfficeGateway("ja").buildSheets([layout], (m, f) => progress.push([m, f]))
    ).resolves.toEqual(result);
    expect(writer).toHaveBeenCalledWith([layout], expect.any(Function));
    expect(progress).toEqual([["シートを作成しています", 0.5]]);
  });

  test("the writer's errors become GatewayErrors with its problems and the sheets it may have left", async () => {
    const gateway = await gatewayWith(() => ({
      buildSheets: async () => {
        throw new FakeSheetWriteError(
          "AccessDenied",
          "The workbook is protected",
          [],
          ["算定"],
          ["調査票"]
        );
      },
    }));
    await expect(gateway.createOfficeGateway("ja").buildSheets([layout])).rejects.toMatchObject({
      code: "excel",
      detail: "The workbook is protected",
      partialSheets: ["算定"],
      completeSheets: ["調査票"],
    });

    const invalid = await gatewayWith(() => ({
      buildSheets: async () => {
        throw new FakeSheetWriteError("InvalidLayout", "2 problems", [
          "算定: A1 is outside",
          "重複したキー",
        ]);
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
    await expect(failure).rejects.toMatchObject({
      code: "excel",
      detail: "boom",
      problems: [],
      partialSheets: [],
    });
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
