/**
 * Excel functions the built sheets use that fast-formula-parser 1.0 lacks (MAX, MIN, COUNTA, LEN, UPPER, VALUE,
 * SUBSTITUTE, MATCH, SUMIFS, COUNTIFS) or computes unlike Excel (SUM, AND and OR skip errors; EDATE overflows Jan 31
 * + 1 month into March; COUNTIF throws on a
 * blank criterion, which would fail even an IF branch not taken), with Excel's rules as far as the sheets rely on them: an error in an argument
 * a function reads is the result; empty cells are skipped by MAX/MIN/COUNTA; criteria are a value or a text with a
 * comparison (">0", "<>x") and the wildcards * and ?, compared without regard to case.
 */
import { FormulaError, type Param } from "fast-formula-parser";
import { addMonths } from "./excel-dates";

type Value = unknown;

/** Every value of an argument, a range's row by row. */
const valuesOf = (param: Param): Value[] =>
  Array.isArray(param.value) ? (param.value as Value[][]).flat() : [param.value];

const firstError = (values: readonly Value[]) => values.find((v) => v instanceof FormulaError);

const scalar = (param: Param | undefined): Value => (param ? valuesOf(param)[0] : undefined);

function text(value: Value): string {
  if (value instanceof FormulaError) throw value;
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function number(value: Value): number {
  if (value instanceof FormulaError) throw value;
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = typeof value === "number" ? value : Number(String(value).trim());
  if (!Number.isFinite(n)) throw FormulaError.VALUE;
  return n;
}

function extreme(pick: (a: number, b: number) => number, params: Param[]): number {
  const values = params.flatMap(valuesOf);
  const error = firstError(values);
  if (error) throw error;
  const numbers = values.filter((v): v is number => typeof v === "number");
  return numbers.length === 0 ? 0 : numbers.reduce((a, b) => pick(a, b));
}

/** A criterion of SUMIFS/COUNTIFS as a test of one cell's value. */
function criterion(raw: Value): (value: Value) => boolean {
  if (raw instanceof FormulaError) throw raw;
  if (typeof raw === "number" || typeof raw === "boolean") return (v) => v === raw;
  const [, op = "", operand = ""] = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text(raw)) ?? [];
  const target =
    operand === "" ? null : Number.isFinite(Number(operand)) ? Number(operand) : operand;
  if (typeof target === "number" && op !== "" && op !== "=" && op !== "<>") {
    const compare = {
      "<": (a: number) => a < target,
      ">": (a: number) => a > target,
      "<=": (a: number) => a <= target,
      ">=": (a: number) => a >= target,
    }[op]!;
    return (v) => typeof v === "number" && compare(v);
  }
  const equals = (v: Value) => {
    if (target === null) return v === null || v === undefined || v === "";
    if (typeof target === "number") return v === target;
    const pattern = new RegExp(
      `^${target
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".")}$`,
      "isu"
    );
    return typeof v === "string" && pattern.test(v);
  };
  return op === "<>" ? (v) => !equals(v) : equals;
}

/** The rows of SUMIFS/COUNTIFS that meet every (range, criterion) pair. */
function matching(pairs: Param[]): boolean[] {
  const tests: { values: Value[]; test: (v: Value) => boolean }[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    tests.push({ values: valuesOf(pairs[i]!), test: criterion(scalar(pairs[i + 1])) });
  }
  const size = tests[0]?.values.length ?? 0;
  if (tests.some((t) => t.values.length !== size)) throw FormulaError.VALUE;
  return Array.from({ length: size }, (_, row) => tests.every((t) => t.test(t.values[row])));
}

/** SUM: numbers in ranges (text and blanks skipped), typed arguments as numbers; any error is the result. */
function sum(params: Param[]): number {
  let total = 0;
  for (const param of params) {
    const fromCells = param.isRangeRef || param.isCellRef || param.isArray;
    for (const v of valuesOf(param)) {
      if (v instanceof FormulaError) throw v;
      if (typeof v === "number") total += v;
      else if (!fromCells) total += number(v);
    }
  }
  return total;
}

/** AND/OR: every argument is read (an error anywhere is the result, even after a FALSE); blanks and text skipped. */
function logical(params: Param[], all: boolean): boolean {
  const values = params.flatMap(valuesOf);
  const error = firstError(values);
  if (error) throw error;
  const truths = values.filter((v) => typeof v === "boolean" || typeof v === "number").map(Boolean);
  if (truths.length === 0) throw FormulaError.VALUE;
  return all ? truths.every(Boolean) : truths.some(Boolean);
}

/** EDATE: Excel's serials before 1900-03-01 (the fictitious 1900-02-29) are not needed and refused. */
function edate(start: number, months: number): number {
  if (start < 61) throw FormulaError.NUM;
  return addMonths(Math.floor(start), Math.trunc(months));
}

export const EXCEL_FUNCTIONS: Record<string, (...params: Param[]) => unknown> = {
  EDATE: (start, months) => edate(number(scalar(start)), number(scalar(months))),
  AND: (...params) => logical(params, true),
  OR: (...params) => logical(params, false),
  SUM: (...params) => sum(params),
  MAX: (...params) => extreme(Math.max, params),
  MIN: (...params) => extreme(Math.min, params),
  COUNTA: (...params) =>
    params.flatMap(valuesOf).filter((v) => v !== null && v !== undefined && v !== "").length +
    params.filter((p) => !p.isRangeRef && !p.isCellRef && scalar(p) === "").length,
  LEN: (param) => [...text(scalar(param))].length,
  UPPER: (param) => text(scalar(param)).toUpperCase(),
  VALUE: (param) => number(scalar(param)),
  SUBSTITUTE: (value, from, to, instance) => {
    const [source, old, replacement] = [text(scalar(value)), text(scalar(from)), text(scalar(to))];
    if (old === "") return source;
    if (instance === undefined) return source.split(old).join(replacement);
    const nth = number(scalar(instance));
    const parts = source.split(old);
    if (nth < 1 || nth >= parts.length) return source;
    return parts.slice(0, nth).join(old) + replacement + parts.slice(nth).join(old);
  },
  MATCH: (lookup, range, type) => {
    const wanted = scalar(lookup);
    if (wanted instanceof FormulaError) throw wanted;
    const values = valuesOf(range!);
    const kind = type === undefined ? 1 : number(scalar(type));
    if (kind === 0) {
      const test = criterion(typeof wanted === "string" ? `=${wanted}` : wanted);
      const index = values.findIndex(test);
      if (index < 0) throw FormulaError.NA;
      return index + 1;
    }
    // Sorted ascending (1) or descending (-1): the last position not past the value.
    let found = -1;
    values.forEach((v, i) => {
      if (typeof v !== typeof wanted) return;
      const before =
        kind > 0
          ? (v as number | string) <= (wanted as number | string)
          : (v as number | string) >= (wanted as number | string);
      if (before) found = i;
    });
    if (found < 0) throw FormulaError.NA;
    return found + 1;
  },
  SUMIFS: (sum, ...pairs) => {
    const values = valuesOf(sum!);
    const rows = matching(pairs);
    if (rows.length !== values.length) throw FormulaError.VALUE;
    return rows.reduce((total, hit, i) => {
      if (!hit) return total;
      const v = values[i];
      if (v instanceof FormulaError) throw v;
      return typeof v === "number" ? total + v : total;
    }, 0);
  },
  COUNTIFS: (...pairs) => matching(pairs).filter(Boolean).length,
  COUNTIF: (range, test) => matching([range!, test!]).filter(Boolean).length,
};
