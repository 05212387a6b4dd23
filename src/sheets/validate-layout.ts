/**
 * The checks that say whether a layout can be written: sizes, addresses, names, formulas, placeholders, Excel limits.
 * One module per family (validate-cells, validate-sheet, validate-validations, validate-tables-names); here the
 * drivers and what only shows across layouts.
 */
import { columnLetters } from "./addresses";
import type { SheetLayout } from "./layout";
import { findPlaceholders, isFormula, type PlaceholderKind } from "./resolve-names";
import { checkCells } from "./validate-cells";
import {
  checkColor,
  checkKey,
  collector,
  structuredReferences,
  type LayoutProblem,
} from "./validate-collector";
import {
  checkColumnWidths,
  checkConditionalFormats,
  checkFormats,
  checkFreeze,
  checkMerges,
  checkProtection,
  checkSheetName,
} from "./validate-sheet";
import { checkNames, checkTables } from "./validate-tables-names";
import { checkValidations } from "./validate-validations";

export { describeProblem, type LayoutProblem } from "./validate-collector";
export { partlyCovered } from "./validate-sheet";

/** The problems of one layout, errors and warnings. Cross-layout checks (duplicate keys, unknown keys): validateLayouts. */
export function validateLayout(layout: SheetLayout): LayoutProblem[] {
  const c = collector(typeof layout.key === "string" ? layout.key : "?");
  checkKey(c, "key", layout.key);
  checkSheetName(c, layout);
  checkCells(c, layout);
  checkColumnWidths(c, layout);
  checkFormats(c, layout);
  const merges = checkMerges(c, layout);
  checkValidations(c, layout);
  checkConditionalFormats(c, layout);
  checkTables(c, layout, merges);
  checkNames(c, layout);
  checkProtection(c, layout, merges);
  checkFreeze(c, layout);
  checkColor(c, "tabColor", layout.tabColor);
  return c.problems;
}

/**
 * The order the writer fills the sheets in: a layout whose formulas use `{{table:KEY}}` of another layout comes
 * after it (the table must exist when the formula is written); otherwise the given order. Layouts caught in a cycle
 * keep their order at the end (validateLayouts reports the cycle).
 */
export function writeOrder(layouts: readonly SheetLayout[]): number[] {
  const ownerOfTable = new Map<string, number>();
  layouts.forEach((layout, i) => layout.tables.forEach((t) => ownerOfTable.set(t.key, i)));
  const deps = layouts.map((layout, i) => {
    const set = new Set<number>();
    for (const row of layout.cells) {
      for (const cell of row) {
        if (!isFormula(cell) || typeof cell.formula !== "string") continue;
        for (const key of structuredReferences(cell.formula).tableKeys) {
          const owner = ownerOfTable.get(key);
          if (owner !== undefined && owner !== i) set.add(owner);
        }
      }
    }
    return set;
  });
  const done = new Set<number>();
  const order: number[] = [];
  let progressed = true;
  while (progressed) {
    progressed = false;
    for (let i = 0; i < layouts.length; i++) {
      if (done.has(i) || [...(deps[i] ?? [])].some((d) => !done.has(d))) continue;
      done.add(i);
      order.push(i);
      progressed = true;
      break; // restart from the top so the original order wins among ready layouts
    }
  }
  for (let i = 0; i < layouts.length; i++) if (!done.has(i)) order.push(i);
  return order;
}

/** Every layout's problems, plus what only shows across layouts: duplicate keys, unknown keys, table cycles. */
export function validateLayouts(layouts: readonly SheetLayout[]): LayoutProblem[] {
  const problems = layouts.flatMap(validateLayout);
  const sheetKeys = new Set<string>();
  const tableKeys = new Set<string>();
  const nameKeys = new Set<string>();
  const add = (layout: string, where: string, message: string) =>
    problems.push({ severity: "error", layout, where, message });
  for (const layout of layouts) {
    if (sheetKeys.has(layout.key)) add(layout.key, "key", `duplicate layout key "${layout.key}"`);
    sheetKeys.add(layout.key);
  }
  for (const layout of layouts) {
    // Duplicates inside one layout are validateLayout's; here only keys another layout already used.
    for (const key of new Set(layout.tables.map((t) => t.key))) {
      if (tableKeys.has(key))
        add(layout.key, `table ${key}`, `table key "${key}" is also used by another layout`);
      tableKeys.add(key);
    }
    for (const key of new Set(layout.names.map((n) => n.key))) {
      if (nameKeys.has(key))
        add(layout.key, `name ${key}`, `name key "${key}" is also used by another layout`);
      nameKeys.add(key);
    }
  }
  const known: Record<PlaceholderKind, ReadonlySet<string>> = {
    sheet: sheetKeys,
    table: tableKeys,
    name: nameKeys,
  };
  const checkKeys = (layout: string, where: string, formula: unknown) => {
    if (typeof formula !== "string") return;
    for (const p of findPlaceholders(formula)) {
      if (p.kind !== null && !known[p.kind].has(p.key))
        add(layout, where, `${p.raw}: no ${p.kind} has key "${p.key}"`);
    }
  };
  for (const layout of layouts) {
    layout.cells.forEach((row, r) =>
      row.forEach((cell, col) => {
        if (isFormula(cell))
          checkKeys(layout.key, `cell ${columnLetters(col + 1)}${r + 1}`, cell.formula);
      })
    );
    layout.conditionalFormats.forEach((cf, i) =>
      checkKeys(layout.key, `conditionalFormats[${i}] ${cf.range}`, cf.formula)
    );
    layout.names.forEach((n, i) => {
      if (n.refersTo.trim().startsWith("="))
        checkKeys(layout.key, `names[${i}] ${n.key}`, n.refersTo);
    });
  }
  const order = writeOrder(layouts);
  const positions = new Map(order.map((index, position) => [index, position]));
  // A cycle leaves layouts whose dependencies come after them in the order.
  const ownerOfTable = new Map<string, number>();
  layouts.forEach((layout, i) => layout.tables.forEach((t) => ownerOfTable.set(t.key, i)));
  layouts.forEach((layout, i) => {
    for (const row of layout.cells) {
      for (const cell of row) {
        if (!isFormula(cell) || typeof cell.formula !== "string") continue;
        for (const key of structuredReferences(cell.formula).tableKeys) {
          const owner = ownerOfTable.get(key);
          if (
            owner !== undefined &&
            owner !== i &&
            (positions.get(owner) ?? 0) > (positions.get(i) ?? 0)
          ) {
            add(
              layout.key,
              "cells",
              `tables reference each other in a cycle (via {{table:${key}}}); one side must use A1 references`
            );
            return;
          }
        }
      }
    }
  });
  return problems;
}
