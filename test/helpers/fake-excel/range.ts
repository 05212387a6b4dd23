/** The range proxy: values, formulas, merges and the sub-objects hung off a range. */
import { fromR1C1 } from "../../../src/sheets/r1c1";
import { cellKey, overlaps, parseBox } from "./addresses";
import { coerce } from "./book";
import { Context } from "./context";
import { FakeOfficeError, invalid, notLoaded } from "./errors";
import { FakeRangeFormat } from "./formats";
import { FakeObject } from "./proxy";
import { type SheetState } from "./state";
import { FakeConditionalFormatCollection, FakeDataValidation } from "./validations";

/** Range mutations refuse a protected sheet, like Excel does for locked cells and formatting. */
export function editable(sheet: SheetState, what: string): SheetState {
  if (sheet.protection.protected)
    throw new FakeOfficeError("AccessDenied", `The sheet "${sheet.name}" is protected. (${what})`);
  return sheet;
}

export class FakeRange extends FakeObject {
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
