/**
 * Finds each answer cell, in this order, by
 *  1. its workbook-level defined name (Excel keeps names on their cells through sheet renames and row moves);
 *  2. the meta sheet's "reference" formula for the question (Excel rewrites it like a name; its TEXT is parsed as a
 *     plain reference, never evaluated);
 *  3. the meta sheet's sheet-relative address on the sheet named in the meta sheet (or, if that sheet is gone, the
 *     only visible sheet that is not the meta sheet).
 * A name or reference that Excel turned into #REF! gives a blank answer rather than an address that now holds
 * something else.
 */
import type { Workbook, Worksheet } from "exceljs";
import { nameKey } from "../../sheets/resolve-names";
import type { RawAnswer } from "../types";
import { rawValue } from "./cell-values";
import type { Meta } from "./meta";
import { nameTable, parseReference, type Location, type NameTable, type RawName } from "./names";

export class AnswerFinder {
  private readonly names: NameTable;
  private readonly fallbackSheet: Worksheet | undefined;

  constructor(
    private readonly workbook: Workbook,
    private readonly meta: Meta,
    metaSheet: Worksheet,
    rawNames: readonly RawName[] | undefined
  ) {
    this.names = nameTable(workbook, rawNames);
    const recorded = meta.sheetName === "" ? undefined : workbook.getWorksheet(meta.sheetName);
    const candidates = workbook.worksheets.filter((s) => s !== metaSheet && s.state === "visible");
    this.fallbackSheet = recorded ?? (candidates.length === 1 ? candidates[0] : undefined);
  }

  private sheet(name: string): Worksheet | undefined {
    return (
      this.workbook.getWorksheet(name) ??
      this.workbook.worksheets.find((s) => nameKey(s.name) === nameKey(name))
    );
  }

  private at(location: Location | null): RawAnswer {
    if (!location) return null;
    const sheet = this.sheet(location.sheet);
    return sheet ? rawValue(sheet.getCell(location.address).value) : null;
  }

  /** The raw value of the cell a defined name (or, failing that, the meta sheet) points at. */
  find(definedName: string, placeKey: string): RawAnswer {
    const key = nameKey(definedName);
    if (definedName !== "") {
      const range = this.names.ranges.get(key);
      const location = range === undefined ? null : parseReference(range);
      if (location && this.sheet(location.sheet)) return this.at(location);
      // The name exists but Excel turned it into #REF!: its cell is gone (the meta sheet's address would be wrong).
      if (this.names.defined.has(key) && (range === undefined || /#REF!/i.test(range))) return null;
    }
    const place = this.meta.places.get(placeKey);
    if (!place) return null;
    if (place.reference !== null) {
      const location = parseReference(place.reference);
      if (location && this.sheet(location.sheet)) return this.at(location);
      if (/#REF!/i.test(place.reference)) return null;
    }
    if (place.address === "" || !this.fallbackSheet || !/^[A-Z]{1,3}\d{1,7}$/.test(place.address))
      return null;
    return rawValue(this.fallbackSheet.getCell(place.address).value);
  }
}
