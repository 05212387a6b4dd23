/**
 * fast-formula-parser's operators, corrected where the built sheets meet Excel's rules (imported once, for its effect,
 * by evaluate-layouts.ts):
 *  - a blank cell equals "" as well as 0 and FALSE (the parser reads it as 0 only), and texts compare without regard
 *    to case;
 *  - `--"101"` is the number 101 (the parser cancels the two minus signs and leaves the text).
 */
import { Infix, Prefix } from "fast-formula-parser/formulas/operators";

const compareOp = Infix.compareOp;
Infix.compareOp = (value1, infix, value2, isArray1, isArray2) => {
  const blankLike = (blank: unknown, other: unknown) =>
    blank !== null && blank !== undefined
      ? blank
      : typeof other === "string"
        ? ""
        : typeof other === "boolean"
          ? false
          : blank;
  const fold = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : v);
  const [a, b] = [blankLike(value1, value2), blankLike(value2, value1)];
  return compareOp(isArray1 ? a : fold(a), infix, isArray2 ? b : fold(b), isArray1, isArray2);
};

const unaryOp = Prefix.unaryOp;
Prefix.unaryOp = (prefixes, value, isArray) => {
  const minuses = prefixes.filter((prefix) => prefix === "-").length;
  if (minuses === 0 || minuses % 2 === 1) return unaryOp(prefixes, value, isArray);
  const negated = unaryOp(["-"], value, isArray);
  return typeof negated === "number" ? -negated + 0 : negated;
};
