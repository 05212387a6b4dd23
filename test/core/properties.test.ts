/** Property-based tests: any value of any type, in any position, to any function, never throws. */
import fc from "fast-check";
import { CALC_FUNCTIONS, CalcError } from "../../src/core";

/** What Excel can hand a custom function: numbers (incl. odd ones), text, booleans, blanks, 2-D ranges. */
const cellValue = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 5e-324),
  fc.string(),
  fc.constantFrom(
    "軽油",
    "ガソリン",
    "その他針葉樹",
    "東京都",
    "軽",
    "営業用",
    "jver-2011:軽油",
    "x:y",
    "=1+1",
    "",
    " ",
    "1,000",
    "１２"
  ),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.array(fc.oneof(fc.double(), fc.string()), { maxLength: 2 }), { maxLength: 2 })
);

describe("no function ever throws", () => {
  test.each(CALC_FUNCTIONS.map((fn) => [fn.name, fn] as const))("%s", (_, fn) => {
    fc.assert(
      fc.property(fc.array(cellValue, { maxLength: fn.params.length + 1 }), (args) => {
        const result = fn.call(args);
        // Either a finite number, a text, or an Excel error with a message in both languages.
        if (result instanceof CalcError) {
          expect(["#N/A", "#VALUE!", "#NUM!"]).toContain(result.code);
          expect(result.message.ja.length).toBeGreaterThan(0);
          expect(result.message.en.length).toBeGreaterThan(0);
          // Excel shows no message with #NUM!: it only ever means a result too large for a number, never bad input.
          if (result.code === "#NUM!")
            expect(result.message.ja).toMatch(/^計算結果が大きすぎて数値で表せません/);
        } else if (typeof result === "number") {
          expect(Number.isFinite(result)).toBe(true);
        } else {
          expect(typeof result).toBe("string");
        }
      }),
      { numRuns: 300 }
    );
  });
});

describe("blank cells as desktop Excel passes them (0) and as the web does (null)", () => {
  test.each(CALC_FUNCTIONS.map((fn) => [fn.name, fn] as const))(
    "%s: where a parameter says they agree, they agree",
    (_, fn) => {
      const agreeing = fn.params.flatMap((p, i) => (p.sameForBlankAndZero ? [i] : []));
      fc.assert(
        fc.property(
          fc.array(cellValue, { minLength: fn.params.length, maxLength: fn.params.length }),
          fc.constantFrom(...agreeing, -1),
          (args, index) => {
            if (index < 0) return;
            const withValue = (value: unknown) =>
              fn.call(args.map((a, j) => (j === index ? value : a)));
            expect(withValue(0)).toEqual(withValue(null));
          }
        ),
        { numRuns: 200 }
      );
    }
  );
});

describe("arithmetic properties", () => {
  const fuels = fc.constantFrom(
    "ガソリン",
    "灯油",
    "軽油",
    "A重油",
    "B重油",
    "C重油",
    "LPガス",
    "都市ガス"
  );
  const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
  const [co2Fuel, credits] = ["CO2_FUEL", "CREDITS_NEEDED"].map((name) =>
    CALC_FUNCTIONS.find((fn) => fn.name === name)!
  );

  test("fuel emissions are additive in the amount", () => {
    fc.assert(
      fc.property(fuels, amount, amount, (fuel, a, b) => {
        const sum = co2Fuel!.call([fuel, a + b]) as number;
        const parts = (co2Fuel!.call([fuel, a]) as number) + (co2Fuel!.call([fuel, b]) as number);
        expect(sum).toBeCloseTo(parts, 6 - Math.max(0, Math.ceil(Math.log10(sum + 1))));
      })
    );
  });

  test("credits needed cover the emissions and are less than one tonne above them", () => {
    fc.assert(
      fc.property(amount, (kg) => {
        const t = credits!.call([kg]) as number;
        expect(Number.isInteger(t)).toBe(true);
        expect(t * 1000).toBeGreaterThanOrEqual(kg);
        // One tonne fewer would no longer cover them.
        if (t > 0) expect((t - 1) * 1000).toBeLessThan(kg);
      })
    );
  });
});
