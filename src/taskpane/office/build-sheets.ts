/**
 * What the pane's gateway calls to build sheets: one Excel.run around the writer, with the requirement sets of the
 * running Excel. Kept in src/taskpane/office/ with the other office.js code.
 */
import type { SheetLayout } from "../../sheets/layout";
import type { BuildProgress } from "./types";
import { SheetWriteError, writeLayouts, type WriteResult } from "./sheet-writer";

/** Writes the layouts as new sheets of the open workbook. Rejects with a SheetWriteError. */
export async function buildSheets(
  layouts: readonly SheetLayout[],
  onProgress?: BuildProgress
): Promise<WriteResult> {
  try {
    return await Excel.run((context) =>
      writeLayouts(context, layouts, {
        supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
        onProgress,
      })
    );
  } catch (err) {
    if (err instanceof SheetWriteError) throw err;
    const record =
      typeof err === "object" && err !== null ? (err as { code?: unknown; message?: unknown }) : {};
    throw new SheetWriteError(
      typeof record.code === "string" ? record.code : "Unknown",
      typeof record.message === "string" ? record.message : String(err)
    );
  }
}
