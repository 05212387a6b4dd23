/**
 * An in-memory fake of the part of the Excel JavaScript API that src/taskpane/office/sheet-writer.ts uses, close
 * enough to Office's proxy model that ordering and round-trip mistakes fail here as they would in Excel:
 *
 *  - Calls queue operations; `context.sync()` runs the queue in order. The first failing operation rejects the sync
 *    with a FakeOfficeError (code + message, like OfficeExtension.Error); the rest of the batch is dropped, what ran
 *    before stays applied (Excel batches are not transactions).
 *  - Reading a property that was not loaded AND synced (`worksheets.items`, `worksheet.name`, `table.name`,
 *    `namedItem.name`, `isNullObject`, any range property) throws PropertyNotLoaded synchronously, as Office does.
 *  - Excel's refusals that matter to the writer are enforced: sheet names (31 characters, \ / ? * [ ] :, "History",
 *    duplicates), table / defined names (syntax, one shared namespace), matrix size = range size, formulas that
 *    reference a sheet or table that does not exist yet, tables over merged cells or other tables, edits on a
 *    protected sheet, data-validation rules with a wrong shape, structured references in conditional formats.
 *  - Text written through `formulas`/`values` is coerced like Excel: "=…" is a formula, "+x"/"-x"/"@x" become
 *    formulas, "12"/"2024/4/1"/"TRUE" become numbers/dates/booleans, and a leading apostrophe keeps the rest as text.
 *
 * State is read back through `fake.sheet(name)` (cells as a 2-D array, cell writes, formats per address,
 * validations, conditional formats, protection, freeze, tab colour), `fake.tables`, `fake.names`, `fake.syncCount`.
 */
import { ROWS, cellKey, colLetters, parseBox } from "./addresses";
import { Book, coerce } from "./book";
import { Context, type ContextHooks, type SyncRecord } from "./context";
import { FakeOfficeError } from "./errors";
import {
  type CellState,
  type CellWrite,
  type ConditionalFormatState,
  type FormatState,
  type NameState,
  type SheetState,
  type TableState,
  type ValidationState,
} from "./state";

export { FakeOfficeError } from "./errors";

// ---------------------------------------------------------------------------------------------------------------
// The test-facing handle

export interface FakeExcelHooks {
  /** Runs when sync number `n` (1-based) starts, before its operations; may change the workbook (a user's edit). */
  readonly beforeSync?: (n: number, book: FakeBookAdmin) => void;
  /** A failure to reject sync number `n` with, before any of its operations run. */
  readonly failSync?: (n: number) => FakeOfficeError | undefined;
}

/** Direct access for setting up a workbook (no queue, no sync). */
export interface FakeBookAdmin {
  addSheet(name: string, cells?: Readonly<Record<string, string | number | boolean>>): void;
  addTable(sheet: string, address: string, name: string): void;
  addName(name: string, reference: string): void;
}

export interface FakeWorkbookSetup {
  readonly sheets?: readonly {
    readonly name: string;
    readonly cells?: Readonly<Record<string, string | number | boolean>>;
  }[];
  readonly tables?: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly name: string;
  }[];
  readonly names?: readonly { readonly name: string; readonly reference: string }[];
}

/** A read-only view of one sheet. */
export interface SheetSnapshot {
  readonly name: string;
  /** Cells A1 to the last used cell (or `range`) as Excel's `formulas` reads them: formula text, value, "" for empty. */
  formulas(range?: string): (string | number | boolean)[][];
  cell(address: string): CellState | undefined;
  /** Each `formulas`/`values` assignment that reached the sheet. */
  readonly cellWrites: readonly CellWrite[];
  /** Formats by the address they were set on. */
  format(address: string): FormatState | undefined;
  readonly formatAddresses: readonly string[];
  /** Column widths in points by column letter, from formats set on column ranges ("A:A", "B:D"). */
  columnWidths(): Readonly<Record<string, number>>;
  readonly merges: readonly string[];
  validation(address: string): ValidationState | undefined;
  readonly validations: readonly ValidationState[];
  readonly conditionalFormats: readonly ConditionalFormatState[];
  readonly protection: {
    readonly protected: boolean;
    readonly options?: Record<string, unknown>;
    readonly password?: string;
  };
  readonly freeze: {
    readonly rows?: number;
    readonly columns?: number;
    readonly at?: string;
  } | null;
  readonly tabColor: string;
  /** Everything above as JSON, to compare a sheet before and after. */
  fingerprint(): string;
}

export interface FakeExcel {
  /** Pass to the code under test. */
  readonly context: Excel.RequestContext;
  readonly syncCount: number;
  /** Per sync: how many operations it carried and their labels (e.g. "range.formulas"). */
  readonly syncLog: readonly SyncRecord[];
  sheetNames(): string[];
  sheet(name: string): SheetSnapshot;
  readonly tables: readonly TableState[];
  readonly names: readonly NameState[];
  readonly activeSheet: string | null;
  /** `Excel.run` over this fake's context. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly admin: FakeBookAdmin;
}

function adminFor(book: Book): FakeBookAdmin {
  return {
    addSheet(name, cells = {}) {
      const sheet = book.addSheet(name);
      for (const [address, value] of Object.entries(cells)) {
        const box = parseBox(address);
        const state = coerce(value);
        if (state) sheet.cells.set(cellKey(box.top, box.left), state);
      }
    },
    addTable(sheetName, address, name) {
      const sheet = book.sheetOrThrow(sheetName);
      book.checkIdentifier(name);
      const box = parseBox(address);
      const headers = Array.from({ length: box.right - box.left + 1 }, (_, i) =>
        String(sheet.cells.get(cellKey(box.top, box.left + i))?.value ?? `Column${i + 1}`)
      );
      book.tables.push({ name, sheetState: sheet, address, box, hasHeaders: true, headers });
    },
    addName(name, reference) {
      book.checkIdentifier(name);
      book.names.push({ name, reference });
    },
  };
}

export function snapshot(sheet: SheetState): SheetSnapshot {
  const used = () => {
    let rows = 0;
    let columns = 0;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(",").map(Number);
      rows = Math.max(rows, r ?? 0);
      columns = Math.max(columns, c ?? 0);
    }
    return { top: 1, left: 1, bottom: rows, right: columns, bounded: true };
  };
  const view: SheetSnapshot = {
    name: sheet.name,
    formulas(range) {
      const box = range ? parseBox(range) : used();
      const out: (string | number | boolean)[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: (string | number | boolean)[] = [];
        for (let c = box.left; c <= box.right; c++)
          row.push(sheet.cells.get(cellKey(r, c))?.value ?? "");
        out.push(row);
      }
      return out;
    },
    cell(address) {
      const box = parseBox(address);
      return sheet.cells.get(cellKey(box.top, box.left));
    },
    cellWrites: sheet.cellWrites,
    format: (address) => sheet.formats.get(address),
    formatAddresses: [...sheet.formats.keys()],
    columnWidths() {
      const widths: Record<string, number> = {};
      for (const [address, f] of sheet.formats) {
        if (f.columnWidth === undefined) continue;
        const box = parseBox(address);
        if (box.top !== 1 || box.bottom !== ROWS) continue;
        for (let c = box.left; c <= box.right; c++) widths[colLetters(c)] = f.columnWidth;
      }
      return widths;
    },
    merges: sheet.merges,
    validation: (address) => sheet.validations.get(address),
    validations: [...sheet.validations.values()],
    conditionalFormats: sheet.conditionalFormats,
    protection: sheet.protection,
    freeze: sheet.freeze,
    tabColor: sheet.tabColor,
    fingerprint: () =>
      JSON.stringify({
        name: sheet.name,
        cells: [...sheet.cells],
        formats: [...sheet.formats],
        merges: sheet.merges,
        validations: [...sheet.validations],
        conditionalFormats: sheet.conditionalFormats,
        protection: sheet.protection,
        freeze: sheet.freeze,
        tabColor: sheet.tabColor,
      }),
  };
  return view;
}

/** A fresh fake workbook, optionally with sheets, tables and names already in it. */
export function createFakeExcel(
  setup: FakeWorkbookSetup = {},
  hooks: FakeExcelHooks = {}
): FakeExcel {
  const book = new Book();
  const admin = adminFor(book);
  for (const s of setup.sheets ?? []) admin.addSheet(s.name, s.cells);
  for (const t of setup.tables ?? []) admin.addTable(t.sheet, t.address, t.name);
  for (const n of setup.names ?? []) admin.addName(n.name, n.reference);
  const wrappedHooks: ContextHooks = {
    beforeSync: hooks.beforeSync ? (n) => hooks.beforeSync?.(n, admin) : undefined,
    failSync: hooks.failSync,
  };
  const context = new Context(book, wrappedHooks);
  const excelContext = context as unknown as Excel.RequestContext;
  return {
    context: excelContext,
    get syncCount() {
      return context.syncs;
    },
    get syncLog() {
      return context.log;
    },
    sheetNames: () => book.sheets.map((s) => s.name),
    sheet: (name) => snapshot(book.sheetOrThrow(name)),
    get tables() {
      return book.tables.map(({ name, sheetState, address, hasHeaders, headers, style }) => ({
        name,
        sheet: sheetState.name,
        address,
        hasHeaders,
        headers,
        style,
      }));
    },
    get names() {
      return [...book.names];
    },
    get activeSheet() {
      return book.active?.name ?? null;
    },
    run: (batch) => batch(excelContext),
    admin,
  };
}
