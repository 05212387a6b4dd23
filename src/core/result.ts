/** The error a GHG.* function answers with. The Office adapter turns it into CustomFunctions.Error, the CLI into a stderr line. */
import type { Label } from "./data/types";

export type ExcelErrorCode = "#N/A" | "#VALUE!" | "#NUM!";

export class CalcError {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message: Label
  ) {}

  toString(): string {
    return `${this.code} ${this.message.ja}`;
  }
}

export const isCalcError = (value: unknown): value is CalcError => value instanceof CalcError;

/** A successful result: numbers in the units the function states, or text (FACTOR_INFO). */
export type CalcValue = number | string;
export type CalcResult = CalcValue | CalcError;
