/**
 * Formulas as the file stores them: the "[#This Row]" form of structured references, not the "@" shorthand the API
 * and the UI accept (`Tbl[@列]` → `Tbl[[#This Row],[列]]`), and newer functions with their "_xlfn." prefix
 * (`IFNA(` → `_xlfn.IFNA(`); both are rewritten outside string literals.
 */
import type { Cell } from "exceljs";
import type { CellContent } from "../../sheets/layout";

/** Functions newer than Excel 2007 are stored with a prefix; without it Excel shows #NAME?. */
const FUTURE_FUNCTIONS: Readonly<Record<string, string>> = Object.fromEntries([
  ...[
    "IFNA",
    "IFS",
    "SWITCH",
    "MAXIFS",
    "MINIFS",
    "CONCAT",
    "TEXTJOIN",
    "XOR",
    "DAYS",
    "ISOWEEKNUM",
    "NUMBERVALUE",
    "FORMULATEXT",
    "ISFORMULA",
    "XLOOKUP",
    "XMATCH",
    "UNIQUE",
    "SEQUENCE",
    "LET",
    "TEXTBEFORE",
    "TEXTAFTER",
    "TEXTSPLIT",
    "STDEV.S",
    "STDEV.P",
    "CEILING.MATH",
    "FLOOR.MATH",
  ].map((name) => [name, `_xlfn.${name}`] as const),
  ...["FILTER", "SORT", "SORTBY"].map((name) => [name, `_xlfn._xlws.${name}`] as const),
]);
const FUTURE_CALL = new RegExp(
  `(?<![A-Za-z0-9_.])(${Object.keys(FUTURE_FUNCTIONS)
    .map((n) => n.replace(".", "\\."))
    .join("|")})(?=\\s*\\()`,
  "gi"
);

/** `[@列]`, `[@[列 名]]`, `[@[A]:[B]]` → `[[#This Row],[列]]` … */
const THIS_ROW = /\[@(\[[^\]]*\](?::\[[^\]]*\])?|[^[\]]*)\]/g;

function rewriteOutsideStrings(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : rewrite(part)))
    .join("");
}

/** A layout formula ("=…") as the file stores it: no "=", "[#This Row]" references, "_xlfn." prefixes. */
export function fileFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, "");
  return rewriteOutsideStrings(body, (code) =>
    code
      .replace(
        THIS_ROW,
        (_m, inner: string) => `[[#This Row],${inner.startsWith("[") ? inner : `[${inner}]`}]`
      )
      .replace(FUTURE_CALL, (name: string) => FUTURE_FUNCTIONS[name.toUpperCase()] ?? name)
  );
}

export function cellValue(content: CellContent): Cell["value"] {
  if (content === null || content === undefined) return null;
  if (typeof content === "object")
    return { formula: fileFormula(content.formula) } as Cell["value"];
  return content;
}
