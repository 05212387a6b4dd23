/** プレビュー / Excel に作成: the preview, building and what the build reports. (English) */
import type { BuildStrings } from "../types/build";

export const build: BuildStrings = {
  preview: "Preview",
  hidePreview: "Close preview",
  build: "Create in Excel",
  buildOnlyInExcel: "Available when the pane runs in Excel",
  building: "Creating…",
  builtTitle: "Sheets created",
  built: (names) => `${names.length}: ${names.join(", ")}`,
  warningsTitle: "Please check",
  buildFailedTitle: "Could not create the sheets",
  buildFailed: (detail) =>
    `The sheets could not be written to Excel. Check that no cell is being edited and the workbook is not protected. (${detail})`,
  writerLoadFailed: (detail) =>
    `The sheet writer could not be loaded; reopen the task pane. (${detail})`,
  invalidLayout: (detail) => `The sheets are inconsistent, so nothing was written. (${detail})`,
  partialSheets: (names) =>
    `These sheets were not completed (what was written so far is still there); delete them and build again: ${names.join(", ")}`,
  completeSheets: (names) => `These sheets were completed: ${names.join(", ")}`,
  builderFailedTitle: "Could not assemble the sheet",
  builderFailed: (detail) => `The sheet cannot be made from these choices. (${detail})`,
  builtNative: (sheet) =>
    `This Excel cannot run the add-in's functions, so the sheets use native Excel formulas instead of GHG.* functions. The factors are on the sheet “${sheet}”.`,
  nativeFailedTitle: "Cannot be built in this Excel",
  untranslatableFunctions: (functions) =>
    `${functions.map((f) => `GHG.${f}`).join(", ")} cannot be replaced by native Excel formulas, so this Excel (without custom functions) cannot build sheets that compute. Nothing was written. Build them in an Excel with custom functions (Microsoft 365, Excel on the web).`,
  nativeFailed: (detail) =>
    `The formulas could not be replaced by native Excel formulas, so nothing was written. (${detail})`,
  previewNative:
    "In this Excel, GHG.* functions are replaced by native Excel formulas and a factor sheet (係数表) is added.",
  checkInputTitle: "Please check the input",
  previewHeading: "Preview",
  previewShown: (sheets) => `Preview shown: ${sheets.join(", ")}`,
  previewNote: "What will be created in Excel. Formulas are shown as text.",
  previewSheets: "Sheets",
  rowsTruncated: (shown, total) => `Showing the first ${shown} of ${total} rows.`,
  columnsTruncated: (shown, total) => `Showing the first ${shown} of ${total} columns.`,
  emptyLayout: "This sheet is empty.",
  noLayouts: "No sheet would be created.",
  summaryValidations: (n) => `${n} data validation rule${n === 1 ? "" : "s"}`,
  summaryConditionalFormats: (n) => `${n} conditional format${n === 1 ? "" : "s"}`,
  summaryTables: (names) => `Tables: ${names.join(", ")}`,
  summaryNames: (names) => `Names: ${names.join(", ")}`,
  summaryProtected: "Protected (only input cells editable)",
  summaryFreeze: (rows, columns) =>
    columns > 0 ? `Frozen: ${rows} rows, ${columns} columns` : `Frozen: ${rows} rows`,
  inputCell: "Input cell",
};
