/** From a checked request to the layouts to preview or build: the builders are pure, but may refuse a request. */
import type { SheetLayout } from "../../sheets/layout";
import type { Checked, FormIssue } from "./issues";

export type Prepared =
  | {
      readonly kind: "ok";
      readonly layouts: readonly SheetLayout[];
      readonly warnings: readonly FormIssue[];
    }
  | { readonly kind: "invalid"; readonly issues: readonly FormIssue[] }
  | {
      readonly kind: "builder-failed";
      readonly message: string;
      readonly warnings: readonly FormIssue[];
    };

export function prepareLayouts<R>(
  request: Checked<R>,
  build: (request: R) => SheetLayout | readonly SheetLayout[]
): Prepared {
  if (!request.ok) return { kind: "invalid", issues: request.issues };
  try {
    const built = build(request.value);
    const layouts: readonly SheetLayout[] = Array.isArray(built) ? built : [built as SheetLayout];
    return { kind: "ok", layouts, warnings: request.warnings };
  } catch (err) {
    return {
      kind: "builder-failed",
      message: err instanceof Error ? err.message : String(err),
      warnings: request.warnings,
    };
  }
}
