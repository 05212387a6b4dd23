/** The checks that say whether a layout can be written: sizes, addresses, names, formulas, placeholders, Excel limits. */
import {
  columnLetters,
  MAX_COLUMNS,
  MAX_ROWS,
  parseRange,
  rangeColumns,
  rangeRows,
  rangesOverlap,
  type CellRange,
} from "./addresses";
import type { CellContent, SheetLayout } from "./layout";
import {
  findPlaceholders,
  isFormula,
  isValidIdentifier,
  nameKey,
  sanitizeIdentifier,
  sanitizeSheetName,
  SHEET_NAME_MAX,
  type PlaceholderKind,
} from "./resolve-names";

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
const BUILT_IN_TABLE_STYLE =
  /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;
const MAX_FORMULA_LENGTH = 8192;
const MAX_TEXT_LENGTH = 32767;
/** Excel's limits for data-validation texts (title / message) and the comma-separated list source. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ERROR_MESSAGE_MAX = 225;
const LIST_SOURCE_MAX = 255;

/** Removes "…" string literals so brackets and placeholders inside quoted text are not mistaken for references. */
function withoutStringLiterals(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** Structured references in a formula: which `{{table:KEY}}` it uses, and whether it has a "[" not after one. */
function structuredReferences(formula: string): { tableKeys: string[]; bare: boolean } {
  const text = withoutStringLiterals(formula);
  const tableKeys = findPlaceholders(text)
    .filter((p) => p.kind === "table")
    .map((p) => p.key);
  // Drop placeholder-qualified references (`{{table:K}}[…]`, nested brackets included), then look for any "[" left.
  const rest = text.replace(/\{\{[^{}]*\}\}(\[(?:[^[\]]|\[[^[\]]*\])*\])?/g, "");
  return { tableKeys, bare: rest.includes("[") };
}

interface Collector {
  readonly problems: LayoutProblem[];
  error(where: string, message: string): void;
  warning(where: string, message: string): void;
}

function collector(layout: string): Collector {
  const problems: LayoutProblem[] = [];
  return {
    problems,
    error: (where, message) => problems.push({ severity: "error", layout, where, message }),
    warning: (where, message) => problems.push({ severity: "warning", layout, where, message }),
  };
}

function checkRange(c: Collector, where: string, address: string): CellRange | null {
  const range = typeof address === "string" ? parseRange(address) : null;
  if (!range)
    c.error(
      where,
      `"${String(address)}" is not a single A1 range on the sheet (e.g. "B7", "A10:H25", "A:C")`
    );
  return range;
}

function checkColor(c: Collector, where: string, color: string | undefined): void {
  if (color !== undefined && !COLOR.test(color)) c.error(where, `colour "${color}" is not #RRGGBB`);
}

function checkKey(c: Collector, where: string, key: string): void {
  if (typeof key !== "string" || key.trim() === "" || /[{}]/.test(key) || key !== key.trim()) {
    c.error(where, `key "${String(key)}" must be non-empty, without braces or surrounding spaces`);
  }
}

function checkPlaceholders(c: Collector, where: string, formula: string): void {
  for (const p of findPlaceholders(formula)) {
    if (p.kind === null)
      c.error(
        where,
        `unknown placeholder ${p.raw} (use {{sheet:KEY}}, {{table:KEY}} or {{name:KEY}})`
      );
  }
}

function checkFormula(c: Collector, where: string, formula: unknown): formula is string {
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

function checkCells(c: Collector, layout: SheetLayout): void {
  const rows = layout.cells;
  if (!Array.isArray(rows)) {
    c.error("cells", "cells must be an array of rows");
    return;
  }
  const width = rows[0]?.length ?? 0;
  if (rows.length > MAX_ROWS) c.error("cells", `${rows.length} rows exceed Excel's ${MAX_ROWS}`);
  if (width > MAX_COLUMNS) c.error("cells", `${width} columns exceed Excel's ${MAX_COLUMNS}`);
  if (rows.length === 0 || width === 0) c.warning("cells", "the sheet has no cells");
  const ownTables = new Set(layout.tables.map((t) => t.key));
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== width) {
      c.error(
        `cells row ${r + 1}`,
        `has ${Array.isArray(row) ? row.length : "no"} cells; every row must have ${width} (the block is rectangular)`
      );
      return;
    }
    row.forEach((cell, col) => {
      const where = `cell ${columnLetters(col + 1)}${r + 1}`;
      if (cell === null) return;
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) c.error(where, `number ${cell} cannot be written to Excel`);
      } else if (typeof cell === "boolean") {
        return;
      } else if (typeof cell === "string") {
        if (cell.length > MAX_TEXT_LENGTH)
          c.error(where, `text is longer than Excel's ${MAX_TEXT_LENGTH} characters`);
        if (/^[=+\-@]/.test(cell)) {
          c.warning(
            where,
            `literal text ${JSON.stringify(cell)} starts with "${cell[0]}" and would be read as a formula; it is written as text ('${cell})`
          );
        }
        if (findPlaceholders(cell).length > 0)
          c.warning(
            where,
            `placeholders in a literal text are not substituted: ${JSON.stringify(cell)}`
          );
      } else if (
        typeof cell === "object" &&
        typeof (cell as { formula?: unknown }).formula !== "undefined"
      ) {
        const formula = (cell as { formula: unknown }).formula;
        if (!checkFormula(c, where, formula)) return;
        const refs = structuredReferences(formula);
        const own = refs.tableKeys.filter((k) => ownTables.has(k));
        if (own.length > 0) {
          c.error(
            where,
            `structured reference to {{table:${own[0]}}} of the same sheet: its table is created after the cells; use A1 references or a defined name`
          );
        } else if (refs.bare) {
          c.error(
            where,
            `structured reference without {{table:KEY}} ("[" in ${JSON.stringify(formula)}): only tables of other layouts can be referenced by name`
          );
        }
      } else {
        c.error(where, `unsupported cell content ${JSON.stringify(cell)}`);
      }
    });
  });
}

/** Whether ranges cover some but not all of target (their union, so a merge unlocked in pieces counts as covered). */
export function partlyCovered(target: CellRange, ranges: readonly CellRange[]): boolean {
  const clips = ranges
    .filter((r) => rangesOverlap(r, target))
    .map((r) => ({
      top: Math.max(r.top, target.top),
      bottom: Math.min(r.bottom, target.bottom),
      left: Math.max(r.left, target.left),
      right: Math.min(r.right, target.right),
    }));
  if (clips.length === 0) return false;
  // Coordinate compression: the clips' edges cut the target into blocks, each wholly inside or outside every clip.
  const cuts = (starts: number[], ends: number[], from: number, to: number) =>
    [...new Set([from, ...starts, ...ends.map((e) => e + 1)])]
      .filter((x) => x >= from && x <= to)
      .sort((a, b) => a - b);
  const rows = cuts(
    clips.map((r) => r.top),
    clips.map((r) => r.bottom),
    target.top,
    target.bottom
  );
  const columns = cuts(
    clips.map((r) => r.left),
    clips.map((r) => r.right),
    target.left,
    target.right
  );
  return rows.some((row) =>
    columns.some(
      (column) =>
        !clips.some((r) => r.top <= row && row <= r.bottom && r.left <= column && column <= r.right)
    )
  );
}

function literalText(layout: SheetLayout, row: number, column: number): CellContent | undefined {
  return layout.cells[row - 1]?.[column - 1];
}

/** The problems of one layout, errors and warnings. Cross-layout checks (duplicate keys, unknown keys): validateLayouts. */
export function validateLayout(layout: SheetLayout): LayoutProblem[] {
  const c = collector(typeof layout.key === "string" ? layout.key : "?");
  checkKey(c, "key", layout.key);

  if (typeof layout.name !== "string" || layout.name.trim() === "") {
    c.error("name", "the sheet name is empty");
  } else if (sanitizeSheetName(layout.name) !== layout.name) {
    c.warning(
      "name",
      `"${layout.name}" is not a valid sheet name (≤ ${SHEET_NAME_MAX} characters, none of \\ / ? * [ ] :, no ' at either end); it is written as "${sanitizeSheetName(layout.name)}"`
    );
  }

  checkCells(c, layout);

  layout.columnWidths.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0 || w > 255)
      c.error(`columnWidths[${i}]`, `width ${w} is not 0–255 characters`);
  });
  if (layout.columnWidths.length > MAX_COLUMNS)
    c.error("columnWidths", `more than ${MAX_COLUMNS} columns`);

  layout.formats.forEach((f, i) => {
    const where = `formats[${i}] ${f.range}`;
    checkRange(c, where, f.range);
    checkColor(c, where, f.fill);
    checkColor(c, where, f.fontColor);
    if (f.fontSize !== undefined && !(f.fontSize >= 1 && f.fontSize <= 409))
      c.error(where, `font size ${f.fontSize} is not 1–409`);
    if (
      f.numberFormat !== undefined &&
      (typeof f.numberFormat !== "string" || f.numberFormat === "")
    )
      c.error(where, "empty number format");
  });

  const merges: { range: CellRange; address: string }[] = [];
  layout.merges.forEach((address, i) => {
    const where = `merges[${i}] ${address}`;
    const range = checkRange(c, where, address);
    if (!range) return;
    if (rangeRows(range) === 1 && rangeColumns(range) === 1)
      c.warning(where, "merging a single cell does nothing");
    const clash = merges.find((m) => rangesOverlap(m.range, range));
    if (clash) c.error(where, `overlaps the merge ${clash.address}`);
    merges.push({ range, address });
  });

  layout.validations.forEach((v, i) => {
    const where = `validations[${i}] ${v.range}`;
    checkRange(c, where, v.range);
    const rule = v.rule;
    if (rule.kind === "list") {
      if (rule.choices.length === 0) c.error(where, "a list needs at least one choice");
      rule.choices.forEach((choice) => {
        if (choice.includes(","))
          c.error(
            where,
            `choice ${JSON.stringify(choice)} contains a comma, which separates choices in Excel's list source`
          );
      });
      if (rule.choices[0]?.startsWith("="))
        c.error(
          where,
          'the first choice starts with "=": Excel would read the list source as a formula'
        );
      if (rule.choices.join(",").length > LIST_SOURCE_MAX)
        c.error(where, `the choices joined by commas exceed Excel's ${LIST_SOURCE_MAX} characters`);
    } else if (rule.kind === "decimal" || rule.kind === "whole") {
      if (!Number.isFinite(rule.min)) c.error(where, `min ${rule.min} is not a number`);
      if (rule.max !== undefined && !(Number.isFinite(rule.max) && rule.max >= rule.min))
        c.error(where, `max ${rule.max} is not a number ≥ min ${rule.min}`);
      if (
        rule.kind === "whole" &&
        (!Number.isInteger(rule.min) || (rule.max !== undefined && !Number.isInteger(rule.max)))
      ) {
        c.error(where, "whole-number limits must be integers");
      }
    } else {
      c.error(
        where,
        `unknown validation kind ${JSON.stringify((rule as { kind?: unknown }).kind)}`
      );
    }
    if (v.prompt) {
      if (v.prompt.title.length > PROMPT_TITLE_MAX)
        c.error(where, `prompt title exceeds Excel's ${PROMPT_TITLE_MAX} characters`);
      if (v.prompt.message.length > PROMPT_MESSAGE_MAX)
        c.error(where, `prompt message exceeds Excel's ${PROMPT_MESSAGE_MAX} characters`);
    }
    if (v.error) {
      if (v.error.title.length > PROMPT_TITLE_MAX)
        c.error(where, `error title exceeds Excel's ${PROMPT_TITLE_MAX} characters`);
      if (v.error.message.length > ERROR_MESSAGE_MAX)
        c.error(where, `error message exceeds Excel's ${ERROR_MESSAGE_MAX} characters`);
    }
  });

  layout.conditionalFormats.forEach((cf, i) => {
    const where = `conditionalFormats[${i}] ${cf.range}`;
    checkRange(c, where, cf.range);
    if (checkFormula(c, where, cf.formula)) {
      const refs = structuredReferences(cf.formula);
      if (refs.tableKeys.length > 0 || refs.bare)
        c.error(
          where,
          "conditional-format formulas cannot use structured (table) references in Excel"
        );
    }
    checkColor(c, where, cf.fill);
    checkColor(c, where, cf.fontColor);
    if (cf.fill === undefined && cf.fontColor === undefined)
      c.warning(where, "the conditional format sets neither fill nor font colour");
  });

  const tableKeys = new Set<string>();
  const tableRanges: { range: CellRange; key: string }[] = [];
  layout.tables.forEach((t, i) => {
    const where = `tables[${i}] ${t.key}`;
    checkKey(c, where, t.key);
    if (tableKeys.has(t.key)) c.error(where, `duplicate table key "${t.key}"`);
    tableKeys.add(t.key);
    if (!isValidIdentifier(t.name))
      c.warning(
        where,
        `"${t.name}" is not a valid table name; it is written as "${sanitizeIdentifier(t.name)}"`
      );
    if (t.style !== undefined && !BUILT_IN_TABLE_STYLE.test(t.style))
      c.error(
        where,
        `"${t.style}" is not a built-in table style (TableStyleLight1–21, Medium1–28, Dark1–11)`
      );
    const range = checkRange(c, where, t.range);
    if (!range) return;
    if (range.wholeColumns || range.wholeRows) {
      c.error(where, "a table needs a bounded range such as A10:H25");
      return;
    }
    if (rangeRows(range) < 2)
      c.warning(where, "a table of a header row only: Excel adds an empty data row below it");
    const clash = tableRanges.find((o) => rangesOverlap(o.range, range));
    if (clash) c.error(where, `overlaps table ${clash.key}`);
    tableRanges.push({ range, key: t.key });
    const merged = merges.find((m) => rangesOverlap(m.range, range));
    if (merged)
      c.error(
        where,
        `overlaps the merge ${merged.address}; Excel cannot create a table over merged cells`
      );
    const headers = new Set<string>();
    for (let col = range.left; col <= range.right; col++) {
      const cell = literalText(layout, range.top, col);
      const at = `${columnLetters(col)}${range.top}`;
      if (typeof cell !== "string" || cell.trim() === "") {
        c.warning(
          where,
          `header ${at} is not a literal text; Excel names such a column "Column1", "Column2" …`
        );
      } else if (headers.has(nameKey(cell))) {
        c.warning(where, `header ${at} "${cell}" repeats another header; Excel renames it`);
      } else {
        headers.add(nameKey(cell));
      }
    }
  });

  const nameKeys = new Set<string>();
  layout.names.forEach((n, i) => {
    const where = `names[${i}] ${n.key}`;
    checkKey(c, where, n.key);
    if (nameKeys.has(n.key)) c.error(where, `duplicate name key "${n.key}"`);
    nameKeys.add(n.key);
    if (!isValidIdentifier(n.name))
      c.warning(
        where,
        `"${n.name}" is not a valid defined name; it is written as "${sanitizeIdentifier(n.name)}"`
      );
    if (typeof n.refersTo !== "string") c.error(where, "refersTo is missing");
    else if (n.refersTo.trim().startsWith("=")) checkFormula(c, where, n.refersTo.trim());
    else checkRange(c, where, n.refersTo);
    if (n.comment !== undefined && n.comment.length > 255)
      c.error(where, "comment exceeds Excel's 255 characters");
  });

  const unlocked = (layout.protection?.unlockedRanges ?? []).flatMap((address, i) => {
    const range = checkRange(c, `protection.unlockedRanges[${i}]`, address);
    return range ? [range] : [];
  });
  for (const merge of merges) {
    if (partlyCovered(merge.range, unlocked)) {
      c.error(
        `merges ${merge.address}`,
        "is only partly unlocked on the protected sheet, so Excel may refuse to edit the merged cell: unlock the whole merge or none of it"
      );
    }
  }

  if (layout.freeze) {
    const { rows, columns = 0 } = layout.freeze;
    if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS)
      c.error("freeze", `rows ${rows} is not a whole number of rows`);
    if (!Number.isInteger(columns) || columns < 0 || columns >= MAX_COLUMNS)
      c.error("freeze", `columns ${columns} is not a whole number of columns`);
    if (rows === 0 && columns === 0) c.warning("freeze", "freezes nothing");
  }
  checkColor(c, "tabColor", layout.tabColor);
  return c.problems;
}

/**
 * The order the writer fills the sheets in: a layout whose formulas use `{{table:KEY}}` of another layout comes
 * after it (the table must exist when the formula is written); otherwise the given order. Layouts caught in a cycle
 * keep their order at the end (validateLayouts reports the cycle).
 */
export function writeOrder(layouts: readonly SheetLayout[]): number[] {
  const ownerOfTable = new Map<string, number>();
  layouts.forEach((layout, i) => layout.tables.forEach((t) => ownerOfTable.set(t.key, i)));
  const deps = layouts.map((layout, i) => {
    const set = new Set<number>();
    for (const row of layout.cells) {
      for (const cell of row) {
        if (!isFormula(cell) || typeof cell.formula !== "string") continue;
        for (const key of structuredReferences(cell.formula).tableKeys) {
          const owner = ownerOfTable.get(key);
          if (owner !== undefined && owner !== i) set.add(owner);
        }
      }
    }
    return set;
  });
  const done = new Set<number>();
  const order: number[] = [];
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (let i = 0; i < layouts.length; i++) {
      if (done.has(i) || [...(deps[i] ?? [])].some((d) => !done.has(d))) continue;
      done.add(i);
      order.push(i);
      progressed = true;
      break; // restart from the top so the original order wins among ready layouts
    }
  }
  for (let i = 0; i < layouts.length; i++) if (!done.has(i)) order.push(i);
  return order;
}

/** Every layout's problems, plus what only shows across layouts: duplicate keys, unknown keys, table cycles. */
export function validateLayouts(layouts: readonly SheetLayout[]): LayoutProblem[] {
  const problems = layouts.flatMap(validateLayout);
  const sheetKeys = new Set<string>();
  const tableKeys = new Set<string>();
  const nameKeys = new Set<string>();
  const add = (layout: string, where: string, message: string) =>
    problems.push({ severity: "error", layout, where, message });
  for (const layout of layouts) {
    if (sheetKeys.has(layout.key)) add(layout.key, "key", `duplicate layout key "${layout.key}"`);
    sheetKeys.add(layout.key);
  }
  for (const layout of layouts) {
    // Duplicates inside one layout are validateLayout's; here only keys another layout already used.
    for (const key of new Set(layout.tables.map((t) => t.key))) {
      if (tableKeys.has(key))
        add(layout.key, `table ${key}`, `table key "${key}" is also used by another layout`);
      tableKeys.add(key);
    }
    for (const key of new Set(layout.names.map((n) => n.key))) {
      if (nameKeys.has(key))
        add(layout.key, `name ${key}`, `name key "${key}" is also used by another layout`);
      nameKeys.add(key);
    }
  }
  const known: Record<PlaceholderKind, ReadonlySet<string>> = {
    sheet: sheetKeys,
    table: tableKeys,
    name: nameKeys,
  };
  const checkKeys = (layout: string, where: string, formula: unknown) => {
    if (typeof formula !== "string") return;
    for (const p of findPlaceholders(formula)) {
      if (p.kind !== null && !known[p.kind].has(p.key))
        add(layout, where, `${p.raw}: no ${p.kind} has key "${p.key}"`);
    }
  };
  for (const layout of layouts) {
    layout.cells.forEach((row, r) =>
      row.forEach((cell, col) => {
        if (isFormula(cell))
          checkKeys(layout.key, `cell ${columnLetters(col + 1)}${r + 1}`, cell.formula);
      })
    );
    layout.conditionalFormats.forEach((cf, i) =>
      checkKeys(layout.key, `conditionalFormats[${i}] ${cf.range}`, cf.formula)
    );
    layout.names.forEach((n, i) => {
      if (n.refersTo.trim().startsWith("="))
        checkKeys(layout.key, `names[${i}] ${n.key}`, n.refersTo);
    });
  }
  const order = writeOrder(layouts);
  const positions = new Map(order.map((index, position) => [index, position]));
  // A cycle leaves layouts whose dependencies come after them in the order.
  const ownerOfTable = new Map<string, number>();
  layouts.forEach((layout, i) => layout.tables.forEach((t) => ownerOfTable.set(t.key, i)));
  layouts.forEach((layout, i) => {
    for (const row of layout.cells) {
      for (const cell of row) {
        if (!isFormula(cell) || typeof cell.formula !== "string") continue;
        for (const key of structuredReferences(cell.formula).tableKeys) {
          const owner = ownerOfTable.get(key);
          if (
            owner !== undefined &&
            owner !== i &&
            (positions.get(owner) ?? 0) > (positions.get(i) ?? 0)
          ) {
            add(
              layout.key,
              "cells",
              `tables reference each other in a cycle (via {{table:${key}}}); one side must use A1 references`
            );
            return;
          }
        }
      }
    }
  });
  return problems;
}
