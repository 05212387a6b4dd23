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
 *
 * The parts live in ./render: formulas, ranges, styles (formats and widths), validations, conditional formats,
 * tables, defined names, and sheets (views, cells, merges, protection).
 */
import type { Worksheet } from "exceljs";
import type { SheetLayout } from "../sheets/layout";
import { nameKey } from "../sheets/resolve-names";
import { loadExcelJS } from "./load-exceljs";
import { writeConditionalFormats } from "./render/conditional-formats";
import { DefinedNames } from "./render/names";
import { addSheet, protectSheet, uniqueSheetName, writeCells, writeMerges } from "./render/sheets";
import { writeColumnWidths, writeFormats } from "./render/styles";
import { writeTable } from "./render/tables";
import { ListSheet, writeValidations } from "./render/validations";

export { fileFormula } from "./render/formulas";

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
  const names = new DefinedNames(layouts);
  const firstVisible = Math.max(
    0,
    layouts.findIndex((l) => !veryHidden.has(l.key))
  );
  const sheets = layouts.map((layout, index) =>
    addSheet(workbook, layout, {
      veryHidden: veryHidden.has(layout.key),
      selected: index === firstVisible,
    })
  );

  let hasFormulas = false;
  layouts.forEach((layout, index) => {
    const sheet = sheets[index] as Worksheet;
    if (writeCells(sheet, layout)) hasFormulas = true;
    writeColumnWidths(sheet, layout);
    for (const table of layout.tables) writeTable(sheet, layout, table);
    writeMerges(sheet, layout);
    writeFormats(sheet, layout);
    writeValidations(sheet, layout, lists);
    writeConditionalFormats(sheet, layout);
    names.addLayoutNames(layout);
  });
  for (const [name, reference] of options.extraNames ?? [])
    names.add(name, reference.trim().replace(/^=/, ""), "extraNames");

  // Protection last, once every cell has its format.
  for (const [index, layout] of layouts.entries())
    await protectSheet(sheets[index] as Worksheet, layout);

  if (lists.size > 0) {
    const sheet = workbook.addWorksheet(lists.name, { state: "veryHidden" });
    lists.write(sheet);
  }
  names.writeTo(workbook);
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
  return fileBytes(await workbook.xlsx.writeBuffer());
}

function fileBytes(buffer: unknown): Uint8Array {
  const bytes = buffer as ArrayBuffer | Uint8Array;
  return bytes instanceof Uint8Array
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice()
    : new Uint8Array(bytes);
}
