/**
 * Defined names. ExcelJS only models names that refer to cell ranges (and re-assembles them cell by cell), so names
 * are written through the workbook model ExcelJS serialises, as text: a local address becomes `'Sheet'!$C$5`, a
 * formula is written as it is (without "="). Name comments cannot be written (ExcelJS has no field for them).
 */
import type { Workbook } from "exceljs";
import type { SheetLayout } from "../../sheets/layout";
import { absoluteAddress } from "../../sheets/addresses";
import { isValidIdentifier, nameKey, quoteSheetName } from "../../sheets/resolve-names";
import { fileFormula } from "./formulas";

interface NameEntry {
  readonly name: string;
  /** As stored in workbook.xml: a reference or formula without "=". */
  readonly text: string;
}

interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/**
 * ExcelJS serialises `workbook.definedNames.model` (each entry's ranges joined by commas) and has no API for a name
 * that refers to a formula or a whole column. The instance's model getter is extended with these entries; ExcelJS's
 * own (range) names, if any, stay in front.
 */
function addDefinedNames(workbook: Workbook, entries: readonly NameEntry[]): void {
  if (entries.length === 0) return;
  const definedNames = workbook.definedNames as unknown as object;
  const descriptor = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(definedNames) as object,
    "model"
  );
  const get = descriptor?.get;
  if (!get) throw new Error("renderXlsx: this ExcelJS version has no definedNames.model to extend");
  const extra: DefinedNameModel[] = entries.map((e) => ({ name: e.name, ranges: [e.text] }));
  Object.defineProperty(definedNames, "model", {
    configurable: true,
    get: () => [...(get.call(definedNames) as DefinedNameModel[]), ...extra],
    set: (value: unknown) => descriptor.set?.call(definedNames, value),
  });
}

function nameText(sheetName: string, refersTo: string): string {
  const trimmed = refersTo.trim();
  if (trimmed.startsWith("=")) return fileFormula(trimmed);
  return `${quoteSheetName(sheetName)}!${absoluteAddress(trimmed)}`;
}

/** The workbook's names, refused when invalid or taken (by another name or a table). */
export class DefinedNames {
  readonly entries: NameEntry[] = [];
  private readonly taken = new Set<string>();

  constructor(layouts: readonly SheetLayout[]) {
    for (const layout of layouts) for (const t of layout.tables) this.taken.add(nameKey(t.name));
  }

  add(name: string, text: string, where: string): void {
    if (!isValidIdentifier(name))
      throw new Error(`renderXlsx: "${name}" is not a valid defined name (${where})`);
    if (this.taken.has(nameKey(name)))
      throw new Error(`renderXlsx: the defined name "${name}" is used twice (${where})`);
    this.taken.add(nameKey(name));
    this.entries.push({ name, text });
  }

  addLayoutNames(layout: SheetLayout): void {
    for (const spec of layout.names)
      this.add(spec.name, nameText(layout.name, spec.refersTo), `layout ${layout.key}`);
  }

  /** Written into the workbook's model, after ExcelJS's own. */
  writeTo(workbook: Workbook): void {
    addDefinedNames(workbook, this.entries);
  }
}
