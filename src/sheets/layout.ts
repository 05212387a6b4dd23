/**
 * A worksheet as data: what the writer renders through the Excel API, what the pane previews as a table and
 * what tests assert — without Excel. Addresses are A1-style and local to the sheet. Formulas use Excel's
 * invariant (English) syntax, so they work whatever language the user's Excel runs in.
 *
 * Cross-references between sheets built together use placeholders, because a sheet may be renamed on a
 * name clash when it is written: `{{sheet:KEY}}` becomes the quoted name of the layout with that key
 * (`'調査票 (2)'`), `{{table:KEY}}` and `{{name:KEY}}` the final table / defined name. See resolve-names.ts.
 */

/**
 * A cell: a literal, a formula (`{ formula: "=SUM(A1:A3)" }`, always with the leading "="), or empty.
 * A literal text is always written as text, even one that starts with "=" (the writer escapes it).
 */
export type CellContent = null | string | number | boolean | { readonly formula: string };

export type HorizontalAlignment = "Left" | "Center" | "Right";
export type VerticalAlignment = "Top" | "Center" | "Bottom";

export interface RangeFormat {
  readonly range: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  /** Fill colour, #RRGGBB. */
  readonly fill?: string;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  /** Thin borders on every edge of every cell of the range. */
  readonly border?: boolean;
}

export type ValidationRule =
  | { readonly kind: "list"; readonly choices: readonly string[] }
  | { readonly kind: "decimal"; readonly min: number; readonly max?: number }
  | { readonly kind: "whole"; readonly min: number; readonly max?: number };

export interface Validation {
  readonly range: string;
  readonly rule: ValidationRule;
  /** Shown when the cell is selected (Excel's input message). Japanese first. */
  readonly prompt?: { readonly title: string; readonly message: string };
  /** Shown when a value breaks the rule. */
  readonly error?: { readonly title: string; readonly message: string };
}

export interface ConditionalFormat {
  readonly range: string;
  /** A formula relative to the range's top-left cell that is TRUE where the format applies, e.g. `=AND(E5="◎",F5="")`. */
  readonly formula: string;
  readonly fill?: string;
  readonly fontColor?: string;
}

export interface TableSpec {
  readonly key: string;
  /** Desired name (Excel rules: starts with a letter or _, no spaces); made unique by the writer. */
  readonly name: string;
  /** Header row included, e.g. "A10:H25". */
  readonly range: string;
  readonly style?: string;
}

export interface NameSpec {
  readonly key: string;
  readonly name: string;
  /** A local address ("C5") — qualified with the sheet when written — or a formula starting with "=". */
  readonly refersTo: string;
  readonly comment?: string;
}

export interface SheetLayout {
  /** Stable id used by `{{sheet:KEY}}` placeholders, e.g. "boundary". */
  readonly key: string;
  /** Desired sheet name (≤ 31 characters, none of \ / ? * [ ] :); a clash gets " (2)", " (3)" … */
  readonly name: string;
  /** The whole block from A1, rows × columns, rectangular. Written in one call. */
  readonly cells: readonly (readonly CellContent[])[];
  /** Column widths in characters of the default font, from column A. */
  readonly columnWidths: readonly number[];
  readonly formats: readonly RangeFormat[];
  readonly merges: readonly string[];
  readonly validations: readonly Validation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly tables: readonly TableSpec[];
  readonly names: readonly NameSpec[];
  /** When set, the sheet is protected and only these ranges stay editable. */
  readonly protection?: { readonly unlockedRanges: readonly string[] };
  readonly freeze?: { readonly rows: number; readonly columns?: number };
  readonly tabColor?: string;
}
