/**
 * A real formula engine for tests: HyperFormula (GPL-3.0, a test-only devDependency) with every GHG.* function
 * registered as a plugin that calls the same core the add-in ships. Built layouts are loaded as sheets and
 * recomputed, so a test can type answers into input cells and read the totals Excel would show.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
} from "hyperformula";
import { CALC_FUNCTIONS, findFunction, isCalcError } from "../../src/core";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";

const CODES = { "#N/A": ErrorType.NA, "#VALUE!": ErrorType.VALUE, "#NUM!": ErrorType.NUM } as const;

/**
 * How an empty referenced cell reaches a GHG function: as Excel on the web passes it (null), as desktop Excel does
 * (0, office-js issue #4702), or as "" (what the built sheets pass for blank). An omitted argument is null in all.
 */
export type BlankCells = "web" | "desktop" | "text";
const BLANK_VALUES: Record<BlankCells, null | 0 | ""> = { web: null, desktop: 0, text: "" };
let blankCells: BlankCells = "web";

/** Runs `work` (building engines, typing values, reading results) with blank cells passed as `mode` says. */
export function withBlankCells<T>(mode: BlankCells, work: () => T): T {
  const saved = blankCells;
  blankCells = mode;
  try {
    return work();
  } finally {
    blankCells = saved;
  }
}

class GhgPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    CALC_FUNCTIONS.map((fn) => [
      `GHG.${fn.name}`,
      {
        method: "ghg",
        parameters: fn.params.map((p) => ({
          argumentType: FunctionArgumentType.SCALAR,
          optionalArg: p.optional,
        })),
      },
    ])
  );

  // HyperFormula's package exports do not include its AST and interpreter types.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  ghg(ast: { procedureName: string; args: any[] }, state: any): unknown {
    const name = ast.procedureName.replace(/^GHG\./, "");
    return this.runFunction(
      ast.args,
      state,
      this.metadata(ast.procedureName),
      (...args: unknown[]) => {
        // HyperFormula gives EmptyValue both for an empty cell and for an omitted argument in the middle (`F(1,,2)`).
        const raw = args.map((a, i) =>
          a === EmptyValue
            ? (ast.args[i] as { type?: string } | undefined)?.type === "EMPTY"
              ? null
              : BLANK_VALUES[blankCells]
            : a
        );
        const result = findFunction(name)!.call(raw);
        if (isCalcError(result)) return new CellError(CODES[result.code], result.message.ja);
        return result;
      }
    );
  }
}

const translations = Object.fromEntries(
  CALC_FUNCTIONS.map((fn) => [`GHG.${fn.name}`, `GHG.${fn.name}`])
);
HyperFormula.registerFunctionPlugin(GhgPlugin, { enGB: translations, enUS: translations });

function toRaw(cell: CellContent): string | number | boolean | null {
  if (cell === null) return null;
  if (typeof cell === "object") return cell.formula;
  return cell;
}

/** Loads layouts whose placeholders are already resolved (sheet names final). */
export function loadSheets(layouts: readonly SheetLayout[]): HyperFormula {
  const sheets = Object.fromEntries(
    layouts.map((layout) => [layout.name, layout.cells.map((row) => row.map(toRaw))])
  );
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}

/** The value of a cell by sheet name and A1 address. */
export function valueAt(engine: HyperFormula, sheet: string, address: string): unknown {
  const sheetId = engine.getSheetId(sheet);
  if (sheetId === undefined) throw new Error(`no sheet ${sheet}`);
  const at = engine.simpleCellAddressFromString(address, sheetId);
  if (!at) throw new Error(`bad address ${address}`);
  return engine.getCellValue(at);
}

export function setValue(
  engine: HyperFormula,
  sheet: string,
  address: string,
  value: string | number | null
): void {
  const sheetId = engine.getSheetId(sheet)!;
  engine.setCellContents(engine.simpleCellAddressFromString(address, sheetId)!, [[value]]);
}
