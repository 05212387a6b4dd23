/**
 * A small parser and printer for Excel formulas (invariant syntax): tokens, an expression tree with Excel's precedence
 * (comparison < & < + - < * / < ^ < unary < %), and printing back. native-formulas.ts rewrites GHG calls on the tree.
 */
import { FormulaParseError } from "./formula-errors";

type Token =
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "operand"; readonly text: string }
  | { readonly kind: "function"; readonly name: string }
  | { readonly kind: "op"; readonly text: string }
  | { readonly kind: "(" | ")" | "," | "end" };

export type Node =
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "number"; readonly text: string }
  /** A reference, range, defined name, boolean, error value or array constant: printed as it was. */
  | { readonly type: "operand"; readonly text: string }
  | { readonly type: "call"; readonly name: string; readonly args: readonly (Node | null)[] }
  | { readonly type: "paren"; readonly inner: Node }
  | { readonly type: "prefix"; readonly op: string; readonly operand: Node }
  | { readonly type: "percent"; readonly operand: Node }
  | { readonly type: "binary"; readonly op: string; readonly left: Node; readonly right: Node }
  /** Generated text, already atomic (a call or parenthesized). */
  | { readonly type: "native"; readonly text: string };

const NUMBER_AT = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const ERROR_AT =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/i;
const OPERAND_CHAR = /[\p{L}\p{N}\p{M}_$.:!\\#@]/u;
const OPERATORS = ["<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "^", "&", "%"];

/** End of a quoted section starting at `start` (the opening quote), doubled quotes escaping. */
function closingQuote(
  formula: string,
  start: number,
  quote: string,
  fail: (message: string) => never
): number {
  let j = start + 1;
  for (;;) {
    const k = formula.indexOf(quote, j);
    if (k < 0) return fail(`unterminated ${quote}`);
    if (formula[k + 1] === quote) j = k + 2;
    else return k + 1;
  }
}

/** A reference, name or function name: letters, digits, $ ! : . and quoted / bracketed / {{placeholder}} parts. */
function operandEnd(formula: string, start: number, fail: (message: string) => never): number {
  let j = start;
  while (j < formula.length) {
    const ch = formula[j] as string;
    if (ch === "'") j = closingQuote(formula, j, "'", fail);
    else if (formula.startsWith("{{", j)) {
      const k = formula.indexOf("}}", j);
      if (k < 0) fail("unterminated {{");
      j = k + 2;
    } else if (ch === "[") {
      let depth = 0;
      do {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]") depth--;
        j++;
      } while (depth > 0 && j < formula.length);
      if (depth > 0) fail("unterminated [");
    } else if (OPERAND_CHAR.test(ch)) j++;
    else break;
  }
  return j;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new FormulaParseError(`${message} at ${i + 1} in ${formula}`);
  };
  const closing = (start: number, quote: string) => closingQuote(formula, start, quote, fail);
  while (i < formula.length) {
    const ch = formula[i] as string;
    const rest = formula.slice(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      const end = closing(i, '"');
      tokens.push({ kind: "string", value: formula.slice(i + 1, end - 1).replace(/""/g, '"') });
      i = end;
    } else if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ kind: ch });
      i++;
    } else if (ch === "{" && !rest.startsWith("{{")) {
      // An array constant, kept as it is.
      let j = i + 1;
      while (j < formula.length && formula[j] !== "}")
        j = formula[j] === '"' ? closing(j, '"') : j + 1;
      if (j >= formula.length) fail("unterminated {");
      tokens.push({ kind: "operand", text: formula.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "#" && ERROR_AT.test(rest)) {
      const text = (ERROR_AT.exec(rest) as RegExpExecArray)[0];
      tokens.push({ kind: "operand", text });
      i += text.length;
    } else {
      const number = NUMBER_AT.exec(rest);
      const afterNumber = number ? formula[i + number[0].length] : undefined;
      if (number && !(afterNumber !== undefined && OPERAND_CHAR.test(afterNumber))) {
        tokens.push({ kind: "number", text: number[0] });
        i += number[0].length;
        continue;
      }
      const end = operandEnd(formula, i, fail);
      if (end > i) {
        const text = formula.slice(i, end);
        let j = end;
        while (j < formula.length && /\s/.test(formula[j] as string)) j++;
        if (formula[j] === "(" && !/[!:'\]}]/.test(text))
          tokens.push({ kind: "function", name: text });
        else tokens.push({ kind: "operand", text });
        i = end;
        continue;
      }
      const op = OPERATORS.find((o) => rest.startsWith(o));
      if (!op) fail(`unexpected "${ch}"`);
      tokens.push({ kind: "op", text: op as string });
      i += (op as string).length;
    }
  }
  tokens.push({ kind: "end" });
  return tokens;
}

const LEVELS: readonly (readonly string[])[] = [
  ["=", "<>", "<", ">", "<=", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

/** Parses a formula (with or without the leading "=") into a tree. */
export function parseExcelFormula(formula: string): Node {
  const tokens = tokenize(formula.replace(/^\s*=/, ""));
  let at = 0;
  const peek = (): Token => tokens[at] as Token;
  const next = (): Token => tokens[at++] as Token;
  const fail = (what: string): never => {
    throw new FormulaParseError(`${what} in ${formula}`);
  };
  const isOp = (token: Token, ops: readonly string[]): token is { kind: "op"; text: string } =>
    token.kind === "op" && ops.includes(token.text);

  const binary = (level: number): Node => {
    if (level >= LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const token = peek();
      if (!isOp(token, LEVELS[level] as readonly string[])) return left;
      next();
      left = { type: "binary", op: token.text, left, right: binary(level + 1) };
    }
  };
  const unary = (): Node => {
    const token = peek();
    if (isOp(token, ["+", "-"])) {
      next();
      return { type: "prefix", op: token.text, operand: unary() };
    }
    let node = primary();
    while (isOp(peek(), ["%"])) {
      next();
      node = { type: "percent", operand: node };
    }
    return node;
  };
  const primary = (): Node => {
    const token = next();
    switch (token.kind) {
      case "string":
        return { type: "string", value: token.value };
      case "number":
        return { type: "number", text: token.text };
      case "operand":
        return { type: "operand", text: token.text };
      case "(": {
        const inner = binary(0);
        if (next().kind !== ")") fail("missing )");
        return { type: "paren", inner };
      }
      case "function": {
        if (next().kind !== "(") fail("missing (");
        const args: (Node | null)[] = [];
        if (peek().kind === ")") {
          next();
          return { type: "call", name: token.name, args };
        }
        for (;;) {
          const t = peek();
          args.push(t.kind === "," || t.kind === ")" ? null : binary(0));
          const sep = next();
          if (sep.kind === ")") return { type: "call", name: token.name, args };
          if (sep.kind !== ",") fail("expected , or )");
        }
      }
      default:
        return fail(`unexpected ${token.kind === "op" ? token.text : token.kind}`);
    }
  };
  const tree = binary(0);
  if (peek().kind !== "end") fail("unexpected text after the expression");
  return tree;
}

export const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function printFormula(node: Node): string {
  switch (node.type) {
    case "string":
      return quote(node.value);
    case "number":
    case "operand":
    case "native":
      return node.text;
    case "call":
      return `${node.name}(${node.args.map((a) => (a ? printFormula(a) : "")).join(",")})`;
    case "paren":
      return `(${printFormula(node.inner)})`;
    case "prefix":
      return `${node.op}${printFormula(node.operand)}`;
    case "percent":
      return `${printFormula(node.operand)}%`;
    case "binary":
      return `${printFormula(node.left)}${node.op}${printFormula(node.right)}`;
  }
}

/** The node's text, parenthesized unless it is a single operand, literal, call or parenthesis. */
/** A node printed so it can stand as an operand: operators get parentheses. */
export function atom(node: Node): string {
  const text = printFormula(node);
  return node.type === "binary" || node.type === "prefix" || node.type === "percent"
    ? `(${text})`
    : text;
}
