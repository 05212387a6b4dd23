/** The translator's formula parser and printer. */
import { FormulaParseError } from "../../src/portable/formula-errors";
import { parseExcelFormula, printFormula } from "../../src/portable/formula-parser";
import {
  TRANSLATED_FUNCTIONS,
  UntranslatableFunctionError,
  hasGhgCall,
  toNativeFormula,
} from "../../src/portable/native-formulas";

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
