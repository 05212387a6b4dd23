/**
 * A small mutable helper the builders use to assemble a SheetLayout row by row, then freeze it with toLayout().
 * Rows and columns are 1-based here, as in Excel.
 */
import type {
  CellContent,
  ConditionalFormat,
  NameSpec,
  RangeFormat,
  SheetLayout,
  TableSpec,
  Validation,
} from "./layout";
import { columnLetters } from "./addresses";
import { COLORS } from "./builders/styles";
import { sanitizeSheetName } from "./resolve-names";

export const cellAddress = (row: number, column: number): string =>
  `${columnLetters(column)}${row}`;
export const absolute = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
export const rangeAddress = (
  row: number,
  column: number,
  lastRow: number,
  lastColumn: number
): string => `${cellAddress(row, column)}:${cellAddress(lastRow, lastColumn)}`;

export const formula = (text: string): CellContent => ({
  formula: text.startsWith("=") ? text : `=${text}`,
});

/** A text literal as an Excel formula string literal: "" escapes a quote. */
export const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export class SheetGrid {
  private readonly rows: CellContent[][] = [];
  private width: number;
  readonly formats: RangeFormat[] = [];
  readonly merges: string[] = [];
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly tables: TableSpec[] = [];
  readonly names: NameSpec[] = [];
  readonly unlocked: string[] = [];
  /** The sheet name as Excel accepts it: ≤ 31 UTF-16 units cut between whole characters (sanitizeSheetName). */
  readonly name: string;

  /** @param name the desired sheet name, however long: it is cut here, never by the builders (slice can split an emoji). */
  constructor(
    readonly key: string,
    name: string,
    readonly columnWidths: readonly number[]
  ) {
    this.name = sanitizeSheetName(name);
    this.width = columnWidths.length;
  }

  /** The next row number that `addRow` will fill. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Appends a row (shorter rows are padded) and returns its row number. */
  addRow(cells: readonly CellContent[] = []): number {
    this.width = Math.max(this.width, cells.length);
    this.rows.push([...cells]);
    return this.rows.length;
  }

  set(row: number, column: number, content: CellContent): void {
    while (this.rows.length < row) this.rows.push([]);
    const target = this.rows[row - 1] as CellContent[];
    while (target.length < column) target.push(null);
    target[column - 1] = content;
    this.width = Math.max(this.width, column);
  }

  format(format: RangeFormat): void {
    this.formats.push(format);
  }

  /** The sheet's title in A1, in the title style every built sheet shares. */
  title(text: CellContent): void {
    this.set(1, 1, text);
    this.format({ range: "A1", bold: true, fontSize: 14, fontColor: COLORS.title });
  }

  /**
   * A section heading (「■ 基本情報」) in column A, in the section style: at `row`, or on a new row appended when no
   * row is given. Returns its row.
   */
  section(text: CellContent, row?: number): number {
    const at = row ?? this.addRow([text]);
    if (row !== undefined) this.set(row, 1, text);
    this.format({ range: cellAddress(at, 1), bold: true, fontColor: COLORS.section });
    return at;
  }

  toLayout(
    extra: Pick<SheetLayout, "freeze" | "tabColor"> & { protect?: boolean } = {}
  ): SheetLayout {
    const cells = this.rows.map((row) => [
      ...row,
      ...Array<CellContent>(this.width - row.length).fill(null),
    ]);
    return {
      key: this.key,
      name: this.name,
      cells,
      columnWidths: this.columnWidths,
      formats: this.formats,
      merges: this.merges,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      tables: this.tables,
      names: this.names,
      ...(extra.protect ? { protection: { unlockedRanges: this.unlocked } } : {}),
      ...(extra.freeze ? { freeze: extra.freeze } : {}),
      ...(extra.tabColor ? { tabColor: extra.tabColor } : {}),
    };
  }
}
