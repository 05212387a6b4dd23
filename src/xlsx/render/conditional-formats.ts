/** Conditional formats as formula rules; earlier ones of a layout take precedence (priority 1 is the highest). */
import type { Fill, Font, Worksheet } from "exceljs";
import type { SheetLayout } from "../../sheets/layout";
import { fileFormula } from "./formulas";
import { boundedAddress, mustParse } from "./ranges";
import { argb } from "./styles";

export function writeConditionalFormats(sheet: Worksheet, layout: SheetLayout): void {
  layout.conditionalFormats.forEach((cf, priority) => {
    const range = mustParse(cf.range, `conditional format of ${layout.key}`);
    const style: { fill?: Fill; font?: Partial<Font> } = {};
    // Differential formats (conditional formats) take a solid fill's colour from bgColor.
    if (cf.fill !== undefined)
      style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } };
    if (cf.fontColor !== undefined) style.font = { color: { argb: argb(cf.fontColor) } };
    sheet.addConditionalFormatting({
      ref: boundedAddress(range),
      rules: [
        {
          type: "expression",
          priority: priority + 1,
          formulae: [fileFormula(cf.formula)],
          style,
        },
      ],
    });
  });
}
