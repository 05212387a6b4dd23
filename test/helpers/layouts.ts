/** A minimal SheetLayout for tests: one heading cell, nothing else unless given. */
import type { SheetLayout } from "../../src/sheets/layout";

export function layout(key: string, name: string, extra: Partial<SheetLayout> = {}): SheetLayout {
  return {
    key,
    name,
    cells: [["見出し"]],
    columnWidths: [],
    formats: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
    ...extra,
  };
}
