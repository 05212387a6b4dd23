/**
 * The .xlsx side of the pane, in its own chunk (pane-xlsx, with ExcelJS in pane-exceljs): loaded by
 * ./file-operations with import() only when the user exports, collects or saves a file. Import it from nowhere else.
 */
import type { SheetLayout } from "../../sheets/layout";
import { planNames, resolveLayouts } from "../../sheets/resolve-names";
import { portableLayouts } from "../../portable/to-portable";
import { renderXlsx } from "../../xlsx/render-xlsx";
import type { PortableOptions } from "./types";

export { collectResponses } from "../../collect/collect";
export { buildCollectionWorkbook } from "../../collect/builders/collection";
export { exportQuestionnaire } from "../../xlsx/questionnaire-file";

/** Portable layouts, names resolved for a new file (nothing exists yet), rendered. */
export async function portableWorkbook(
  layouts: readonly SheetLayout[],
  options: PortableOptions = {}
): Promise<Uint8Array> {
  const portable = portableLayouts(layouts);
  const resolved = resolveLayouts(
    portable,
    planNames(portable, { sheets: [], tables: [], names: [] })
  );
  return renderXlsx(resolved, options.title ? { title: options.title } : {});
}
