/**
 * The one writer of the task pane: renders SheetLayouts into NEW worksheets of the open workbook through the Excel
 * JavaScript API. Nothing else of the pane writes to the workbook, and this never overwrites anything.
 *
 * Round trips: one `context.sync()` to read which names are taken, then the build in as few requests as its size
 * allows. Excel on the web refuses a request over 5 MB, so the build is planned as units with an estimated size
 * (write-units.ts, request-budget.ts) and cut into requests under REQUEST_BUDGET_BYTES as office.js serializes them
 * — sheet by sheet and, for big sheets, row block by row block. Round trips grow with the bytes, never with the
 * number of cells: a small build is 2 syncs, a thousand returned questionnaires a handful.
 *
 * Order (it matters to Excel, and it is kept across requests):
 *  - all sheets are added first, so formulas may refer to any sheet of the build;
 *  - names that point at a local address are added next (formulas using them resolve at once);
 *  - sheets are filled in `writeOrder`: a sheet whose formulas use `{{table:KEY}}` of another sheet comes after it,
 *    because a structured reference to a table that does not exist yet is refused; a sheet's tables are created
 *    right after its cells (their header cells must be there first);
 *  - names whose refersTo is a formula come after all tables; protection comes last, then the first sheet is shown.
 *
 * An Excel batch is not a transaction: if a request fails, what it did before the failing operation stays, and the
 * requests before it are done. The error says which sheets are complete (every part of them accepted) and which
 * exist but are incomplete — nothing is deleted on its own, and nothing half written is reported as done.
 *
 * Requirement sets (checked with `options.supports`, degraded with a warning — never a crash): see write-features.ts.
 * Unlocked input ranges use `format.protection.locked = false` (ExcelApi 1.2): `protection.allowEditRanges` exists
 * only in ExcelApiOnline 1.1 (Excel on the web), so it is not used.
 */
import type { SheetLayout } from "../../sheets/layout";
import {
  inlineNames,
  planNames,
  resolveLayouts,
  type ExistingNames,
} from "../../sheets/resolve-names";
import { describeProblem, validateLayouts, writeOrder } from "../../sheets/validate-layout";
import { packBatches, RequestSize } from "./request-budget";
import { featureSupport, skippedWarnings, type FeatureName, type Supports } from "./write-features";
import {
  layoutUnits,
  nameUnit,
  protectionUnits,
  type SheetHandles,
  type WriteUnit,
} from "./write-units";

export { charactersToPoints } from "./write-units";

export interface WriteOptions {
  /** Whether a requirement set is available, e.g. `supports("ExcelApi", "1.8")`. */
  supports: Supports;
  /** Progress for the pane: a Japanese / English message and a fraction 0–1, at least once per request. */
  onProgress?(message: string, fraction: number): void;
}

export interface WriteResult {
  /** The sheets created, in layout order, with the names they got. */
  readonly sheets: { readonly key: string; readonly name: string }[];
  /** Features skipped because this Excel lacks a requirement set, one message per feature (Japanese / English). */
  readonly warnings: string[];
  /** Round trips used: 1 to read the workbook's names plus one per request of the build (0 when nothing to write). */
  readonly syncs: number;
  /** The estimated size of each request of the build, in bytes (diagnostics; see request-budget.ts). */
  readonly requestEstimates: readonly number[];
}

/** The build failed. `detail` is Excel's own message when Excel refused; `problems` lists what is wrong with layouts. */
export class SheetWriteError extends Error {
  /** Excel's error code ("InvalidArgument", "AccessDenied" …), "InvalidLayout", or "Unknown". */
  readonly code: string;
  readonly detail: string;
  /** Where Excel says it failed (OfficeExtension.Error debugInfo.errorLocation), when it says. */
  readonly location: string;
  readonly problems: readonly string[];
  /** Sheets of this build that may be in the workbook but are not complete (nothing is deleted on its own). */
  readonly partialSheets: readonly string[];
  /** Sheets of this build written completely before the failure. */
  readonly completeSheets: readonly string[];

  constructor(
    code: string,
    detail: string,
    extra: {
      problems?: readonly string[];
      partialSheets?: readonly string[];
      completeSheets?: readonly string[];
      location?: string;
    } = {}
  ) {
    super(`${code}: ${detail}`);
    this.name = "SheetWriteError";
    this.code = code;
    this.detail = detail;
    this.location = extra.location ?? "";
    this.problems = extra.problems ?? [];
    this.partialSheets = extra.partialSheets ?? [];
    this.completeSheets = extra.completeSheets ?? [];
  }
}

/** An Excel (or other) failure as a SheetWriteError carrying Excel's code and message. */
function toWriteError(
  err: unknown,
  sheets: { partialSheets: readonly string[]; completeSheets?: readonly string[] }
): SheetWriteError {
  if (err instanceof SheetWriteError) return err;
  const record =
    typeof err === "object" && err !== null
      ? (err as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } })
      : {};
  const code = typeof record.code === "string" && record.code !== "" ? record.code : "Unknown";
  const detail = typeof record.message === "string" ? record.message : String(err);
  const location =
    typeof record.debugInfo?.errorLocation === "string" ? record.debugInfo.errorLocation : "";
  return new SheetWriteError(code, detail, { ...sheets, location });
}

/** Every unit of the build in the order Excel needs (see the header comment). */
function planUnits(
  workbook: Excel.Workbook,
  resolved: readonly SheetLayout[],
  order: readonly number[],
  sheets: SheetHandles,
  enabled: Readonly<Record<FeatureName, boolean>>
): WriteUnit[] {
  const units: WriteUnit[] = resolved.map((layout, index) => ({
    sheet: index,
    bytes: new RequestSize().paths(1, layout.name).bytes,
    queue: () => {
      sheets[index] = workbook.worksheets.add(layout.name);
    },
  }));
  const formulaNames: WriteUnit[] = [];
  if (enabled.names) {
    resolved.forEach((layout, index) => {
      for (const spec of layout.names) {
        const unit = nameUnit(index, workbook, layout.name, spec);
        if (spec.refersTo.trim().startsWith("=")) formulaNames.push(unit);
        else units.push(unit);
      }
    });
  }
  for (const index of order) {
    const layout = resolved[index];
    if (layout) units.push(...layoutUnits(index, layout, { workbook, sheets, enabled }));
  }
  units.push(...formulaNames);
  if (enabled.protection)
    resolved.forEach((layout, index) => units.push(...protectionUnits(index, layout, sheets)));
  units.push({
    sheet: undefined,
    bytes: new RequestSize().paths(1).action().bytes,
    queue: () => sheets[0]?.activate(),
  });
  return units;
}

/** Refuses layouts with errors before the workbook is touched. */
function checkLayouts(layouts: readonly SheetLayout[]): void {
  const errors = validateLayouts(layouts)
    .filter((p) => p.severity === "error")
    .map(describeProblem);
  if (errors.length > 0) {
    throw new SheetWriteError(
      "InvalidLayout",
      `${errors.length} problem(s) in the sheet layouts, first: ${errors[0]}`,
      { problems: errors }
    );
  }
}

/** Round trip 1: the names the workbook already uses, so the new sheets, tables and names take free ones. */
async function existingNames(context: Excel.RequestContext): Promise<ExistingNames> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  try {
    await context.sync();
  } catch (err) {
    throw toWriteError(err, { partialSheets: [] });
  }
  return {
    sheets: worksheets.items.map((s) => s.name),
    tables: tables.items.map((t) => t.name),
    names: names.items.map((n) => n.name),
  };
}

/** The layouts with their final names; without defined names (ExcelApi < 1.4) formulas refer to the cells. */
function resolveFor(
  layouts: readonly SheetLayout[],
  existing: ExistingNames,
  namesSupported: boolean
): SheetLayout[] {
  try {
    const plan = planNames(layouts, existing);
    return resolveLayouts(layouts, namesSupported ? plan : inlineNames(layouts, plan));
  } catch (err) {
    throw new SheetWriteError("InvalidLayout", err instanceof Error ? err.message : String(err));
  }
}

/**
 * Sends the units batch by batch, one sync each, keeping track of which sheets are complete (the request carrying
 * a sheet's last unit was accepted) and which exist half-written, for the error a failure throws.
 */
async function sendBatches(
  context: Excel.RequestContext,
  units: readonly WriteUnit[],
  batches: readonly (readonly WriteUnit[])[],
  sheetNames: readonly string[],
  progress: (ja: string, en: string, fraction: number) => void
): Promise<void> {
  const lastUnitOf = new Map<number, WriteUnit>();
  for (const unit of units) if (unit.sheet !== undefined) lastUnitOf.set(unit.sheet, unit);
  const complete = new Set<number>();
  const added = new Set<number>();
  for (const [k, batch] of batches.entries()) {
    const step = batches.length > 1 ? `（${k + 1}/${batches.length}）` : "";
    const stepEn = batches.length > 1 ? ` (${k + 1}/${batches.length})` : "";
    progress(
      `Excel に書き込んでいます${step}`,
      `Writing to Excel${stepEn}`,
      0.1 + (0.9 * k) / batches.length
    );
    for (const unit of batch) {
      if (unit.sheet !== undefined) added.add(unit.sheet);
      unit.queue();
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request-sized batch, by design (see the header)
      await context.sync();
    } catch (err) {
      const names = (which: (i: number) => boolean) => sheetNames.filter((_, i) => which(i));
      throw toWriteError(err, {
        completeSheets: names((i) => complete.has(i)),
        partialSheets: names((i) => added.has(i) && !complete.has(i)),
      });
    }
    for (const [sheet, last] of lastUnitOf) if (batch.includes(last)) complete.add(sheet);
  }
}

/**
 * Builds the layouts as new sheets. Throws SheetWriteError: "InvalidLayout" (before touching the workbook) when a
 * layout has errors (see validateLayouts), otherwise with Excel's code and message and the sheets' state.
 */
export async function writeLayouts(
  context: Excel.RequestContext,
  layouts: readonly SheetLayout[],
  options: WriteOptions
): Promise<WriteResult> {
  const progress = (ja: string, en: string, fraction: number) =>
    options.onProgress?.(`${ja} / ${en}`, fraction);
  checkLayouts(layouts);
  if (layouts.length === 0) return { sheets: [], warnings: [], syncs: 0, requestEstimates: [] };

  progress("ブックを確認しています", "Reading the workbook", 0);
  const existing = await existingNames(context);
  const enabled = featureSupport(options.supports);
  const resolved = resolveFor(layouts, existing, enabled.names);
  const sheets: SheetHandles = resolved.map(() => undefined);
  const units = planUnits(context.workbook, resolved, writeOrder(layouts), sheets, enabled);
  const batches = packBatches(units);
  await sendBatches(
    context,
    units,
    batches,
    resolved.map((l) => l.name),
    progress
  );
  progress("完了しました", "Done", 1);

  return {
    sheets: resolved.map((l) => ({ key: l.key, name: l.name })),
    warnings: skippedWarnings(resolved, enabled),
    syncs: 1 + batches.length,
    requestEstimates: batches.map((batch) => batch.reduce((sum, unit) => sum + unit.bytes, 0)),
  };
}
