/** The checks of a layout's sheet-wide settings: its name, column widths, formats, merges, conditional formats, protection and freeze. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  rangeColumns,
  rangeRows,
  rangesOverlap,
  type CellRange,
} from "./addresses";
import type { SheetLayout } from "./layout";
import { sanitizeSheetName, SHEET_NAME_MAX } from "./resolve-names";
import {
  checkColor,
  checkFormula,
  checkRange,
  structuredReferences,
  type Collector,
} from "./validate-collector";

/** A merge that parsed, with its address as written (for messages). */
export interface Merge {
  readonly range: CellRange;
  readonly address: string;
}

export function checkSheetName(c: Collector, layout: SheetLayout): void {
  if (typeof layout.name !== "string" || layout.name.trim() === "") {
    c.error("name", "the sheet name is empty");
  } else if (sanitizeSheetName(layout.name) !== layout.name) {
    c.warning(
      "name",
      `"${layout.name}" is not a valid sheet name (≤ ${SHEET_NAME_MAX} characters, none of \\ / ? * [ ] :, no ' at either end); it is written as "${sanitizeSheetName(layout.name)}"`
    );
  }
}

export function checkColumnWidths(c: Collector, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0 || w > 255)
      c.error(`columnWidths[${i}]`, `width ${w} is not 0–255 characters`);
  });
  if (layout.columnWidths.length > MAX_COLUMNS)
    c.error("columnWidths", `more than ${MAX_COLUMNS} columns`);
}

export function checkFormats(c: Collector, layout: SheetLayout): void {
  layout.formats.forEach((f, i) => {
    const where = `formats[${i}] ${f.range}`;
    checkRange(c, where, f.range);
    checkColor(c, where, f.fill);
    checkColor(c, where, f.fontColor);
    if (f.fontSize !== undefined && !(f.fontSize >= 1 && f.fontSize <= 409))
      c.error(where, `font size ${f.fontSize} is not 1–409`);
    if (
      f.numberFormat !== undefined &&
      (typeof f.numberFormat !== "string" || f.numberFormat === "")
    )
      c.error(where, "empty number format");
  });
}

/** The merges that parsed: tables and protection are checked against them. */
export function checkMerges(c: Collector, layout: SheetLayout): Merge[] {
  const merges: Merge[] = [];
  layout.merges.forEach((address, i) => {
    const where = `merges[${i}] ${address}`;
    const range = checkRange(c, where, address);
    if (!range) return;
    if (rangeRows(range) === 1 && rangeColumns(range) === 1)
      c.warning(where, "merging a single cell does nothing");
    const clash = merges.find((m) => rangesOverlap(m.range, range));
    if (clash) c.error(where, `overlaps the merge ${clash.address}`);
    merges.push({ range, address });
  });
  return merges;
}

export function checkConditionalFormats(c: Collector, layout: SheetLayout): void {
  layout.conditionalFormats.forEach((cf, i) => {
    const where = `conditionalFormats[${i}] ${cf.range}`;
    checkRange(c, where, cf.range);
    if (checkFormula(c, where, cf.formula)) {
      const refs = structuredReferences(cf.formula);
      if (refs.tableKeys.length > 0 || refs.bare)
        c.error(
          where,
          "conditional-format formulas cannot use structured (table) references in Excel"
        );
    }
    checkColor(c, where, cf.fill);
    checkColor(c, where, cf.fontColor);
    if (cf.fill === undefined && cf.fontColor === undefined)
      c.warning(where, "the conditional format sets neither fill nor font colour");
  });
}

export function checkProtection(c: Collector, layout: SheetLayout, merges: readonly Merge[]): void {
  const unlocked = (layout.protection?.unlockedRanges ?? []).flatMap((address, i) => {
    const range = checkRange(c, `protection.unlockedRanges[${i}]`, address);
    return range ? [range] : [];
  });
  for (const merge of merges) {
    if (partlyCovered(merge.range, unlocked)) {
      c.error(
        `merges ${merge.address}`,
        "is only partly unlocked on the protected sheet, so Excel may refuse to edit the merged cell: unlock the whole merge or none of it"
      );
    }
  }
}

/** Whether ranges cover some but not all of target (their union, so a merge unlocked in pieces counts as covered). */
export function partlyCovered(target: CellRange, ranges: readonly CellRange[]): boolean {
  const clips = ranges
    .filter((r) => rangesOverlap(r, target))
    .map((r) => ({
      top: Math.max(r.top, target.top),
      bottom: Math.min(r.bottom, target.bottom),
      left: Math.max(r.left, target.left),
      right: Math.min(r.right, target.right),
    }));
  if (clips.length === 0) return false;
  // Coordinate compression: the clips' edges cut the target into blocks, each wholly inside or outside every clip.
  const cuts = (starts: number[], ends: number[], from: number, to: number) =>
    [...new Set([from, ...starts, ...ends.map((e) => e + 1)])]
      .filter((x) => x >= from && x <= to)
      .sort((a, b) => a - b);
  const rows = cuts(
    clips.map((r) => r.top),
    clips.map((r) => r.bottom),
    target.top,
    target.bottom
  );
  const columns = cuts(
    clips.map((r) => r.left),
    clips.map((r) => r.right),
    target.left,
    target.right
  );
  return rows.some((row) =>
    columns.some(
      (column) =>
        !clips.some((r) => r.top <= row && row <= r.bottom && r.left <= column && column <= r.right)
    )
  );
}

export function checkFreeze(c: Collector, layout: SheetLayout): void {
  if (layout.freeze) {
    const { rows, columns = 0 } = layout.freeze;
    if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS)
      c.error("freeze", `rows ${rows} is not a whole number of rows`);
    if (!Number.isInteger(columns) || columns < 0 || columns >= MAX_COLUMNS)
      c.error("freeze", `columns ${columns} is not a whole number of columns`);
    if (rows === 0 && columns === 0) c.warning("freeze", "freezes nothing");
  }
}
