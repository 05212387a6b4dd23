/**
 * A built workbook and its portable copy in HyperFormula side by side — as built, with the GHG plugin (the add-in's
 * core), and as portableLayouts makes it — and the comparison of every formula cell: numbers to 1e-9 (relative),
 * texts exactly, errors with errors.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { portableLayouts } from "../../src/portable/to-portable";
import type { ScenarioId } from "../../src/scenarios/types";
import { type WorkbookRequest } from "../../src/sheets/builders";
import {
  DEFAULT_SETTINGS,
  defaultActivities,
  type EventInfo,
} from "../../src/sheets/builders/options";
import type { SheetLayout } from "../../src/sheets/layout";
import { columnLetters } from "../../src/sheets/addresses";
import { formulaInput } from "../../src/sheets/cell-text";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { setValue, valueAt } from "../helpers/sheet-engine";
import { loadWorkbook, resolveWorkbook } from "../helpers/workbook-engine";

const EVENT: EventInfo = {
  name: "環境フェア",
  dates: "2026-06-01",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 2,
  paidEntry: true,
};

export function request(
  scenario: ScenarioId,
  activities = defaultActivities(scenario),
  withQuestionnaires = false
): WorkbookRequest {
  return {
    scenario,
    event: EVENT,
    activities,
    settings: DEFAULT_SETTINGS,
    withQuestionnaires,
    withDisclosure: true,
    participantsPay: false,
  };
}

export interface Pair {
  readonly original: SheetLayout[];
  readonly portable: SheetLayout[];
  readonly addIn: HyperFormula;
  readonly native: HyperFormula;
}

export function engines(layouts: readonly SheetLayout[]): Pair {
  const original = resolveWorkbook(layouts);
  const portable = resolveWorkbook(portableLayouts(layouts));
  return { original, portable, addIn: loadWorkbook(original), native: loadWorkbook(portable) };
}

export function setBoth(
  pair: Pair,
  sheet: string,
  address: string,
  value: string | number | null
): void {
  const raw = typeof value === "string" ? (formulaInput(value) as string) : value;
  setValue(pair.addIn, sheet, address, raw);
  setValue(pair.native, sheet, address, raw);
}

let maxRelative = 0;
afterAll(() => {
  if (process.env.PORTABLE_REPORT)
    process.stdout.write(`workbooks: max relative difference ${maxRelative}\n`);
});

/** Compares every formula cell of the original layouts; returns how many numbers agreed. */
export function expectSameResults(pair: Pair): number {
  let numbers = 0;
  for (const layout of pair.original) {
    layout.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "object" || cell === null) return;
        const address = `${columnLetters(c + 1)}${r + 1}`;
        const a = valueAt(pair.addIn, layout.name, address);
        const b = valueAt(pair.native, layout.name, address);
        const context = `${layout.name}!${address} ${cell.formula}: add-in ${String(a)}, portable ${String(b)}`;
        if (a instanceof DetailedCellError) {
          if (!(b instanceof DetailedCellError)) throw new Error(`expected an error: ${context}`);
        } else if (typeof a === "number") {
          if (typeof b !== "number") throw new Error(`expected a number: ${context}`);
          const scale = Math.max(Math.abs(a), Math.abs(b));
          const relative = scale === 0 ? 0 : Math.abs(a - b) / scale;
          maxRelative = Math.max(maxRelative, relative);
          if (!(relative <= 1e-9)) throw new Error(`relative difference ${relative}: ${context}`);
          numbers++;
        } else if (a !== b) {
          throw new Error(`expected ${String(a)}: ${context}`);
        }
      })
    );
  }
  return numbers;
}
