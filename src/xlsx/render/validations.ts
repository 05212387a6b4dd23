/**
 * Data validation in the file. Drop-down lists: an inline list (`"a,b,c"`) is limited to 255 characters and cannot
 * hold a comma or a double quote inside a choice; such lists are written to a very hidden sheet and referenced by
 * range. Validation texts are cut to Excel's limits (title 32, input message 255, error message 225 characters): a
 * file with longer ones makes Excel "repair" it and drop the validation.
 */
import type { DataValidation, Worksheet } from "exceljs";
import type { SheetLayout, Validation } from "../../sheets/layout";
import { columnLetters, type CellRange } from "../../sheets/addresses";
import { quoteSheetName } from "../../sheets/resolve-names";
import { truncateWithEllipsis } from "../../sheets/truncate";
import { boundedAddress, mustParse } from "./ranges";

const INLINE_LIST_MAX = 255;
const TITLE_MAX = 32;
const PROMPT_MAX = 255;
const ERROR_MAX = 225;

/** Cut to Excel's limit (UTF-16 units) between whole characters, with "…" when cut. */
const cut = (text: string, max: number): string => truncateWithEllipsis(text, max);

/** Long or awkward drop-down lists, one column each on the very hidden "_lists" sheet. */
export class ListSheet {
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

export function needsListSheet(choices: readonly string[]): boolean {
  return (
    choices.join(",").length > INLINE_LIST_MAX ||
    choices.some((c) => c.includes(",") || c.includes('"'))
  );
}

export function dataValidation(v: Validation, lists: ListSheet): DataValidation {
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
export function addValidation(
  sheet: Worksheet,
  range: CellRange,
  validation: DataValidation
): void {
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

export function writeValidations(sheet: Worksheet, layout: SheetLayout, lists: ListSheet): void {
  for (const v of layout.validations) {
    addValidation(
      sheet,
      mustParse(v.range, `validation of ${layout.key}`),
      dataValidation(v, lists)
    );
  }
}
