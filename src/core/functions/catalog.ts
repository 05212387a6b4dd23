/** Every GHG.* function, in the order of the README table and the pane's catalogue. */
import { messages } from "../messages";
import { CalcError, type CalcResult } from "../result";
import type { CalcFunction } from "./define";
import { CO2_ELEC, CO2_EQUIPMENT, CO2_FLOOR_AREA, CO2_FUEL, CO2_HEAT } from "./energy";
import { CREDITS_NEEDED, EMISSION_REDUCTION, OFFSET_COST } from "./credits";
import { FACTOR, FACTOR_INFO } from "./factors";
import { FOREST_UPTAKE, FOREST_UPTAKE_BY_AGE } from "./forest";
import { CO2_LODGING, CO2_PRINT } from "./lodging-print";
import {
  CO2_BUS,
  CO2_FUEL_PER_PERSON,
  CO2_RAIL,
  CO2_SHIP,
  CO2_TRUCK,
  CO2_VEHICLE,
  FUEL_ECONOMY,
} from "./transport";
import type { FunctionInfo } from "./types";

export const CALC_FUNCTIONS: readonly CalcFunction[] = [
  CO2_FUEL,
  CO2_ELEC,
  CO2_HEAT,
  CO2_EQUIPMENT,
  CO2_FLOOR_AREA,
  FUEL_ECONOMY,
  CO2_TRUCK,
  CO2_VEHICLE,
  CO2_RAIL,
  CO2_BUS,
  CO2_SHIP,
  CO2_FUEL_PER_PERSON,
  CO2_LODGING,
  CO2_PRINT,
  FOREST_UPTAKE,
  FOREST_UPTAKE_BY_AGE,
  EMISSION_REDUCTION,
  CREDITS_NEEDED,
  OFFSET_COST,
  FACTOR,
  FACTOR_INFO,
];

/** The public descriptions (what the pane, the README and the localized metadata read). */
export const FUNCTION_CATALOG: readonly FunctionInfo[] = CALC_FUNCTIONS;

const byName = new Map(CALC_FUNCTIONS.map((fn) => [fn.name, fn]));

/** A function by name, with or without the GHG. namespace, any case. */
export function findFunction(name: string): CalcFunction | undefined {
  return byName.get(
    name
      .trim()
      .toUpperCase()
      .replace(/^GHG\./, "")
  );
}

/**
 * Calls a function by name. An unknown name is #N/A with the list of functions: a custom function may not return
 * #NAME?, and #N/A carries the message in Excel.
 */
export function callFunction(name: string, args: readonly unknown[]): CalcResult {
  const fn = findFunction(name);
  if (!fn)
    return new CalcError(
      "#N/A",
      messages.unknownFunction(
        name.trim(),
        CALC_FUNCTIONS.map((f) => f.name)
      )
    );
  return fn.call(args);
}
