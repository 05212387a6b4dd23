/**
 * The one writer of the task pane: renders SheetLayouts into NEW worksheets of the open workbook through the Excel
 * JavaScript API. Nothing else of the pane writes to the workbook, and this never overwrites anything.
 *
 * Round trips: exactly two `context.sync()` calls per build, whatever the number and size of the layouts —
 *  1. load the names of the workbook's worksheets, tables and defined names (to choose names that do not clash);
 *  2. everything else, queued in one batch: the sheets, each sheet's cell block in ONE `range.formulas = matrix`
 *     (literals in the same matrix: numbers as numbers, text as text — escaped with ' when Excel would read it as a
 *     formula, number or date), then formats, merges, tables, validations, conditional formats, names, protection.
 * An Excel batch is not a transaction: if sync 2 fails, what ran before the failing operation stays, so the error
 * lists the sheets that may be half built (`partialSheets`) rather than deleting anything on its own.
 *
 * Order inside the batch (it matters to Excel):
 *  - all sheets are added first, so formulas may refer to any sheet of the build;
 *  - names that point at a local address are added next (formulas using them resolve at once);
 *  - sheets are filled in `writeOrder`: a sheet whose formulas use `{{table:KEY}}` of another sheet comes after it,
 *    because a structured reference to a table that does not exist yet is refused; a sheet's tables are created
 *    right after its cells (their header cells must be there first);
 *  - names whose refersTo is a formula come after all tables; protection comes last, then the first sheet is shown.
 *
 * Requirement sets (checked with `options.supports`, degraded with a warning — never a crash):
 *  ExcelApi 1.1 (worksheets, ranges, formulas, number formats, fonts, fills, borders, alignment, tables, activate)
 *  is assumed; 1.2 gates column widths, merges and protection (`format.protection.locked` + `protection.protect`);
 *  1.4 defined names (`names.add`); 1.6 conditional formats; 1.7 freeze panes and tab colours; 1.8 data validation.
 *  Unlocked input ranges use `format.protection.locked = false` (ExcelApi 1.2): `protection.allowEditRanges` exists
 *  only in ExcelApiOnline 1.1 (Excel on the web), so it is not used.
 */
import type { ConditionalFormat, RangeFormat, SheetLayout, Validation, ValidationRule } from "../../sheets/layout";
import { columnLetters, parseRange, rangeColumns, rangeRows } from "../../sheets/addresses";
import { formulaInput } from "../../sheets/cell-text";
import { nameReference, planNames, quoteSheetName, resolveLayouts, type NamePlan } from "../../sheets/resolve-names";
import { describeProblem, validateLayouts, writeOrder } from "../../sheets/validate-layout";

export interface WriteOptions {
  /** Whether a requirement set is available, e.g. `supports("ExcelApi", "1.8")`. */
  supports(set: string, version: string): boolean;
  /** Progress for the pane: a Japanese / English message and a fraction 0–1. */
  onProgress?(message: string, fraction: number): void;
}

export interface WriteResult {
  /** The sheets created, in layout order, with the names they got. */
  readonly sheets: { readonly key: string; readonly name: string }[];
  /** Features skipped because this Excel lacks a requirement set, one message per feature (Japanese / English). */
  readonly warnings: string[];
  /** Round trips used: 2 (0 when there was nothing to write). */
  readonly syncs: number;
}

/** The build failed. `detail` is Excel's own message when Excel refused; `problems` lists what is wrong with layouts. */
export class SheetWriteError extends Error {
  /** Excel's error code ("InvalidArgument", "AccessDenied" …), "InvalidLayout", or "Unknown". */
  readonly code: string;
  readonly detail: string;
  /** Where Excel says it failed (OfficeExtension.Error debugInfo.errorLocation), when it says. */
  readonly location: string;
  readonly problems: readonly string[];
  /** Sheets this build may have created before it failed (in the workbook, possibly incomplete). */
  readonly partialSheets: readonly string[];

  constructor(code: string, detail: string, extra: { problems?: readonly string[]; partialSheets?: readonly string[]; location?: string } = {}) {
    super(`${code}: ${detail}`);
    this.name = "SheetWriteError";
    this.code = code;
    this.detail = detail;
    this.location = extra.location ?? "";
    this.problems = extra.problems ?? [];
    this.partialSheets = extra.partialSheets ?? [];
  }
}

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

/** Features gated by a requirement set, and what the user is told when one is skipped. */
interface Feature {
  readonly version: string;
  readonly used: (layout: SheetLayout) => boolean;
  readonly ja: string;
  readonly en: string;
}

const FEATURES = {
  columnWidths: {
    version: "1.2",
    used: (l) => l.columnWidths.length > 0,
    ja: "列の幅を設定できませんでした",
    en: "Column widths were skipped",
  },
  merges: {
    version: "1.2",
    used: (l) => l.merges.length > 0,
    ja: "セルの結合を設定できませんでした",
    en: "Merged cells were skipped",
  },
  protection: {
    version: "1.2",
    used: (l) => l.protection !== undefined,
    ja: "シートを保護できませんでした（数式のセルも編集できる状態です）",
    en: "Sheet protection was skipped (formula cells can be edited)",
  },
  names: {
    version: "1.4",
    used: (l) => l.names.length > 0,
    ja: "名前の定義を追加できませんでした（その名前を使う数式は #NAME? になります）",
    en: "Defined names were skipped (formulas using them show #NAME?)",
  },
  conditionalFormats: {
    version: "1.6",
    used: (l) => l.conditionalFormats.length > 0,
    ja: "条件付き書式を設定できませんでした（未入力欄などは強調表示されません）",
    en: "Conditional formats were skipped (missing entries are not highlighted)",
  },
  freeze: {
    version: "1.7",
    used: (l) => l.freeze !== undefined,
    ja: "ウィンドウ枠を固定できませんでした",
    en: "Freeze panes were skipped",
  },
  tabColor: {
    version: "1.7",
    used: (l) => l.tabColor !== undefined,
    ja: "シート見出しの色を設定できませんでした",
    en: "Tab colours were skipped",
  },
  validations: {
    version: "1.8",
    used: (l) => l.validations.length > 0,
    ja: "入力規則（選択リスト・数値の範囲）を設定できませんでした（入力値は検査されません）",
    en: "Data validation (drop-down lists, number limits) was skipped (entries are not checked)",
  },
} satisfies Record<string, Feature>;

type FeatureName = keyof typeof FEATURES;

function featureSupport(supports: WriteOptions["supports"]): Record<FeatureName, boolean> {
  const cache = new Map<string, boolean>();
  const has = (version: string) => {
    let value = cache.get(version);
    if (value === undefined) {
      try {
        value = supports("ExcelApi", version) === true;
      } catch {
        value = false;
      }
      cache.set(version, value);
    }
    return value;
  };
  const out = {} as Record<FeatureName, boolean>;
  for (const name of Object.keys(FEATURES) as FeatureName[]) out[name] = has(FEATURES[name].version);
  return out;
}

function skippedWarnings(layouts: readonly SheetLayout[], enabled: Record<FeatureName, boolean>): string[] {
  const warnings: string[] = [];
  for (const name of Object.keys(FEATURES) as FeatureName[]) {
    if (enabled[name]) continue;
    const feature: Feature = FEATURES[name];
    const sheets = layouts.filter(feature.used).map((l) => l.name);
    if (sheets.length === 0) continue;
    warnings.push(
      `${feature.ja}。この Excel は ExcelApi ${feature.version} に対応していません。対象シート: ${sheets.join("、")}` +
        ` / ${feature.en}: this Excel does not support ExcelApi ${feature.version}. Sheets: ${sheets.join(", ")}`,
    );
  }
  return warnings;
}

/** An Excel (or other) failure as a SheetWriteError carrying Excel's code and message. */
function toWriteError(err: unknown, partialSheets: readonly string[]): SheetWriteError {
  if (err instanceof SheetWriteError) return err;
  const record = typeof err === "object" && err !== null ? (err as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } }) : {};
  const code = typeof record.code === "string" && record.code !== "" ? record.code : "Unknown";
  const detail = typeof record.message === "string" ? record.message : String(err);
  const location = typeof record.debugInfo?.errorLocation === "string" ? record.debugInfo.errorLocation : "";
  return new SheetWriteError(code, detail, { partialSheets, location });
}

// ---------------------------------------------------------------------------------------------------------------
// Queuing one layout's parts (no sync here)

function writeCells(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const rows = layout.cells.length;
  const columns = layout.cells[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return;
  sheet.getRange(`A1:${columnLetters(columns)}${rows}`).formulas = layout.cells.map((row) => row.map(formulaInput));
}

function setColumnWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  // One range per run of equal widths ("B:D"), so a regular sheet costs a few operations, not one per column.
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    const first = columnLetters(start + 1);
    const last = columnLetters(i);
    sheet.getRange(`${first}:${last}`).format.columnWidth = charactersToPoints(widths[start] ?? 0);
    start = i;
  }
}

type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
const EDGES: readonly BorderSide[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

function applyFormat(sheet: Excel.Worksheet, f: RangeFormat): void {
  const range = sheet.getRange(f.range);
  if (f.bold !== undefined) range.format.font.bold = f.bold;
  if (f.italic !== undefined) range.format.font.italic = f.italic;
  if (f.fontSize !== undefined) range.format.font.size = f.fontSize;
  if (f.fontColor !== undefined) range.format.font.color = f.fontColor;
  if (f.fill !== undefined) range.format.fill.color = f.fill;
  // A 1×1 matrix applies to every cell of the range (and works on whole columns too).
  if (f.numberFormat !== undefined) range.numberFormat = [[f.numberFormat]];
  if (f.wrap !== undefined) range.format.wrapText = f.wrap;
  if (f.horizontal !== undefined) range.format.horizontalAlignment = f.horizontal;
  if (f.vertical !== undefined) range.format.verticalAlignment = f.vertical;
  if (f.border) {
    // Inside borders only where the range has more than one column / row.
    const box = parseRange(f.range);
    const indexes: BorderSide[] = [...EDGES];
    if (box && rangeColumns(box) > 1) indexes.push("InsideVertical");
    if (box && rangeRows(box) > 1) indexes.push("InsideHorizontal");
    for (const index of indexes) {
      const border = range.format.borders.getItem(index);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.kind === "list") return { list: { inCellDropDown: true, source: rule.choices.join(",") } };
  const basic: Excel.BasicDataValidation =
    rule.max === undefined
      ? { operator: "GreaterThanOrEqualTo", formula1: rule.min }
      : { operator: "Between", formula1: rule.min, formula2: rule.max };
  return rule.kind === "decimal" ? { decimal: basic } : { wholeNumber: basic };
}

function applyValidation(sheet: Excel.Worksheet, v: Validation): void {
  const dv = sheet.getRange(v.range).dataValidation;
  dv.rule = validationRule(v.rule);
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
  if (v.error) dv.errorAlert = { showAlert: true, style: "Stop", title: v.error.title, message: v.error.message };
}

function applyConditionalFormat(sheet: Excel.Worksheet, c: ConditionalFormat): void {
  const cf = sheet.getRange(c.range).conditionalFormats.add("Custom");
  cf.custom.rule.formula = c.formula;
  if (c.fill !== undefined) cf.custom.format.fill.color = c.fill;
  if (c.fontColor !== undefined) cf.custom.format.font.color = c.fontColor;
}

function applyFreeze(sheet: Excel.Worksheet, freeze: NonNullable<SheetLayout["freeze"]>): void {
  const rows = freeze.rows;
  const columns = freeze.columns ?? 0;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(`A1:${columnLetters(columns)}${rows}`);
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

function addName(workbook: Excel.Workbook, sheetName: string, spec: SheetLayout["names"][number]): void {
  const reference = nameReference(sheetName, spec.refersTo);
  if (spec.comment === undefined) workbook.names.add(spec.name, reference);
  else workbook.names.add(spec.name, reference, spec.comment);
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Builds the layouts as new sheets in two round trips. Throws SheetWriteError: "InvalidLayout" (before touching the
 * workbook) when a layout has errors (see validateLayouts), otherwise with Excel's code and message.
 */
export async function writeLayouts(context: Excel.RequestContext, layouts: readonly SheetLayout[], options: WriteOptions): Promise<WriteResult> {
  const progress = (ja: string, en: string, fraction: number) => options.onProgress?.(`${ja} / ${en}`, fraction);

  const errors = validateLayouts(layouts)
    .filter((p) => p.severity === "error")
    .map(describeProblem);
  if (errors.length > 0) {
    throw new SheetWriteError("InvalidLayout", `${errors.length} problem(s) in the sheet layouts, first: ${errors[0]}`, { problems: errors });
  }
  if (layouts.length === 0) return { sheets: [], warnings: [], syncs: 0 };

  // Round trip 1: what names are taken.
  progress("ブックを確認しています", "Reading the workbook", 0);
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  try {
    await context.sync();
  } catch (err) {
    throw toWriteError(err, []);
  }

  let plan: NamePlan;
  let resolved: SheetLayout[];
  try {
    plan = planNames(layouts, {
      sheets: worksheets.items.map((s) => s.name),
      tables: tables.items.map((t) => t.name),
      names: names.items.map((n) => n.name),
    });
    resolved = resolveLayouts(layouts, plan);
  } catch (err) {
    throw new SheetWriteError("InvalidLayout", err instanceof Error ? err.message : String(err));
  }
  const created = resolved.map((l) => l.name);

  const enabled = featureSupport(options.supports);
  const warnings = skippedWarnings(resolved, enabled);

  // Round trip 2: everything, queued in an order Excel accepts (see the header comment).
  const sheets = resolved.map((layout) => workbook.worksheets.add(layout.name));

  const formulaNames: { sheetName: string; spec: SheetLayout["names"][number] }[] = [];
  if (enabled.names) {
    for (const layout of resolved) {
      for (const spec of layout.names) {
        if (spec.refersTo.trim().startsWith("=")) formulaNames.push({ sheetName: layout.name, spec });
        else addName(workbook, layout.name, spec);
      }
    }
  }

  const order = writeOrder(layouts);
  order.forEach((index, step) => {
    const layout = resolved[index];
    const sheet = sheets[index];
    if (!layout || !sheet) return;
    progress(`「${layout.name}」を準備しています`, `Preparing "${layout.name}"`, 0.1 + (0.6 * step) / order.length);
    writeCells(sheet, layout);
    if (enabled.columnWidths && layout.columnWidths.length > 0) setColumnWidths(sheet, layout.columnWidths);
    for (const f of layout.formats) applyFormat(sheet, f);
    if (enabled.merges) for (const m of layout.merges) sheet.getRange(m).merge(false);
    for (const t of layout.tables) {
      const table = workbook.tables.add(`${quoteSheetName(layout.name)}!${t.range}`, true);
      table.name = t.name;
      if (t.style !== undefined) table.style = t.style;
    }
    if (enabled.validations) for (const v of layout.validations) applyValidation(sheet, v);
    if (enabled.conditionalFormats) for (const c of layout.conditionalFormats) applyConditionalFormat(sheet, c);
    if (enabled.tabColor && layout.tabColor !== undefined) sheet.tabColor = layout.tabColor;
    if (enabled.freeze && layout.freeze) applyFreeze(sheet, layout.freeze);
  });

  for (const { sheetName, spec } of formulaNames) addName(workbook, sheetName, spec);

  if (enabled.protection) {
    resolved.forEach((layout, index) => {
      const sheet = sheets[index];
      if (!layout.protection || !sheet) return;
      for (const address of layout.protection.unlockedRanges) sheet.getRange(address).format.protection.locked = false;
      // No password: the user must be able to unprotect (校閲 → シート保護の解除). Resizing stays allowed.
      sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    });
  }

  sheets[0]?.activate();

  progress("Excel に書き込んでいます", "Writing to Excel", 0.7);
  try {
    await context.sync();
  } catch (err) {
    throw toWriteError(err, created);
  }
  progress("完了しました", "Done", 1);

  return { sheets: resolved.map((l) => ({ key: l.key, name: l.name })), warnings, syncs: 2 };
}
