/**
 * Parses one function call with literal arguments, as typed in a cell: `CO2_FUEL("軽油",100)`, `=GHG.CO2_ELEC(1000,)`.
 * Arguments are strings in double quotes ("" escapes a quote), numbers, TRUE/FALSE, or empty (an omitted argument).
 */
export interface ParsedCall {
  readonly name: string;
  readonly args: readonly (string | number | boolean | undefined)[];
}

export class FormulaSyntaxError extends Error {}

const CALL = /^\s*=?\s*(?:GHG\.)?([A-Za-z_][A-Za-z0-9_]*)\s*\(([\s\S]*)\)\s*$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseFormula(text: string): ParsedCall {
  const match = CALL.exec(text.replace(/（/g, "(").replace(/）/g, ")"));
  if (!match)
    throw new FormulaSyntaxError(`関数呼び出しの形ではありません / not a function call: ${text}`);
  const [, name = "", body = ""] = match;
  return {
    name: name.toUpperCase(),
    args: body.trim() === "" ? [] : splitArguments(body).map(literal),
  };
}

function splitArguments(body: string): string[] {
  const parts: string[] = [];
  let current = "";
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (inString) {
      current += ch;
      if (ch === '"') {
        if (body[i + 1] === '"') current += body[++i];
        else inString = false;
      }
    } else if (ch === '"') {
      inString = true;
      current += ch;
    } else if (ch === "," || ch === "，") {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (inString)
    throw new FormulaSyntaxError(`文字列が閉じていません / unterminated string: ${body}`);
  parts.push(current);
  return parts;
}

function literal(part: string): string | number | boolean | undefined {
  const text = part.trim();
  if (text === "") return undefined;
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2)
    return text.slice(1, -1).replace(/""/g, '"');
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  if (NUMBER.test(text)) return Number(text);
  throw new FormulaSyntaxError(
    `引数はリテラル（"文字列"、数値、TRUE/FALSE）で書いてください / arguments must be literals: ${text}`
  );
}
