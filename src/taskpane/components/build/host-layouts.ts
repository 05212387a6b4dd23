/**
 * The layouts as this Excel can compute them. On an Excel without custom functions the layouts' GHG.* formulas are
 * translated into native formulas over a factor sheet (../../state/native-layouts, loaded then).
 */
import { needsNativeFormulas, type ExcelGateway } from "../../office/excel-gateway";
import type { BuildOutcome } from "../../state/build-outcome";
import type { SheetLayout } from "../../../sheets/layout";
import type { PaneStrings } from "../../i18n";

// The formula translator, only for an Excel without custom functions.
const loadNativeLayouts = () =>
  import(/* webpackChunkName: "pane-portable" */ "../../state/native-layouts");

export type HostLayouts =
  | {
      readonly kind: "ok";
      readonly layouts: readonly SheetLayout[];
      readonly factorSheetKey?: string;
    }
  | { readonly kind: "refused"; readonly outcome: BuildOutcome };

/** The layouts as this Excel can compute them: as built, or with native formulas where custom functions are missing. */
export async function layoutsForHost(
  gateway: ExcelGateway,
  layouts: readonly SheetLayout[],
  strings: PaneStrings
): Promise<HostLayouts> {
  if (!needsNativeFormulas(gateway)) return { kind: "ok", layouts };
  const refused = (title: string, text: string): HostLayouts => ({
    kind: "refused",
    outcome: { kind: "failed", title, text, details: [] },
  });
  let translator: Awaited<ReturnType<typeof loadNativeLayouts>>;
  try {
    translator = await loadNativeLayouts();
  } catch (err) {
    return refused(
      strings.buildFailedTitle,
      strings.writerLoadFailed(err instanceof Error ? err.message : String(err))
    );
  }
  const native = translator.nativeLayouts(layouts);
  switch (native.kind) {
    case "unchanged":
      return { kind: "ok", layouts: native.layouts };
    case "translated":
      return { kind: "ok", layouts: native.layouts, factorSheetKey: native.factorSheetKey };
    case "untranslatable":
      return refused(strings.nativeFailedTitle, strings.untranslatableFunctions(native.functions));
    case "failed":
      return refused(strings.nativeFailedTitle, strings.nativeFailed(native.message));
  }
}
