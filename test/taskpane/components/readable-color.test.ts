/** The preview's font colours read on their fills (WCAG AA, 4.5:1) while keeping their hue. */
import {
  contrastRatio,
  readableFont,
} from "../../../src/taskpane/components/preview/readable-color";

describe("readableFont", () => {
  test("the ledger's helper grey on its grey fill is darkened to 4.5:1 or more", () => {
    expect(contrastRatio("#808080", "#EDEDED")).toBeCloseTo(3.37, 2);
    const font = readableFont("#808080", "#EDEDED");
    expect(font).not.toBe("#808080");
    expect(contrastRatio(font, "#EDEDED")).toBeGreaterThanOrEqual(4.5);
    // Still a grey: the same hue, only darker.
    expect(new Set([font.slice(1, 3), font.slice(3, 5), font.slice(5, 7)]).size).toBe(1);
  });

  test("colours that read are kept, on a fill or on white; what it cannot parse is kept too", () => {
    expect(readableFont("#1F4E3D")).toBe("#1F4E3D");
    expect(readableFont("#C00000", "#F2F2F2")).toBe("#C00000");
    expect(readableFont("red", "#EDEDED")).toBe("red");
  });
});
