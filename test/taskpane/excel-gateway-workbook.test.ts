/**
 * The gateway's reads and saves of the open workbook beyond building: the worksheets' names (for the start page's
 * progress) and the pane's drafts (document settings inside Excel, localStorage outside), against stand-ins.
 */
import {
  DRAFTS_KEY,
  MAX_DRAFTS_CHARS,
  GatewayError,
  createNotInExcelGateway,
  createOfficeGateway,
} from "../../src/taskpane/office/excel-gateway";

const everything = (): boolean => true;

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("listSheetNames", () => {
  /** A workbook whose worksheets' names arrive only with the sync, as Excel's proxies fill in on sync. */
  function installFakeWorkbook(names: readonly string[], failWith?: Error) {
    const calls = { syncs: 0, loads: [] as unknown[] };
    (globalThis as Record<string, unknown>).Excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) => {
        const items: { name: string }[] = [];
        const worksheets = {
          items,
          load: (what: unknown) => {
            calls.loads.push(what);
            return worksheets;
          },
        };
        return batch({
          workbook: { worksheets },
          sync: async () => {
            calls.syncs += 1;
            if (failWith) throw failWith;
            items.push(...names.map((name) => ({ name })));
          },
        });
      },
    };
    return calls;
  }

  test("reads the worksheets' names in tab order, loading only the names, in one sync", async () => {
    const calls = installFakeWorkbook(["算定_夏祭り", "調査票_来場者", "Sheet1"]);
    const names = await createOfficeGateway("ja", everything).listSheetNames?.();
    expect(names).toEqual(["算定_夏祭り", "調査票_来場者", "Sheet1"]);
    expect(calls.syncs).toBe(1);
    expect(calls.loads).toEqual(["items/name"]);
  });

  test("an Excel that refuses rejects with a GatewayError 'excel' carrying its message", async () => {
    installFakeWorkbook([], new Error("busy"));
    const error = await createOfficeGateway("ja", everything)
      .listSheetNames?.()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: "excel" });
    expect(String((error as Error).message)).toContain("busy");
  });

  test("the gateway outside Excel has no workbook to read", () => {
    expect(createNotInExcelGateway("ja").listSheetNames).toBeUndefined();
  });
});

describe("drafts", () => {
  /** A stand-in for Office.context.document.settings: an in-memory bag written into the "document" by saveAsync. */
  function installFakeSettings(options: { saveFails?: boolean; throwOnGet?: boolean } = {}) {
    const memory = new Map<string, unknown>();
    const document = new Map<string, unknown>();
    (globalThis as Record<string, unknown>).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: (name: string) => {
              if (options.throwOnGet) throw new Error("settings unavailable");
              return memory.has(name) ? memory.get(name) : null;
            },
            set: (name: string, value: unknown) => memory.set(name, value),
            saveAsync: (callback: (result: { status: string }) => void) => {
              if (!options.saveFails) for (const [k, v] of memory) document.set(k, v);
              setTimeout(() => callback({ status: options.saveFails ? "failed" : "succeeded" }));
            },
          },
        },
      },
    };
    return { memory, document };
  }

  test("inside Excel they are kept in the workbook's document settings, saved into the document", async () => {
    const { document } = installFakeSettings();
    const gateway = createOfficeGateway("ja", everything);
    expect(gateway.loadDrafts?.()).toBeNull();
    await expect(gateway.saveDrafts?.('{"version":1}')).resolves.toBe(true);
    expect(document.get(DRAFTS_KEY)).toBe('{"version":1}');
    expect(gateway.loadDrafts?.()).toBe('{"version":1}');
  });

  test("a failed save, drafts too large, or settings that throw: false or null, never an exception", async () => {
    installFakeSettings({ saveFails: true });
    const gateway = createOfficeGateway("ja", everything);
    await expect(gateway.saveDrafts?.("{}")).resolves.toBe(false);
    installFakeSettings();
    await expect(gateway.saveDrafts?.("x".repeat(MAX_DRAFTS_CHARS + 1))).resolves.toBe(false);
    installFakeSettings({ throwOnGet: true });
    expect(gateway.loadDrafts?.()).toBeNull();
    delete (globalThis as Record<string, unknown>).Office;
    expect(gateway.loadDrafts?.()).toBeNull();
    await expect(gateway.saveDrafts?.("{}")).resolves.toBe(false);
  });

  test("a stored value that is not text is not drafts", () => {
    const { memory } = installFakeSettings();
    memory.set(DRAFTS_KEY, { version: 1 });
    expect(createOfficeGateway("ja", everything).loadDrafts?.()).toBeNull();
  });

  /** The browser's localStorage (jest runs these tests in node, which has none). */
  function installFakeLocalStorage(options: { refuse?: boolean } = {}) {
    const items = new Map<string, string>();
    (globalThis as Record<string, unknown>).localStorage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (options.refuse) throw new Error("QuotaExceededError");
        items.set(key, value);
      },
    };
    return items;
  }

  afterEach(() => {
    delete (globalThis as Record<string, unknown>).localStorage;
  });

  test("outside Excel they are kept in localStorage", async () => {
    const items = installFakeLocalStorage();
    const gateway = createNotInExcelGateway("ja");
    expect(gateway.loadDrafts?.()).toBeNull();
    await expect(gateway.saveDrafts?.('{"version":1}')).resolves.toBe(true);
    expect(items.get(DRAFTS_KEY)).toBe('{"version":1}');
    expect(createNotInExcelGateway("en").loadDrafts?.()).toBe('{"version":1}');
  });

  test("an Excel that reports no document settings keeps them in the browser", async () => {
    const items = installFakeLocalStorage();
    (globalThis as Record<string, unknown>).Office = { context: {} };
    const gateway = createOfficeGateway("ja", everything);
    await expect(gateway.saveDrafts?.("{}")).resolves.toBe(true);
    expect(items.get(DRAFTS_KEY)).toBe("{}");
  });

  test("outside Excel a storage that refuses writing, or none at all, gives false", async () => {
    installFakeLocalStorage({ refuse: true });
    await expect(createNotInExcelGateway("ja").saveDrafts?.("{}")).resolves.toBe(false);
    delete (globalThis as Record<string, unknown>).localStorage;
    await expect(createNotInExcelGateway("ja").saveDrafts?.("{}")).resolves.toBe(false);
    expect(createNotInExcelGateway("ja").loadDrafts?.()).toBeNull();
  });
});
