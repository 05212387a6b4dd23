/**
 * Issue 8 item 3: blank input cells mean the same on every Excel. Desktop Excel passes an empty referenced cell to
 * a custom function as 0 (office-js issue #4702), Excel on the web as null. The cases in built sheets: each
 * computes (or asks for the missing input) the same on every host.
 */
import { findMethod } from "../../src/scenarios";
import type { ActivityInput } from "../../src/scenarios/types";
import { layoutBoundary } from "../../src/sheets/builders/boundary";
import { layoutForestProject } from "../../src/sheets/builders/forest-project";
import { DEFAULT_SETTINGS, type ActivityChoice } from "../../src/sheets/builders/options";
import { loadSheets, withBlankCells } from "../helpers/sheet-engine";
import {
  formulaCells,
  loadWorkbook,
  resolveWorkbook,
  shownAt,
  typeInto,
} from "../helpers/workbook-engine";
import { EVENT, MODES } from "./blank-cells-builds";
import { formulaText } from "./blank-cells-harness";

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
});

describe("the issue's cases in built sheets, on every host", () => {
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
});

describe("the issue's cases in built sheets, on every host", () => {
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
