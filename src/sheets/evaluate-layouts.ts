/**
 * The values a set of layouts shows once written, computed without Excel: for the pane's preview, which must show a
 * plan's sentence or a total, not formula text. Excel's functions are evaluated by fast-formula-parser (MIT; the
 * test oracle HyperFormula is GPL and stays out of the add-in), GHG.* by the same core the custom functions call.
 * Defined names are inlined as the writer does without ExcelApi 1.4, so every formula reads plain references.
 */
import FormulaParser, {
  FormulaError,
  type CellRef,
  type Param,
  type RangeRef,
} from "fast-formula-parser";
import { CALC_FUNCTIONS, isCalcError } from "../core";
import type { CellContent, SheetLayout } from "./layout";
import { EXCEL_FUNCTIONS } from "./excel-functions";
import "./excel-operators";
import { inlineNames, planNames, resolveLayouts } from "./resolve-names";

/** A computed cell: a value as Excel shows it, or an error with the message Excel's cell card would show. */
export type ComputedValue =
  number | string | boolean | null | { readonly error: string; readonly message?: string };

/** Computed values per layout key, row by row as the layout's cells. */
export type ComputedLayouts = ReadonlyMap<string, readonly (readonly ComputedValue[])[]>;

/** Reading a formula whose cell is being computed: a circular reference (Excel warns and shows 0). */
const CIRCULAR = { error: "#REF!", message: "circular reference" } as const;

/** A GHG argument as the core expects it: a blank cell is null, as Excel on the web passes it. */
const argument = (param: Param): unknown =>
  param.value === undefined || param.value === ""
    ? param.isCellRef
      ? null
      : (param.value ?? null)
    : param.value;

const ghgFunctions = Object.fromEntries(
  CALC_FUNCTIONS.map((fn) => [
    `GHG.${fn.name}`,
    (...params: Param[]) => {
      // Excel does not call a custom function with an error argument: the error is the result.
      const error = params.find((p) => p.value instanceof FormulaError);
      if (error) return error.value;
      const result = fn.call(params.map(argument));
      return isCalcError(result) ? new FormulaError(result.code, result.message.ja) : result;
    },
  ])
);

/** Computes every formula cell of `layouts` as written into an empty workbook. */
export function evaluateLayouts(layouts: readonly SheetLayout[]): ComputedLayouts {
  const plan = planNames(layouts, { sheets: [], tables: [], names: [] });
  const resolved = resolveLayouts(layouts, inlineNames(layouts, plan));
  const sheets = new Map(resolved.map((layout) => [layout.name, layout]));
  const computed = new Map<string, ComputedValue | typeof PENDING>();

  // A parser is not re-entrant: reading a formula cell while another is being parsed takes the next one down.
  const parsers: FormulaParser[] = [];
  let depth = 0;
  const parserAt = (level: number) =>
    (parsers[level] ??= guarded(
      new FormulaParser({
        onCell: (ref) => valueOf(ref),
        onRange: (ref) => rangeOf(ref),
        functions: { ...EXCEL_FUNCTIONS, ...ghgFunctions },
      })
    ));

  function rangeOf(ref: RangeRef): unknown[][] {
    const layout = sheets.get(ref.sheet ?? "");
    const lastRow = Math.min(ref.to.row, layout?.cells.length ?? 0);
    const rows: unknown[][] = [];
    for (let row = ref.from.row; row <= lastRow; row++) {
      const width = Math.min(ref.to.col, layout?.cells[row - 1]?.length ?? 0);
      const values: unknown[] = [];
      for (let col = ref.from.col; col <= width; col++)
        values.push(valueOf({ sheet: ref.sheet, row, col }));
      rows.push(values);
    }
    return rows.length > 0 ? rows : [[null]];
  }

  function valueOf(ref: CellRef): unknown {
    const shown = compute(ref.sheet ?? "", ref.row, ref.col);
    return typeof shown === "object" && shown !== null
      ? new FormulaError(shown.error, shown.message)
      : shown;
  }

  function compute(sheet: string, row: number, col: number): ComputedValue {
    const cell: CellContent | undefined = sheets.get(sheet)?.cells[row - 1]?.[col - 1];
    if (typeof cell !== "object" || cell === null) return cell ?? null;
    const key = `${sheet}\u0000${row}\u0000${col}`;
    const known = computed.get(key);
    if (known === PENDING) return CIRCULAR;
    if (known !== undefined) return known;
    computed.set(key, PENDING);
    const value = shown(parse(cell.formula, { sheet, row, col }));
    computed.set(key, value);
    return value;
  }

  function parse(formula: string, position: CellRef): unknown {
    const parser = parserAt(depth);
    depth += 1;
    try {
      return parser.parse(formula.replace(/^=/, ""), position);
    } catch (error) {
      // The parser throws on syntax it does not know; the preview shows that, it does not fail.
      return error instanceof FormulaError ? error : new FormulaError("#NAME?", String(error));
    } finally {
      depth -= 1;
    }
  }

  return new Map(
    resolved.map((layout, index) => [
      layouts[index]!.key,
      layout.cells.map((cells, r) => cells.map((_, c) => compute(layout.name, r + 1, c + 1))),
    ])
  );
}

const PENDING = Symbol("pending");

/**
 * Every function of `parser` answers a failure with #VALUE! instead of throwing, and IF takes omitted branches: the parser evaluates IF's branches
 * before IF chooses, so a throw in the branch Excel never computes would fail the whole formula.
 */
function guarded(parser: FormulaParser): FormulaParser {
  // IF (given raw arguments, the parser's context first) refuses an omitted branch; Excel reads `IF(x,,y)` as 0.
  const excelIf = parser.functions.IF!;
  parser.functions.IF = (context, test, whenTrue, whenFalse, ...rest) =>
    excelIf(context, test, whenTrue ?? 0, whenFalse === null ? 0 : whenFalse, ...rest);
  for (const [name, fn] of Object.entries(parser.functions)) {
    parser.functions[name] = (...args: unknown[]) => {
      try {
        return fn(...args);
      } catch (error) {
        if (error instanceof FormulaError) throw error;
        return new FormulaError("#VALUE!", error instanceof Error ? error.message : String(error));
      }
    };
  }
  return parser;
}

/** A parser result as a cell shows it. */
function shown(value: unknown): ComputedValue {
  if (value instanceof FormulaError) {
    return value.message && value.message !== value.error
      ? { error: value.error, message: value.message }
      : { error: value.error };
  }
  if (Array.isArray(value)) return shown(value[0]?.[0] ?? null);
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  return value === null || value === undefined ? 0 : String(value);
}
