/**
 * A SheetLayout as a grid for the preview table (pure): column letters, row numbers, the text of each cell
 * (a formula's computed value where the caller has computed the layouts, else its text, "=" first), formats folded into a style per cell, and merges as row/column spans.
 * Only the first rows are rendered; the caller says how many.
 */
import type { CellContent, HorizontalAlignment, SheetLayout } from "../../sheets/layout";
import { columnLetters, columnNumber, parseRange } from "../../sheets/addresses";
import type { ComputedValue } from "../../sheets/evaluate-layouts";
import { formatValue } from "../../sheets/format-value";
import { finalName, mapPlaceholders, planNames, type NamePlan } from "../../sheets/resolve-names";

export const DEFAULT_PREVIEW_ROWS = 200;
/** Columns beyond this are not rendered (a safety net; the builders' layouts are a dozen columns wide). */
export const MAX_PREVIEW_COLUMNS = 52;

/** 0 → "A", 25 → "Z", 26 → "AA" (0-based, as the preview indexes columns). */
export const columnLetter = (index: number): string => columnLetters(index + 1);

/** "AA" → 26. */
export const columnIndex = (letters: string): number => columnNumber(letters) - 1;

/** Zero-based inclusive bounds. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A range of the preview grid, 0-based and clipped to `size` (whole columns and rows end at the grid's edge): the
 * writer's own parsing (sheets/addresses.ts) with the preview's index base. A sheet prefix ("'x'!A1") is ignored.
 */
export function previewRange(
  address: string,
  size: { rows: number; columns: number }
): CellRect | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const range = parseRange(local);
  if (!range) return null;
  return {
    top: range.top - 1,
    left: range.left - 1,
    bottom: range.wholeColumns ? size.rows - 1 : range.bottom - 1,
    right: range.wholeRows ? size.columns - 1 : range.right - 1,
  };
}

/** The plan the writer would make in an empty workbook, once per set of layouts (a preview renders many cells). */
const plans = new WeakMap<readonly SheetLayout[], NamePlan | null>();

function previewPlan(layouts: readonly SheetLayout[]): NamePlan | null {
  if (!plans.has(layouts)) {
    let plan: NamePlan | null;
    try {
      plan = planNames(layouts, { sheets: [], tables: [], names: [] });
    } catch {
      plan = null; // layouts the writer would refuse: their placeholders stay as written
    }
    plans.set(layouts, plan);
  }
  return plans.get(layouts) ?? null;
}

/**
 * Shows `{{sheet:KEY}}`, `{{table:KEY}}` and `{{name:KEY}}` as the writer resolves them in an empty workbook (it may
 * still rename on a clash with the user's sheets). Unknown keys stay as they are.
 */
export function resolvePlaceholders(formula: string, layouts: readonly SheetLayout[]): string {
  const plan = previewPlan(layouts);
  return plan ? mapPlaceholders(formula, (p) => finalName(p, plan)) : formula;
}

/** A literal as Excel shows it roughly: TRUE/FALSE, numbers with the common number formats. */
export function formatNumber(value: number, numberFormat?: string): string {
  if (!numberFormat || numberFormat === "General" || numberFormat === "@") return String(value);
  const fmt = numberFormat.split(";")[0] ?? "";
  const percent = fmt.includes("%");
  const decimals = /0\.(0+)/.exec(fmt)?.[1]?.length ?? 0;
  if (!/[0#]/.test(fmt)) return String(value);
  const shown = percent ? value * 100 : value;
  const grouped = fmt.includes(",");
  const text = shown.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}

export function cellText(
  content: CellContent,
  layouts: readonly SheetLayout[],
  numberFormat?: string
): { text: string; isFormula: boolean } {
  if (content === null || content === undefined) return { text: "", isFormula: false };
  if (typeof content === "object") {
    const formula = resolvePlaceholders(content.formula, layouts);
    return { text: formula.startsWith("=") ? formula : `=${formula}`, isFormula: true };
  }
  if (typeof content === "boolean") return { text: content ? "TRUE" : "FALSE", isFormula: false };
  if (typeof content === "number")
    return { text: formatNumber(content, numberFormat), isFormula: false };
  return { text: content, isFormula: false };
}

type ComputedGrid = readonly (readonly ComputedValue[])[];

/** A cell's text with its computed value where it has one: a formula shows its value, its formula kept for the title. */
function withValue(
  shown: { text: string; isFormula: boolean },
  content: CellContent,
  value: ComputedValue | undefined,
  numberFormat: string | undefined
): { text: string; isFormula: boolean; formula?: string; message?: string; numeric: boolean } {
  if (!shown.isFormula || value === undefined)
    return { ...shown, numeric: typeof content === "number" };
  const message = typeof value === "object" && value !== null ? value.message : undefined;
  return {
    text: formatValue(value, numberFormat),
    isFormula: true,
    formula: shown.text,
    ...(message !== undefined ? { message } : {}),
    numeric: typeof value === "number",
  };
}

export interface PreviewStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly horizontal?: HorizontalAlignment;
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly numberFormat?: string;
  /** Editable when the sheet is protected (an input cell). */
  readonly unlocked?: boolean;
}

export interface PreviewCell {
  readonly text: string;
  readonly isFormula: boolean;
  /** A formula cell's formula, when `text` shows its computed value. */
  readonly formula?: string;
  /** An error value's message (what Excel's cell card would say). */
  readonly message?: string;
  /** A number (typed or computed): right-aligned, as Excel aligns numbers, and never running on over its neighbours. */
  readonly numeric: boolean;
  readonly style: PreviewStyle;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** "B12", for titles. */
  readonly address: string;
  /**
   * Empty cells to the right that left-aligned, unwrapped text runs on over, as Excel shows it (0: none). The
   * text stops at the first cell with content.
   */
  readonly spillColumns: number;
}

export interface PreviewRow {
  /** 1-based row number. */
  readonly number: number;
  /** null where a merge covers the cell (the table leaves it out). */
  readonly cells: readonly (PreviewCell | null)[];
}

export interface PreviewGrid {
  readonly columns: readonly { readonly letter: string; readonly widthChars: number }[];
  readonly rows: readonly PreviewRow[];
  readonly totalRows: number;
  readonly totalColumns: number;
  /** True when rows (or columns) were left out. */
  readonly truncated: boolean;
}

/**
 * The grid of one layout. `layouts` are the sheets built together (for placeholders); formats later in the list
 * win over earlier ones, as when the writer applies them in order.
 */
/** The grid's extent: rows and columns rendered, of those the layout has. */
interface GridSize {
  readonly rows: number;
  readonly columns: number;
  readonly totalRows: number;
  readonly totalColumns: number;
}

const STYLE_KEYS = [
  "bold",
  "italic",
  "fill",
  "fontColor",
  "horizontal",
  "wrap",
  "border",
  "numberFormat",
] as const;

/** Each rendered cell's style: the layout's formats in order (later ones win per key), then the unlocked ranges. */
function cellStyles(layout: SheetLayout, size: GridSize): PreviewStyle[][] {
  const whole = { rows: size.totalRows, columns: size.totalColumns };
  const styles: PreviewStyle[][] = Array.from({ length: size.rows }, () =>
    Array.from({ length: size.columns }, () => ({}))
  );
  const apply = (range: string, patch: PreviewStyle) => {
    const rect = previewRange(range, whole);
    if (!rect) return;
    for (let r = rect.top; r <= Math.min(rect.bottom, size.rows - 1); r++) {
      const row = styles[r] as PreviewStyle[];
      for (let c = rect.left; c <= Math.min(rect.right, size.columns - 1); c++)
        row[c] = { ...row[c], ...patch };
    }
  };
  for (const f of layout.formats) {
    const patch: Record<string, unknown> = {};
    for (const key of STYLE_KEYS) {
      if (f[key] !== undefined) patch[key] = f[key];
    }
    apply(f.range, patch as PreviewStyle);
  }
  for (const range of layout.protection?.unlockedRanges ?? []) apply(range, { unlocked: true });
  return styles;
}

/** Merges clipped to the rendered grid: the spans of their top-left cells ("r,c") and the cells they cover. */
function mergeSpans(layout: SheetLayout, size: GridSize) {
  const whole = { rows: size.totalRows, columns: size.totalColumns };
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of layout.merges) {
    const rect = previewRange(merge, whole);
    if (!rect || rect.top >= size.rows || rect.left >= size.columns) continue;
    const bottom = Math.min(rect.bottom, size.rows - 1);
    const right = Math.min(rect.right, size.columns - 1);
    spans.set(`${rect.top},${rect.left}`, {
      rowSpan: bottom - rect.top + 1,
      colSpan: right - rect.left + 1,
    });
    for (let r = rect.top; r <= bottom; r++) {
      for (let c = rect.left; c <= right; c++)
        if (r !== rect.top || c !== rect.left) covered.add(`${r},${c}`);
    }
  }
  return { spans, covered };
}

type Merges = ReturnType<typeof mergeSpans>;

/** How many empty cells to the right a left-aligned, unwrapped one-row text runs on over, as Excel shows it. */
function spillColumnsOf(
  cell: { text: string; style: PreviewStyle; rowSpan: number; colSpan: number },
  at: { row: number; column: number },
  source: readonly CellContent[],
  columns: number,
  { spans, covered }: Merges
): number {
  const { text, style } = cell;
  if (text === "" || style.wrap || (style.horizontal ?? "Left") !== "Left" || cell.rowSpan !== 1)
    return 0;
  let spill = 0;
  for (let next = at.column + cell.colSpan; next < columns; next++) {
    const key = `${at.row},${next}`;
    if (covered.has(key) || spans.has(key) || !isEmpty(source[next] ?? null)) break;
    spill += 1;
  }
  return spill;
}

/** One rendered row: a cell per column, null where a merge above or to the left covers it. */
function previewRow(
  r: number,
  layout: SheetLayout,
  layouts: readonly SheetLayout[],
  size: GridSize,
  styles: PreviewStyle[][],
  merges: Merges,
  values: ComputedGrid | undefined
): PreviewRow {
  const source = layout.cells[r] ?? [];
  const cells: (PreviewCell | null)[] = [];
  for (let c = 0; c < size.columns; c++) {
    if (merges.covered.has(`${r},${c}`)) {
      cells.push(null);
      continue;
    }
    const style = styles[r]?.[c] ?? {};
    const shown = cellText(source[c] ?? null, layouts, style.numberFormat);
    const { text, isFormula, formula, message, numeric } = withValue(
      shown,
      source[c] ?? null,
      values?.[r]?.[c],
      style.numberFormat
    );
    const span = merges.spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
    const at = { row: r, column: c };
    const spillColumns = numeric
      ? 0
      : spillColumnsOf({ text, style, ...span }, at, source, size.columns, merges);
    cells.push({
      text,
      isFormula,
      ...(formula !== undefined ? { formula } : {}),
      ...(message !== undefined ? { message } : {}),
      numeric,
      style,
      ...span,
      address: `${columnLetter(c)}${r + 1}`,
      spillColumns,
    });
  }
  return { number: r + 1, cells };
}

export function previewGrid(
  layout: SheetLayout,
  options: {
    readonly maxRows?: number;
    readonly layouts?: readonly SheetLayout[];
    /** The layout's computed values (sheets/evaluate-layouts): formula cells show them instead of their text. */
    readonly values?: ComputedGrid;
  } = {}
): PreviewGrid {
  const layouts = options.layouts ?? [layout];
  const totalRows = layout.cells.length;
  const totalColumns = Math.max(0, ...layout.cells.map((r) => r.length));
  const size: GridSize = {
    rows: Math.min(totalRows, options.maxRows ?? DEFAULT_PREVIEW_ROWS),
    columns: Math.min(totalColumns, MAX_PREVIEW_COLUMNS),
    totalRows,
    totalColumns,
  };
  const styles = cellStyles(layout, size);
  const merges = mergeSpans(layout, size);
  return {
    columns: Array.from({ length: size.columns }, (_, c) => ({
      letter: columnLetter(c),
      widthChars: layout.columnWidths[c] ?? 8.43,
    })),
    rows: Array.from({ length: size.rows }, (_, r) =>
      previewRow(r, layout, layouts, size, styles, merges, options.values)
    ),
    totalRows,
    totalColumns,
    truncated: size.rows < totalRows || size.columns < totalColumns,
  };
}

function isEmpty(content: CellContent): boolean {
  return content === null || content === undefined || content === "";
}

/** What the preview lists under the table. */
export interface LayoutSummary {
  readonly validations: number;
  readonly conditionalFormats: number;
  readonly tables: readonly string[];
  readonly names: readonly string[];
  readonly protectedSheet: boolean;
  readonly freeze?: { readonly rows: number; readonly columns?: number };
}

export function layoutSummary(layout: SheetLayout): LayoutSummary {
  return {
    validations: layout.validations.length,
    conditionalFormats: layout.conditionalFormats.length,
    tables: layout.tables.map((t) => t.name),
    names: layout.names.map((n) => n.name),
    protectedSheet: layout.protection !== undefined,
    ...(layout.freeze ? { freeze: layout.freeze } : {}),
  };
}
