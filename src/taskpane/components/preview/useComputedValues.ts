/**
 * The values the layouts' formulas compute, for the preview to show instead of formula text. The evaluator
 * (fast-formula-parser and the core) loads on the first preview, as chunk pane-evaluate; until it has run, and for
 * layouts too large to compute in the pane at once, the preview shows the formulas.
 */
import { useEffect, useState } from "react";
import type { ComputedLayouts } from "../../../sheets/evaluate-layouts";
import type { SheetLayout } from "../../../sheets/layout";

/** Beyond this many cells the preview keeps formula text (a 1,000-file collection would stall the pane). */
const MAX_CELLS = 60_000;

const cellCount = (layouts: readonly SheetLayout[]) =>
  layouts.reduce((n, l) => n + l.cells.reduce((m, row) => m + row.length, 0), 0);

export function useComputedValues(layouts: readonly SheetLayout[]): ComputedLayouts | undefined {
  const [computed, setComputed] = useState<{
    readonly layouts: readonly SheetLayout[];
    readonly values: ComputedLayouts;
  }>();
  useEffect(() => {
    if (cellCount(layouts) > MAX_CELLS) return;
    let current = true;
    void import(/* webpackChunkName: "pane-evaluate" */ "../../../sheets/evaluate-layouts")
      .then(({ evaluateLayouts }) => {
        if (current) setComputed({ layouts, values: evaluateLayouts(layouts) });
      })
      // A layout the evaluator cannot resolve keeps its formula text; the writer reports what is wrong with it.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [layouts]);
  return computed?.layouts === layouts ? computed.values : undefined;
}
