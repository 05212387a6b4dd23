/** The workbook behind the proxies: sheets, tables and names, and Excel's refusals on them. */
import { overlaps } from "./addresses";
import { FakeOfficeError, invalid } from "./errors";
import { type CellState, type NameState, type SheetState, type TableRecord } from "./state";

export const upper = (s: string) => s.toUpperCase();

export class Book {
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
export function coerce(input: unknown): CellState | null {
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
