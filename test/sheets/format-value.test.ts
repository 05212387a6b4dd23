/** Computed values shown as Excel shows them under the builders' number formats (the preview's cells). */
import fc from "fast-check";
import { formatValue } from "../../src/sheets/format-value";
import { NUMBER_FORMATS } from "../../src/sheets/builders/styles";

test.each([
  [1234.56, NUMBER_FORMATS.kg, "1,234.6"],
  [0.07397260273972603, NUMBER_FORMATS.t, "0.074"],
  [12, NUMBER_FORMATS.wholeT, "12"],
  [1234567, NUMBER_FORMATS.yen, "1,234,567"],
  [0.384, NUMBER_FORMATS.factor, "0.384"],
  [2.5, "0.0##", "2.5"],
  [2.5678, "0.0##", "2.568"],
  [3, "#,##0.0#", "3.0"],
  [3.14159, "#,##0.0#", "3.14"],
  [7, "#,##0.##", "7"],
  [0.36, "0%", "36%"],
  [41182, "yyyy/mm/dd", "2012/09/30"],
  [45444, "yyyy/mm/dd", "2024/06/01"],
] as const)("%p as %s is %s", (value, format, shown) => {
  expect(formatValue(value, format)).toBe(shown);
});

test("General: integers as they are, others to 10 significant digits", () => {
  expect(formatValue(83.88007228619293)).toBe("83.88007229");
  expect(formatValue(1200)).toBe("1200");
  expect(formatValue(0.1 + 0.2)).toBe("0.3");
  expect(formatValue(123456789012)).toBe("1.23457E+11");
  expect(formatValue(2e12)).toBe("2E+12");
});

test("texts, booleans, blanks and errors as a cell shows them", () => {
  expect(formatValue("非該当", "#,##0")).toBe("非該当");
  expect(formatValue(true)).toBe("TRUE");
  expect(formatValue(null)).toBe("");
  expect(formatValue({ error: "#VALUE!", message: "数値を入力してください" })).toBe("#VALUE!");
});

test("a format outside the subset falls back to General", () => {
  expect(formatValue(1.5, '[$-411]ggge"年"')).toBe("1.5");
});

test("grouped formats round like Excel to the shown decimals (property)", () => {
  fc.assert(
    fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
      const shown = formatValue(value, NUMBER_FORMATS.t).replace(/,/g, "");
      expect(Math.abs(Number(shown) - value)).toBeLessThanOrEqual(0.0005 + 1e-9 * Math.abs(value));
    })
  );
});
