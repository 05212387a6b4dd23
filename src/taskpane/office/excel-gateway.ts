/**
 * The only module of the task pane that touches office.js (`Office`, `Excel`).
 * Components receive an `ExcelGateway` and never call Office themselves, so they render and test outside Excel.
 */

export type DisplayLanguage = "ja" | "en";

export interface ExcelGateway {
  /** True when the pane runs inside Excel (Office.onReady reported host Excel). */
  readonly isInExcel: boolean;
  /** UI language: "en" when Office's display language is English (or `?lang=en`), otherwise "ja". */
  readonly displayLanguage: DisplayLanguage;
  /**
   * Writes a formula into the active cell. `formula` uses Excel's invariant (English) syntax and starts with "=",
   * e.g. `=GHG.CO2_FUEL("軽油",100)`. Rejects with a `GatewayError`.
   */
  insertFormula(formula: string): Promise<void>;
}

export type GatewayErrorCode = "not-in-excel" | "invalid-formula" | "excel";

/** An operation failed; `detail` is Excel's own message (in Office's language) when there is one. */
export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly detail: string;

  constructor(code: GatewayErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "GatewayError";
    this.code = code;
    this.detail = detail;
  }
}

/**
 * `?lang=en` / `?lang=ja` (for testing outside Office) wins; then Office's display language ("en-US" → "en");
 * Japanese otherwise.
 */
export function resolveDisplayLanguage(officeLanguage: string | null | undefined, search: string): DisplayLanguage {
  const forced = new URLSearchParams(search).get("lang")?.toLowerCase();
  if (forced === "en" || forced === "ja") return forced;
  return officeLanguage && officeLanguage.toLowerCase().startsWith("en") ? "en" : "ja";
}

function checkFormula(formula: string): void {
  if (!formula.startsWith("=") || formula.length < 2) {
    throw new GatewayError("invalid-formula", formula);
  }
}

/** The gateway used outside Excel (a browser, or another Office application): reads nothing, writes nothing. */
export function createNotInExcelGateway(displayLanguage: DisplayLanguage): ExcelGateway {
  return {
    isInExcel: false,
    displayLanguage,
    insertFormula: async () => {
      throw new GatewayError("not-in-excel", "Excel is not available");
    },
  };
}

/** The gateway backed by the Excel JavaScript API (ExcelApi 1.7 for getActiveCell, required by the manifest). */
export function createOfficeGateway(displayLanguage: DisplayLanguage): ExcelGateway {
  return {
    isInExcel: true,
    displayLanguage,
    insertFormula: async (formula: string) => {
      checkFormula(formula);
      try {
        await Excel.run(async (context) => {
          const cell = context.workbook.getActiveCell();
          cell.formulas = [[formula]];
          await context.sync();
        });
      } catch (err) {
        throw new GatewayError("excel", errorDetail(err));
      }
    },
  };
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
  const language = resolveDisplayLanguage(info?.host ? Office.context.displayLanguage : null, search);
  return info?.host === Office.HostType.Excel ? createOfficeGateway(language) : createNotInExcelGateway(language);
}
