/** What the fake workbook holds, as plain records the proxies change and the snapshots read. */
import { type Box } from "./addresses";

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

export interface SheetState {
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

export interface TableRecord extends Omit<TableState, "sheet"> {
  readonly sheetState: SheetState;
  readonly box: Box;
}
