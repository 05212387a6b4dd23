/** The part of fast-formula-parser (MIT, no bundled types) the preview evaluator uses. */
declare module "fast-formula-parser" {
  export interface CellRef {
    readonly sheet?: string;
    readonly row: number;
    readonly col: number;
  }
  export interface RangeRef {
    readonly sheet?: string;
    readonly from: { readonly row: number; readonly col: number };
    readonly to: { readonly row: number; readonly col: number };
  }
  /** An argument as a custom function receives it. */
  export interface Param {
    readonly value: unknown;
    readonly isArray?: boolean;
    readonly isRangeRef?: boolean;
    readonly isCellRef?: boolean;
    /** An argument left out between commas (`IF(x,,y)`). */
    readonly omitted?: boolean;
  }
  export class FormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    static readonly VALUE: FormulaError;
    static readonly REF: FormulaError;
    static readonly NA: FormulaError;
    static readonly NUM: FormulaError;
  }
  export interface ParserOptions {
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    functions?: Record<string, (...params: Param[]) => unknown>;
  }
  export default class FormulaParser {
    constructor(options: ParserOptions);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
    /** Built-in and given functions by name (read once by evaluate-layouts.ts to guard them). */
    functions: Record<string, (...args: unknown[]) => unknown>;
  }
}

/** Its operators, corrected by excel-operators.ts where they differ from Excel. */
declare module "fast-formula-parser/formulas/operators" {
  export const Prefix: {
    unaryOp: (prefixes: readonly string[], value: unknown, isArray: boolean) => unknown;
  };
  export const Infix: {
    compareOp: (
      value1: unknown,
      infix: string,
      value2: unknown,
      isArray1: boolean,
      isArray2: boolean
    ) => boolean;
  };
}
