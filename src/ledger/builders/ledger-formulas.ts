/**
 * The formula pieces and cell formats the クレジット管理台帳's tables share: serials normalized and parsed as
 * src/ledger/serials.ts does, the 状況 cells with their ✖/△ words (ISSUE_WORDS), dates, headers and column fills.
 */
import { ISSUE_WORDS, type LedgerIssueCode } from "../issues";
import { excelDate } from "../../sheets/excel-dates";
import { SERIAL_SUBSTITUTIONS } from "../serials";
import { cellAddress, formula, quote, rangeAddress, type SheetGrid } from "../../sheets/grid";
import type { CellContent } from "../../sheets/layout";
import { COLORS } from "../../sheets/builders/styles";

const ERROR_FILL = COLORS.must;
const ERROR_FONT = "#9C0006";
const WARNING_FILL = COLORS.should;
const WARNING_FONT = "#7F6000";
const HELPER_FONT = "#808080";

/** The typed serial normalized as serials.ts does: UPPER, then one SUBSTITUTE per SERIAL_SUBSTITUTIONS pair. */
function normalizeFormula(ref: string): string {
  return SERIAL_SUBSTITUTIONS.reduce(
    (expr, [from, to]) => `SUBSTITUTE(${expr},${quote(from)},${quote(to)})`,
    `UPPER(${ref})`
  );
}

/** Position of the last "-" in a normalized serial (an error when there is none). */
const lastHyphen = (n: string) =>
  `FIND("|",SUBSTITUTE(${n},"-","|",LEN(${n})-LEN(SUBSTITUTE(${n},"-",""))))`;

/** Blocks before the last "-"; "" for a serial that does not parse (no hyphen, empty block at the start or inside). */
const prefixFormula = (n: string) =>
  `IFERROR(IF(AND(LEFT(${n},1)<>"-",ISERROR(FIND("--",${n}))),LEFT(${n},${lastHyphen(n)}-1),""),"")`;

/** The last block as a number when it is digits only ("157", "007"); "" otherwise. */
function numberFormula(n: string): string {
  const tail = `MID(${n},${lastHyphen(n)}+1,99)`;
  return `IFERROR(IF(${lastHyphen(n)}<LEN(${n}),IF(${tail}=TEXT(--${tail},REPT("0",LEN(${tail}))),--${tail},""),""),"")`;
}

/** A status cell: "" for an empty row, else the ✖/△ words of the conditions that hold, or "OK". */
export function statusFormula(blank: string, tokens: readonly string[]): CellContent {
  return formula(`IF(${blank},"",TRIM(SUBSTITUTE("OK"&${tokens.join("&")},"OK ","",1)))`);
}

export function token(
  condition: string,
  severity: "error" | "warning",
  code: LedgerIssueCode
): string {
  return `IF(${condition},${quote(` ${severity === "error" ? "✖" : "△"}${ISSUE_WORDS[code]}`)},"")`;
}

export const mark = (severity: "error" | "warning", code: LedgerIssueCode) =>
  quote(` ${severity === "error" ? "✖" : "△"}${ISSUE_WORDS[code]}`);

export function statusFormats(grid: SheetGrid, range: string, topLeft: string): void {
  grid.conditionalFormats.push(
    { range, formula: `=ISNUMBER(FIND("✖",${topLeft}))`, fill: ERROR_FILL, fontColor: ERROR_FONT },
    {
      range,
      formula: `=AND(ISERROR(FIND("✖",${topLeft})),ISNUMBER(FIND("△",${topLeft})))`,
      fill: WARNING_FILL,
      fontColor: WARNING_FONT,
    },
    { range, formula: `=LEFT(${topLeft},2)="OK"`, fontColor: COLORS.section }
  );
}

export const dateValue = (iso: string): CellContent =>
  iso.trim() === "" ? null : (excelDate(iso) ?? iso);
export const text = (value: string): CellContent => (value === "" ? null : value);

export function dateValidation(range: string, title: string) {
  return {
    range,
    rule: { kind: "whole" as const, min: 36526, max: 73050 },
    prompt: { title, message: "日付を入力してください（例: 2012/1/20）。" },
    error: {
      title: "日付ではありません",
      message: "2000/1/1 から 2099/12/31 までの日付を入力してください。",
    },
  };
}

/** The header row of a table: each column's header at its column number. */
export function header<K extends string>(
  grid: SheetGrid,
  row: number,
  columns: Readonly<Record<K, number>>,
  headers: Readonly<Record<K, string>>
): void {
  const keys = Object.keys(columns) as K[];
  for (const key of keys) grid.set(row, columns[key], headers[key]);
  const last = Math.max(...keys.map((key) => columns[key]));
  grid.format({
    range: rangeAddress(row, 1, row, last),
    bold: true,
    fill: COLORS.header,
    wrap: true,
    horizontal: "Center",
  });
}

/** Every column of a table in rows first..last: fill input columns, grey helper columns. */
export function tableFormats(
  grid: SheetGrid,
  first: number,
  last: number,
  inputs: readonly number[],
  helpers: readonly number[],
  lastColumn: number
): void {
  grid.format({ range: rangeAddress(first, 1, last, lastColumn), border: true });
  for (const c of inputs)
    grid.format({ range: rangeAddress(first, c, last, c), fill: COLORS.input });
  for (const c of helpers)
    grid.format({
      range: rangeAddress(first, c, last, c),
      fill: COLORS.notAsked,
      fontColor: HELPER_FONT,
    });
}

/** The last serial normalized; blank means the first one (1 t); digits alone take the first one's prefix. */
function normToFormula(typed: string, normFrom: string, prefix: string): string {
  const n = normalizeFormula(typed);
  return `IF(${typed}="",${normFrom},IF(ISERROR(FIND("-",${n})),${prefix}&"-","")&${n})`;
}

/** Tonnes of a parsed range; "" when the serials do not parse, differ in prefix, or run backwards. */
function quantityFormula(prefix: string, prefixTo: string, start: string, end: string): string {
  return `IF(AND(${prefix}<>"",${prefixTo}=${prefix},ISNUMBER(${start}),ISNUMBER(${end})),IF(${end}>=${start},${end}-${start}+1,""),"")`;
}

/** The columns of a table row that hold a serial range: typed (from, to), normalized, parsed and its tonnes. */
interface SerialColumns {
  readonly serialFrom: number;
  readonly serialTo: number;
  readonly normFrom: number;
  readonly normTo: number;
  readonly prefix: number;
  readonly prefixTo: number;
  readonly start: number;
  readonly end: number;
  readonly tonnes: number;
}

/** The formulas that parse a row's typed serial range into prefix, first and last number, and tonnes. */
export function serialFormulas(grid: SheetGrid, row: number, c: SerialColumns): void {
  const at = (column: number) => cellAddress(row, column);
  const [normFrom, normTo, prefix, prefixTo, start, end] = [
    c.normFrom,
    c.normTo,
    c.prefix,
    c.prefixTo,
    c.start,
    c.end,
  ].map(at) as [string, string, string, string, string, string];
  grid.set(
    row,
    c.normFrom,
    formula(`IF(${at(c.serialFrom)}="","",${normalizeFormula(at(c.serialFrom))})`)
  );
  grid.set(row, c.normTo, formula(normToFormula(at(c.serialTo), normFrom, prefix)));
  grid.set(row, c.prefix, formula(prefixFormula(normFrom)));
  grid.set(row, c.prefixTo, formula(prefixFormula(normTo)));
  grid.set(row, c.start, formula(numberFormula(normFrom)));
  grid.set(row, c.end, formula(numberFormula(normTo)));
  grid.set(row, c.tonnes, formula(quantityFormula(prefix, prefixTo, start, end)));
}
