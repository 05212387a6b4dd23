/**
 * The final names of the sheets, tables and defined names a build creates, and placeholder substitution (pure; the
 * writer and the file renderer both use it). A1 addresses are in addresses.ts, the checks in validate-layout.ts.
 *
 * Conventions (layout.ts leaves them implicit, this module fixes them):
 *  - `{ formula }` is written WITH its leading "=" (`{ formula: "=SUM(A1:A3)" }`), like ConditionalFormat.formula,
 *    NameSpec.refersTo formulas and the gateway's insertFormula. A formula without "=" is an error.
 *  - Names never overwrite anything: a sheet name in use gets " (2)", " (3)" … (kept within 31 characters); a table
 *    or defined name in use gets "_2", "_3" …. Tables and defined names share one namespace in Excel, so each is made
 *    unique against both. Comparison is case-insensitive and width-insensitive (NFKC), as Excel compares names;
 *    being stricter than Excel only costs an unneeded suffix, never an overwrite.
 *  - Placeholders: `{{sheet:KEY}}` → the final sheet name, always quoted (`'算定シート (2)'`, ' doubled);
 *    `{{table:KEY}}` / `{{name:KEY}}` → the final table / defined name. They are substituted in formulas only
 *    (cells, conditional formats, NameSpec.refersTo); literal texts are left alone.
 *  - Structured references (`Tbl[列]`, `[@列]`) can only point at a table of ANOTHER layout: the writer creates a
 *    sheet's tables after its cell block (the header cells must exist first), and writes the layouts a sheet depends
 *    on before it. Within a sheet use A1 references, or a defined name whose refersTo uses the table.
 */
import { absoluteAddress, columnLetters } from "./addresses";
import type { CellContent, SheetLayout } from "./layout";
import { truncateText, withoutLoneSurrogates } from "./truncate";

// ---------------------------------------------------------------------------------------------------------------
// Names

export const SHEET_NAME_MAX = 31;
const IDENTIFIER_MAX = 255;

/** Excel refuses these in sheet names; they are replaced by their full-width forms (also valid, and readable). */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const FULL_WIDTH: Readonly<Record<string, string>> = {
  "\\": "＼",
  "/": "／",
  "?": "？",
  "*": "＊",
  "[": "［",
  "]": "］",
  ":": "：",
};

/** Cuts to at most `max` UTF-16 units (Excel counts those) in whole characters: no half emoji, no broken cluster. */
const truncateUnits = (text: string, max: number): string => truncateText(text, max);

/** Key under which Excel would consider two names the same (case- and width-insensitive; a little stricter). */
export function nameKey(name: string): string {
  return name.normalize("NFKC").toUpperCase();
}

/**
 * A name Excel accepts as a sheet name: no \ / ? * [ ] :, no control characters or lone surrogates, no ' at either
 * end, ≤ 31 UTF-16 units cut between whole characters (grapheme clusters).
 */
export function sanitizeSheetName(name: string): string {
  let s = [...withoutLoneSurrogates(name)]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch !== "\u007f")
    .join("")
    .replace(SHEET_NAME_FORBIDDEN, (ch) => FULL_WIDTH[ch] ?? "_");
  s = trimSheetName(s);
  if (s === "") s = "Sheet";
  return trimSheetName(truncateUnits(s, SHEET_NAME_MAX)) || "Sheet";
}

function trimSheetName(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/gu, "");
}

/** "History" is reserved by Excel for its change-history sheet. */
const RESERVED_SHEET_KEYS = ["HISTORY"];

function uniqueSheetName(desired: string, taken: ReadonlySet<string>): string {
  const base = sanitizeSheetName(desired);
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = trimSheetName(truncateUnits(base, SHEET_NAME_MAX - suffix.length)) + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** A1 or R1C1 lookalikes ("AB12", "R1C1", "R", "C") cannot be table or defined names. */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Whether Excel accepts `name` as a table or defined name as it is. */
export function isValidIdentifier(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= IDENTIFIER_MAX &&
    /^[\p{L}_\\][\p{L}\p{M}\p{N}_.]*$/u.test(name) &&
    !looksLikeReference(name)
  );
}

/** A table / defined name Excel accepts: starts with a letter, _ or \, then letters, digits, _ and . only. */
export function sanitizeIdentifier(name: string): string {
  let s = name.trim().replace(/[^\p{L}\p{M}\p{N}_.\\]/gu, "_");
  s = s.slice(0, 1) + s.slice(1).replace(/\\/g, "_");
  if (s === "" || !/^[\p{L}_\\]/u.test(s) || looksLikeReference(s)) s = `_${s}`;
  return truncateUnits(s, IDENTIFIER_MAX);
}

function uniqueIdentifier(desired: string, taken: ReadonlySet<string>): string {
  const base = sanitizeIdentifier(desired);
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = truncateUnits(base, IDENTIFIER_MAX - suffix.length) + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** `'name'` with ' doubled — valid before "!" whatever the name contains. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly names: readonly string[];
}

/** Final names, by layout key / table key / name key. */
export interface NamePlan {
  readonly sheets: ReadonlyMap<string, string>;
  readonly tables: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

/**
 * Chooses the final names for everything the layouts create, unique against what the workbook has and against each
 * other, in layout order (each layout: sheet, then its tables, then its names). Throws on a duplicate key.
 */
export function planNames(layouts: readonly SheetLayout[], existing: ExistingNames): NamePlan {
  const takenSheets = new Set([...existing.sheets.map(nameKey), ...RESERVED_SHEET_KEYS]);
  const takenIds = new Set([...existing.tables, ...existing.names].map(nameKey));
  const sheets = new Map<string, string>();
  const tables = new Map<string, string>();
  const names = new Map<string, string>();
  for (const layout of layouts) {
    if (sheets.has(layout.key)) throw new Error(`Duplicate layout key "${layout.key}"`);
    const sheet = uniqueSheetName(layout.name, takenSheets);
    takenSheets.add(nameKey(sheet));
    sheets.set(layout.key, sheet);
    for (const table of layout.tables) {
      if (tables.has(table.key))
        throw new Error(`Duplicate table key "${table.key}" (layout "${layout.key}")`);
      const name = uniqueIdentifier(table.name, takenIds);
      takenIds.add(nameKey(name));
      tables.set(table.key, name);
    }
    for (const spec of layout.names) {
      if (names.has(spec.key))
        throw new Error(`Duplicate name key "${spec.key}" (layout "${layout.key}")`);
      const name = uniqueIdentifier(spec.name, takenIds);
      takenIds.add(nameKey(name));
      names.set(spec.key, name);
    }
  }
  return { sheets, tables, names };
}

// ---------------------------------------------------------------------------------------------------------------
// Placeholders

export type PlaceholderKind = "sheet" | "table" | "name";

export interface Placeholder {
  readonly raw: string;
  readonly kind: PlaceholderKind | null;
  readonly key: string;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

function parsePlaceholder(raw: string, inner: string): Placeholder {
  const colon = inner.indexOf(":");
  const kind = colon < 0 ? "" : inner.slice(0, colon).trim();
  const key = colon < 0 ? inner.trim() : inner.slice(colon + 1).trim();
  return { raw, kind: kind === "sheet" || kind === "table" || kind === "name" ? kind : null, key };
}

/** Every `{{…}}` in a text; `kind` is null for one that is not sheet/table/name. */
export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => parsePlaceholder(m[0], m[1] ?? ""));
}

/** Each placeholder replaced by what `replace` gives for it; one it gives nothing for stays as written. */
export function mapPlaceholders(
  text: string,
  replace: (placeholder: Placeholder) => string | undefined
): string {
  return text.replace(
    PLACEHOLDER,
    (raw: string, inner: string) => replace(parsePlaceholder(raw, inner)) ?? raw
  );
}

/** What a placeholder becomes under a plan: a quoted sheet name, a table or a defined name; undefined if unknown. */
export function finalName(p: Placeholder, plan: NamePlan): string | undefined {
  if (p.kind === null) return undefined;
  const final = (
    p.kind === "sheet" ? plan.sheets : p.kind === "table" ? plan.tables : plan.names
  ).get(p.key);
  return final === undefined ? undefined : p.kind === "sheet" ? quoteSheetName(final) : final;
}

/** Replaces the placeholders of one formula; throws an Error naming the key it cannot resolve. */
export function substitutePlaceholders(text: string, plan: NamePlan, where = ""): string {
  return mapPlaceholders(text, (p) => {
    const final = finalName(p, plan);
    if (final !== undefined) return final;
    const at = where ? ` in ${where}` : "";
    if (p.kind === null)
      throw new Error(
        `Unknown placeholder ${p.raw}${at} (use {{sheet:KEY}}, {{table:KEY}} or {{name:KEY}})`
      );
    throw new Error(`Unknown ${p.kind} key "${p.key}" in ${p.raw}${at}`);
  });
}

/**
 * For an Excel that cannot define names (ExcelApi below 1.4, e.g. Office 2016 bought outright): a plan in which each
 * `{{name:KEY}}` stands for what the name would have referred to — a sheet-qualified absolute address
 * (`'算定'!$F$40`), or the name's formula in parentheses — so the sheets compute the same without any name.
 */
export function inlineNames(layouts: readonly SheetLayout[], plan: NamePlan): NamePlan {
  const inlined = new Map<string, string>();
  const formulas: { key: string; formula: string }[] = [];
  for (const layout of layouts) {
    const sheetName = plan.sheets.get(layout.key);
    for (const spec of layout.names) {
      const trimmed = spec.refersTo.trim();
      if (trimmed.startsWith("=")) formulas.push({ key: spec.key, formula: trimmed.slice(1) });
      else if (sheetName !== undefined)
        inlined.set(spec.key, `${quoteSheetName(sheetName)}!${absoluteAddress(trimmed)}`);
    }
  }
  // A formula name may use other names: resolve in passes until every one is known (layouts have no cycles).
  let pending = formulas;
  while (pending.length > 0) {
    const known: NamePlan = { ...plan, names: inlined };
    const next = pending.filter(({ key, formula }) => {
      if (findPlaceholders(formula).some((p) => p.kind === "name" && !inlined.has(p.key)))
        return true;
      inlined.set(key, `(${substitutePlaceholders(formula, known)})`);
      return false;
    });
    if (next.length === pending.length)
      throw new Error(`Names refer to each other in a cycle: ${next.map((n) => n.key).join(", ")}`);
    pending = next;
  }
  return { ...plan, names: inlined };
}

export function isFormula(cell: CellContent): cell is { readonly formula: string } {
  return typeof cell === "object" && cell !== null;
}

/**
 * The layouts as they will be written: final sheet, table and defined names, every placeholder substituted.
 * Throws an Error naming the first unknown key.
 */
export function resolveLayouts(layouts: readonly SheetLayout[], plan: NamePlan): SheetLayout[] {
  return layouts.map((layout) => {
    const sheetName = plan.sheets.get(layout.key);
    if (sheetName === undefined)
      throw new Error(`No planned sheet name for layout "${layout.key}"`);
    const at = (what: string) => `layout "${layout.key}" ${what}`;
    const cells = layout.cells.map((row, r) =>
      row.map((cell, c): CellContent =>
        isFormula(cell)
          ? {
              formula: substitutePlaceholders(
                cell.formula,
                plan,
                at(`cell ${columnLetters(c + 1)}${r + 1}`)
              ),
            }
          : cell
      )
    );
    return {
      ...layout,
      name: sheetName,
      cells,
      conditionalFormats: layout.conditionalFormats.map((cf) => ({
        ...cf,
        formula: substitutePlaceholders(cf.formula, plan, at(`conditional format ${cf.range}`)),
      })),
      tables: layout.tables.map((table) => ({
        ...table,
        name: mustGet(plan.tables, table.key, "table"),
      })),
      names: layout.names.map((spec) => ({
        ...spec,
        name: mustGet(plan.names, spec.key, "name"),
        refersTo: spec.refersTo.trim().startsWith("=")
          ? substitutePlaceholders(spec.refersTo, plan, at(`name ${spec.key}`))
          : spec.refersTo,
      })),
    };
  });
}

function mustGet(map: ReadonlyMap<string, string>, key: string, kind: string): string {
  const value = map.get(key);
  if (value === undefined) throw new Error(`No planned ${kind} name for key "${key}"`);
  return value;
}

/**
 * What names.add receives: a local address qualified with the sheet and made absolute ("C5" → `='算定'!$C$5`), a
 * formula as it is — write its references absolute ($C$5): Excel reads relative ones from the active cell.
 */
export function nameReference(sheetName: string, refersTo: string): string {
  const trimmed = refersTo.trim();
  if (trimmed.startsWith("=")) return trimmed;
  return `=${quoteSheetName(sheetName)}!${absoluteAddress(trimmed)}`;
}
