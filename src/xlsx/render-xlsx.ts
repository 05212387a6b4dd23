/** PLACEHOLDER — implemented by the xlsx engineer. Renders resolved layouts into an .xlsx file with ExcelJS. */
import type { SheetLayout } from "../sheets/layout";

export interface RenderOptions {
  /** Layout keys of sheets to hide from the respondent (state "veryHidden": not listed under Unhide). */
  readonly veryHidden?: readonly string[];
  /** Workbook-level defined names beyond the layouts' own: name → absolute reference, e.g. "'調査票'!$D$12". */
  readonly extraNames?: ReadonlyMap<string, string>;
  /** Document properties. */
  readonly title?: string;
}

/**
 * Layouts must be resolved (final names, no placeholders: see resolve-names.ts). Returns the file's bytes.
 * ExcelJS is loaded on first use, so the pane's initial bundle never contains it.
 */
export async function renderXlsx(layouts: readonly SheetLayout[], options: RenderOptions = {}): Promise<Uint8Array> {
  void layouts;
  void options;
  throw new Error("renderXlsx: not implemented yet");
}
