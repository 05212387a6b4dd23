/** What the layout checks share: the problem type, a collector of problems, and the checks of ranges, colours, keys and formulas. */
import { parseRange, type CellRange } from "./addresses";
import { findPlaceholders } from "./resolve-names";

export type ProblemSeverity = "error" | "warning";

/**
 * Something wrong with a layout. "error": the writer refuses the build (Excel would reject it or build something
 * wrong). "warning": the writer copes (escapes, sanitizes) but the builder should be fixed; builders' tests should
 * expect no problems at all.
 */
export interface LayoutProblem {
  readonly severity: ProblemSeverity;
  /** Layout key. */
  readonly layout: string;
  /** Where in the layout, e.g. "cell B7", "validations[2] C5:C9". */
  readonly where: string;
  readonly message: string;
}

export function describeProblem(problem: LayoutProblem): string {
  return `[${problem.severity}] ${problem.layout} ${problem.where}: ${problem.message}`;
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const MAX_FORMULA_LENGTH = 8192;

/** Removes "…" string literals so brackets and placeholders inside quoted text are not mistaken for references. */
function withoutStringLiterals(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** Structured references in a formula: which `{{table:KEY}}` it uses, and whether it has a "[" not after one. */
export function structuredReferences(formula: string): { tableKeys: string[]; bare: boolean } {
  const text = withoutStringLiterals(formula);
  const tableKeys = findPlaceholders(text)
    .filter((p) => p.kind === "table")
    .map((p) => p.key);
  // Drop placeholder-qualified references (`{{table:K}}[…]`, nested brackets included), then look for any "[" left.
  const rest = text.replace(/\{\{[^{}]*\}\}(\[(?:[^[\]]|\[[^[\]]*\])*\])?/g, "");
  return { tableKeys, bare: rest.includes("[") };
}

export interface Collector {
  readonly problems: LayoutProblem[];
  error(where: string, message: string): void;
  warning(where: string, message: string): void;
}

export function collector(layout: string): Collector {
  const problems: LayoutProblem[] = [];
  return {
    problems,
    error: (where, message) => problems.push({ severity: "error", layout, where, message }),
    warning: (where, message) => problems.push({ severity: "warning", layout, where, message }),
  };
}

export function checkRange(c: Collector, where: string, address: string): CellRange | null {
  const range = typeof address === "string" ? parseRange(address) : null;
  if (!range)
    c.error(
      where,
      `"${String(address)}" is not a single A1 range on the sheet (e.g. "B7", "A10:H25", "A:C")`
    );
  return range;
}

export function checkColor(c: Collector, where: string, color: string | undefined): void {
  if (color !== undefined && !COLOR.test(color)) c.error(where, `colour "${color}" is not #RRGGBB`);
}

export function checkKey(c: Collector, where: string, key: string): void {
  if (typeof key !== "string" || key.trim() === "" || /[{}]/.test(key) || key !== key.trim()) {
    c.error(where, `key "${String(key)}" must be non-empty, without braces or surrounding spaces`);
  }
}

export function checkPlaceholders(c: Collector, where: string, formula: string): void {
  for (const p of findPlaceholders(formula)) {
    if (p.kind === null)
      c.error(
        where,
        `unknown placeholder ${p.raw} (use {{sheet:KEY}}, {{table:KEY}} or {{name:KEY}})`
      );
  }
}

export function checkFormula(c: Collector, where: string, formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula.trim().length < 2) {
    c.error(
      where,
      `formula ${JSON.stringify(formula)} must be a string starting with "=" (e.g. "=SUM(A1:A3)")`
    );
    return false;
  }
  if (formula.length > MAX_FORMULA_LENGTH)
    c.error(where, `formula is longer than Excel's ${MAX_FORMULA_LENGTH} characters`);
  checkPlaceholders(c, where, formula);
  return true;
}
