/** The custom-functions layer against a stand-in for Office's CustomFunctions global: values pass through, errors become Excel errors. */
class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const globals = globalThis as unknown as Record<string, unknown>;
globals.CustomFunctions = {
  Error: FakeCustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", invalidName: "#NAME?" },
};

// The global must exist before the module under test runs, hence require after setting it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- ordering matters here; see above
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

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
  expect(error.code).toBe("#NUM!");
  expect(error.message).toBe("riders must be greater than 0 (got: 0)");
});

test("text where a number belongs is #VALUE!; a negative amount is #NUM!", () => {
  expect(thrown(() => functions.co2Elec("abc", undefined)).code).toBe("#VALUE!");
  expect(thrown(() => functions.co2Elec(-1, undefined)).code).toBe("#NUM!");
});

test("a blank cell (null) in an amount counts as 0", () => {
  expect(functions.co2Fuel("軽油", null)).toBe(0);
});
