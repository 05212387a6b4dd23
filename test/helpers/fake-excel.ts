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
import { fromR1C1 } from "../../src/sheets/r1c1";

// ---------------------------------------------------------------------------------------------------------------
// Errors

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

const invalid = (message: string) =>
  new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${message})`
  );

// ---------------------------------------------------------------------------------------------------------------
// State

export type CellKind = "formula" | "text" | "number" | "boolean" | "date";

export interface CellState {
  readonly kind: CellKind;
  /** The formula text (with "=") for a formula, the stored value otherwise. */
  readonly value: string | number | boolean;
}

export interface BorderState {
  style?: string;
  weight?: string;
  color?: string;
}

export interface FormatState {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  fill?: string;
  numberFormat?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  columnWidth?: number;
  rowHeight?: number;
  locked?: boolean;
  borders?: Record<string, BorderState>;
}

export interface ValidationState {
  readonly address: string;
  rule?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatState {
  readonly address: string;
  readonly type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface CellWrite {
  readonly address: string;
  readonly property: "formulas" | "values" | "formulasR1C1";
  readonly rows: number;
  readonly columns: number;
}

interface SheetState {
  name: string;
  readonly id: number;
  readonly cells: Map<string, CellState>;
  readonly formats: Map<string, FormatState>;
  readonly merges: string[];
  readonly validations: Map<string, ValidationState>;
  readonly conditionalFormats: ConditionalFormatState[];
  readonly cellWrites: CellWrite[];
  protection: { protected: boolean; options?: Record<string, unknown>; password?: string };
  freeze: { rows?: number; columns?: number; at?: string } | null;
  tabColor: string;
}

export interface TableState {
  name: string;
  readonly sheet: string;
  readonly address: string;
  readonly hasHeaders: boolean;
  readonly headers: readonly string[];
  style?: string;
}

export interface NameState {
  readonly name: string;
  readonly reference: string;
  readonly comment?: string;
}

interface TableRecord extends Omit<TableState, "sheet"> {
  readonly sheetState: SheetState;
  readonly box: Box;
}

// ---------------------------------------------------------------------------------------------------------------
// Addresses (independent of src/sheets/resolve-names.ts on purpose: the fake must not share the writer's bugs)

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly bounded: boolean;
}

const ROWS = 1_048_576;
const COLUMNS = 16_384;

function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function parseBox(address: string): Box {
  const a = address.replace(/\$/g, "").trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const [c1, r1] = [colNumber(m[1] ?? ""), Number(m[2])];
    const [c2, r2] = m[3] ? [colNumber(m[3]), Number(m[4])] : [c1, r1];
    if (Math.max(c1, c2) > COLUMNS || Math.max(r1, r2) > ROWS || Math.min(r1, r2) < 1)
      throw invalid(`address ${address}`);
    return {
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
      bounded: true,
    };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m) {
    const [c1, c2] = [colNumber(m[1] ?? ""), colNumber(m[2] ?? "")];
    if (Math.max(c1, c2) > COLUMNS) throw invalid(`address ${address}`);
    return {
      top: 1,
      bottom: ROWS,
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
      bounded: false,
    };
  }
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) {
    const [r1, r2] = [Number(m[1]), Number(m[2])];
    if (Math.min(r1, r2) < 1 || Math.max(r1, r2) > ROWS) throw invalid(`address ${address}`);
    return {
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: 1,
      right: COLUMNS,
      bounded: false,
    };
  }
  throw invalid(`address ${address}`);
}

const overlaps = (a: Box, b: Box) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const cellKey = (row: number, column: number) => `${row},${column}`;

/** Splits "'Sheet (2)'!A1:B3" / "Sheet1!A1" / "A1" into sheet name and local address. */
function splitQualified(address: string): { sheet: string | null; local: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), local: quoted[2] ?? "" };
  const plain = /^([^'!]+)!(.+)$/.exec(address);
  if (plain) return { sheet: plain[1] ?? "", local: plain[2] ?? "" };
  return { sheet: null, local: address };
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook behind the proxies

const upper = (s: string) => s.toUpperCase();

class Book {
  readonly sheets: SheetState[] = [];
  readonly tables: TableRecord[] = [];
  readonly names: NameState[] = [];
  active: SheetState | null = null;
  private nextId = 1;
  private nextTable = 1;

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => upper(s.name) === upper(name));
  }

  sheetOrThrow(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist. (sheet "${name}")`
      );
    return sheet;
  }

  addSheet(name: string): SheetState {
    if (
      name.length === 0 ||
      name.length > 31 ||
      /[\\/?*[\]:]/.test(name) ||
      /^'|'$/.test(name) ||
      upper(name) === "HISTORY"
    ) {
      throw invalid(`sheet name "${name}"`);
    }
    if (this.findSheet(name))
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `A resource with the same name or identifier already exists. (sheet "${name}")`
      );
    const sheet: SheetState = {
      name,
      id: this.nextId++,
      cells: new Map(),
      formats: new Map(),
      merges: [],
      validations: new Map(),
      conditionalFormats: [],
      cellWrites: [],
      protection: { protected: false },
      freeze: null,
      tabColor: "",
    };
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  identifierTaken(name: string): boolean {
    return (
      this.tables.some((t) => upper(t.name) === upper(name)) ||
      this.names.some((n) => upper(n.name) === upper(name))
    );
  }

  checkIdentifier(name: string): void {
    if (
      !/^[\p{L}_\\][\p{L}\p{M}\p{N}_.]*$/u.test(name) ||
      name.length > 255 ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]$/.test(name) ||
      /^[Rr]\d*[Cc]\d*$/.test(name)
    ) {
      throw invalid(`name "${name}"`);
    }
    if (this.identifierTaken(name))
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `A resource with the same name or identifier already exists. (name "${name}")`
      );
  }

  defaultTableName(): string {
    while (this.identifierTaken(`Table${this.nextTable}`)) this.nextTable++;
    return `Table${this.nextTable++}`;
  }

  /** Formulas may only point at sheets and tables that exist; "[" without a table name only inside a table. */
  checkReferences(
    formula: string,
    where: { sheet: SheetState; row: number; column: number } | null
  ): void {
    const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
    for (const m of text.matchAll(/'((?:[^']|'')+)'!/g)) {
      const name = (m[1] ?? "").replace(/''/g, "'");
      if (!this.findSheet(name))
        throw invalid(`formula ${formula} refers to missing sheet "${name}"`);
    }
    const unquoted = text.replace(/'(?:[^']|'')+'!/g, "");
    for (const m of unquoted.matchAll(/(?<![\p{L}\p{N}_.'])([\p{L}_][\p{L}\p{N}_.]*)!/gu)) {
      if (!this.findSheet(m[1] ?? ""))
        throw invalid(`formula ${formula} refers to missing sheet "${m[1]}"`);
    }
    for (const m of unquoted.matchAll(/(?<![\p{L}\p{N}_.\]])([\p{L}_\\][\p{L}\p{N}_.]*)\[/gu)) {
      if (!this.tables.some((t) => upper(t.name) === upper(m[1] ?? "")))
        throw invalid(`formula ${formula} refers to missing table "${m[1]}"`);
    }
    const bare = unquoted.replace(/[\p{L}_\\][\p{L}\p{N}_.]*\[(?:[^[\]]|\[[^[\]]*\])*\]/gu, "");
    if (bare.includes("[")) {
      const inside =
        where &&
        this.tables.some(
          (t) =>
            t.sheetState === where.sheet &&
            overlaps(t.box, {
              top: where.row,
              bottom: where.row,
              left: where.column,
              right: where.column,
              bounded: true,
            })
        );
      if (!inside) throw invalid(`formula ${formula} has a structured reference outside a table`);
    }
  }
}

/** What `formulas`/`values` store for an input, as Excel coerces typed input. */
function coerce(input: unknown): CellState | null {
  if (input === null || input === undefined || input === "") return null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw invalid(`number ${input}`);
    return { kind: "number", value: input };
  }
  if (typeof input === "boolean") return { kind: "boolean", value: input };
  if (typeof input !== "string") throw invalid(`cell value ${JSON.stringify(input)}`);
  if (input.startsWith("'")) return { kind: "text", value: input.slice(1) };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", value: input };
  const t = input.trim();
  const numeric = t.replace(/,/g, "");
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i.test(numeric)) {
    const n = Number(numeric.replace(/%$/, ""));
    return { kind: "number", value: numeric.endsWith("%") ? n / 100 : n };
  }
  if (/^(TRUE|FALSE)$/i.test(t)) return { kind: "boolean", value: upper(t) === "TRUE" };
  if (
    /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(t) ||
    /^\d{1,2}月\d{1,2}日$/.test(t) ||
    /^\d{1,2}:\d{2}(:\d{2})?$/.test(t)
  ) {
    return { kind: "date", value: t };
  }
  if (/^[+\-@]./.test(t)) return { kind: "formula", value: `=${t.replace(/^@/, "")}` };
  return { kind: "text", value: input };
}

// ---------------------------------------------------------------------------------------------------------------
// Request context and proxies

interface QueuedOp {
  readonly label: string;
  readonly args: readonly unknown[];
  readonly run: () => void;
}

interface ContextHooks {
  readonly beforeSync?: (n: number) => void;
  readonly failSync?: (n: number) => FakeOfficeError | undefined;
}

interface SyncRecord {
  readonly ops: number;
  readonly labels: readonly string[];
  readonly args: readonly (readonly unknown[])[];
}

class Context {
  readonly workbook: FakeWorkbook;
  syncs = 0;
  readonly log: SyncRecord[] = [];
  private queue: QueuedOp[] = [];

  constructor(
    readonly book: Book,
    private readonly hooks: ContextHooks
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(label: string, args: readonly unknown[], run: () => void): void {
    this.queue.push({ label, args, run });
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const ops = this.queue;
    this.queue = [];
    this.log.push({
      ops: ops.length,
      labels: ops.map((o) => o.label),
      args: ops.map((o) => o.args),
    });
    this.hooks.beforeSync?.(this.syncs);
    const failure = this.hooks.failSync?.(this.syncs);
    if (failure) throw failure;
    for (const op of ops) op.run();
  }
}

abstract class FakeObject {
  protected readonly loaded = new Set<string>();

  constructor(readonly context: Context) {}

  protected need(property: string): void {
    if (!this.loaded.has(property)) throw notLoaded(property);
  }

  protected static props(arg: unknown): string[] {
    if (typeof arg === "string") return arg.split(",").map((s) => s.trim());
    if (Array.isArray(arg)) return arg.map(String);
    if (arg && typeof arg === "object" && "select" in arg)
      return String((arg as { select: unknown }).select).split(",");
    return ["$all"];
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: Context) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const active = this.context.book.active;
      if (!active) throw new FakeOfficeError("ItemNotFound", "no active sheet");
      return active;
    });
  }
}

class FakeWorksheetCollection extends FakeObject {
  private snapshot: FakeWorksheet[] | null = null;

  get items(): FakeWorksheet[] {
    if (!this.snapshot) throw notLoaded("items");
    return this.snapshot;
  }

  load(properties?: unknown): this {
    const props = FakeObject.props(properties);
    this.context.enqueue("worksheets.load", [props], () => {
      this.snapshot = this.context.book.sheets.map((state) =>
        FakeWorksheet.loadedFrom(this.context, state, props)
      );
      this.loaded.add("items");
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    let state: SheetState | null = null;
    const sheet = new FakeWorksheet(this.context, () => {
      if (!state) throw new FakeOfficeError("ItemNotFound", "The sheet was not added.");
      return state;
    });
    this.context.enqueue("worksheets.add", [name], () => {
      state = this.context.book.addSheet(name ?? `Sheet${this.context.book.sheets.length + 1}`);
    });
    return sheet;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.sheetOrThrow(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.context.book.sheetOrThrow(key),
      () => this.context.book.findSheet(key) ?? null
    );
  }

  getCount(): { value: number } {
    throw new FakeOfficeError("NotImplemented", "getCount is not faked");
  }
}

class FakeWorksheet extends FakeObject {
  private loadedName = "";
  private nullObject: boolean | null = null;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly tables: FakeTableCollection;

  constructor(
    context: Context,
    readonly resolve: () => SheetState,
    private readonly lookup?: () => SheetState | null
  ) {
    super(context);
    this.protection = new FakeWorksheetProtection(context, resolve);
    this.freezePanes = new FakeFreezePanes(context, resolve);
    this.tables = new FakeTableCollection(context, resolve);
  }

  static loadedFrom(context: Context, state: SheetState, props: readonly string[]): FakeWorksheet {
    const sheet = new FakeWorksheet(context, () => state);
    if (props.some((p) => p === "$all" || p === "items" || /(^|\/)name$/.test(p))) {
      sheet.loadedName = state.name;
      sheet.loaded.add("name");
    }
    return sheet;
  }

  get name(): string {
    this.need("name");
    return this.loadedName;
  }

  set name(value: string) {
    this.context.enqueue("worksheet.name", [value], () => {
      const state = this.resolve();
      if (this.context.book.sheets.some((s) => s !== state && upper(s.name) === upper(value))) {
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists. (sheet "${value}")`
        );
      }
      state.name = value;
    });
  }

  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.nullObject ?? false;
  }

  set tabColor(color: string) {
    this.context.enqueue("worksheet.tabColor", [color], () => {
      if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color)) throw invalid(`tab colour ${color}`);
      this.resolve().tabColor = color;
    });
  }

  get tabColor(): string {
    throw notLoaded("tabColor");
  }

  load(properties?: unknown): this {
    const props = FakeObject.props(properties);
    this.context.enqueue("worksheet.load", [props], () => {
      const state = this.lookup ? this.lookup() : this.resolve();
      this.nullObject = state === null;
      this.loaded.add("isNullObject");
      if (state) {
        this.loadedName = state.name;
        this.loaded.add("name");
      }
    });
    return this;
  }

  getRange(address?: string): FakeRange {
    if (address === undefined)
      throw new FakeOfficeError("NotImplemented", "getRange() without an address is not faked");
    return new FakeRange(this.context, this.resolve, address);
  }

  activate(): void {
    this.context.enqueue("worksheet.activate", [], () => {
      this.context.book.active = this.resolve();
    });
  }

  delete(): void {
    this.context.enqueue("worksheet.delete", [], () => {
      const state = this.resolve();
      const book = this.context.book;
      book.sheets.splice(book.sheets.indexOf(state), 1);
      if (book.active === state) book.active = book.sheets[0] ?? null;
    });
  }
}

class FakeWorksheetProtection extends FakeObject {
  constructor(
    context: Context,
    private readonly resolve: () => SheetState
  ) {
    super(context);
  }

  protect(options?: Record<string, unknown>, password?: string): void {
    this.context.enqueue("protection.protect", [options, password], () => {
      const sheet = this.resolve();
      if (sheet.protection.protected)
        throw new FakeOfficeError("InvalidOperation", "The worksheet is already protected.");
      sheet.protection = { protected: true, options, password };
    });
  }

  unprotect(): void {
    this.context.enqueue("protection.unprotect", [], () => {
      this.resolve().protection = { protected: false };
    });
  }

  get protected(): boolean {
    throw notLoaded("protected");
  }
}

class FakeFreezePanes extends FakeObject {
  constructor(
    context: Context,
    private readonly resolve: () => SheetState
  ) {
    super(context);
  }

  freezeRows(count = 1): void {
    this.context.enqueue("freezePanes.freezeRows", [count], () => {
      this.resolve().freeze = { rows: count };
    });
  }

  freezeColumns(count = 1): void {
    this.context.enqueue("freezePanes.freezeColumns", [count], () => {
      this.resolve().freeze = { columns: count };
    });
  }

  freezeAt(range: string | FakeRange): void {
    const address = typeof range === "string" ? range : range.address;
    this.context.enqueue("freezePanes.freezeAt", [address], () => {
      parseBox(address);
      this.resolve().freeze = { at: address };
    });
  }

  unfreeze(): void {
    this.context.enqueue("freezePanes.unfreeze", [], () => {
      this.resolve().freeze = null;
    });
  }
}

/** Range mutations refuse a protected sheet, like Excel does for locked cells and formatting. */
function editable(sheet: SheetState, what: string): SheetState {
  if (sheet.protection.protected)
    throw new FakeOfficeError("AccessDenied", `The sheet "${sheet.name}" is protected. (${what})`);
  return sheet;
}

class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: Context,
    readonly resolve: () => SheetState,
    readonly address: string
  ) {
    super(context);
    const formatOf = (what: string) => {
      const sheet = editable(this.resolve(), what);
      parseBox(address);
      let f = sheet.formats.get(address);
      if (!f) {
        f = {};
        sheet.formats.set(address, f);
      }
      return f;
    };
    this.format = new FakeRangeFormat(context, formatOf);
    this.dataValidation = new FakeDataValidation(context, () => {
      const sheet = editable(this.resolve(), "dataValidation");
      parseBox(address);
      let v = sheet.validations.get(address);
      if (!v) {
        v = { address };
        sheet.validations.set(address, v);
      }
      return v;
    });
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
  }

  private write(property: "formulas" | "values", matrix: unknown): void {
    this.context.enqueue(`range.${property}`, [matrix], () => this.apply(property, matrix));
  }

  private apply(property: "formulas" | "values" | "formulasR1C1", matrix: unknown): void {
    {
      const sheet = editable(this.resolve(), property);
      const box = parseBox(this.address);
      if (!box.bounded) throw invalid(`cannot set ${property} of ${this.address}`);
      const rows = box.bottom - box.top + 1;
      const columns = box.right - box.left + 1;
      if (
        !Array.isArray(matrix) ||
        matrix.length !== rows ||
        matrix.some((row) => !Array.isArray(row) || row.length !== columns)
      ) {
        throw invalid(
          `the ${property} matrix does not match ${this.address} (${rows} × ${columns})`
        );
      }
      const book = this.context.book;
      (matrix as unknown[][]).forEach((row, r) =>
        row.forEach((input, c) => {
          const state = coerce(input);
          const key = cellKey(box.top + r, box.left + c);
          if (state === null) {
            sheet.cells.delete(key);
            return;
          }
          if (state.kind === "formula")
            book.checkReferences(String(state.value), {
              sheet,
              row: box.top + r,
              column: box.left + c,
            });
          sheet.cells.set(key, state);
        })
      );
      sheet.cellWrites.push({ address: this.address, property, rows, columns });
    }
  }

  set formulas(matrix: unknown[][]) {
    this.write("formulas", matrix);
  }

  /**
   * R1C1 formulas (ExcelApi 1.2): a matrix the size of the range, or one formula for every cell ("If the argument is
   * a single value, it will be applied to all cells in the range"), stored as each cell's A1 formula.
   */
  set formulasR1C1(input: unknown[][] | string) {
    this.context.enqueue("range.formulasR1C1", [input], () => {
      const box = parseBox(this.address);
      if (!box.bounded) throw invalid(`cannot set formulasR1C1 of ${this.address}`);
      const rows = box.bottom - box.top + 1;
      const columns = box.right - box.left + 1;
      const matrix =
        typeof input === "string"
          ? Array.from({ length: rows }, () => Array<unknown>(columns).fill(input))
          : input;
      if (
        !Array.isArray(matrix) ||
        matrix.length !== rows ||
        matrix.some((row) => !Array.isArray(row) || row.length !== columns)
      ) {
        throw invalid(
          `the formulasR1C1 matrix does not match ${this.address} (${rows} × ${columns})`
        );
      }
      const a1 = matrix.map((row, r) =>
        (row as unknown[]).map((cell, c) =>
          typeof cell === "string" && cell.startsWith("=")
            ? fromR1C1(cell, box.top + r, box.left + c)
            : cell
        )
      );
      this.apply("formulasR1C1", a1);
    });
  }

  get formulas(): unknown[][] {
    throw notLoaded("formulas");
  }

  set values(matrix: unknown[][]) {
    this.write("values", matrix);
  }

  get values(): unknown[][] {
    throw notLoaded("values");
  }

  /** A matrix the size of the range, or one value for every cell (Range reference, ExcelApi 1.1: "If the argument is a single value, it will be applied to all cells in the range"). */
  set numberFormat(input: unknown[][] | string) {
    this.context.enqueue("range.numberFormat", [input], () => {
      const sheet = editable(this.resolve(), "numberFormat");
      const box = parseBox(this.address);
      const matrix = typeof input === "string" ? [[input]] : input;
      if (!Array.isArray(matrix) || !matrix.every(Array.isArray))
        throw invalid("numberFormat must be a 2-D array or one format");
      const flat = (matrix as unknown[][]).flat();
      const single = matrix.length === 1 && matrix[0]?.length === 1;
      if (
        !single &&
        (matrix.length !== box.bottom - box.top + 1 ||
          matrix.some((row) => row.length !== box.right - box.left + 1))
      ) {
        throw invalid(`numberFormat matrix does not match ${this.address}`);
      }
      if (flat.some((f) => typeof f !== "string")) throw invalid("number formats must be strings");
      let f = sheet.formats.get(this.address);
      if (!f) {
        f = {};
        sheet.formats.set(this.address, f);
      }
      f.numberFormat = flat.every((x) => x === flat[0]) ? String(flat[0]) : JSON.stringify(matrix);
    });
  }

  get numberFormat(): unknown[][] {
    throw notLoaded("numberFormat");
  }

  merge(across = false): void {
    this.context.enqueue("range.merge", [across], () => {
      const sheet = editable(this.resolve(), "merge");
      const box = parseBox(this.address);
      if (sheet.merges.some((m) => overlaps(parseBox(m), box)))
        throw invalid(`merge ${this.address} overlaps another merge`);
      if (this.context.book.tables.some((t) => t.sheetState === sheet && overlaps(t.box, box)))
        throw invalid(`merge ${this.address} overlaps a table`);
      sheet.merges.push(this.address);
    });
  }
}

class FakeRangeFormat extends FakeObject {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;
  readonly protection: FakeFormatProtection;

  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
    this.font = new FakeFont(context, target);
    this.fill = new FakeFill(context, target);
    this.borders = new FakeBorders(context, target);
    this.protection = new FakeFormatProtection(context, target);
  }

  private set(what: keyof FormatState, value: unknown, check?: () => void): void {
    this.context.enqueue(`format.${what}`, [value], () => {
      check?.();
      (this.target(what) as Record<string, unknown>)[what] = value;
    });
  }

  set wrapText(value: boolean) {
    this.set("wrapText", value);
  }

  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value, () => {
      if (
        ![
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed",
        ].includes(value)
      )
        throw invalid(`alignment ${value}`);
    });
  }

  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value);
  }

  set columnWidth(value: number) {
    this.set("columnWidth", value, () => {
      if (!Number.isFinite(value) || value < 0) throw invalid(`column width ${value}`);
    });
  }

  set rowHeight(value: number) {
    this.set("rowHeight", value);
  }

  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }
}

const colorCheck = (color: string) => {
  if (typeof color !== "string" || color === "") throw invalid(`colour ${String(color)}`);
};

class FakeFont extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  private set(
    key: "bold" | "italic" | "fontSize" | "fontColor" | "fontName",
    value: unknown,
    check?: () => void
  ): void {
    this.context.enqueue(`font.${key}`, [value], () => {
      check?.();
      (this.target(`font.${key}`) as Record<string, unknown>)[key] = value;
    });
  }

  set bold(value: boolean) {
    this.set("bold", value);
  }

  set italic(value: boolean) {
    this.set("italic", value);
  }

  set size(value: number) {
    this.set("fontSize", value, () => {
      if (!(value >= 1 && value <= 409)) throw invalid(`font size ${value}`);
    });
  }

  set color(value: string) {
    this.set("fontColor", value, () => colorCheck(value));
  }

  set name(value: string) {
    this.set("fontName", value);
  }
}

class FakeFill extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  set color(value: string) {
    this.context.enqueue("fill.color", [value], () => {
      colorCheck(value);
      this.target("fill").fill = value;
    });
  }
}

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

class FakeBorders extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  getItem(index: string): FakeBorder {
    if (!BORDER_INDEXES.includes(index)) throw invalid(`border index ${index}`);
    return new FakeBorder(this.context, () => {
      const f = this.target("borders");
      f.borders ??= {};
      f.borders[index] ??= {};
      return f.borders[index];
    });
  }
}

class FakeBorder extends FakeObject {
  constructor(
    context: Context,
    private readonly target: () => BorderState
  ) {
    super(context);
  }

  set style(value: string) {
    this.context.enqueue("border.style", [value], () => {
      if (
        ![
          "None",
          "Continuous",
          "Dash",
          "DashDot",
          "DashDotDot",
          "Dot",
          "Double",
          "SlantDashDot",
        ].includes(value)
      )
        throw invalid(`border style ${value}`);
      this.target().style = value;
    });
  }

  set weight(value: string) {
    this.context.enqueue("border.weight", [value], () => {
      if (!["Hairline", "Thin", "Medium", "Thick"].includes(value))
        throw invalid(`border weight ${value}`);
      this.target().weight = value;
    });
  }

  set color(value: string) {
    this.context.enqueue("border.color", [value], () => {
      this.target().color = value;
    });
  }
}

class FakeFormatProtection extends FakeObject {
  constructor(
    context: Context,
    private readonly target: (what: string) => FormatState
  ) {
    super(context);
  }

  set locked(value: boolean) {
    this.context.enqueue("protection.locked", [value], () => {
      this.target("locked").locked = value;
    });
  }

  get locked(): boolean {
    throw notLoaded("locked");
  }
}

const VALIDATION_KINDS = ["list", "decimal", "wholeNumber", "textLength", "date", "time", "custom"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function checkRule(rule: Record<string, unknown>): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1 || !VALIDATION_KINDS.includes(kinds[0] ?? ""))
    throw invalid(`data-validation rule ${JSON.stringify(rule)}`);
  const kind = kinds[0] ?? "";
  const body = rule[kind] as Record<string, unknown>;
  if (kind === "list") {
    if (typeof body.source !== "string" || body.source === "") throw invalid("list source");
  } else if (kind === "decimal" || kind === "wholeNumber" || kind === "textLength") {
    if (!OPERATORS.includes(String(body.operator)))
      throw invalid(`operator ${String(body.operator)}`);
    if (body.formula1 === undefined) throw invalid("formula1");
    if (
      (body.operator === "Between" || body.operator === "NotBetween") &&
      body.formula2 === undefined
    )
      throw invalid("formula2");
  }
}

class FakeDataValidation extends FakeObject {
  constructor(
    context: Context,
    private readonly target: () => ValidationState
  ) {
    super(context);
  }

  set rule(rule: Record<string, unknown>) {
    this.context.enqueue("dataValidation.rule", [rule], () => {
      checkRule(rule);
      this.target().rule = rule;
    });
  }

  set prompt(prompt: Record<string, unknown>) {
    this.context.enqueue("dataValidation.prompt", [prompt], () => {
      if (String(prompt.title ?? "").length > 32 || String(prompt.message ?? "").length > 255)
        throw invalid("prompt too long");
      this.target().prompt = prompt;
    });
  }

  set errorAlert(alert: Record<string, unknown>) {
    this.context.enqueue("dataValidation.errorAlert", [alert], () => {
      if (String(alert.title ?? "").length > 32 || String(alert.message ?? "").length > 225)
        throw invalid("error alert too long");
      if (
        alert.style !== undefined &&
        !["Stop", "Warning", "Information"].includes(String(alert.style))
      )
        throw invalid(`alert style ${String(alert.style)}`);
      this.target().errorAlert = alert;
    });
  }

  set ignoreBlanks(value: boolean) {
    this.context.enqueue("dataValidation.ignoreBlanks", [value], () => {
      this.target().ignoreBlanks = value;
    });
  }

  get rule(): Record<string, unknown> {
    throw notLoaded("rule");
  }

  clear(): void {
    this.context.enqueue("dataValidation.clear", [], () => {
      const v = this.target();
      delete v.rule;
      delete v.prompt;
      delete v.errorAlert;
    });
  }
}

class FakeConditionalFormatCollection extends FakeObject {
  constructor(
    context: Context,
    private readonly range: FakeRange
  ) {
    super(context);
  }

  add(type: string): FakeConditionalFormat {
    let state: ConditionalFormatState | null = null;
    const cf = new FakeConditionalFormat(this.context, type, () => {
      if (!state) throw new FakeOfficeError("ItemNotFound", "conditional format not added");
      return state;
    });
    this.context.enqueue("conditionalFormats.add", [type], () => {
      const sheet = editable(this.range.resolve(), "conditionalFormats");
      parseBox(this.range.address);
      if (
        ![
          "Custom",
          "DataBar",
          "ColorScale",
          "IconSet",
          "TopBottom",
          "PresetCriteria",
          "ContainsText",
          "CellValue",
        ].includes(type)
      )
        throw invalid(`conditional format type ${type}`);
      state = { address: this.range.address, type };
      sheet.conditionalFormats.push(state);
    });
    return cf;
  }
}

class FakeConditionalFormat extends FakeObject {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };

  constructor(context: Context, type: string, target: () => ConditionalFormatState) {
    super(context);
    const ctx = context;
    const needCustom = () => {
      if (type !== "Custom")
        throw new FakeOfficeError(
          "InvalidOperation",
          "custom is only for Custom conditional formats"
        );
    };
    this.custom = {
      rule: {
        set formula(value: string) {
          ctx.enqueue("conditionalFormat.custom.rule.formula", [value], () => {
            needCustom();
            if (!value.startsWith("=")) throw invalid(`conditional-format formula ${value}`);
            if (
              /[\p{L}\p{N}_.\]]\[|^\[|[^\p{L}\p{N}_.]\[/u.test(value.replace(/"(?:[^"]|"")*"/g, ""))
            ) {
              throw invalid("structured references are not allowed in conditional formats");
            }
            ctx.book.checkReferences(value, null);
            target().formula = value;
          });
        },
        get formula(): string {
          throw notLoaded("formula");
        },
      },
      format: {
        fill: {
          set color(value: string) {
            ctx.enqueue("conditionalFormat.custom.format.fill.color", [value], () => {
              needCustom();
              colorCheck(value);
              target().fill = value;
            });
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
        font: {
          set color(value: string) {
            ctx.enqueue("conditionalFormat.custom.format.font.color", [value], () => {
              needCustom();
              colorCheck(value);
              target().fontColor = value;
            });
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
      },
    };
  }
}

class FakeTableCollection extends FakeObject {
  private snapshot: FakeTable[] | null = null;

  constructor(
    context: Context,
    private readonly sheet: (() => SheetState) | null
  ) {
    super(context);
  }

  get items(): FakeTable[] {
    if (!this.snapshot) throw notLoaded("items");
    return this.snapshot;
  }

  load(properties?: unknown): this {
    const props = FakeObject.props(properties);
    this.context.enqueue("tables.load", [props], () => {
      const all = this.context.book.tables.filter(
        (t) => !this.sheet || t.sheetState === this.sheet()
      );
      this.snapshot = all.map((record) => FakeTable.loadedFrom(this.context, record, props));
      this.loaded.add("items");
    });
    return this;
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let record: TableRecord | null = null;
    const table = new FakeTable(this.context, () => {
      if (!record) throw new FakeOfficeError("ItemNotFound", "table not added");
      return record;
    });
    const label = typeof address === "string" ? address : address.address;
    this.context.enqueue("tables.add", [label, hasHeaders], () => {
      const book = this.context.book;
      let sheet: SheetState;
      let local: string;
      if (typeof address === "string") {
        const split = splitQualified(address);
        local = split.local;
        if (split.sheet !== null) sheet = book.sheetOrThrow(split.sheet);
        else if (this.sheet) sheet = this.sheet();
        else if (book.active) sheet = book.active;
        else throw new FakeOfficeError("ItemNotFound", "no active sheet");
      } else {
        sheet = address.resolve();
        local = address.address;
      }
      editable(sheet, "tables.add");
      const box = parseBox(local);
      if (!box.bounded) throw invalid(`table range ${local}`);
      if (book.tables.some((t) => t.sheetState === sheet && overlaps(t.box, box)))
        throw invalid(`table ${local} overlaps another table`);
      if (sheet.merges.some((m) => overlaps(parseBox(m), box)))
        throw invalid(`table ${local} overlaps merged cells`);
      const headers: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const cell = hasHeaders ? sheet.cells.get(cellKey(box.top, c)) : undefined;
        const text = cell && cell.kind !== "formula" ? String(cell.value) : "";
        headers.push(
          text === "" || headers.some((h) => upper(h) === upper(text))
            ? `Column${c - box.left + 1}`
            : text
        );
      }
      record = {
        name: book.defaultTableName(),
        sheetState: sheet,
        address: local,
        box,
        hasHeaders,
        headers,
      };
      book.tables.push(record);
    });
    return table;
  }
}

class FakeTable extends FakeObject {
  private loadedName = "";

  constructor(
    context: Context,
    private readonly resolve: () => TableRecord
  ) {
    super(context);
  }

  static loadedFrom(context: Context, record: TableRecord, props: readonly string[]): FakeTable {
    const table = new FakeTable(context, () => record);
    if (props.some((p) => p === "$all" || p === "items" || /(^|\/)name$/.test(p))) {
      table.loadedName = record.name;
      table.loaded.add("name");
    }
    return table;
  }

  get name(): string {
    this.need("name");
    return this.loadedName;
  }

  set name(value: string) {
    this.context.enqueue("table.name", [value], () => {
      const record = this.resolve();
      if (upper(record.name) === upper(value)) return;
      this.context.book.checkIdentifier(value);
      record.name = value;
    });
  }

  set style(value: string) {
    this.context.enqueue("table.style", [value], () => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(value)) throw invalid(`table style ${value}`);
      this.resolve().style = value;
    });
  }

  get style(): string {
    throw notLoaded("style");
  }
}

class FakeNamedItemCollection extends FakeObject {
  private snapshot: FakeNamedItem[] | null = null;

  get items(): FakeNamedItem[] {
    if (!this.snapshot) throw notLoaded("items");
    return this.snapshot;
  }

  load(properties?: unknown): this {
    const props = FakeObject.props(properties);
    this.context.enqueue("names.load", [props], () => {
      this.snapshot = this.context.book.names.map(
        (state) => new FakeNamedItem(this.context, state, props)
      );
      this.loaded.add("items");
    });
    return this;
  }

  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    const label = typeof reference === "string" ? reference : reference.address;
    this.context.enqueue(
      "names.add",
      comment === undefined ? [name, label] : [name, label, comment],
      () => {
        const book = this.context.book;
        book.checkIdentifier(name);
        let text: string;
        if (typeof reference === "string") {
          if (!reference.startsWith("=")) throw invalid(`name reference ${reference}`);
          book.checkReferences(reference, null);
          text = reference;
        } else {
          text = `='${reference.resolve().name.replace(/'/g, "''")}'!${reference.address}`;
        }
        if (comment !== undefined && comment.length > 255) throw invalid("comment too long");
        book.names.push(
          comment === undefined ? { name, reference: text } : { name, reference: text, comment }
        );
      }
    );
    return new FakeNamedItem(this.context, null, []);
  }
}

class FakeNamedItem extends FakeObject {
  private readonly loadedName: string = "";

  constructor(context: Context, state: NameState | null, props: readonly string[]) {
    super(context);
    if (state && props.some((p) => p === "$all" || p === "items" || /(^|\/)name$/.test(p))) {
      this.loadedName = state.name;
      this.loaded.add("name");
    }
  }

  get name(): string {
    this.need("name");
    return this.loadedName;
  }
}

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

function snapshot(sheet: SheetState): SheetSnapshot {
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
