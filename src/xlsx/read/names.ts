/** References and defined names as the file holds them: parsed as text, never evaluated. */
import type { Workbook } from "exceljs";
import { nameKey } from "../../sheets/resolve-names";

export interface Location {
  readonly sheet: string;
  readonly address: string;
}

/** "'調査票 (2)'!$D$12" (or a range: its top-left cell) → { sheet, address }; null for anything else, #REF! included. */
export function parseReference(text: string): Location | null {
  const m =
    /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!:\s]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?\s*$/.exec(
      text
    );
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  return { sheet, address: `${(m[3] ?? "").toUpperCase()}${m[4] ?? ""}` };
}

export interface RawName {
  readonly name: string;
  readonly ranges: readonly string[];
  readonly localSheetId?: number;
}

/**
 * The defined names as the file lists them. ExcelJS's public `definedNames` merges a workbook-level name with
 * sheet-level names of the same name (Excel creates those when a sheet is copied) and silently drops names that do
 * not point at a range (#REF!), so the list ExcelJS parses is captured as it hands it to the workbook.
 */
export function captureDefinedNames(workbook: Workbook): () => readonly RawName[] | undefined {
  let captured: RawName[] | undefined;
  const descriptor = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(workbook) as object,
    "model"
  );
  const { get, set } = descriptor ?? {};
  if (get && set) {
    Object.defineProperty(workbook, "model", {
      configurable: true,
      get: () => get.call(workbook) as unknown,
      set: (value: { definedNames?: unknown }) => {
        if (Array.isArray(value?.definedNames))
          captured = (value.definedNames as RawName[]).filter(
            (n) => typeof n?.name === "string" && Array.isArray(n.ranges)
          );
        set.call(workbook, value);
      },
    });
  }
  return () => captured;
}

export interface NameTable {
  /** nameKey → the first range's text of the workbook-level name (else the first sheet-level one). */
  readonly ranges: ReadonlyMap<string, string>;
  /** nameKeys of every name the file defines, including those that no longer point at a cell (#REF!). */
  readonly defined: ReadonlySet<string>;
}

export function nameTable(workbook: Workbook, raw: readonly RawName[] | undefined): NameTable {
  const ranges = new Map<string, string>();
  const defined = new Set<string>();
  if (raw) {
    // Workbook-level names first: a sheet-level copy of a name belongs to a copied sheet.
    const ordered = [
      ...raw.filter((n) => n.localSheetId === undefined),
      ...raw.filter((n) => n.localSheetId !== undefined),
    ];
    for (const entry of ordered) {
      const key = nameKey(entry.name);
      if (defined.has(key)) continue;
      defined.add(key);
      const first = entry.ranges[0];
      if (first !== undefined) ranges.set(key, first);
    }
    return { ranges, defined };
  }
  // Fallback on ExcelJS's public model (sheet-level names merged in, #REF! names only as keys of its matrix map).
  const names = workbook.definedNames as unknown as {
    model?: { name: string; ranges: string[] }[];
    matrixMap?: Record<string, unknown>;
  };
  for (const entry of names.model ?? []) {
    defined.add(nameKey(entry.name));
    const first = entry.ranges[0];
    if (first !== undefined && !ranges.has(nameKey(entry.name)))
      ranges.set(nameKey(entry.name), first);
  }
  for (const name of Object.keys(names.matrixMap ?? {})) defined.add(nameKey(name));
  return { ranges, defined };
}
