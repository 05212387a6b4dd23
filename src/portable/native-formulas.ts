/**
 * GHG.* calls → native Excel formulas over the 係数表 sheet (factor-sheet.ts), for portable copies that compute
 * without the add-in (Excel, Excel on the web, LibreOffice). Only functions every one of them has are used: IF,
 * IFERROR, ISERROR, ISNUMBER, INDEX, MATCH, SUMIFS, COUNTIFS, SUBSTITUTE, FIND, MID, LEFT, LEN, VALUE, INT, OR, NA.
 *
 * A formula is tokenized and parsed into a small expression tree (Excel's precedence: comparison < & < + - < * / <
 * ^ < unary < %), GHG calls are replaced bottom-up by per-function templates, and the tree is printed back; the
 * rest of the formula is printed as it was. Arguments known when translating (literals, omitted ones) are resolved
 * with the core itself (names → the row's key, defaults of the default set); others are resolved in the sheet:
 *  - a name `$C$13&":"&F57` (set-qualified, as the builders write it) → MATCH("燃料|"&$C$13&":"&<F57 without the
 *    ignored characters>, 係数_区分検索名, 0); any other text expression is split at its first ":" in the formula;
 *  - a number-or-name argument → IF(ISNUMBER(x), x, IFERROR(<the name's value>, VALUE(<text after the colon>)));
 *  - amounts → IF(x="",0,IF(x<0,NA(),x)) (a blank or "" counts 0, as in the core), divisors → IF(x>0,x,NA());
 *  - a 0 means what it means in the core (args.ts): a blank in a name and in an optional override that cannot be 0
 *    (km/ℓ, a rail rate → the default), the number 0 in an electricity factor (a zero-emission tariff → 0 kg).
 * Valid inputs give the core's numbers (in binary floating point rather than the core's decimals). Invalid ones
 * give an Excel error (#N/A, #VALUE!, #DIV/0!) where the core gives its own, with these exceptions: a text that is a
 * number is not read as one where it is compared (shares, maximum loads), and names match only in the spellings
 * factor-sheet.ts describes.
 */
import { parseExcelFormula, printFormula, type Node } from "./formula-parser";
import { factorRefs, type FactorRefs } from "./factor-sheet";
import { classify, type Templates } from "./native-args";
import { NA, Translator } from "./native-translator";
import { CREDIT_TEMPLATES, FACTOR_TEMPLATES } from "./native-templates-credits";
import { EMISSION_TEMPLATES } from "./native-templates-emissions";

// ---------------------------------------------------------------------------------------------------------------
// Errors

/** A GHG function with no native translation (or not a GHG function at all). */
export class UntranslatableFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(
      `GHG.${functionName} は互換ブックの式に変換できません / GHG.${functionName} has no native translation (translated: ${TRANSLATED_FUNCTIONS.join(", ")})`
    );
  }
}

/** One template per translated function, by function name without GHG. (the order is the error message's). */
const TEMPLATES: Templates = { ...EMISSION_TEMPLATES, ...CREDIT_TEMPLATES, ...FACTOR_TEMPLATES };

/** The GHG functions with a native translation. */
export const TRANSLATED_FUNCTIONS: readonly string[] = Object.keys(TEMPLATES);

export interface NativeOptions {
  /** How formulas refer to the factor sheet's blocks (default: `{{name:factors.*}}` placeholders). */
  readonly refs?: FactorRefs;
}

function isGhg(name: string): boolean {
  return /^GHG\./i.test(name);
}

function transform(node: Node, translator: Translator): Node {
  switch (node.type) {
    case "call": {
      const args = node.args.map((a) => (a ? transform(a, translator) : null));
      if (!isGhg(node.name)) return { ...node, args };
      const name = node.name.slice(4).toUpperCase();
      const spec = TEMPLATES[name];
      if (!spec) throw new UntranslatableFunctionError(name);
      // Too many arguments: the core answers #VALUE!.
      if (args.length > spec.params) return { type: "native", text: NA };
      return { type: "native", text: atomic(spec.template(translator, args.map(classify))) };
    }
    case "paren":
      return { ...node, inner: transform(node.inner, translator) };
    case "prefix":
    case "percent":
      return { ...node, operand: transform(node.operand, translator) };
    case "binary":
      return {
        ...node,
        left: transform(node.left, translator),
        right: transform(node.right, translator),
      };
    default:
      return node;
  }
}

/** The text as one operand: as it is when it is a call or parenthesized as a whole, else in parentheses. */
function atomic(text: string): string {
  const open = /^[A-Za-z.]*\(/.exec(text);
  if (!open) return `(${text})`;
  let depth = 0;
  let inString = false;
  for (let i = open[0].length - 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i === text.length - 1 ? text : `(${text})`;
  }
  return `(${text})`;
}

/** Whether a formula calls any GHG function (outside string literals). */
export function hasGhgCall(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])GHG\.[A-Za-z_]/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

/**
 * The formula with every GHG.* call replaced by native functions over the factor sheet; a leading "=" is kept.
 * Throws UntranslatableFunctionError for a GHG function without a template, FormulaParseError for bad syntax.
 */
export function toNativeFormula(formula: string, options: NativeOptions = {}): string {
  if (!hasGhgCall(formula)) return formula;
  const translator = new Translator(options.refs ?? factorRefs());
  const text = printFormula(transform(parseExcelFormula(formula), translator));
  return /^\s*=/.test(formula) ? `=${text}` : text;
}
