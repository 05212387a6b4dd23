/**
 * The only module of the task pane that touches office.js (`Office`, `Excel`).
 * Components receive an `ExcelGateway` and never call Office themselves, so they render and test outside Excel.
 * The sheet writer (./build-sheets) is loaded with import() the first time sheets are built, so neither the
 * bootstrap nor the pane's first chunk carries it.
 */
import type { SheetLayout } from "../../sheets/layout";
import type { BuildProgress } from "./types";

export type DisplayLanguage = "ja" | "en";

/** Whether the running Office has a requirement set, e.g. `supports("ExcelApi", "1.7")`. */
export type Supports = (set: string, version: string) => boolean;

/**
 * The custom functions runtime the add-in's GHG.* functions need: `CustomFunctions.Error` is CustomFunctionsRuntime
 * 1.2. manifest.xml requires the same set in its <VersionOverrides> (test/manifest.test.ts keeps the two equal), so
 * an Excel without it loads the pane but registers no function.
 */
export const CUSTOM_FUNCTIONS_RUNTIME = { set: "CustomFunctionsRuntime", version: "1.2" } as const;

/** What building sheets produced: the sheets with their final names (a clash adds " (2)"), and what to tell the user. */
export interface BuildSheetsResult {
  readonly sheets: readonly { readonly key: string; readonly name: string }[];
  readonly warnings: readonly string[];
  /** context.sync() calls the build needed (for diagnostics). */
  readonly syncs: number;
}

export interface ExcelGateway {
  /** True when the pane runs inside Excel (Office.onReady reported host Excel). */
  readonly isInExcel: boolean;
  /** UI language: "en" when Office's display language is English (or `?lang=en`), otherwise "ja". */
  readonly displayLanguage: DisplayLanguage;
  /**
   * True when this Excel runs the add-in's GHG.* custom functions (CUSTOM_FUNCTIONS_RUNTIME). False outside Excel and
   * on an Excel without custom functions (volume-licensed Office 2019 and earlier, Excel on iPad): there the pane
   * builds sheets with native formulas (see `needsNativeFormulas`) and never writes a GHG.* formula into a cell.
   */
  readonly customFunctions: boolean;
  /**
   * Writes a formula into the active cell (the first cell of the selection where ExcelApi 1.7 is missing). `formula`
   * uses Excel's invariant (English) syntax and starts with "=", e.g. `=GHG.CO2_FUEL("軽油",100)`. Rejects with a
   * `GatewayError`: "no-custom-functions" for a GHG.* formula on an Excel without custom functions (it would show
   * #NAME?), before Excel is touched.
   */
  insertFormula(formula: string): Promise<void>;
  /**
   * Adds a worksheet per layout to the workbook (cross-sheet placeholders resolved to the final names).
   * Rejects with a `GatewayError`: "not-in-excel" outside Excel, "load-failed" when the writer's code could not be
   * loaded, "invalid-layout" when the writer found the layouts inconsistent (nothing written), "excel" when Excel
   * refused (sheets written before the failure are listed in `partialSheets`).
   */
  buildSheets(
    layouts: readonly SheetLayout[],
    onProgress?: BuildProgress
  ): Promise<BuildSheetsResult>;
  /**
   * The names of the workbook's worksheets in tab order, read in one context.sync() (the start page shows which steps
   * have their sheets). Rejects with a `GatewayError` "excel" when Excel refuses. Absent outside Excel.
   */
  listSheetNames?(): Promise<readonly string[]>;
  /**
   * The pane's drafts kept for this workbook (the JSON of state/drafts.ts), or null when none are kept. Inside Excel
   * they are in the workbook's own document settings, outside in the browser's localStorage. Never throws.
   * Optional: a gateway without it (a test's stand-in) keeps no drafts.
   */
  loadDrafts?(): string | null;
  /** Keeps the drafts for this workbook (replacing those kept); resolves false when they could not be kept. */
  saveDrafts?(json: string): Promise<boolean>;
}

export type GatewayErrorCode =
  | "not-in-excel"
  | "invalid-formula"
  | "no-custom-functions"
  | "excel"
  | "load-failed"
  | "invalid-layout";

/** An operation failed; `detail` is Excel's own message (in Office's language) when there is one. */
export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly detail: string;
  /** What is wrong with the layouts (invalid-layout). */
  readonly problems: readonly string[];
  /** Sheets a failed build may have left in the workbook, possibly incomplete (nothing is deleted on its own). */
  readonly partialSheets: readonly string[];
  /** Sheets of the failed build that were written completely before the failure. */
  readonly completeSheets: readonly string[];

  constructor(
    code: GatewayErrorCode,
    detail: string,
    extra: {
      problems?: readonly string[];
      partialSheets?: readonly string[];
      completeSheets?: readonly string[];
    } = {}
  ) {
    super(`${code}: ${detail}`);
    this.name = "GatewayError";
    this.code = code;
    this.detail = detail;
    this.problems = extra.problems ?? [];
    this.partialSheets = extra.partialSheets ?? [];
    this.completeSheets = extra.completeSheets ?? [];
  }
}

/**
 * `?lang=en` / `?lang=ja` (for testing outside Office) wins; then Office's display language: every English one
 * ("en-US", "en-GB", "en-AU", "en-IN" …, or plain "en") → "en"; Japanese otherwise.
 */
export function resolveDisplayLanguage(
  officeLanguage: string | null | undefined,
  search: string
): DisplayLanguage {
  const forced = new URLSearchParams(search).get("lang")?.toLowerCase();
  if (forced === "en" || forced === "ja") return forced;
  return officeLanguage && /^en(?:[-_]|$)/i.test(officeLanguage.trim()) ? "en" : "ja";
}

/** Sheets built on this host need native formulas instead of GHG.* calls: it is Excel, but without custom functions. */
export function needsNativeFormulas(
  gateway: Pick<ExcelGateway, "isInExcel" | "customFunctions">
): boolean {
  return gateway.isInExcel && !gateway.customFunctions;
}

/**
 * Whether a formula calls a GHG.* function (outside string literals). The same test as the portable translation's
 * hasGhgCall, repeated here so that the pane's bootstrap chunk does not carry the formula translator.
 */
export function callsCustomFunction(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])GHG\.[A-Za-z_]/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

function checkFormula(formula: string): void {
  if (!formula.startsWith("=") || formula.length < 2) {
    throw new GatewayError("invalid-formula", formula);
  }
}

/** Office's requirement check; false when there is no Office (or it throws). */
function officeSupports(set: string, version: string): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported(set, version) === true
    );
  } catch {
    return false;
  }
}

function safely(supports: Supports, set: string, version: string): boolean {
  try {
    return supports(set, version) === true;
  } catch {
    return false;
  }
}

/** The name the drafts are kept under (in the document settings and in localStorage). */
export const DRAFTS_KEY = "ghg-offset.pane.drafts";

/**
 * Drafts larger than this are not kept. The document settings of all add-ins share a size limit (the docs do not
 * give it for every client; Excel on the web allows 2 MB per add-in), and a clerk's forms are a few KB.
 */
export const MAX_DRAFTS_CHARS = 500_000;

/** localStorage, or null where the browser refuses it (some Office webviews throw on access). */
function localDrafts(): Pick<Storage, "getItem" | "setItem"> | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Drafts in the browser's localStorage, for the pane outside Excel. */
export function browserDraftStore(): Pick<ExcelGateway, "loadDrafts" | "saveDrafts"> {
  return {
    loadDrafts: () => {
      try {
        return localDrafts()?.getItem(DRAFTS_KEY) ?? null;
      } catch {
        return null;
      }
    },
    saveDrafts: async (json) => {
      const storage = localDrafts();
      if (!storage || json.length > MAX_DRAFTS_CHARS) return false;
      try {
        storage.setItem(DRAFTS_KEY, json);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The workbook's document settings (Common API, requirement set Settings 1.1), or null where there are none. */
function documentSettings(): Office.Settings | null {
  try {
    return typeof Office === "undefined" ? null : (Office.context?.document?.settings ?? null);
  } catch {
    return null;
  }
}

/**
 * Drafts in the workbook's document settings: they travel with the file, and another workbook has its own. set()
 * changes the in-memory copy Office loaded with the add-in; saveAsync writes it into the document.
 */
export function documentDraftStore(): Pick<ExcelGateway, "loadDrafts" | "saveDrafts"> {
  return {
    loadDrafts: () => {
      try {
        const value: unknown = documentSettings()?.get(DRAFTS_KEY);
        return typeof value === "string" ? value : null;
      } catch {
        return null;
      }
    },
    saveDrafts: (json) =>
      new Promise<boolean>((resolve) => {
        const settings = documentSettings();
        if (!settings || json.length > MAX_DRAFTS_CHARS) return resolve(false);
        try {
          settings.set(DRAFTS_KEY, json);
          settings.saveAsync((result) =>
            resolve(result.status === Office.AsyncResultStatus.Succeeded)
          );
        } catch {
          resolve(false);
        }
      }),
  };
}

/** The gateway used outside Excel (a browser, or another Office application): reads nothing, writes nothing. */
export function createNotInExcelGateway(displayLanguage: DisplayLanguage): ExcelGateway {
  return {
    isInExcel: false,
    displayLanguage,
    customFunctions: false,
    ...browserDraftStore(),
    insertFormula: async () => {
      throw new GatewayError("not-in-excel", "Excel is not available");
    },
    buildSheets: async () => {
      throw new GatewayError("not-in-excel", "Excel is not available");
    },
  };
}

/**
 * The gateway backed by the Excel JavaScript API. The manifest requires only ExcelApi 1.1; what needs more is used
 * where `supports` says the running Excel has it (getActiveCell: ExcelApi 1.7; the sheet writer: write-features.ts).
 * `supports` defaults to Office.context.requirements.isSetSupported.
 */
export function createOfficeGateway(
  displayLanguage: DisplayLanguage,
  supports: Supports = officeSupports
): ExcelGateway {
  const customFunctions = safely(
    supports,
    CUSTOM_FUNCTIONS_RUNTIME.set,
    CUSTOM_FUNCTIONS_RUNTIME.version
  );
  return {
    isInExcel: true,
    displayLanguage,
    customFunctions,
    // An Excel without document settings (none is known) keeps them in the browser, as outside Excel.
    ...(documentSettings() ? documentDraftStore() : browserDraftStore()),
    insertFormula: async (formula: string) => {
      checkFormula(formula);
      if (!customFunctions && callsCustomFunction(formula))
        throw new GatewayError("no-custom-functions", formula);
      const activeCell = safely(supports, "ExcelApi", "1.7");
      try {
        await Excel.run(async (context) => {
          // Workbook.getActiveCell is ExcelApi 1.7; before it, the top-left cell of the selection (ExcelApi 1.1).
          const cell = activeCell
            ? context.workbook.getActiveCell()
            : context.workbook.getSelectedRange().getCell(0, 0);
          cell.formulas = [[formula]];
          await context.sync();
        });
      } catch (err) {
        throw new GatewayError("excel", errorDetail(err));
      }
    },
    listSheetNames: async () => {
      try {
        return await Excel.run(async (context) => {
          const sheets = context.workbook.worksheets.load("items/name");
          await context.sync();
          return sheets.items.map((sheet) => sheet.name);
        });
      } catch (err) {
        throw new GatewayError("excel", errorDetail(err));
      }
    },
    buildSheets: async (layouts, onProgress) => {
      let writer: typeof import("./build-sheets");
      try {
        writer = await import(/* webpackChunkName: "pane-writer" */ "./build-sheets");
      } catch (err) {
        throw new GatewayError("load-failed", errorDetail(err));
      }
      try {
        const result = await writer.buildSheets(layouts, onProgress);
        return { sheets: result.sheets, warnings: result.warnings, syncs: result.syncs };
      } catch (err) {
        if (err instanceof GatewayError) throw err;
        if (isSheetWriteError(err)) {
          const extra = {
            problems: err.problems,
            partialSheets: err.partialSheets,
            completeSheets: err.completeSheets ?? [],
          };
          throw new GatewayError(
            err.code === "InvalidLayout" ? "invalid-layout" : "excel",
            err.detail || err.message,
            extra
          );
        }
        throw new GatewayError("excel", errorDetail(err));
      }
    },
  };
}

/** The writer's SheetWriteError (recognised by shape: build-sheets.ts does not re-export the class). */
interface SheetWriteErrorShape {
  readonly code: string;
  readonly detail: string;
  readonly message: string;
  readonly problems: readonly string[];
  readonly partialSheets: readonly string[];
  readonly completeSheets?: readonly string[];
}

function isSheetWriteError(err: unknown): err is SheetWriteErrorShape {
  if (!(err instanceof Error) || err.name !== "SheetWriteError") return false;
  const e = err as Error & Partial<Record<keyof SheetWriteErrorShape, unknown>>;
  return (
    typeof e.code === "string" &&
    typeof e.detail === "string" &&
    Array.isArray(e.problems) &&
    Array.isArray(e.partialSheets)
  );
}

function errorDetail(err: unknown): string {
  if (typeof OfficeExtension !== "undefined" && err instanceof OfficeExtension.Error) {
    return err.code ? `${err.message} (${err.code})` : err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

export interface ConnectOptions {
  /** location.search, for `?lang=`. */
  readonly search?: string;
  /** Give up waiting for Office.onReady after this long and run as "not in Excel" (default 15 s). */
  readonly timeoutMs?: number;
}

/**
 * Waits for office.js (when the page loaded it) and returns the matching gateway. Outside Office,
 * `Office.onReady()` resolves with host null; if office.js failed to load, `Office` is undefined.
 */
export async function connectGateway(options: ConnectOptions = {}): Promise<ExcelGateway> {
  const search = options.search ?? (typeof location !== "undefined" ? location.search : "");
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return createNotInExcelGateway(resolveDisplayLanguage(null, search));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), options.timeoutMs ?? 15_000);
  });
  let info: { host: Office.HostType | null } | null;
  try {
    info = await Promise.race([Office.onReady(), timeout]);
  } catch {
    info = null;
  } finally {
    clearTimeout(timer);
  }
  // Inside another Office application the pane still follows Office's display language.
  const language = resolveDisplayLanguage(
    info?.host ? Office.context.displayLanguage : null,
    search
  );
  return info?.host === Office.HostType.Excel
    ? createOfficeGateway(language)
    : createNotInExcelGateway(language);
}
