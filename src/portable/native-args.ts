/** Arguments of a GHG call as the templates see them: literals, omitted ones, `set & ":" & name` written out, or any other expression. */
import { atom, quote, type Node } from "./formula-parser";
import type { Translator } from "./native-translator";

/** An argument as the templates see it. */
export type Arg =
  | { readonly kind: "omitted" }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  /** `set & ":" & name` written out in the formula: the set and name parts as formula text (atomic). */
  | {
      readonly kind: "qualified";
      readonly whole: string;
      readonly set: string;
      readonly name: string;
      readonly single: boolean;
    }
  | { readonly kind: "expr"; readonly text: string };

function concatElements(node: Node): Node[] {
  return node.type === "binary" && node.op === "&"
    ? [...concatElements(node.left), ...concatElements(node.right)]
    : [node];
}

export function classify(node: Node | null): Arg {
  if (node === null) return { kind: "omitted" };
  if (node.type === "string") return { kind: "string", value: node.value };
  if (node.type === "number") return { kind: "number", value: Number(node.text) };
  if (node.type === "prefix" && node.operand.type === "number") {
    const value = Number(node.operand.text);
    return { kind: "number", value: node.op === "-" ? -value : value };
  }
  const elements = concatElements(node);
  if (elements.length > 1) {
    if (elements.every((e) => e.type === "string"))
      return {
        kind: "string",
        value: elements.map((e) => (e as { value: string }).value).join(""),
      };
    const colon = elements.findIndex((e) => e.type === "string" && e.value.includes(":"));
    if (colon >= 0) {
      const literal = (elements[colon] as { value: string }).value;
      const cut = literal.indexOf(":");
      const setParts = [
        ...elements.slice(0, colon).map(atom),
        ...(cut > 0 ? [quote(literal.slice(0, cut))] : []),
      ];
      const nameParts = [
        ...(cut < literal.length - 1 ? [quote(literal.slice(cut + 1))] : []),
        ...elements.slice(colon + 1).map(atom),
      ];
      const join = (parts: string[]) =>
        parts.length === 0
          ? '""'
          : parts.length === 1
            ? (parts[0] as string)
            : `(${parts.join("&")})`;
      return {
        kind: "qualified",
        whole: atom(node),
        set: join(setParts),
        name: join(nameParts),
        single: nameParts.length === 1,
      };
    }
  }
  return { kind: "expr", text: atom(node) };
}

/** One function's translation: gets the arguments classified and returns native text. */
export type Template = (t: Translator, args: readonly Arg[]) => string;

/** The argument at index, or omitted past the end. */
export const arg = (args: readonly Arg[], index: number): Arg => args[index] ?? { kind: "omitted" };

/** Templates by function name (without GHG.), with how many parameters each function takes. */
export type Templates = Readonly<
  Record<string, { readonly params: number; readonly template: Template }>
>;
