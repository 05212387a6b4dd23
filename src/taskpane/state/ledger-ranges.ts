/**
 * Serial ranges of the credit form's rows, read by src/ledger/serials.ts as the checks and the sheet read them:
 * "JP-200-000-000-011-157" to "…-158" (or just "158") is 2 t; the last serial may stay empty for 1 t. And the range
 * to suggest for a new allocation.
 */
import { formatSerial, parseSerialRange, tonnesIn, type SerialRange } from "../../ledger/serials";
import type { LedgerForm } from "./form-drafts";
import { parseNumberText } from "./issues";

/** The range of serials typed, or null while it does not read. */
function rangeOf(row: {
  readonly serialFrom: string;
  readonly serialTo: string;
}): SerialRange | null {
  const range = parseSerialRange(row.serialFrom, row.serialTo);
  return range.ok ? range.value : null;
}

/** Tonnes a holding's or allocation's range covers, or null while its serials do not read. */
export function rangeTonnes(row: {
  readonly serialFrom: string;
  readonly serialTo: string;
}): number | null {
  const range = rangeOf(row);
  return range ? tonnesIn(range) : null;
}

/** Tonnes already allocated to a target (allocations whose serials read), leaving out `exceptId`. */
export function allocatedTo(form: LedgerForm, targetId: string, exceptId?: string): number {
  return form.allocations
    .filter((a) => a.targetId === targetId && a.id !== exceptId)
    .reduce((sum, a) => sum + (rangeTonnes(a) ?? 0), 0);
}

/**
 * The serial range to suggest for a new allocation: from the first serial of the holding after those its other
 * allocations use, for what the target still needs (at least 1 t), within the holding. null when the holding's
 * serials do not read or it has nothing left.
 */
export function suggestRange(
  form: LedgerForm,
  holdingId: string,
  targetId: string,
  exceptId?: string
): { serialFrom: string; serialTo: string } | null {
  const holding = form.holdings.find((h) => h.id === holdingId);
  const held = holding ? rangeOf(holding) : null;
  if (!held) return null;
  let next = held.from;
  for (const a of form.allocations) {
    if (a.holdingId !== holdingId || a.id === exceptId) continue;
    const used = rangeOf(a);
    if (used && used.prefix === held.prefix && used.to + 1 > next) next = used.to + 1;
  }
  if (next > held.to) return null;
  const target = form.targets.find((t) => t.id === targetId);
  const needed = target ? parseNumberText(target.creditsNeededT) : null;
  const wanted = Math.max(1, Math.ceil((needed ?? 1) - allocatedTo(form, targetId, exceptId)));
  const end = Math.min(held.to, next + wanted - 1);
  return {
    serialFrom: formatSerial(held.prefix, next, held.digits),
    serialTo: formatSerial(held.prefix, end, held.digits),
  };
}
