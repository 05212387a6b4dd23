/** Table proxies: the collection (workbook or sheet) and one table. */
import { cellKey, overlaps, parseBox, splitQualified } from "./addresses";
import { upper } from "./book";
import { Context } from "./context";
import { FakeOfficeError, invalid, notLoaded } from "./errors";
import { FakeObject } from "./proxy";
import { FakeRange, editable } from "./range";
import { type SheetState, type TableRecord } from "./state";

export class FakeTableCollection extends FakeObject {
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
