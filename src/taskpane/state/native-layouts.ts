/**
 * Sheets for an Excel without custom functions (volume-licensed Office 2019 and earlier, Excel on iPad): the layouts
 * with every GHG.* call replaced by native Excel formulas over an added 係数表 sheet — the portable workbook's
 * translation (src/portable/to-portable.ts) — so the workbook still computes instead of showing #NAME?.
 * The pane loads this module with import() only on such a host (chunk pane-portable), so the translator stays out of
 * the chunks every pane loads.
 */
import { TRANSLATED_FUNCTIONS, hasGhgCall } from "../../portable/native-formulas";
import { portableLayouts } from "../../portable/to-portable";
import type { SheetLayout } from "../../sheets/layout";

/** The note on each translated sheet: why its formulas are not GHG.* here (not the portable workbook's note). */
export const NATIVE_NOTE =
  "この Excel ではアドインの関数（GHG.*）が使えないため、係数表シートを参照する標準の式で計算しています";

export type NativeLayouts =
  /** No formula calls a GHG function: the layouts as they are, no factor sheet. */
  | { readonly kind: "unchanged"; readonly layouts: readonly SheetLayout[] }
  /** Translated, followed by the factor sheet the formulas read (its layout key, to find its final name). */
  | {
      readonly kind: "translated";
      readonly layouts: readonly SheetLayout[];
      readonly factorSheetKey: string;
    }
  /** Functions without a native translation (nothing is built: the sheets would show #NAME?). */
  | { readonly kind: "untranslatable"; readonly functions: readonly string[] }
  /** The translation failed otherwise (a formula it cannot read); the message names the cell. */
  | { readonly kind: "failed"; readonly message: string };

/** Every formula of a layout: cells, conditional formats, and defined names that are formulas. */
function formulasOf(layout: SheetLayout): string[] {
  const cells = layout.cells.flatMap((row) =>
    row.flatMap((cell) => (typeof cell === "object" && cell !== null ? [cell.formula] : []))
  );
  const names = layout.names.map((n) => n.refersTo).filter((r) => r.trim().startsWith("="));
  return [...cells, ...layout.conditionalFormats.map((cf) => cf.formula), ...names];
}

/** GHG function names a formula calls (upper case), string literals left out. */
function ghgCalls(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(/(?:^|[^A-Za-z0-9_.])GHG\.([A-Za-z_][A-Za-z0-9_]*)\s*\(/gi)].map((m) =>
    (m[1] ?? "").toUpperCase()
  );
}

/** The layouts as an Excel without custom functions needs them. */
export function nativeLayouts(layouts: readonly SheetLayout[]): NativeLayouts {
  const formulas = layouts.flatMap(formulasOf).filter(hasGhgCall);
  if (formulas.length === 0) return { kind: "unchanged", layouts };
  const translated = new Set(TRANSLATED_FUNCTIONS);
  const missing = [...new Set(formulas.flatMap(ghgCalls))]
    .filter((name) => !translated.has(name))
    .sort();
  if (missing.length > 0) return { kind: "untranslatable", functions: missing };
  try {
    const native = portableLayouts(layouts, { note: NATIVE_NOTE });
    return {
      kind: "translated",
      layouts: native,
      factorSheetKey: native[native.length - 1]?.key ?? "",
    };
  } catch (err) {
    return { kind: "failed", message: err instanceof Error ? err.message : String(err) };
  }
}
