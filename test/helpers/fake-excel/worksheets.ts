/** Worksheet proxies: the collection, one sheet, its protection and freeze panes. */
import { parseBox } from "./addresses";
import { upper } from "./book";
import { Context } from "./context";
import { FakeOfficeError, invalid, notLoaded } from "./errors";
import { FakeObject } from "./proxy";
import { FakeRange } from "./range";
import { type SheetState } from "./state";
import { FakeTableCollection } from "./tables";

export class FakeWorksheetCollection extends FakeObject {
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

export class FakeWorksheet extends FakeObject {
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
