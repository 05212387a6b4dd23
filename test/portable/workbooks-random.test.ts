/** Portable copies of single-method sheets agree with the add-in for random valid inputs (fast-check). */
import fc from "fast-check";
import { findMethod } from "../../src/scenarios";
import type { ActivityInput, CalculationMethod } from "../../src/scenarios/types";
import { buildWorkbook } from "../../src/sheets/builders";
import { type ActivityChoice } from "../../src/sheets/builders/options";
import type { SheetLayout } from "../../src/sheets/layout";
// Importing the helper registers the GHG plugin (the add-in's functions) with HyperFormula.
import { valueAt } from "../helpers/sheet-engine";
import { engines, expectSameResults, request, setBoth } from "./workbooks-pairs";
import { inputCells, resultCells, type InputCell } from "./workbooks-inputs";

const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true });
const amount = fc.oneof(fc.constant(0), positive, fc.integer({ min: 0, max: 100000 }));

/** Keys of inputs that must be > 0 (divisors), or a share 0–1. */
const DIVISORS = new Set(["total_room_m2", "days", "riders", "run_hours", "km_per_l"]);

/** Arbitrary valid inputs for one input of a method. */
function arbitraryFor(
  method: CalculationMethod,
  input: ActivityInput
): fc.Arbitrary<string | number | null> {
  // Fuel economy tables have gasoline and diesel only; an optional km/ℓ may be left blank for the table.
  const economyTable = /^GHG\.(CO2_TRUCK|CO2_VEHICLE|CO2_BUS)\(/.test(method.formula);
  switch (input.kind) {
    case "number":
      if (input.key === "room_share")
        return fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 1e-6, max: 1, noNaN: true }));
      if (input.key === "km_per_l" && economyTable) return fc.oneof(positive, fc.constant(null));
      return DIVISORS.has(input.key) ? positive : amount;
    case "fuel":
      return economyTable
        ? fc.constantFrom("ガソリン", "軽油")
        : fc.constantFrom("ガソリン", "軽油", "灯油", "A重油", "LPガス", "都市ガス");
    case "rail":
      return fc.constantFrom(
        "JR東日本（新幹線）",
        "JR東日本（在来線）",
        "東京メトロ",
        "東京急行電鉄",
        "小田急電鉄",
        "標準値（電力）"
      );
    case "vehicle":
      return fc.constantFrom("バス", "乗用車", "貨物車", "軽乗用車", "軽貨物車");
    case "truck-use":
      return fc.constantFrom("営業用", "自家用", null);
    case "max-load":
      return fc.oneof(
        fc.constantFrom("軽", "軽トラック"),
        fc.integer({ min: 0, max: 16999 }),
        fc.double({ min: 1e-6, max: 16999, noNaN: true })
      );
    case "energy-factor":
      return fc.oneof(
        positive,
        fc.constantFrom(
          "東京電力・調整後排出係数",
          "東京電力・実排出係数（2009年度実績）",
          "灯油",
          "都市ガス",
          "限界電源平均排出係数（発電端・調整前）"
        )
      );
    case "cfp":
      return fc.oneof(
        positive,
        fc.constantFrom(
          "チューブファイル",
          "DNP パンフレット (エコプロダクツ 2010 配布用)",
          "特別号",
          "油性マーカー"
        )
      );
    default:
      return fc.constant("—");
  }
}

describe.each([
  "venue-electricity.equipment",
  "equipment-transport.economy",
  "generator-fuel.tank-estimate",
  "participant-rail.operator",
  "community-bus.standard",
  "participant-ship.economy",
  "lodging.energy",
  "flyers.cfp",
])("random valid inputs: %s", (methodKey) => {
  test("the portable result equals the add-in's", () => {
    const found = findMethod(methodKey)!;
    const activities: ActivityChoice[] = [
      { actorKey: "organizer", activityKey: found.activity.key, methodKey },
    ];
    const pair = engines(buildWorkbook({ ...request("A1", activities), withDisclosure: false }));
    const boundary = pair.original[0] as SheetLayout;
    const cells = inputCells(boundary, activities);
    const arbitraries = cells.map((cell) =>
      fc.tuple(arbitraryFor(cell.method, cell.input), arbitraryFor(cell.method, cell.input))
    );
    let numeric = 0;
    fc.assert(
      fc.property(fc.tuple(...arbitraries), (values) => {
        values.forEach(([pre, post], i) => {
          const { input, row } = cells[i] as InputCell;
          if (input.asked.pre) setBoth(pair, boundary.name, `F${row}`, pre);
          if (input.asked.post) setBoth(pair, boundary.name, `G${row}`, post);
        });
        expectSameResults(pair);
        if (
          typeof valueAt(pair.addIn, boundary.name, resultCells(boundary)[1] as string) === "number"
        )
          numeric++;
      }),
      { numRuns: 60 }
    );
    // Some combinations are errors for both (a diesel kei car has no standard economy); most must be numbers.
    expect(numeric).toBeGreaterThan(20);
  });
});
