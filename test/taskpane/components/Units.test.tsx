/** Figures and their units are found in a summary, so that they can be kept on one line. */
import { splitFigures } from "../../../src/taskpane/components/Units";

describe("splitFigures", () => {
  test("a figure with its unit is one piece; the words around are others", () => {
    expect(splitFigures("J-VER 0014 · 3 t-CO2 · 割当て 1,234.5 kg-CO2")).toEqual([
      { text: "J-VER 0014 · ", figure: false },
      { text: "3 t-CO2", figure: true },
      { text: " · 割当て ", figure: false },
      { text: "1,234.5 kg-CO2", figure: true },
    ]);
  });

  test("a number without a unit, or a unit-like word inside another, is left as it is", () => {
    expect(splitFigures("保有 H1 0014 tons")).toEqual([
      { text: "保有 H1 0014 tons", figure: false },
    ]);
    expect(splitFigures("12,000 円/t-CO2")).toEqual([{ text: "12,000 円/t-CO2", figure: true }]);
  });
});
