/** What the name and layout-check tests share: an empty workbook, and problems as readable messages. */
import { type LayoutProblem } from "../../src/sheets/validate-layout";

export const NONE = { sheets: [], tables: [], names: [] };
export const messages = (problems: readonly LayoutProblem[], severity?: "error" | "warning") =>
  problems
    .filter((p) => !severity || p.severity === severity)
    .map((p) => `${p.where}: ${p.message}`);
