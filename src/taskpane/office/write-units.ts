/**
 * A build as a list of units in the order Excel needs them (see sheet-writer.ts): each unit queues a few Excel
 * operations and says how many bytes they add to a request, so the writer can cut the list into requests under the
 * budget. A unit belongs to one sheet (or to none, like the final activate): a sheet is complete when every unit of
 * it has been sent and accepted.
 *
 * Units never keep an Excel object across requests except the worksheets themselves (a range from getRange is valid
 * only in the request that created it); each unit asks for the ranges it needs when it is queued.
 */
import { columnLetters, parseRange, rangeColumns, rangeRows } from "../../sheets/addresses";
import { formulaInput } from "../../sheets/cell-text";
import type {
  ConditionalFormat,
  RangeFormat,
  SheetLayout,
  Validation,
  ValidationRule,
} from "../../sheets/layout";
import { nameReference, quoteSheetName } from "../../sheets/resolve-names";
import { fromR1C1, toR1C1 } from "../../sheets/r1c1";
import { CELL_BLOCK_BYTES, jsonBytes, RequestSize } from "./request-budget";
import type { FeatureName } from "./write-features";

export interface WriteUnit {
  /** Index of the layout (and sheet) this unit builds, or undefined for workbook-wide steps. */
  readonly sheet: number | undefined;
  /** Estimated request bytes. */
  readonly bytes: number;
  queue(): void;
}

/** The worksheets of the build, filled in by the units that add them. */
export type SheetHandles = (Excel.Worksheet | undefined)[];

/**
 * Column width: layouts give characters of the default font, `format.columnWidth` takes points. Excel's width in
 * characters is (pixels − 5 px padding) / maximum digit width; Japanese Excel's default font (游ゴシック 11 pt) has
 * 8 px digits (its default 8.38 characters = 72 px), and 1 px = 0.75 pt at 96 dpi. So 10 characters → 63.75 pt.
 * With Calibri 11 (7 px digits, English Excel) the same points show about 14 % more characters — wide enough.
 */
const DIGIT_PIXELS = 8;
const PADDING_PIXELS = 5;
const POINTS_PER_PIXEL = 0.75;

export function charactersToPoints(characters: number): number {
  if (!(characters > 0)) return 0;
  return Math.round((characters * DIGIT_PIXELS + PADDING_PIXELS) * POINTS_PER_PIXEL * 100) / 100;
}

const sheetOf = (sheets: SheetHandles, index: number): Excel.Worksheet => {
  const sheet = sheets[index];
  // Units of a sheet always come after the unit that adds it; reaching this is a bug of the plan, not of the user.
  if (!sheet) throw new Error(`sheet ${index} used before it was added`);
  return sheet;
};

// ---------------------------------------------------------------------------------------------------------------
// Cells: one `range.formulas = matrix` per row block, blocks cut so none passes CELL_BLOCK_BYTES.

/** office.js's own chunk size for large range writes. */
const OFFICE_JS_CHUNK_CELLS = 1500;
/** The cell matrix as office.js serializes it runs a few per cent over JSON.stringify of the rows (chunk nesting). */
const CELL_MARGIN = 1.05;

/** A column run shorter than this is written cell by cell: a fill costs a few object paths of its own. */
const MIN_FILL_ROWS = 3;

/**
 * Runs of rows in which a column holds the same relative formula (identical in R1C1): the ledger's check columns,
 * a table's computed columns. Each is written once for the run (`formulasR1C1` = one value for every cell,
 * ExcelApi 1.2) instead of once per row.
 */
function formulaFills(
  cells: SheetLayout["cells"]
): { address: string; r1c1: string; column: number; first: number; last: number }[] {
  const fills: { address: string; r1c1: string; column: number; first: number; last: number }[] =
    [];
  const columns = cells[0]?.length ?? 0;
  for (let c = 0; c < columns; c++) {
    let run: { r1c1: string; first: number } | undefined;
    const close = (end: number) => {
      if (run && end - run.first >= MIN_FILL_ROWS) {
        const letters = columnLetters(c + 1);
        fills.push({
          address: `${letters}${run.first + 1}:${letters}${end}`,
          r1c1: run.r1c1,
          column: c,
          first: run.first,
          last: end - 1,
        });
      }
      run = undefined;
    };
    cells.forEach((row, r) => {
      const cell = row[c];
      const formula = cell !== null && typeof cell === "object" ? cell.formula : undefined;
      // Extending a run needs only the run's formula seen from this row (a regex replace), not a new conversion.
      if (run && formula !== undefined && fromR1C1(run.r1c1, r + 1, c + 1) === formula) return;
      close(r);
      const r1c1 = formula === undefined ? undefined : toR1C1(formula, r + 1, c + 1);
      if (r1c1 !== undefined) run = { r1c1, first: r };
    });
    close(cells.length);
  }
  return fills;
}

/**
 * The cells: one `range.formulas = matrix` per row block, blocks cut so none passes CELL_BLOCK_BYTES; where a column
 * repeats a relative formula down its rows (and ExcelApi 1.2 is there), the matrix leaves those cells empty and one
 * fill per run writes them.
 */
function cellUnits(
  index: number,
  layout: SheetLayout,
  sheets: SheetHandles,
  fillFormulas: boolean
): WriteUnit[] {
  const columns = layout.cells[0]?.length ?? 0;
  if (layout.cells.length === 0 || columns === 0) return [];
  const rows = layout.cells.map((row) => row.map(formulaInput));
  const fills = fillFormulas ? formulaFills(layout.cells) : [];
  for (const fill of fills)
    for (let r = fill.first; r <= fill.last; r++)
      (rows[r] as (string | number | boolean)[])[fill.column] = "";
  const units: WriteUnit[] = [];
  let first = 0;
  let bytes = 0;
  const flush = (end: number) => {
    const block = rows.slice(first, end);
    const address = `A${first + 1}:${columnLetters(columns)}${end}`;
    // office.js splits a matrix of more than 1,500 cells into row ranges of its own inside the request
    // (setRangePropertiesInBulk: getRow, getRow, getBoundingRect and a set per chunk).
    const chunks = Math.ceil(((end - first) * columns) / OFFICE_JS_CHUNK_CELLS);
    const size = new RequestSize()
      .paths(2, address)
      .action()
      .paths(3 * chunks);
    for (let i = 0; i < chunks; i++) size.action();
    units.push({
      sheet: index,
      bytes: Math.ceil(bytes * CELL_MARGIN) + size.bytes,
      queue: () => (sheetOf(sheets, index).getRange(address).formulas = block),
    });
    first = end;
    bytes = 0;
  };
  rows.forEach((row, r) => {
    const rowBytes = jsonBytes(row);
    if (r > first && bytes + rowBytes > CELL_BLOCK_BYTES) flush(r);
    bytes += rowBytes;
  });
  flush(rows.length);
  // After the blocks, whose "" would otherwise clear them.
  for (const fill of fills) {
    units.push({
      sheet: index,
      bytes: new RequestSize().paths(2, fill.address).action(fill.r1c1).bytes,
      queue: () =>
        (sheetOf(sheets, index).getRange(fill.address).formulasR1C1 =
          fill.r1c1 as unknown as string[][]),
    });
  }
  return units;
}

// ---------------------------------------------------------------------------------------------------------------
// Formats

function columnWidthUnits(
  index: number,
  widths: readonly number[],
  sheets: SheetHandles
): WriteUnit[] {
  // One range per run of equal widths ("B:D"), so a regular sheet costs a few operations, not one per column.
  const units: WriteUnit[] = [];
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    const address = `${columnLetters(start + 1)}:${columnLetters(i)}`;
    const points = charactersToPoints(widths[start] ?? 0);
    units.push({
      sheet: index,
      bytes: new RequestSize().paths(2, address).action(points).bytes,
      queue: () => (sheetOf(sheets, index).getRange(address).format.columnWidth = points),
    });
    start = i;
  }
  return units;
}

type BorderSide =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
const EDGES: readonly BorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

function borderSides(address: string): BorderSide[] {
  // Inside borders only where the range has more than one column / row.
  const box = parseRange(address);
  const sides: BorderSide[] = [...EDGES];
  if (box && rangeColumns(box) > 1) sides.push("InsideVertical");
  if (box && rangeRows(box) > 1) sides.push("InsideHorizontal");
  return sides;
}

function formatSize(f: RangeFormat): number {
  const size = new RequestSize().paths(2, f.range);
  const font = [f.bold, f.italic, f.fontSize, f.fontColor].filter((v) => v !== undefined);
  if (font.length > 0) size.paths(1);
  for (const value of font) size.action(value);
  if (f.fill !== undefined) size.paths(1).action(f.fill);
  for (const value of [f.numberFormat, f.wrap, f.horizontal, f.vertical])
    if (value !== undefined) size.action(value);
  if (f.border)
    for (const side of borderSides(f.range))
      size.paths(2, side).action("Continuous").action("Thin");
  return size.bytes;
}

function applyFormat(sheet: Excel.Worksheet, f: RangeFormat): void {
  const range = sheet.getRange(f.range);
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontSize !== undefined) range.format.font.size = f.fontSize;
  if (f.fontColor !== undefined) range.format.font.color = f.fontColor;
  if (f.fill !== undefined) range.format.fill.color = f.fill;
  // A single value (not a matrix) applies to every cell of the range, whatever its size ("When setting … the value
  // argument can be either a single value or a two-dimensional array. If the argument is a single value, it will be
  // applied to all cells in the range" — the ExcelApi 1.1 reference of Range).
  if (f.numberFormat !== undefined) range.numberFormat = f.numberFormat as unknown as string[][];
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.horizontal !== undefined) range.format.horizontalAlignment = f.horizontal;
  if (f.vertical !== undefined) range.format.verticalAlignment = f.vertical;
  if (f.border) {
    for (const side of borderSides(f.range)) {
      const border = range.format.borders.getItem(side);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Validation, conditional formats, freeze panes, names

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === "list")
    return { list: { inCellDropDown: true, source: rule.choices.join(",") } };
  const basic: Excel.BasicDataValidation =
    rule.max === undefined
      ? { operator: "GreaterThanOrEqualTo", formula1: rule.min }
      : { operator: "Between", formula1: rule.min, formula2: rule.max };
  return rule.kind === "decimal" ? { decimal: basic } : { wholeNumber: basic };
}

function validationUnit(index: number, v: Validation, sheets: SheetHandles): WriteUnit {
  const rule = validationRule(v.rule);
  const prompt = v.prompt
    ? { showPrompt: true, title: v.prompt.title, message: v.prompt.message }
    : undefined;
  const errorAlert = v.error
    ? { showAlert: true, style: "Stop" as const, title: v.error.title, message: v.error.message }
    : undefined;
  const size = new RequestSize().paths(2, v.range).action(rule);
  if (prompt) size.action(prompt);
  if (errorAlert) size.action(errorAlert);
  return {
    sheet: index,
    bytes: size.bytes,
    queue: () => {
      const dv = sheetOf(sheets, index).getRange(v.range).dataValidation;
      dv.rule = rule;
      if (prompt) dv.prompt = prompt;
      if (errorAlert) dv.errorAlert = errorAlert;
    },
  };
}

function conditionalFormatUnit(
  index: number,
  c: ConditionalFormat,
  sheets: SheetHandles
): WriteUnit {
  const size = new RequestSize()
    .paths(8, [c.range, c.formula])
    .action(c.formula)
    .action(c.fill)
    .action(c.fontColor);
  return {
    sheet: index,
    bytes: size.bytes,
    queue: () => {
      const cf = sheetOf(sheets, index).getRange(c.range).conditionalFormats.add("Custom");
      cf.custom.rule.formula = c.formula;
      if (c.fill !== undefined) cf.custom.format.fill.color = c.fill;
      if (c.fontColor !== undefined) cf.custom.format.font.color = c.fontColor;
    },
  };
}

function applyFreeze(sheet: Excel.Worksheet, freeze: NonNullable<SheetLayout["freeze"]>): void {
  const rows = freeze.rows;
  const columns = freeze.columns ?? 0;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(`A1:${columnLetters(columns)}${rows}`);
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

export function nameUnit(
  index: number,
  workbook: Excel.Workbook,
  sheetName: string,
  spec: SheetLayout["names"][number]
): WriteUnit {
  const reference = nameReference(sheetName, spec.refersTo);
  return {
    sheet: index,
    bytes: new RequestSize().paths(2).action([spec.name, reference, spec.comment ?? ""]).bytes,
    queue: () => {
      if (spec.comment === undefined) workbook.names.add(spec.name, reference);
      else workbook.names.add(spec.name, reference, spec.comment);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------

const small = (
  index: number,
  queue: () => void,
  paths = 2,
  args: unknown = undefined
): WriteUnit => ({
  sheet: index,
  bytes: new RequestSize().paths(paths).action(args).bytes,
  queue,
});

/** The sheet's own content, in the order Excel accepts: cells, then what sits on them (tables need their headers). */
export function layoutUnits(
  index: number,
  layout: SheetLayout,
  context: {
    readonly workbook: Excel.Workbook;
    readonly sheets: SheetHandles;
    readonly enabled: Readonly<Record<FeatureName, boolean>>;
  }
): WriteUnit[] {
  const { workbook, sheets, enabled } = context;
  const sheet = () => sheetOf(sheets, index);
  const units = cellUnits(index, layout, sheets, enabled.formulaFills);
  if (enabled.columnWidths) units.push(...columnWidthUnits(index, layout.columnWidths, sheets));
  for (const f of layout.formats)
    units.push({ sheet: index, bytes: formatSize(f), queue: () => applyFormat(sheet(), f) });
  if (enabled.merges)
    for (const m of layout.merges)
      units.push(small(index, () => sheet().getRange(m).merge(false), 1, [m, false]));
  for (const t of layout.tables) {
    const address = `${quoteSheetName(layout.name)}!${t.range}`;
    units.push(
      small(
        index,
        () => {
          const table = workbook.tables.add(address, true);
          table.name = t.name;
          if (t.style !== undefined) table.style = t.style;
        },
        3,
        [address, t.name, t.style ?? ""]
      )
    );
  }
  if (enabled.validations)
    for (const v of layout.validations) units.push(validationUnit(index, v, sheets));
  if (enabled.conditionalFormats)
    for (const c of layout.conditionalFormats) units.push(conditionalFormatUnit(index, c, sheets));
  const tabColor = layout.tabColor;
  if (enabled.tabColor && tabColor !== undefined)
    units.push(small(index, () => (sheet().tabColor = tabColor), 0, tabColor));
  const freeze = layout.freeze;
  if (enabled.freeze && freeze) units.push(small(index, () => applyFreeze(sheet(), freeze), 1));
  return units;
}

/** Unlocks the input ranges and protects the sheet (no password: the user must be able to unprotect it). */
export function protectionUnits(
  index: number,
  layout: SheetLayout,
  sheets: SheetHandles
): WriteUnit[] {
  const protection = layout.protection;
  if (!protection) return [];
  const sheet = () => sheetOf(sheets, index);
  return [
    ...protection.unlockedRanges.map((address) =>
      small(index, () => (sheet().getRange(address).format.protection.locked = false), 3, [
        address,
        false,
      ])
    ),
    // 校閲 → シート保護の解除 works without a password. Resizing stays allowed.
    small(
      index,
      () => sheet().protection.protect({ allowFormatColumns: true, allowFormatRows: true }),
      1,
      { allowFormatColumns: true, allowFormatRows: true }
    ),
  ];
}
