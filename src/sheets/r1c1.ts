/**
 * A1 ⇄ R1C1 for the formulas the builders write, so a formula that repeats down a column (the same relative formula
 * in every row of a table) can be written to Excel once for the whole column block with `range.formulasR1C1`.
 *
 * R1C1 as Excel writes it: `R5C2` is the absolute cell $B$5; `R[-1]C[2]` is one row up and two columns right of the
 * formula's cell; `RC` is the cell itself; `C[1]`/`R2` alone are parts of whole-column / whole-row references.
 *
 * The conversion is deliberately narrow: it handles cell references and cell ranges (`$A$2:$H$30`, `U62`,
 * `'回収一覧'!$I$12`) outside string literals, quoted sheet names and structured references, and refuses (returns
 * undefined) anything it is not sure of — whole-column or whole-row ranges, lower-case references. A refused formula
 * is simply written as it is.
 */
import { columnLetters, columnNumber, MAX_COLUMNS, MAX_ROWS } from "./addresses";

/**
 * Tokens, longest first: a string literal, a quoted sheet name, the start of a structured reference, a word (a run of
 * name characters: a reference, function or defined name, number), or any other single character.
 */
const TOKEN = /"[^"]*(?:""[^"]*)*"|'[^']*(?:''[^']*)*'|\[|[A-Za-z0-9_.$\u0080-\uFFFF]+|[^]/gy;
const CELL = /^(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})$/;
/** After a cell-like word, these make it a name instead: a function call (LOG10), a sheet (A1!…) or a table (T1[…]). */
const NAME_FOLLOWS = /[(![]/;
/** Words this module does not convert: lower-case references, and the halves of whole-column (A:C) or whole-row (1:3) ranges. */
const LOWER_CELL = /^\$?[a-z]{1,3}\$?[0-9]+$/;
const COLUMN_OR_ROW = /^\$?([A-Za-z]{1,3}|[0-9]+)$/;

type Part =
  | { readonly text: string }
  | { readonly cell: { absColumn: boolean; column: number; absRow: boolean; row: number } };

/** Splits an A1 formula into text and cell references; undefined when it holds something this module does not handle. */
function scanA1(formula: string): Part[] | undefined {
  const parts: Part[] = [];
  let text = "";
  TOKEN.lastIndex = 0;
  let previousWord = "";
  while (TOKEN.lastIndex < formula.length) {
    const start = TOKEN.lastIndex;
    const token = (TOKEN.exec(formula) as RegExpExecArray)[0];
    const next = formula[TOKEN.lastIndex];
    if ((token === '"' || token === "'") && token.length === 1) return undefined; // unterminated
    if (token === "[") {
      // Structured reference: copied whole (nested brackets included).
      let depth = 0;
      let j = start;
      for (; j < formula.length; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      if (depth !== 0) return undefined;
      text += formula.slice(start, j + 1);
      TOKEN.lastIndex = j + 1;
      previousWord = "";
      continue;
    }
    const cell = CELL.exec(token);
    if (cell && (next === undefined || !NAME_FOLLOWS.test(next))) {
      const [, absColumn, letters, absRow, digits] = cell as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      const column = columnNumber(letters);
      const row = Number(digits);
      if (column >= 1 && column <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) {
        if (text) parts.push({ text });
        text = "";
        parts.push({ cell: { absColumn: absColumn === "$", column, absRow: absRow === "$", row } });
        previousWord = "";
        continue;
      }
    }
    if (LOWER_CELL.test(token) && next !== "(") return undefined;
    if (
      COLUMN_OR_ROW.test(token) &&
      (next === ":" || (previousWord === ":" && COLUMN_OR_ROW.test(previousWord)))
    )
      return undefined;
    if (token === ":" && COLUMN_OR_ROW.test(previousWord)) return undefined;
    previousWord = token;
    text += token;
  }
  if (text) parts.push({ text });
  return parts;
}

const offset = (n: number) => (n === 0 ? "" : `[${n}]`);

/** The formula in R1C1 notation as seen from the cell (row, column), both 1-based; undefined when not convertible. */
export function toR1C1(formula: string, row: number, column: number): string | undefined {
  const parts = scanA1(formula);
  if (!parts) return undefined;
  return parts
    .map((part) => {
      if ("text" in part) return part.text;
      const c = part.cell;
      const r = c.absRow ? `R${c.row}` : `R${offset(c.row - row)}`;
      const k = c.absColumn ? `C${c.column}` : `C${offset(c.column - column)}`;
      return r + k;
    })
    .join("");
}

const R1C1_CELL =
  /(?<![A-Za-z0-9_.$'\]\u0080-\uFFFF])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_.(![\u0080-\uFFFF])/g;

/** The A1 formula a cell at (row, column) holds when given an R1C1 formula: the inverse of toR1C1. */
export function fromR1C1(formula: string, row: number, column: number): string {
  // Only outside string literals and quoted names.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(R1C1_CELL, (_, r: string | undefined, c: string | undefined) => {
            const part = (spec: string | undefined, base: number) => {
              if (spec === undefined) return { abs: false, value: base };
              if (spec.startsWith("["))
                return { abs: false, value: base + Number(spec.slice(1, -1)) };
              return { abs: true, value: Number(spec) };
            };
            const rr = part(r, row);
            const cc = part(c, column);
            return `${cc.abs ? "$" : ""}${columnLetters(cc.value)}${rr.abs ? "$" : ""}${rr.value}`;
          })
    )
    .join("");
}
