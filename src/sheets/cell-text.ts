/** Literal text that Excel would not keep as text when written, and how the writer keeps it text. */
import type { CellContent } from "./layout";

/**
 * Whether a literal text must be written with a leading apostrophe to stay text when it goes through
 * `range.formulas`: it would otherwise be read as a formula (= + - @), an error value (#…), a number, date, time,
 * percentage or currency ("2024/4/1", "4月1日", "10:30", "５０%", "¥1,000", "(3)"), a Japanese era date ("R6.4.1",
 * "令和6年4月1日") or a boolean — or it starts with an apostrophe of its own. A needless apostrophe is harmless
 * (Excel shows the text unchanged), so the test errs on the side of escaping.
 */
export function needsTextPrefix(text: string): boolean {
  const t = text.normalize("NFKC").trimStart();
  if (t === "") return false;
  if ("=+-@#'".includes(t.charAt(0))) return true;
  if (/^\(?[¥$€£]?\s*[.\d]/u.test(t)) return true;
  if (/^(true|false)$/i.test(t.trim())) return true;
  return /^(明治|大正|昭和|平成|令和|[MTSHR])\s*\d/iu.test(t);
}

/** The value `range.formulas` gets for a cell: numbers and booleans as they are, text escaped when needed, "" for empty. */
export function formulaInput(cell: CellContent): string | number | boolean {
  if (cell === null) return "";
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell === "string") return needsTextPrefix(cell) ? `'${cell}` : cell;
  return cell.formula;
}
