/** The custom-functions layer against a stand-in for Office's CustomFunctions global: values pass through, errors become Excel errors. */
import {
  FakeCustomFunctionsError,
  globals,
  installCustomFunctions,
} from "../helpers/custom-functions";

installCustomFunctions();

// The global must exist before the module under test runs, hence require after setting it.
const functions =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- ordering matters here; see above
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");
const { run } =
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  require("../../src/functions/adapter") as typeof import("../../src/functions/adapter");

function thrown(call: () => unknown): FakeCustomFunctionsError {
  try {
    call();
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

afterEach(() => {
  delete globals.Office;
});

test("numbers come back as numbers, text as text", () => {
  expect(functions.co2Fuel("軽油", 100)).toBe(259);
  expect(functions.co2Equipment(200, 36, 8, undefined)).toBeCloseTo(22.1184, 12);
  expect(functions.factorInfo("軽油", "単位")).toBe("kg-CO2/ℓ");
});

test("an unknown fuel is #N/A with the valid choices, in Japanese by default", () => {
  const error = thrown(() => functions.co2Fuel("水素", 1));
  expect(error.code).toBe("#N/A");
  expect(error.message).toMatch(/選択肢: ガソリン、灯油、軽油/);
});

test("messages follow Office's display language", () => {
  globals.Office = { context: { displayLanguage: "en-US" } };
  const error = thrown(() => functions.co2Bus(60, 0, "軽油", undefined));
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toBe("riders must be greater than 0 (got: 0 or a blank cell)");
});

test("every input error is #VALUE! or #N/A with a message, the codes Excel shows one with", () => {
  const negative = thrown(() => functions.co2Fuel("軽油", -1));
  expect(negative.code).toBe("#VALUE!");
  expect(negative.message).toBe("燃料使用量は 0 以上の数値にしてください（入力: -1）");
  const zeroRiders = thrown(() => functions.co2Bus(60, 0, "軽油", undefined));
  expect(zeroRiders.code).toBe("#VALUE!");
  expect(zeroRiders.message).toBe(
    "乗車人数は 0 より大きい数値にしてください（入力: 0 または空欄）"
  );
  expect(thrown(() => functions.co2Elec("abc", undefined)).code).toBe("#VALUE!");
  expect(thrown(() => functions.co2Lodging(3000000, 0.324, 30, 3000, 30, 365)).code).toBe(
    "#VALUE!"
  );
  expect(thrown(() => functions.fuelEconomy("軽油", 20000, undefined)).code).toBe("#VALUE!");
  expect(thrown(() => functions.forestUptakeByAge("スギ", 61, 1)).code).toBe("#VALUE!");
});

test("#NUM! is left for a result too large for a number", () => {
  const error = thrown(() => functions.co2Elec(1e308, 10));
  expect(error.code).toBe("#NUM!");
  expect(error.message).toMatch(/^計算結果が大きすぎて数値で表せません/);
});

test("an unknown function name is #N/A with the list of functions, never #NAME?", () => {
  const error = thrown(() => run("CO2_NOPE", [1]));
  expect(error.code).toBe("#N/A");
  expect(error.message).toMatch(
    /^関数「CO2_NOPE」はありません。使用できる関数: CO2_FUEL、CO2_ELEC/
  );
});

test("desktop Excel's blank cells (0) give the defaults; a 0 electricity factor gives 0 kg", () => {
  expect(functions.forestUptake(1, 8.5, "スギ", 10, 0, 0)).toBe(
    functions.forestUptake(1, 8.5, "スギ", 10, null, null)
  );
  expect(functions.co2Truck(10, "軽油", 2000, 0, 0)).toBe(
    functions.co2Truck(10, "軽油", 2000, null, null)
  );
  expect(functions.co2Elec(1000, 0)).toBe(0);
  expect(functions.co2Elec(1000, null)).toBe(384);
});

test("a blank cell (null) in an amount counts as 0", () => {
  expect(functions.co2Fuel("軽油", null)).toBe(0);
});

describe("without CustomFunctions.Error (CustomFunctionsRuntime before 1.2)", () => {
  const saved = globals.CustomFunctions;
  afterEach(() => {
    globals.CustomFunctions = saved;
  });

  test.each([
    ["no CustomFunctions global", undefined],
    ["CustomFunctions without Error", { ErrorCode: {} }],
  ])(
    "%s: values still compute and errors are thrown as plain Errors (Excel shows #VALUE!)",
    (_, replacement) => {
      if (replacement === undefined) delete globals.CustomFunctions;
      else globals.CustomFunctions = replacement;
      expect(functions.co2Fuel("軽油", 100)).toBe(259);
      let caught: unknown;
      try {
        functions.co2Fuel("軽油", -1);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(Error);
      expect(caught).not.toBeInstanceOf(FakeCustomFunctionsError);
      expect((caught as Error).message).toBe(
        "#VALUE! 燃料使用量は 0 以上の数値にしてください（入力: -1）"
      );
    }
  );
});
