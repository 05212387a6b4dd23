/**
 * How big a request office.js sends for the operations the writer queues, estimated before anything is queued, so a
 * build can be cut into requests under Excel on the web's 5 MB limit (RequestPayloadSizeLimitExceeded; Office docs
 * "Resource limits and performance optimization for Office Add-ins").
 *
 * office.js serializes each request as JSON: every object reached (`sheet.getRange("B7").format.fill`) is an entry in
 * ObjectPaths plus an action that instantiates it, and every property set or method call is an action carrying its
 * arguments and the ids of the paths it depends on. The constants are upper bounds read off office.js's own
 * serializer (test/taskpane/request-budget.test.ts checks the estimate against it: never below, not far above).
 */

/** One object path and the action that instantiates it, without its arguments (ids grow to 6 digits in big builds). */
const PATH_BYTES = 190;
/** One property-set or method-call action, without its arguments, including its list of referenced path ids. */
const ACTION_BYTES = 160;

/** Bytes of a value as JSON, as office.js sends it (UTF-8). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "null";
  let bytes = text.length;
  // Non-ASCII characters take 2–3 bytes in UTF-8 (JSON.stringify leaves them unescaped).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) bytes += code >= 0x800 ? 2 : 1;
  }
  return bytes;
}

/** An estimate of what a group of operations adds to a request: object paths reached and actions with arguments. */
export class RequestSize {
  private total = 0;

  /** `count` object paths (getRange, .format, .fill …), each with its arguments. */
  paths(count: number, args: unknown = undefined): this {
    this.total += count * PATH_BYTES + (args === undefined ? 0 : jsonBytes(args));
    return this;
  }

  /** One property set or method call with its argument(s). */
  action(args: unknown = undefined): this {
    this.total += ACTION_BYTES + (args === undefined ? 0 : jsonBytes(args));
    return this;
  }

  get bytes(): number {
    return this.total;
  }
}

/**
 * Requests are kept under this, as office.js serializes them: 4 MB, a fifth below the 5 MB limit of Excel on the web
 * (desktop Excel has no documented limit; the same batches serve both).
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** The writer's own target for the estimate, below the budget by the estimate's margin. */
export const BATCH_TARGET_BYTES = 3_500_000;
/** A sheet's cells are written in row blocks of at most this many estimated bytes. */
export const CELL_BLOCK_BYTES = 1_000_000;

/** Greedy packing in order: a new batch starts when the next unit would pass the target. */
export function packBatches<T extends { readonly bytes: number }>(
  units: readonly T[],
  target: number = BATCH_TARGET_BYTES
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const unit of units) {
    if (current.length > 0 && size + unit.bytes > target) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += unit.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
