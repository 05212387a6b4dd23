import type { FunctionCategory } from "../../../core/functions/types";

/** 関数: the function catalog, factor cards and inserting a formula into a cell. */
export interface FunctionStrings {
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly count: (shown: number, total: number) => string;
  readonly noMatch: string;
  readonly unit: string;
  readonly noUnit: string;
  readonly parameters: string;
  readonly noParameters: string;
  readonly optional: string;
  readonly example: string;
  readonly exampleResult: string;
  /** What a cell shows when the inputs are wrong: where the message is, and why #NUM! has none. */
  readonly errorsNote: string;
  readonly insert: string;
  /** The insert button's accessible name: a card's button names its function or factor (one label, many buttons). */
  readonly insertNamed: (name: string) => string;
  /** The search box's clear button (Fluent's own label is English). */
  readonly searchClear: string;
  readonly insertTitle: (formula: string) => string;
  readonly inserted: (formula: string) => string;
  readonly insertFailedTitle: string;
  readonly insertFailed: (detail: string) => string;
  readonly notInExcelError: string;
  /** Inserting a GHG.* formula refused: this Excel has no custom functions. */
  readonly noCustomFunctionsInsert: (formula: string) => string;
  readonly invalidFormula: (formula: string) => string;
  readonly categories: Readonly<Record<FunctionCategory, string>>;
  readonly functionsHeading: string;
  readonly factorsHeading: string;
  readonly factorCount: (n: number) => string;
  readonly jumpToFactors: (n: number) => string;
  readonly factorValue: string;
  readonly factorSource: string;
  readonly factorFormula: string;
}
