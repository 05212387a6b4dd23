/**
 * The translator: its parser and printer, and every translated GHG function against the core. Each case is computed
 * twice in one HyperFormula workbook: by the GHG plugin (the add-in's core) and by the native translation over the
 * embedded 係数表 — with literal arguments, with the arguments in cells, and with name cells qualified by a set cell
 * (`$G$1&":"&H5`, as the builders write them). Numbers must agree to 1e-9 (relative), texts exactly; where the core
 * answers an error the translation must answer an error too.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { FACTOR_SETS, defaultFactorSet, lookupsOf } from "../../src/core";
import { normalizeName } from "../../src/core/normalize";
import { TRUCK_USES } from "../../src/core/data/truck-fuel-economy";
import {
  FACTOR_NAMES,
  KEI_NAMES,
  NAME_IGNORED,
  factorNameKey,
  factorSheetLayout,
  matchText,
  type FactorRef,
  type FactorRefs,
} from "../../src/portable/factor-sheet";
import { FormulaParseError } from "../../src/portable/formula-errors";
import { parseExcelFormula, printFormula } from "../../src/portable/formula-parser";
import {
  TRANSLATED_FUNCTIONS,
  UntranslatableFunctionError,
  hasGhgCall,
  toNativeFormula,
} from "../../src/portable/native-formulas";
import { absoluteAddress } from "../../src/sheets/addresses";
import { formulaInput } from "../../src/sheets/cell-text";
import { quoteSheetName } from "../../src/sheets/resolve-names";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { valueAt } from "../helpers/sheet-engine";

// ---- the engine -----------------------------------------------------------------------------------------------

const FACTORS = factorSheetLayout();

/** HyperFormula takes only Latin defined names: the formulas here read the factor sheet's ranges directly. */
function rangeRefs(factor: SheetLayout): FactorRefs {
  const refs = {} as Record<FactorRef, string>;
  for (const ref of Object.keys(FACTOR_NAMES) as FactorRef[]) {
    const spec = factor.names.find((n) => n.key === factorNameKey(factor.key, ref));
    if (!spec) throw new Error(`no name ${ref}`);
    refs[ref] = `${quoteSheetName(factor.name)}!${absoluteAddress(spec.refersTo)}`;
  }
  return refs;
}
const REFS = rangeRefs(FACTORS);

type Input = string | number | null;
interface Case {
  readonly fn: string;
  /** Argument values; null = a blank (an empty argument / an empty cell), undefined = not given. */
  readonly args: readonly (Input | undefined)[];
}

const FIRST_INPUT_COLUMN = 8; // H
const SET_CELL = "$G$1";
const columnOf = (n: number) => String.fromCharCode(64 + n);

const literal = (value: Input | undefined): string =>
  value === null || value === undefined
    ? ""
    : typeof value === "number"
      ? String(value)
      : `"${value.replace(/"/g, '""')}"`;

/** The three formulas of a case in row `row`: literal args, args in cells, names qualified by the set cell. */
function formulas(c: Case, row: number): { literal: string; cells: string; qualified: string } {
  const given = c.args.filter((a) => a !== undefined);
  const cell = (i: number) => `${columnOf(FIRST_INPUT_COLUMN + i)}${row}`;
  const isName = (a: Input | undefined) =>
    typeof a === "string" && !a.includes(":") && !/^[\d.,]+$/.test(a);
  return {
    literal: `=GHG.${c.fn}(${given.map(literal).join(",")})`,
    cells: `=GHG.${c.fn}(${given.map((a, i) => (a === null ? "" : cell(i))).join(",")})`,
    qualified: `=GHG.${c.fn}(${given.map((a, i) => (a === null ? "" : isName(a) ? `${SET_CELL}&":"&${cell(i)}` : cell(i))).join(",")})`,
  };
}

interface Outcome {
  readonly formula: string;
  readonly native: string;
  readonly addIn: unknown;
  readonly portable: unknown;
}

/** Computes every case in one workbook: columns A/B, C/D, E/F = add-in / portable for the three variants. */
function compute(cases: readonly Case[]): Outcome[] {
  const rows = cases.map((c, i) => {
    const f = formulas(c, i + 2);
    const inputs = c.args.filter((a) => a !== undefined).map((a) => (a === null ? null : a));
    const pairs = [f.literal, f.cells, f.qualified].flatMap((formula) => [
      formula,
      toNativeFormula(formula, { refs: REFS }),
    ]);
    for (const native of [pairs[1], pairs[3], pairs[5]]) expect(native).not.toMatch(/GHG\./i);
    return [
      ...pairs.map((formula): CellContent => ({ formula: formula as string })),
      null,
      ...inputs,
    ];
  });
  const width = Math.max(...rows.map((r) => r.length));
  const header: CellContent[] = [null, null, null, null, null, null, defaultFactorSet().id];
  const sheet = [header, ...rows].map((r) => [
    ...r,
    ...Array<CellContent>(width - r.length).fill(null),
  ]);
  const text = (cell: CellContent | undefined) =>
    typeof cell === "object" && cell !== null ? cell.formula : String(cell);
  const layouts = [FACTORS, { ...FACTORS, key: "t", name: "T", cells: sheet, names: [] }];
  const engine = loadRaw(layouts.map(asTyped));
  return cases.flatMap((_, i) =>
    [
      ["A", "B"],
      ["C", "D"],
      ["E", "F"],
    ].map(([a, b]) => ({
      formula: text(sheet[i + 1]?.[a === "A" ? 0 : a === "C" ? 2 : 4]),
      native: text(sheet[i + 1]?.[b === "B" ? 1 : b === "D" ? 3 : 5]),
      addIn: valueAt(engine, "T", `${a}${i + 2}`),
      portable: valueAt(engine, "T", `${b}${i + 2}`),
    }))
  );
}

/**
 * Like the helper's loadSheets, but without HyperFormula's display rounding (smartRounding), so the comparison sees
 * the binary results themselves.
 */
function loadRaw(layouts: readonly SheetLayout[]): HyperFormula {
  const raw = (cell: CellContent) =>
    typeof cell === "object" && cell !== null ? cell.formula : cell;
  const sheets = Object.fromEntries(
    layouts.map((l) => [l.name, l.cells.map((row) => row.map(raw))])
  );
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
}

/** Texts as the writers put them into Excel: one that would read as a number or date keeps a "'" (HyperFormula too). */
function asTyped(layout: SheetLayout): SheetLayout {
  return {
    ...layout,
    cells: layout.cells.map((row) =>
      row.map((cell) => (typeof cell === "string" ? (formulaInput(cell) as string) : cell))
    ),
  };
}

const isError = (v: unknown) => v instanceof DetailedCellError;
let maxRelative = 0;

function expectSame(outcomes: readonly Outcome[]): { values: number; errors: number } {
  let values = 0;
  let errors = 0;
  for (const o of outcomes) {
    const context = `${o.formula}\n→ ${o.native}\nadd-in ${String(o.addIn)} portable ${String(o.portable)}`;
    if (isError(o.addIn)) {
      errors++;
      if (!isError(o.portable)) throw new Error(`expected an error: ${context}`);
    } else if (typeof o.addIn === "number") {
      values++;
      if (typeof o.portable !== "number") throw new Error(`expected a number: ${context}`);
      const scale = Math.max(Math.abs(o.addIn), Math.abs(o.portable));
      const relative = scale === 0 ? 0 : Math.abs(o.addIn - o.portable) / scale;
      maxRelative = Math.max(maxRelative, relative);
      if (!(relative <= 1e-9)) throw new Error(`relative difference ${relative}: ${context}`);
    } else {
      values++;
      if (o.addIn !== o.portable) throw new Error(`expected ${String(o.addIn)}: ${context}`);
    }
  }
  return { values, errors };
}

afterAll(() => {
  if (process.env.PORTABLE_REPORT)
    process.stdout.write(`native-formulas: max relative difference ${maxRelative}\n`);
});

// ---- the data ---------------------------------------------------------------------------------------------------

const SET = defaultFactorSet();
const L = lookupsOf(SET);
const namesOf = (row: {
  key: string;
  name: { ja: string; en: string };
  aliases: readonly string[];
}) => [row.name.ja, row.key, row.name.en, ...row.aliases];
const FUELS = L.fuel.rows;

// ---- parser -----------------------------------------------------------------------------------------------------

describe("parser and printer", () => {
  test.each([
    "=SUM(A1:A3)",
    '=IF(ISNUMBER($C$14),$C$14,"a,b(c)""d")',
    "=-2^2+3%*'My sheet'!$A$1:$B$2",
    "=IF(COUNT(F57,F58)=0,0,F57/F58)",
    "={{sheet:q-organizer}}!$E$12&{{name:x}}",
    '=SUMIFS(A:A,B:B,">="&C1)<>#N/A',
    "=IFERROR(INDEX(Tbl[列],1),{1,2;3,4})",
    "=1E+300*.5-TRUE",
  ])("%s prints back unchanged", (formula) => {
    expect(`=${printFormula(parseExcelFormula(formula))}`).toBe(formula);
    expect(toNativeFormula(formula)).toBe(formula);
  });

  test("operator precedence is Excel's: a translated call stays one operand", () => {
    expect(toNativeFormula("=-GHG.EMISSION_REDUCTION(1,2)^2")).toBe("=-(1-2)^2");
    expect(toNativeFormula("=2*GHG.EMISSION_REDUCTION(5,3)")).toBe("=2*(5-3)");
    expect(toNativeFormula('=GHG.CREDITS_NEEDED(1200.5)&"t"')).toBe(
      '=(INT(1200.5/1000)+IF(1200.5>INT(1200.5/1000)*1000,1,0))&"t"'
    );
  });

  test("strings with commas, parentheses and GHG. text inside are literals, not calls", () => {
    expect(hasGhgCall('="GHG.CO2_FUEL(a,b)"')).toBe(false);
    expect(toNativeFormula('=IF(A1="GHG.X(,)",1,2)')).toBe('=IF(A1="GHG.X(,)",1,2)');
    const nested = toNativeFormula(
      '=IF(A1="(,)",GHG.CO2_FUEL("軽油",GHG.CO2_ELEC(10,"東京電力")),0)'
    );
    expect(nested).not.toMatch(/GHG\./);
    expect(nested.startsWith('=IF(A1="(,)",(')).toBe(true);
  });

  test("untranslated functions and bad syntax are refused with a clear error", () => {
    expect(() => toNativeFormula('=GHG.FOREST_UPTAKE(1,10,"スギ",30)')).toThrow(
      UntranslatableFunctionError
    );
    expect(() => toNativeFormula('=GHG.FOREST_UPTAKE(1,10,"スギ",30)')).toThrow(
      /GHG\.FOREST_UPTAKE/
    );
    expect(() => toNativeFormula("=GHG.NOPE(1)")).toThrow(UntranslatableFunctionError);
    expect(() => toNativeFormula('=GHG.CO2_FUEL("軽油",1')).toThrow(FormulaParseError);
    expect(() => toNativeFormula('=GHG.CO2_FUEL("軽油,1)')).toThrow(FormulaParseError);
  });

  test("every function the builders and method formulas emit is translated", () => {
    for (const name of [
      "FACTOR",
      "FACTOR_INFO",
      "CO2_FUEL",
      "CO2_ELEC",
      "CO2_HEAT",
      "CO2_EQUIPMENT",
      "CO2_FLOOR_AREA",
      "CO2_TRUCK",
      "CO2_VEHICLE",
      "CO2_RAIL",
      "CO2_BUS",
      "CO2_SHIP",
      "CO2_FUEL_PER_PERSON",
      "CO2_LODGING",
      "CO2_PRINT",
      "CREDITS_NEEDED",
      "OFFSET_COST",
      "EMISSION_REDUCTION",
    ]) {
      expect(TRANSLATED_FUNCTIONS).toContain(name);
    }
  });

  test("the default output refers to the factor sheet's defined names by placeholder", () => {
    const native = toNativeFormula('=GHG.CO2_FUEL($C$13&":"&F5,G5)');
    expect(native).toContain("{{name:factors.value}}");
    expect(native).toContain("{{name:factors.kindLookup}}");
    expect(native).toMatch(/^=\(IF\(G5="",0,IF\(G5<0,NA\(\),G5\)\)\*INDEX\(/);
  });
});

// ---- factor sheet -----------------------------------------------------------------------------------------------

describe("factor sheet", () => {
  test("every character removed before matching is ignored by the core too", () => {
    for (const ch of NAME_IGNORED) expect(normalizeName(`a${ch}b`)).toBe("ab");
  });

  test("the 軽 names are the core's: a kei truck computes with each and not with a plain load", () => {
    const kei = TRUCK("軽");
    expect(typeof kei).toBe("number");
    for (const name of KEI_NAMES) expect(TRUCK(name)).toBe(kei);
    expect(TRUCK(2000)).not.toBe(kei);
  });

  test("a lookup text answers to one factor only (MATCH ignores case)", () => {
    const layout = FACTORS;
    const spec = layout.names.find((n) => n.name === FACTOR_NAMES.lookup)!;
    const [first, last] = spec.refersTo.split(":").map((a) => Number(/\d+/.exec(a)![0]));
    const column = 12; // M
    const seen = new Map<string, unknown>();
    for (let r = first!; r <= last!; r++) {
      const text = String(layout.cells[r - 1]![column]).toUpperCase();
      const key = layout.cells[r - 1]![1];
      if (seen.has(text)) expect(seen.get(text)).toBe(key);
      seen.set(text, key);
      expect(text).not.toMatch(/[*?~]/);
    }
    // Every name of every row of every set is there.
    for (const set of FACTOR_SETS) {
      for (const row of lookupsOf(set).scalar.rows)
        for (const name of namesOf(row))
          expect(seen.has(`${set.id}:${matchText(name)}`.toUpperCase())).toBe(true);
    }
  });

  test("a visible note says the sheet is the add-in's factor set and the file computes without it", () => {
    const texts = FACTORS.cells.slice(0, 3).map((r) => String(r[0]));
    expect(texts.join("")).toContain("アドインなしで計算できます");
    expect(texts.join("")).toContain("係数セット");
    expect(FACTORS.protection).toBeDefined();
  });
});

function TRUCK(load: string | number): unknown {
  const outcome = compute([{ fn: "CO2_TRUCK", args: [10, "ガソリン", load, "営業用"] }])[0]!;
  expect(isError(outcome.portable)).toBe(isError(outcome.addIn));
  return outcome.addIn;
}

// ---- every function against the core ----------------------------------------------------------------------------

const variants = (name: string) => [
  name,
  ` ${name} `.replace(/^ /, ""),
  name.replace(/(.)(.)/, "$1 $2"),
];

const CASES: Record<string, Case[]> = {
  CO2_FUEL: [
    ...FUELS.flatMap((f) => namesOf(f).map((name) => ({ fn: "CO2_FUEL", args: [name, 100] }))),
    { fn: "CO2_FUEL", args: ["A 重油", 12.5] },
    { fn: "CO2_FUEL", args: ["軽油", null] },
    { fn: "CO2_FUEL", args: ["軽油", "1000"] },
    { fn: "CO2_FUEL", args: ["軽油", -1] },
    { fn: "CO2_FUEL", args: ["東京電力", 100] },
    { fn: "CO2_FUEL", args: ["水素", 100] },
    { fn: "CO2_FUEL", args: ["jver-2011:軽油", 100] },
    { fn: "CO2_FUEL", args: ["nope-set:軽油", 100] },
    { fn: "CO2_FUEL", args: [null, 100] },
  ],
  CO2_ELEC: [
    { fn: "CO2_ELEC", args: [1000] },
    { fn: "CO2_ELEC", args: [1000, null] },
    { fn: "CO2_ELEC", args: [1000, 0.45] },
    { fn: "CO2_ELEC", args: [1000, 0] },
    { fn: "CO2_ELEC", args: [1000, "jver-2011:0.5"] },
    { fn: "CO2_ELEC", args: [1000, "jver-2011:"] },
    { fn: "CO2_ELEC", args: [1000, "東京電力・調整後排出係数"] },
    ...L.electricity.rows.flatMap((f) =>
      namesOf(f).map((name) => ({ fn: "CO2_ELEC", args: [250.5, name] }))
    ),
    { fn: "CO2_ELEC", args: [1000, "軽油"] },
    { fn: "CO2_ELEC", args: [null, 0.4] },
  ],
  CO2_HEAT: [
    { fn: "CO2_HEAT", args: [1000] },
    { fn: "CO2_HEAT", args: [1000, null] },
    ...L.heat.rows.flatMap((f) =>
      namesOf(f).map((name) => ({ fn: "CO2_HEAT", args: [1000, name] }))
    ),
    { fn: "CO2_HEAT", args: [1000, "軽油"] },
  ],
  CO2_EQUIPMENT: [
    { fn: "CO2_EQUIPMENT", args: [200, 36, 8] },
    { fn: "CO2_EQUIPMENT", args: [200, 36, 8, 0.45] },
    { fn: "CO2_EQUIPMENT", args: [200, null, 8, "東京電力調整後"] },
    { fn: "CO2_EQUIPMENT", args: [3, 1500.25, 0.5, "全電源平均排出係数（受電端・調整後）"] },
    { fn: "CO2_EQUIPMENT", args: [3, -1, 1] },
  ],
  CO2_FLOOR_AREA: [
    { fn: "CO2_FLOOR_AREA", args: [80, 500, 1] },
    { fn: "CO2_FLOOR_AREA", args: [80.5, 123.4, 3] },
    { fn: "CO2_FLOOR_AREA", args: [80, null, 3] },
  ],
  CO2_TRUCK: [
    ...SET.truckFuelEconomy.flatMap((row) => {
      const fuel = FUELS.find((f) => f.key === row.fuel)!.name.ja;
      const loads: (string | number)[] =
        "kei" in row.band
          ? ["軽", "軽トラック", "kei"]
          : [row.band.minKg, row.band.maxKg ?? 50000, (row.band.maxKg ?? 50000) + 0.5];
      return loads.flatMap((load) =>
        TRUCK_USES.map((use) => ({ fn: "CO2_TRUCK", args: [10, fuel, load, use.name.ja] }))
      );
    }),
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, null] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "自家"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "jver-2011:自家用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "営業用", 4.58] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "営業用", null] },
    { fn: "CO2_TRUCK", args: [10, "灯油", 2000, "営業用", 5] },
    { fn: "CO2_TRUCK", args: [10, "灯油", 2000, "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", "軽", "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 17000, "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", -5, "営業用"] },
    { fn: "CO2_TRUCK", args: [10, "軽油", null, "営業用", 4] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "社用", 4] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "営業用", 0] },
  ],
  FUEL_ECONOMY: [
    { fn: "FUEL_ECONOMY", args: ["軽油", 2000, "営業用"] },
    { fn: "FUEL_ECONOMY", args: ["ガソリン", "軽"] },
    { fn: "FUEL_ECONOMY", args: ["ガソリン", 1999.5, "自家用"] },
    { fn: "FUEL_ECONOMY", args: ["軽油", 20000] },
    { fn: "FUEL_ECONOMY", args: ["灯油", 2000] },
  ],
  CO2_VEHICLE: [
    ...L.vehicle.rows.flatMap((v) =>
      FUELS.slice(0, 3).map((f) => ({ fn: "CO2_VEHICLE", args: [100, f.name.ja, v.name.ja] }))
    ),
    ...L.vehicle.rows.flatMap((v) =>
      namesOf(v).map((name) => ({ fn: "CO2_VEHICLE", args: [100, "ガソリン", name] }))
    ),
    { fn: "CO2_VEHICLE", args: [100, "ガソリン"] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", null] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "軽乗用車", 12] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "バス", null] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "バス", -3] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "船"] },
  ],
  CO2_RAIL: [
    { fn: "CO2_RAIL", args: [1000, 10] },
    { fn: "CO2_RAIL", args: [1000, 10, null, null] },
    { fn: "CO2_RAIL", args: [1000, 10, 0.05] },
    { fn: "CO2_RAIL", args: [1000, 10, 0.05, 0.45] },
    { fn: "CO2_RAIL", args: [1000, 10, "jver-2011:0.05", "東京電力調整後"] },
    ...L.rail.rows.flatMap((r) =>
      namesOf(r).map((name) => ({
        fn: "CO2_RAIL",
        args: [12, 34.5, name, r.energy === "diesel" ? 0.0687 : undefined],
      }))
    ),
    ...L.rail.rows.map((r) => ({ fn: "CO2_RAIL", args: [12, 34.5, r.name.ja, "東京電力"] })),
    ...L.rail.rows.map((r) => ({ fn: "CO2_RAIL", args: [12, 34.5, r.name.ja, "jver-2011:0.07"] })),
    ...L.rail.rows.map((r) => ({ fn: "CO2_RAIL", args: [12, 34.5, r.name.ja] })),
    { fn: "CO2_RAIL", args: [12, 34.5, "新幹線のぞみ"] },
  ],
  CO2_BUS: [
    { fn: "CO2_BUS", args: [60, 30, "軽油"] },
    { fn: "CO2_BUS", args: [60, 30, "ガソリン"] },
    { fn: "CO2_BUS", args: [60, 30, "灯油"] },
    { fn: "CO2_BUS", args: [60, 30, "軽油", 5.3] },
    { fn: "CO2_BUS", args: [60, 30, "軽油", null] },
    { fn: "CO2_BUS", args: [60, 0, "軽油", 5.3] },
    { fn: "CO2_BUS", args: [60, null, "軽油", 5.3] },
  ],
  CO2_SHIP: [
    { fn: "CO2_SHIP", args: [60, 30, "A重油", 0.43] },
    { fn: "CO2_SHIP", args: [60, 30, "軽油", 1.25] },
    { fn: "CO2_SHIP", args: [60, 30, "A重油", null] },
  ],
  CO2_FUEL_PER_PERSON: [
    { fn: "CO2_FUEL_PER_PERSON", args: ["軽油", 20, 30] },
    { fn: "CO2_FUEL_PER_PERSON", args: ["A重油", 1000, 7] },
    { fn: "CO2_FUEL_PER_PERSON", args: ["A重油", 1000, 0] },
  ],
  CO2_LODGING: [
    { fn: "CO2_LODGING", args: [3000000, "東京電力・調整後排出係数", 0.3, 3000, 30, 365] },
    {
      fn: "CO2_LODGING",
      args: [3000000, "東京電力・調整後排出係数（2009年度実績）", 0.3, 3000, 30, 365],
    },
    { fn: "CO2_LODGING", args: [120000, "灯油", 0.25, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, 0.41, 1, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, "jver-2011:0.41", 0, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, "産業用蒸気", 0.3, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, 0.41, 1.5, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, 0.41, null, 1800, 22.5, 300] },
    { fn: "CO2_LODGING", args: [120000, null, 0.3, 1800, 22.5, 300] },
  ],
  CO2_PRINT: [
    { fn: "CO2_PRINT", args: [21000, 9.5] },
    { fn: "CO2_PRINT", args: [21000, "9.5"] },
    { fn: "CO2_PRINT", args: [21000, "jver-2011:9.5"] },
    ...L.cfp.rows.flatMap((r) =>
      namesOf(r).map((name) => ({ fn: "CO2_PRINT", args: [1234, name] }))
    ),
    { fn: "CO2_PRINT", args: [1234, "軽油"] },
    { fn: "CO2_PRINT", args: [1234, -2] },
  ],
  // (A lone blank argument is left out: `GHG.CREDITS_NEEDED()` has no argument at all, which Excel refuses.)
  CREDITS_NEEDED: [
    0,
    1,
    999.99,
    1000,
    1000.001,
    1000.0000000000001,
    2999.9999999999995,
    3000.0000000000005,
    1200.5,
    123456.7,
    2000000,
    1e15 + 0.5,
    -5,
  ].map((kg) => ({ fn: "CREDITS_NEEDED", args: [kg] })),
  OFFSET_COST: [
    { fn: "OFFSET_COST", args: [3, 5000] },
    { fn: "OFFSET_COST", args: [17, 12345.5] },
    { fn: "OFFSET_COST", args: [null, 5000] },
  ],
  EMISSION_REDUCTION: [
    { fn: "EMISSION_REDUCTION", args: [120, 80] },
    { fn: "EMISSION_REDUCTION", args: [80, 120.25] },
    { fn: "EMISSION_REDUCTION", args: [80, null] },
  ],
  FACTOR: [
    ...FACTOR_SETS.flatMap((set) =>
      lookupsOf(set).scalar.rows.flatMap((row) =>
        namesOf(row).flatMap((name) => [
          { fn: "FACTOR", args: [name] },
          { fn: "FACTOR", args: [`${set.id}:${name}`] },
        ])
      )
    ),
    ...variants("東京電力・実排出係数（2009年度実績）").map((name) => ({
      fn: "FACTOR",
      args: [name],
    })),
    { fn: "FACTOR", args: ["存在しない係数"] },
    { fn: "FACTOR", args: [""] },
  ],
  FACTOR_INFO: [
    ...L.scalar.rows.map((row) => ({ fn: "FACTOR_INFO", args: [row.name.ja] })),
    ...[
      "value",
      "値",
      "単位",
      "unit",
      "名称",
      "名前",
      "係数セット",
      "セット",
      "出典",
      "source",
      "公表日",
      "日付",
      "表",
      "table",
      "factor set",
      null,
      "色",
    ].flatMap((field) =>
      [
        "軽油",
        "JR東日本（在来線）",
        "DNP パンフレット (エコプロダクツ 2010 配布用)",
        "炭素含有率",
        "東京電力",
      ].map((name) => ({ fn: "FACTOR_INFO", args: [name, field] }))
    ),
  ],
};

describe.each(Object.keys(CASES))("GHG.%s", (fn) => {
  test("the native formula computes the core's result (literals, cells, set-qualified cells)", () => {
    const cases = CASES[fn] as Case[];
    const { values } = expectSame(compute(cases));
    // Most cases are valid inputs: the comparison is of values, not only of errors.
    expect(values).toBeGreaterThan(cases.length);
  });
});

test("every translated function has cases", () => {
  for (const name of TRANSLATED_FUNCTIONS) expect(Object.keys(CASES)).toContain(name);
});

describe("a 0 where desktop Excel's blank cell lands (issue 8)", () => {
  // Names and overrides that cannot be 0 read a 0 as blank (the default, or the blank message); an electricity
  // factor of 0 is a zero-emission tariff. The translation must compute what the core computes.
  const ZEROS: Case[] = [
    { fn: "CO2_ELEC", args: [1000, 0] },
    { fn: "CO2_EQUIPMENT", args: [200, 36, 8, 0] },
    { fn: "CO2_LODGING", args: [3000000, 0, 0.3, 3000, 30, 365] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, 0, 0] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 2000, "自家用", 0] },
    { fn: "CO2_TRUCK", args: [10, "軽油", 0] },
    { fn: "FUEL_ECONOMY", args: ["軽油", 2000, 0] },
    { fn: "FUEL_ECONOMY", args: ["軽油", 0] },
    { fn: "CO2_VEHICLE", args: [100, "ガソリン", 0, 0] },
    { fn: "CO2_VEHICLE", args: [100, "軽油", "貨物車", 0] },
    { fn: "CO2_BUS", args: [60, 30, "軽油", 0] },
    { fn: "CO2_BUS", args: [60, 0, "軽油"] },
    { fn: "CO2_HEAT", args: [1000, 0] },
    { fn: "CO2_RAIL", args: [1000, 10, 0] },
    { fn: "CO2_RAIL", args: [1000, 10, "JR東日本（在来線）", 0] },
    { fn: "CO2_RAIL", args: [1000, 10, "JR東日本（在来線）軽油", 0] },
    { fn: "CO2_FUEL", args: [0, 100] },
    { fn: "CO2_PRINT", args: [100, 0] },
    { fn: "FACTOR_INFO", args: ["軽油", 0] },
  ];

  test("the native formulas compute the core's results", () => {
    const outcomes = compute(ZEROS);
    const { values } = expectSame(outcomes);
    expect(values).toBeGreaterThan(ZEROS.length * 2);
  });

  test("the issue's cases: 0 = omitted for a truck's use and km/ℓ, 0 kg for a zero-emission tariff", () => {
    const [truck, omitted, elec] = compute([
      { fn: "CO2_TRUCK", args: [10, "軽油", 2000, 0, 0] },
      { fn: "CO2_TRUCK", args: [10, "軽油", 2000] },
      { fn: "CO2_ELEC", args: [1000, 0] },
    ]).filter((_, i) => i % 3 === 0); // the literal-argument variant of each case
    expect(truck!.portable as number).toBeCloseTo(omitted!.portable as number, 12);
    expect(truck!.portable as number).toBeCloseTo((10 / 4.58) * 2.59, 12);
    expect(elec!.portable).toBe(0);
  });
});
