/** 関数: the function catalog, factor cards and inserting a formula into a cell. (English) */
import type { FunctionStrings } from "../types/functions";
import { messages } from "../../../core/messages";

export const functions: FunctionStrings = {
  searchLabel: "Search functions and factors",
  searchPlaceholder: "e.g. diesel, electricity, forest",
  count: (shown, total) =>
    shown === total ? `${total} functions` : `${shown} of ${total} functions`,
  noMatch: "No function matches.",
  unit: "Unit",
  noUnit: "(text)",
  parameters: "Parameters",
  noParameters: "No parameters",
  optional: "optional",
  example: "Example",
  exampleResult: "Result",
  errorsNote: `Wrong inputs give #VALUE! or #N/A; hover over the cell's error sign to read how to fix it. #NUM! shows no message: ${messages.resultOverflow().en}.`,
  insert: "Insert into selected cell",
  insertNamed: (name) => `Insert ${name} into selected cell`,
  searchClear: "Clear search",
  insertTitle: (formula) => `Enter ${formula} into the active cell`,
  inserted: (formula) => `Entered ${formula} into the cell.`,
  insertFailedTitle: "Could not insert",
  insertFailed: (detail) =>
    `The formula could not be written to the cell. Check that no cell is being edited and the sheet is not protected. (${detail})`,
  notInExcelError: "Cells can only be filled inside Excel.",
  noCustomFunctionsInsert: (formula) =>
    `This Excel cannot run the add-in's functions, so ${formula} was not entered (it would show #NAME?). Sheets made with “Create in Excel” compute with native formulas.`,
  invalidFormula: (formula) => `Invalid formula: ${formula}`,
  categories: {
    energy: "Energy",
    transport: "Transport",
    "lodging-print": "Lodging & printing",
    forest: "Forest absorption",
    credits: "Credits",
    factors: "Factors",
  },
  functionsHeading: "Functions",
  factorsHeading: "Factors",
  factorCount: (n) => `${n} factor${n === 1 ? "" : "s"}`,
  jumpToFactors: (n) => `${n} factor${n === 1 ? "" : "s"} ↓`,
  factorValue: "Value",
  factorSource: "Source",
  factorFormula: "Formula",
};
