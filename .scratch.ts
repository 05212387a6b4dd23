import { toNativeFormula, parseExcelFormula, printFormula } from "./src/portable/native-formulas";
const fs = [
 '=IF(COUNT(F57,F58,F59)=0,0,GHG.CO2_EQUIPMENT(F57,F58,F59,$D$14))',
 '=IF(ISNUMBER($C$14),$C$14,GHG.FACTOR($C$13&":"&$C$14))',
 '=GHG.CO2_HEAT(F5,"産業用蒸気")',
 '=GHG.CO2_TRUCK(F5,$C$13&":"&IF(G4="",F4,G4),F6,F7,F8)*2',
 '=GHG.CREDITS_NEEDED(F30)',
 '=-GHG.EMISSION_REDUCTION(1,2)^2',
 '=SUM(A1:A3)&"a,b(c)"',
];
for (const f of fs) { console.log(f); console.log(" →", toNativeFormula(f).length, toNativeFormula(f).slice(0, 600)); }
console.log(printFormula(parseExcelFormula("=IF(A1>=2,-B2%,'My sheet'!$A$1:$B$2&{{sheet:q}}!E12)")));
