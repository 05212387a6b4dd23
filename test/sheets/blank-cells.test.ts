/**
 * Issue 8 item 3: blank input cells mean the same on every Excel. Desktop Excel passes an empty referenced cell to
 * a custom function as 0 (office-js issue #4702), Excel on the web as null. Every built sheet — all builders — is
 * computed in HyperFormula with the GHG plugin three ways: blank cells passed as null (web), as "" and as 0
 * (desktop), with nothing typed and with inputs half filled (each one left blank or given a value its drop-down or
 * numeric rule allows, several draws). Every formula cell must show the same value, error and message in all three.
 * The portable copies (native formulas over the 係数表 sheet) must give the add-in's numbers for the same inputs.
 */
import type { HyperFormula } from "hyperformula";
import { portableLayouts } from "../../src/portable/to-portable";
import {
  defaultMethodOf,
  findActivityType,
  findMethod,
  findScenario,
  ACTIVITY_TYPES,
} from "../../src/scenarios";
import type { ActivityInput } from "../../src/scenarios/types";
import { buildWorkbook } from "../../src/sheets/builders";
import { layoutBoundary } from "../../src/sheets/builders/boundary";
import { layoutCertificates } from "../../src/ledger/builders/certificates";
import { buildCollectionWorkbook } from "../../src/collect/builders/collection";
import { layoutForestProject } from "../../src/sheets/builders/forest-project";
import { LEDGER_KEY, layoutLedger } from "../../src/ledger/builders/ledger";
import {
  DEFAULT_SETTINGS,
  type ActivityChoice,
  type EventInfo,
} from "../../src/sheets/builders/options";
import { buildPlanSheet } from "../../src/sheets/builders/plan";
import { layoutReductionProject } from "../../src/sheets/builders/reduction-project";
import { layoutQuestionnaire } from "../../src/sheets/builders/questionnaire";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { collectParsed } from "../../src/collect/collect";
import { exhibitorResponse } from "../helpers/forms";
import { PROBLEM_LEDGER } from "../ledger/fixtures";
import { loadSheets, valueAt, withBlankCells, type BlankCells } from "../helpers/sheet-engine";
import {
  blankInputCells,
  formulaCells,
  loadWorkbook,
  resolveWorkbook,
  shownAt,
  typeInto,
  type InputCell,
  type Shown,
} from "../helpers/workbook-engine";

const MODES: readonly BlankCells[] = ["web", "text", "desktop"];
const EVENT: EventInfo = {
  name: "環境フェア",
  dates: "2026-06-01",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 2,
  paidEntry: true,
};

const defaultActivities = (scenario: "A1" | "A2" | "D1"): ActivityChoice[] =>
  (findScenario(scenario)?.actors ?? []).flatMap((actor) =>
    actor.activities.flatMap((key) => {
      const method = defaultMethodOf(findActivityType(key)!);
      return method ? [{ actorKey: actor.key, activityKey: key, methodKey: method.key }] : [];
    })
  );
const everyMethod: ActivityChoice[] = ACTIVITY_TYPES.flatMap((a) =>
  a.methods.map((m) => ({ actorKey: "organizer", activityKey: a.key, methodKey: m.key }))
);

const workbook = (
  scenario: "A1" | "A2" | "D1",
  activities: ActivityChoice[],
  withQuestionnaires: boolean
) =>
  buildWorkbook({
    scenario,
    event: EVENT,
    activities,
    settings: DEFAULT_SETTINGS,
    withQuestionnaires,
    withDisclosure: true,
    participantsPay: false,
  });

function projects(): SheetLayout[] {
  const stands = [
    {
      name: "第1林班",
      areaHa: 10,
      species: "スギ",
      ageAtStart: 18,
      growthM3PerHaYear: 8,
      prefecture: "",
    },
    {
      name: "第2林班",
      areaHa: 4,
      species: "その他針葉樹",
      ageAtStart: 30,
      growthM3PerHaYear: 5,
      prefecture: "長野県",
    },
    {
      name: "第3林班",
      areaHa: 2,
      species: "その他広葉樹",
      ageAtStart: 12,
      growthM3PerHaYear: 3,
      prefecture: "",
    },
  ];
  const forest = layoutForestProject(
    {
      scenario: "B2",
      projectName: "公有林",
      firstYear: 2026,
      years: 4,
      stands,
      settings: DEFAULT_SETTINGS,
    },
    { spareStands: 2 }
  );
  const boundary = layoutBoundary({
    scenario: "A1",
    event: EVENT,
    activities: defaultActivities("A1"),
    settings: DEFAULT_SETTINGS,
  });
  const ledger = layoutLedger(PROBLEM_LEDGER);
  const refs = {
    boundary: { key: boundary.layout.key, cells: boundary.cells },
    forest: { key: forest.layout.key, cells: forest.cells },
    ledger: { key: LEDGER_KEY, cells: ledger.cells },
  };
  return [
    boundary.layout,
    forest.layout,
    layoutReductionProject({
      projectName: "○○温浴施設",
      methodology: "E001",
      settings: DEFAULT_SETTINGS,
    }).layout,
    ledger.layout,
    layoutCertificates(
      {
        direction: "issued",
        issuer: "○○市環境課",
        issuerContact: "Tel 00-0000-0000",
        firstNumber: 1,
        prefix: "証書-",
      },
      { key: LEDGER_KEY }
    ).layout,
    buildPlanSheet({ scenario: "A1", title: "環境フェア", department: "環境課" }, refs),
    { ...buildPlanSheet({ scenario: "C2", title: "", department: "" }, refs), key: "plan-c2" },
  ];
}

function collection(): SheetLayout[] {
  const responses = [1, 2].map((i) =>
    exhibitorResponse(
      `回答${i}.xlsx`,
      { organization: `出展団体${i}`, person: `担当者${i}`, contact: "03-0000-0000" },
      {
        "6.count.pre": 10 * i,
        "6.watts.pre": 40,
        "7.fuel.pre": "軽油",
        "7.km.pre": 12,
        "7.use.pre": "営業用",
      },
      { digest: `d${i}` }
    )
  );
  return buildCollectionWorkbook(collectParsed(responses), {
    settings: DEFAULT_SETTINGS,
    event: EVENT,
  });
}

const questionnaire = () => [
  layoutQuestionnaire({
    scenario: "A1",
    actorKey: "organizer",
    activities: defaultActivities("A1").filter((a) => a.actorKey === "organizer"),
    event: EVENT,
  }).layout,
];

/** Every builder, in the combinations the pane builds them. `portable`: also compared with its native-formula copy. */
const BUILDS: readonly {
  readonly name: string;
  readonly layouts: () => SheetLayout[];
  readonly portable: boolean;
}[] = [
  {
    name: "A1 boundary and disclosure",
    layouts: () => workbook("A1", defaultActivities("A1"), false),
    portable: true,
  },
  {
    name: "A2 boundary and disclosure",
    layouts: () => workbook("A2", defaultActivities("A2"), false),
    portable: true,
  },
  {
    name: "D1 boundary and disclosure",
    layouts: () => workbook("D1", defaultActivities("D1"), false),
    portable: true,
  },
  {
    name: "every method of every activity",
    layouts: () => workbook("A1", everyMethod, false),
    portable: true,
  },
  {
    name: "A1 with questionnaires linked",
    layouts: () => workbook("A1", defaultActivities("A1"), true),
    portable: true,
  },
  {
    name: "D1 with questionnaires linked",
    layouts: () => workbook("D1", defaultActivities("D1"), true),
    portable: true,
  },
  { name: "a questionnaire alone", layouts: questionnaire, portable: false },
  { name: "forest, reduction, ledger, certificates and plans", layouts: projects, portable: false },
  { name: "a collection of returned questionnaires", layouts: collection, portable: false },
];

// ---- inputs ------------------------------------------------------------------------------------------------------

/** A small deterministic generator (mulberry32): the same draws in every mode. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = [0, 1, 2, 3.5, 8, 12, 30, 120, 2000];

/** A value the cell's rule allows: one of its choices, or a number within its bounds (0 included where allowed). */
function valueFor(cell: InputCell, next: () => number): string | number {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const rule = cell.rule;
  if (rule?.kind === "list") return pick(rule.choices);
  if (rule) {
    const allowed = [...NUMBERS, rule.min, rule.max ?? rule.min].filter(
      (n) =>
        n >= rule.min &&
        (rule.max === undefined || n <= rule.max) &&
        (rule.kind === "decimal" || Number.isInteger(n))
    );
    return pick(allowed);
  }
  return pick(NUMBERS.slice(1));
}

type Fill = ReadonlyMap<InputCell, string | number | null>;

/** Each input left blank with probability `blankShare`, else given an allowed value. */
function draw(inputs: readonly InputCell[], seed: number, blankShare: number): Fill {
  const next = random(seed);
  return new Map(inputs.map((cell) => [cell, next() < blankShare ? null : valueFor(cell, next)]));
}

// ---- evaluation ----------------------------------------------------------------------------------------------------

interface Run {
  readonly cells: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly formula: string;
  }[];
  /** Per state (nothing typed, then each fill), every formula cell's value. */
  readonly states: readonly Shown[][];
}

function formulaText(resolved: readonly SheetLayout[], sheet: string, address: string): string {
  const layout = resolved.find((l) => l.name === sheet);
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const cell: CellContent | undefined = layout?.cells[Number(match[2]) - 1]?.[column - 1];
  return typeof cell === "object" && cell !== null ? cell.formula : "";
}

/** Types each fill in turn (blanks cleared) and reads every formula cell of `read` after each. */
function evaluate(
  engine: HyperFormula,
  read: readonly { sheet: string; address: string }[],
  fills: readonly Fill[]
): Shown[][] {
  const snapshot = () => read.map((c) => shownAt(engine, c.sheet, c.address));
  const states = [snapshot()];
  for (const fill of fills) {
    // One recalculation per fill, as after a paste.
    engine.batch(() => {
      for (const [cell, value] of fill) typeInto(engine, cell.sheet, cell.address, value);
    });
    states.push(snapshot());
  }
  return states;
}

function run(resolved: readonly SheetLayout[], fills: readonly Fill[], mode: BlankCells): Run {
  const cells = formulaCells(resolved).map((c) => ({
    ...c,
    formula: formulaText(resolved, c.sheet, c.address),
  }));
  return withBlankCells(mode, () => ({
    cells,
    states: evaluate(loadWorkbook(resolved), cells, fills),
  }));
}

/** The first cell where two runs differ, described for the failure message; undefined when they agree. */
function firstDifference(
  a: Run,
  b: Run,
  agree: (x: Shown, y: Shown) => boolean
): string | undefined {
  for (let s = 0; s < a.states.length; s++) {
    const [x, y] = [a.states[s]!, b.states[s]!];
    for (let i = 0; i < x.length; i++) {
      if (!agree(x[i]!, y[i]!)) {
        const cell = a.cells[i]!;
        return `state ${s}, ${cell.sheet}!${cell.address} =${cell.formula}: ${JSON.stringify(x[i])} vs ${JSON.stringify(y[i])}`;
      }
    }
  }
  return undefined;
}

const same = (x: Shown, y: Shown) => JSON.stringify(x) === JSON.stringify(y);

/** Native formulas compute in binary floating point: numbers to 1e-9 (relative), errors with errors, texts exactly. */
function sameAsNative(x: Shown, y: Shown): boolean {
  if (typeof x === "number" && typeof y === "number") {
    const scale = Math.max(Math.abs(x), Math.abs(y));
    return scale === 0 || Math.abs(x - y) / scale <= 1e-9;
  }
  const isError = (v: Shown) => typeof v === "object" && v !== null;
  if (isError(x) || isError(y)) return isError(x) && isError(y);
  return x === y;
}

const isGhg = (formula: string) => /GHG\./.test(formula);

// ---- tests ---------------------------------------------------------------------------------------------------------

test("the harness tells the hosts apart: a blank cell straight into an optional factor differs, through IF(ISBLANK) it does not", () => {
  const layout: SheetLayout = {
    key: "probe",
    name: "probe",
    columnWidths: [],
    formats: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
    cells: [
      [
        null,
        { formula: "=GHG.CO2_ELEC(1000,A1)" },
        { formula: '=GHG.CO2_ELEC(1000,IF(ISBLANK(A1),"",A1))' },
        { formula: '=GHG.CO2_BUS(60,A1,"軽油")' },
      ],
    ],
  };
  const values = MODES.map((mode) =>
    withBlankCells(mode, () => {
      const engine = loadSheets([layout]);
      return ["B1", "C1", "D1"].map((address) => shownAt(engine, "probe", address));
    })
  );
  // Straight: the web's null is the default 0.384, desktop's 0 a zero-emission tariff.
  expect(values.map((v) => v[0])).toEqual([384, 384, 0]);
  expect(values.map((v) => v[1])).toEqual([384, 384, 384]);
  // A required divisor: blank and 0 are both #VALUE!, with different messages — why the sheets pass "" there too.
  expect(values.map((v) => (v[2] as { message: string }).message)).toEqual([
    "乗車人数が空欄です。値を入力してください",
    "乗車人数が空欄です。値を入力してください",
    "乗車人数は 0 より大きい数値にしてください（入力: 0 または空欄）",
  ]);
  withBlankCells("desktop", () => expect(valueAt(loadSheets([layout]), "probe", "B1")).toBe(0));
});

describe.each(BUILDS)("$name", ({ layouts, portable }) => {
  const resolved = resolveWorkbook(layouts());
  const inputs = blankInputCells(resolved);
  // Half-filled (three draws) and mostly filled (two draws); the first state of every run is nothing typed.
  const fills = [
    draw(inputs, 1, 0.5),
    draw(inputs, 2, 0.5),
    draw(inputs, 3, 0.5),
    draw(inputs, 4, 0.15),
    draw(inputs, 5, 0.15),
  ];
  const started = Date.now();
  const runs = MODES.map((mode) => run(resolved, fills, mode));
  if (process.env.BLANK_TIMING)
    process.stdout.write(
      `${resolved[0]?.name}: ${inputs.length} inputs, ${Date.now() - started} ms\n`
    );
  const [web, text, desktop] = runs as [Run, Run, Run];

  test("where it computes with GHG functions, it has inputs they read and numbers once they are filled", () => {
    const ghg = web.cells.flatMap((c, i) => (isGhg(c.formula) ? [i] : []));
    if (ghg.length === 0) return;
    expect(inputs.length).toBeGreaterThan(0);
    const numbers = web.states
      .slice(1)
      .reduce((n, state) => n + ghg.filter((i) => typeof state[i] === "number").length, 0);
    expect(numbers).toBeGreaterThan(0);
  });

  test('blank cells as "" compute as blank cells passed as null (Excel on the web)', () => {
    expect(firstDifference(web, text, same)).toBeUndefined();
  });

  test("blank cells as 0 (desktop Excel) compute as blank cells passed as null", () => {
    expect(firstDifference(web, desktop, same)).toBeUndefined();
  });

  if (portable) {
    test("the portable copy (native formulas) gives the same numbers", () => {
      const native = resolveWorkbook(portableLayouts(layouts()));
      const engine = loadWorkbook(native);
      const states = evaluate(engine, web.cells, fills);
      expect(firstDifference(web, { cells: web.cells, states }, sameAsNative)).toBeUndefined();
    });
  }
});

describe("the issue's cases in built sheets, on every host", () => {
  test("a forest stand with a blank 都道府県 (スギ) computes; その他広葉樹 without one asks for it", () => {
    const stands = [
      {
        name: "第1林班",
        areaHa: 10,
        species: "スギ",
        ageAtStart: 18,
        growthM3PerHaYear: 8,
        prefecture: "",
      },
      {
        name: "第2林班",
        areaHa: 2,
        species: "その他広葉樹",
        ageAtStart: 12,
        growthM3PerHaYear: 3,
        prefecture: "",
      },
    ];
    const { layout } = layoutForestProject(
      {
        scenario: "B2",
        projectName: "公有林",
        firstYear: 2026,
        years: 3,
        stands,
        settings: DEFAULT_SETTINGS,
      },
      { spareStands: 0 }
    );
    const uptakeCells = formulaCells([layout]).filter((c) =>
      /GHG\.FOREST_UPTAKE/.test(formulaText([layout], c.sheet, c.address))
    );
    expect(uptakeCells).toHaveLength(6);
    for (const mode of MODES) {
      withBlankCells(mode, () => {
        const engine = loadSheets([layout]);
        const values = uptakeCells.map((c) => shownAt(engine, c.sheet, c.address));
        // スギ: 10 ha × 8 m³ × BEF (1.57 up to 20 years, 1.33 above) × 1.25 × 0.314 × 0.5 × 44/12; ages 18, 19, 20.
        const sugi = 10 * 8 * 1.57 * 1.25 * 0.314 * 0.5 * (44 / 12);
        for (const value of values.slice(0, 3)) expect(value as number).toBeCloseTo(sugi, 9);
        for (const value of values.slice(3))
          expect(value).toEqual({
            error: "VALUE",
            message: expect.stringMatching(/^「その他広葉樹」の係数は都道府県によって異なります/),
          });
      });
    }
  });

  test("a blank 車種 or 鉄道会社 is the function's default (乗用車, the standard rate), not a blank-name error", () => {
    const car = findMethod("staff-travel.car-standard")!;
    const rail = findMethod("staff-rail.operator")!;
    const activities: ActivityChoice[] = [car, rail].map((m) => ({
      actorKey: "staff",
      activityKey: m.activity.key,
      methodKey: m.method.key,
    }));
    const resolved = resolveWorkbook([
      layoutBoundary({ scenario: "A2", event: EVENT, activities, settings: DEFAULT_SETTINGS })
        .layout,
    ]);
    const layout = resolved[0]!;
    const rowOf = (input: ActivityInput) =>
      layout.cells.findIndex((row, i) => row[3] === input.item.ja && i > 40) + 1;
    const resultRow = (no: number) =>
      layout.cells.findIndex((row, i) => row[0] === no && typeof row[5] === "object" && i < 40) + 1;
    const filled: Record<string, string | number> = { km: 100, fuel: "ガソリン", passengers: 10 };
    for (const mode of MODES) {
      withBlankCells(mode, () => {
        const engine = loadWorkbook(resolved);
        for (const { method } of [car, rail])
          for (const input of method.inputs)
            if (input.key in filled)
              typeInto(engine, layout.name, `F${rowOf(input)}`, filled[input.key]!);
        const blank = [1, 2].map((no) => shownAt(engine, layout.name, `F${resultRow(no)}`));
        typeInto(
          engine,
          layout.name,
          `F${rowOf(car.method.inputs.find((i) => i.key === "vehicle")!)}`,
          "乗用車"
        );
        expect(blank[0]).toBe(shownAt(engine, layout.name, `F${resultRow(1)}`));
        expect(typeof blank[0]).toBe("number");
        expect(typeof blank[1]).toBe("number");
        expect(blank[1] as number).toBeGreaterThan(0);
      });
    }
  });

  test("a truck row with a blank 燃費 takes the average-economy table; a 0 electricity factor gives 0 kg", () => {
    const truck = findMethod("equipment-transport.economy")!;
    const elec = findMethod("venue-electricity.equipment")!;
    const activities: ActivityChoice[] = [truck, elec].map((m) => ({
      actorKey: "organizer",
      activityKey: m.activity.key,
      methodKey: m.method.key,
    }));
    const resolved = resolveWorkbook([
      layoutBoundary({ scenario: "A1", event: EVENT, activities, settings: DEFAULT_SETTINGS })
        .layout,
    ]);
    const layout = resolved[0]!;
    const rowOf = (input: ActivityInput) =>
      layout.cells.findIndex((row) => row[3] === input.item.ja) + 1;
    const resultRow = (no: number) =>
      layout.cells.findIndex((row, i) => row[0] === no && typeof row[5] === "object" && i < 40) + 1;
    const values: Record<string, string | number> = {
      km: 10,
      max_load: 2000,
      fuel: "軽油",
      use: "営業用",
      count: 200,
      watts: 36,
      hours: 8,
    };
    for (const mode of MODES) {
      withBlankCells(mode, () => {
        const engine = loadWorkbook(resolved);
        for (const { method } of [truck, elec]) {
          for (const input of method.inputs)
            if (input.key in values)
              typeInto(engine, layout.name, `F${rowOf(input)}`, values[input.key]!);
        }
        expect(shownAt(engine, layout.name, `F${resultRow(1)}`) as number).toBeCloseTo(
          (10 / 4.58) * 2.59,
          12
        );
        expect(shownAt(engine, layout.name, `F${resultRow(2)}`) as number).toBeCloseTo(
          (200 * 36 * 8 * 0.384) / 1000,
          12
        );
        typeInto(engine, layout.name, "C14", 0);
        expect(shownAt(engine, layout.name, `F${resultRow(2)}`)).toBe(0);
      });
    }
  });
});
