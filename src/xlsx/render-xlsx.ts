/**
 * Renders resolved SheetLayouts into a standalone .xlsx file with ExcelJS — the file counterpart of the pane's
 * writer (src/taskpane/office/sheet-writer.ts), with the same semantics:
 *  - literal text is always text (ExcelJS stores a string as a string, never as a formula, so no "'" is needed);
 *    numbers and booleans as they are; `{ formula: "=…" }` as a formula (the file format stores it without "=");
 *  - column widths (scaled to the file's Calibri digits: see fileColumnWidth), every RangeFormat over its whole range (bold, italic, size,
 *    colours, fill, number format, wrap, horizontal alignment, thin borders on every edge of every cell);
 *  - merges, data validation (drop-down lists, decimal / whole numbers with limits, input messages, error alerts),
 *    conditional formats (formula rules), tables, defined names, freeze panes, tab colours;
 *  - protection: the sheet is protected without a password (校閲 → シート保護の解除 works), selecting any cell and
 *    resizing columns and rows stay allowed; only the layout's unlocked ranges can be edited.
 *
 * Where the file format differs from the Excel API (workarounds, each tested in test/xlsx):
 *  - Formulas: the file stores the "[#This Row]" form of structured references, not the "@" shorthand the API and
 *    the UI accept (`Tbl[@列]` → `Tbl[[#This Row],[列]]`), and newer functions with their "_xlfn." prefix
 *    (`IFNA(` → `_xlfn.IFNA(`); both are rewritten outside string literals. Formulas get no cached value, so the
 *    workbook asks Excel to recalculate everything when it opens the file (fullCalcOnLoad).
 *  - Drop-down lists: an inline list (`"a,b,c"`) is limited to 255 characters and cannot hold a comma or a double
 *    quote inside a choice; such lists are written to a very hidden sheet ("_lists") and referenced by range.
 *  - Validation texts are cut to Excel's limits (title 32, input message 255, error message 225 characters): a file
 *    with longer ones makes Excel "repair" it and drop the validation.
 *  - Defined names: ExcelJS only models names that refer to cell ranges (and re-assembles them cell by cell). Names
 *    are therefore written through the workbook model ExcelJS serialises, as text: a local address becomes
 *    `'Sheet'!$C$5`, a formula is written as it is (without "="). Name comments cannot be written (ExcelJS has no
 *    field for them) and are dropped.
 *  - Merges are made without ExcelJS copying the top-left cell's style over the other cells, then formats are
 *    applied, so every cell of a merged range keeps its own borders.
 *  - Tables: ExcelJS's addTable writes the header and rows itself; it is given the layout's own cells (literals and
 *    formulas), so the values stay as they are. Filter buttons are shown and rows banded, as the API's default.
 *    Header cells that are not text get Excel's "Column1" … names, repeated headers a number, as Excel does.
 */
import type {
  Alignment,
  Borders,
  Cell,
  DataValidation,
  Fill,
  Font,
  Workbook,
  Worksheet,
} from "exceljs";
import type { CellContent, RangeFormat, SheetLayout, Validation } from "../sheets/layout";
import {
  absoluteAddress,
  columnLetters,
  formatRange,
  parseRange,
  type CellRange,
} from "../sheets/addresses";
import { isValidIdentifier, nameKey, quoteSheetName } from "../sheets/resolve-names";
import { truncateWithEllipsis } from "../sheets/truncate";
import { loadExcelJS } from "./load-exceljs";

export interface RenderOptions {
  /** Layout keys of sheets to hide from the respondent (state "veryHidden": not listed under Unhide). */
  readonly veryHidden?: readonly string[];
  /** Workbook-level defined names beyond the layouts' own: name → absolute reference, e.g. "'調査票'!$D$12". */
  readonly extraNames?: ReadonlyMap<string, string>;
  /** Document properties. */
  readonly title?: string;
}

/** The very hidden sheet that holds drop-down lists too long for an inline list. */
export const LISTS_SHEET_NAME = "_lists";

const INLINE_LIST_MAX = 255;
const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

/** ExcelJS's own default font (the file's Normal style): a font set on a cell replaces it entirely, so start from it. */
const BASE_FONT: Partial<Font> = {
  name: "Calibri",
  size: 11,
  family: 2,
  scheme: "minor",
  color: { theme: 1 },
};

/**
 * Column widths: a layout gives characters of the default font, and the pane's writer sizes them for Japanese
 * Excel's 游ゴシック 11 (8 px digits, see charactersToPoints in sheet-writer.ts). A file's width unit is a digit of
 * ITS Normal font, which ExcelJS fixes to Calibri 11 (7 px digits), so the width is scaled by 8/7 to give the
 * respondent the same column on screen as the pane's sheet.
 */
function fileColumnWidth(characters: number): number {
  return Math.round(((characters * 8) / 7) * 100) / 100;
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** Cut to Excel's limit (UTF-16 units) between whole characters, with "…" when cut. */
const cut = (text: string, max: number): string => truncateWithEllipsis(text, max);

// ---------------------------------------------------------------------------------------------------------------
// Formulas as the file stores them

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

function cellValue(content: CellContent): Cell["value"] {
  if (content === null || content === undefined) return null;
  if (typeof content === "object")
    return { formula: fileFormula(content.formula) } as Cell["value"];
  return content;
}

// ---------------------------------------------------------------------------------------------------------------
// Ranges

function mustParse(address: string, where: string): CellRange {
  const range = parseRange(address);
  if (!range) throw new Error(`renderXlsx: "${address}" is not an A1 range (${where})`);
  return range;
}

/** ExcelJS wants bounded ranges ("D1:D1048576", not "D:D"). */
function boundedAddress(range: CellRange): string {
  return formatRange({
    top: range.top,
    left: range.left,
    bottom: range.bottom,
    right: range.right,
  });
}

interface StyleTarget {
  font?: Partial<Font>;
  fill?: Fill;
  numFmt?: string;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
  protection?: { locked?: boolean; hidden?: boolean };
}

/**
 * Calls `apply` on every cell of the range. Whole columns or rows also get the style of the column / row (cells
 * outside the layout's block inherit it) and their cells inside the block, instead of a million cells.
 */
function forEachTarget(
  sheet: Worksheet,
  range: CellRange,
  block: { rows: number; columns: number },
  apply: (target: StyleTarget) => void
): void {
  if (range.wholeColumns) {
    for (let c = range.left; c <= range.right; c++) {
      apply((sheet.getColumn(c) as unknown as { style: StyleTarget }).style);
      for (let r = 1; r <= block.rows; r++) apply(sheet.getCell(r, c));
    }
    return;
  }
  if (range.wholeRows) {
    for (let r = range.top; r <= range.bottom; r++) {
      apply((sheet.getRow(r) as unknown as { style: StyleTarget }).style);
      for (let c = 1; c <= block.columns; c++) apply(sheet.getCell(r, c));
    }
    return;
  }
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) apply(sheet.getCell(r, c));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Formats

const THIN = { style: "thin" } as const;

/** New objects every time: ExcelJS cells may share style objects, so nothing is mutated in place. */
function applyFormat(target: StyleTarget, f: RangeFormat): void {
  const font: Partial<Font> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  if (f.fontColor !== undefined) font.color = { argb: argb(f.fontColor) };
  if (Object.keys(font).length > 0) target.font = { ...BASE_FONT, ...target.font, ...font };
  if (f.fill !== undefined)
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
  if (f.numberFormat !== undefined) target.numFmt = f.numberFormat;
  const alignment: Partial<Alignment> = {};
  if (f.wrap !== undefined) alignment.wrapText = f.wrap;
  if (f.horizontal !== undefined)
    alignment.horizontal =
      f.horizontal === "Left" ? "left" : f.horizontal === "Center" ? "center" : "right";
  if (f.vertical !== undefined)
    alignment.vertical =
      f.vertical === "Top" ? "top" : f.vertical === "Center" ? "middle" : "bottom";
  if (Object.keys(alignment).length > 0) target.alignment = { ...target.alignment, ...alignment };
  if (f.border)
    target.border = { ...target.border, top: THIN, left: THIN, bottom: THIN, right: THIN };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** Long or awkward drop-down lists, one column each on the very hidden "_lists" sheet. */
class ListSheet {
  private readonly columns = new Map<string, { column: number; choices: readonly string[] }>();

  constructor(readonly name: string) {}

  get size(): number {
    return this.columns.size;
  }

  /** The range (as a validation formula, no "=") that holds these choices. */
  reference(choices: readonly string[]): string {
    const key = JSON.stringify(choices);
    let entry = this.columns.get(key);
    if (!entry) {
      entry = { column: this.columns.size + 1, choices };
      this.columns.set(key, entry);
    }
    const letters = columnLetters(entry.column);
    return `${quoteSheetName(this.name)}!$${letters}$1:$${letters}$${Math.max(1, choices.length)}`;
  }

  write(sheet: Worksheet): void {
    for (const { column, choices } of this.columns.values()) {
      choices.forEach((choice, i) => {
        sheet.getCell(i + 1, column).value = choice;
      });
    }
  }
}

function needsListSheet(choices: readonly string[]): boolean {
  return (
    choices.join(",").length > INLINE_LIST_MAX ||
    choices.some((c) => c.includes(",") || c.includes('"'))
  );
}

function dataValidation(v: Validation, lists: ListSheet): DataValidation {
  const rule = v.rule;
  let base: DataValidation;
  if (rule.kind === "list") {
    const source = needsListSheet(rule.choices)
      ? lists.reference(rule.choices)
      : `"${rule.choices.join(",")}"`;
    base = { type: "list", allowBlank: true, formulae: [source] };
  } else {
    const formulae = rule.max === undefined ? [rule.min] : [rule.min, rule.max];
    base = {
      type: rule.kind,
      allowBlank: true,
      operator: rule.max === undefined ? "greaterThanOrEqual" : "between",
      formulae,
    };
  }
  // The API shows Excel's standard alert when none is given; the file format shows nothing unless asked.
  base.showErrorMessage = true;
  base.errorStyle = "stop";
  if (v.error) {
    base.errorTitle = cut(v.error.title, TITLE_MAX);
    base.error = cut(v.error.message, ERROR_MAX);
  }
  if (v.prompt) {
    base.showInputMessage = true;
    base.promptTitle = cut(v.prompt.title, TITLE_MAX);
    base.prompt = cut(v.prompt.message, PROMPT_MAX);
  }
  return base;
}

/**
 * One validation over a whole range: ExcelJS keeps validations by address in `worksheet.dataValidations` (not in
 * its typings) and accepts a range address there; `cell.dataValidation` is the per-cell fallback.
 */
function addValidation(sheet: Worksheet, range: CellRange, validation: DataValidation): void {
  const store = (
    sheet as unknown as {
      dataValidations?: { add?: (address: string, v: DataValidation) => unknown };
    }
  ).dataValidations;
  if (typeof store?.add === "function") {
    store.add(boundedAddress(range), validation);
    return;
  }
  for (let r = range.top; r <= range.bottom; r++) {
    for (let c = range.left; c <= range.right; c++) sheet.getCell(r, c).dataValidation = validation;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Defined names

interface NameEntry {
  readonly name: string;
  /** As stored in workbook.xml: a reference or formula without "=". */
  readonly text: string;
}

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * ExcelJS serialises `workbook.definedNames.model` (each entry's ranges joined by commas) and has no API for a name
 * that refers to a formula or a whole column. The instance's model getter is extended with these entries; ExcelJS's
 * own (range) names, if any, stay in front.
 */
function addDefinedNames(workbook: Workbook, entries: readonly NameEntry[]): void {
  if (entries.length === 0) return;
  const definedNames = workbook.definedNames as unknown as object;
  const descriptor = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(definedNames) as object,
    "model"
  );
  const get = descriptor?.get;
  if (!get) throw new Error("renderXlsx: this ExcelJS version has no definedNames.model to extend");
  const extra: DefinedNameModel[] = entries.map((e) => ({ name: e.name, ranges: [e.text] }));
  Object.defineProperty(definedNames, "model", {
    configurable: true,
    get: () => [...(get.call(definedNames) as DefinedNameModel[]), ...extra],
    set: (value: unknown) => descriptor.set?.call(definedNames, value),
  });
}

function nameText(sheetName: string, refersTo: string): string {
  const trimmed = refersTo.trim();
  if (trimmed.startsWith("=")) return fileFormula(trimmed);
  return `${quoteSheetName(sheetName)}!${absoluteAddress(trimmed)}`;
}

// ---------------------------------------------------------------------------------------------------------------

function uniqueSheetName(desired: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(desired))) return desired;
  for (let n = 2; ; n++) if (!taken.has(nameKey(`${desired}${n}`))) return `${desired}${n}`;
}

function writeTable(
  sheet: Worksheet,
  layout: SheetLayout,
  table: SheetLayout["tables"][number]
): void {
  const range = mustParse(table.range, `table ${table.key}`);
  const bottom = Math.max(range.bottom, range.top + 1); // a header-only range: Excel adds the row below
  const seen = new Set<string>();
  const columns: { name: string; filterButton: boolean }[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const header = layout.cells[range.top - 1]?.[c - 1];
    let name =
      typeof header === "string" && header.trim() !== ""
        ? header
        : typeof header === "number"
          ? String(header)
          : `Column${c - range.left + 1}`;
    if (seen.has(nameKey(name))) {
      let n = 2;
      while (seen.has(nameKey(`${name}${n}`))) n++;
      name = `${name}${n}`;
    }
    seen.add(nameKey(name));
    columns.push({ name, filterButton: true });
  }
  const rows: Cell["value"][][] = [];
  for (let r = range.top + 1; r <= bottom; r++) {
    const row: Cell["value"][] = [];
    for (let c = range.left; c <= range.right; c++)
      row.push(cellValue(layout.cells[r - 1]?.[c - 1] ?? null));
    rows.push(row);
  }
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: `${columnLetters(range.left)}${range.top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: (table.style ?? "TableStyleMedium2") as never, showRowStripes: true },
    columns,
    rows,
  });
}

/**
 * Layouts must be resolved (final names, no placeholders: see resolve-names.ts). Returns the file's bytes.
 * ExcelJS is loaded on first use, so the pane's initial bundle never contains it.
 */
export async function renderXlsx(
  layouts: readonly SheetLayout[],
  options: RenderOptions = {}
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "GHG offset add-in";
  workbook.created = new Date();
  if (options.title !== undefined) workbook.title = options.title;

  const veryHidden = new Set(options.veryHidden ?? []);
  const takenSheets = new Set(layouts.map((l) => nameKey(l.name)));
  const lists = new ListSheet(uniqueSheetName(LISTS_SHEET_NAME, takenSheets));
  const names: NameEntry[] = [];
  const takenNames = new Set<string>();
  const addName = (name: string, text: string, where: string) => {
    if (!isValidIdentifier(name))
      throw new Error(`renderXlsx: "${name}" is not a valid defined name (${where})`);
    if (takenNames.has(nameKey(name)))
      throw new Error(`renderXlsx: the defined name "${name}" is used twice (${where})`);
    takenNames.add(nameKey(name));
    names.push({ name, text });
  };
  for (const layout of layouts) for (const t of layout.tables) takenNames.add(nameKey(t.name));

  const firstVisible = Math.max(
    0,
    layouts.findIndex((l) => !veryHidden.has(l.key))
  );
  let hasFormulas = false;

  const sheets: Worksheet[] = layouts.map((layout, index) => {
    const freeze = layout.freeze;
    const frozen = freeze && (freeze.rows > 0 || (freeze.columns ?? 0) > 0);
    // A frozen view's selection lives in the scrolling pane, so the cursor starts at its top-left cell.
    const topLeftCell = frozen
      ? `${columnLetters((freeze.columns ?? 0) + 1)}${freeze.rows + 1}`
      : "A1";
    const view = frozen
      ? {
          state: "frozen" as const,
          xSplit: freeze.columns ?? 0,
          ySplit: freeze.rows,
          topLeftCell,
          activeCell: topLeftCell,
        }
      : { state: "normal" as const, activeCell: "A1" };
    return workbook.addWorksheet(layout.name, {
      state: veryHidden.has(layout.key) ? "veryHidden" : "visible",
      properties:
        layout.tabColor !== undefined ? { tabColor: { argb: argb(layout.tabColor) } } : {},
      views: [{ ...view, ...(index === firstVisible ? { tabSelected: true } : {}) } as never],
    });
  });

  layouts.forEach((layout, index) => {
    const sheet = sheets[index] as Worksheet;
    const block = { rows: layout.cells.length, columns: layout.cells[0]?.length ?? 0 };

    layout.cells.forEach((row, r) =>
      row.forEach((content, c) => {
        if (content === null || content === undefined) return;
        if (typeof content === "object") hasFormulas = true;
        sheet.getCell(r + 1, c + 1).value = cellValue(content);
      })
    );

    layout.columnWidths.forEach((width, i) => {
      const column = sheet.getColumn(i + 1);
      if (width > 0) column.width = fileColumnWidth(width);
      else column.hidden = true;
    });

    for (const table of layout.tables) writeTable(sheet, layout, table);

    const merges = layout.merges.map((address) => mustParse(address, `merge of ${layout.key}`));
    for (const merge of merges)
      sheet.mergeCellsWithoutStyle(merge.top, merge.left, merge.bottom, merge.right);

    for (const f of layout.formats)
      forEachTarget(sheet, mustParse(f.range, `format of ${layout.key}`), block, (target) =>
        applyFormat(target, f)
      );

    for (const v of layout.validations) {
      addValidation(
        sheet,
        mustParse(v.range, `validation of ${layout.key}`),
        dataValidation(v, lists)
      );
    }

    // Earlier conditional formats of a layout take precedence (priority 1 is the highest).
    layout.conditionalFormats.forEach((cf, priority) => {
      const range = mustParse(cf.range, `conditional format of ${layout.key}`);
      const style: { fill?: Fill; font?: Partial<Font> } = {};
      // Differential formats (conditional formats) take a solid fill's colour from bgColor.
      if (cf.fill !== undefined)
        style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
      if (cf.fontColor !== undefined) style.font = { color: { argb: argb(cf.fontColor) } };
      sheet.addConditionalFormatting({
        ref: boundedAddress(range),
        rules: [
          {
            type: "expression",
            priority: priority + 1,
            formulae: [fileFormula(cf.formula)],
            style,
          },
        ],
      });
    });

    for (const spec of layout.names)
      addName(spec.name, nameText(layout.name, spec.refersTo), `layout ${layout.key}`);
  });

  for (const [name, reference] of options.extraNames ?? [])
    addName(name, reference.trim().replace(/^=/, ""), "extraNames");

  // Protection last: unlocked ranges (a merge whose top-left cell is unlocked is unlocked whole), then protect.
  for (const [index, layout] of layouts.entries()) {
    const sheet = sheets[index] as Worksheet;
    if (!layout.protection) continue;
    const block = { rows: layout.cells.length, columns: layout.cells[0]?.length ?? 0 };
    const unlocked = layout.protection.unlockedRanges.map((address) =>
      mustParse(address, `unlocked range of ${layout.key}`)
    );
    const merges = layout.merges.map((address) => mustParse(address, `merge of ${layout.key}`));
    for (const merge of merges) {
      if (
        unlocked.some(
          (u) =>
            merge.top >= u.top &&
            merge.top <= u.bottom &&
            merge.left >= u.left &&
            merge.left <= u.right
        )
      )
        unlocked.push(merge);
    }
    for (const range of unlocked)
      forEachTarget(sheet, range, block, (target) => (target.protection = { locked: false }));
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }

  if (lists.size > 0) {
    const sheet = workbook.addWorksheet(lists.name, { state: "veryHidden" });
    lists.write(sheet);
  }

  addDefinedNames(workbook, names);
  if (hasFormulas) workbook.calcProperties.fullCalcOnLoad = true;
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: firstVisible,
      activeTab: firstVisible,
      visibility: "visible",
    },
  ];

  const buffer = await workbook.xlsx.writeBuffer();
  const bytes = buffer as unknown as ArrayBuffer | Uint8Array;
  return bytes instanceof Uint8Array
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice()
    : new Uint8Array(bytes);
}
