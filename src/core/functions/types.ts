/** The public description of every GHG.* function: what the pane's catalogue, the CLI, the README table and the localized metadata read. */
import type { Label } from "../data/types";

export type FunctionCategory =
  "energy" | "transport" | "lodging-print" | "forest" | "credits" | "factors";

export interface ParamInfo {
  /** Parameter name as in functions.json (lower snake case, e.g. "amount"). */
  readonly name: string;
  readonly description: Label;
  readonly optional: boolean;
}

export interface FunctionExample {
  /** A formula a user can type, without the "GHG." namespace, e.g. `CO2_FUEL("軽油",100)`. */
  readonly formula: string;
  /** What it returns (before any display rounding). */
  readonly result: number | string;
}

export interface FunctionInfo {
  /** Function name without namespace, upper snake case, e.g. "CO2_FUEL". */
  readonly name: string;
  readonly category: FunctionCategory;
  /** Unit of the result, e.g. "kg-CO2", "t-CO2/年", "km/L"; "" for text results. */
  readonly unit: string;
  readonly description: Label;
  readonly params: readonly ParamInfo[];
  readonly example: FunctionExample;
}
