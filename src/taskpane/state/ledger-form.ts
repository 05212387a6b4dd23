/**
 * クレジット管理: the holdings, offset targets and allocations as typed, edited row by row (pure). The request they
 * become and what blocks it: ./ledger-request; serial ranges suggested for allocations: ./ledger-ranges; the ledger's
 * checks by card: ./ledger-card-checks; the guidebook's examples: ./ledger-examples.
 *
 * Holdings and targets have ids ("H1", "T2"), which the ledger sheet shows and its allocation rows refer to; the pane
 * numbers them in row order itself, and allocations follow when rows are removed (with the holding or target they
 * used).
 */
import type { CreditKind, OffsetTarget } from "../../ledger/types";
import type { AllocationDraft, HoldingDraft, LedgerForm, TargetDraft } from "./form-drafts";
import { allocatedTo, suggestRange } from "./ledger-ranges";

export const CREDIT_KINDS: readonly CreditKind[] = [
  "j-ver",
  "kyoto",
  "jpa",
  "other-ver",
  "green-power",
];
export type TargetKind = OffsetTarget["kind"];
export const TARGET_KINDS: readonly TargetKind[] = ["event", "office", "ecotour"];

export { EMPTY_LEDGER } from "./project-drafts";

/** The next free id with `prefix` ("H" → "H3" when H1 and H2 exist). */
function nextId(prefix: string, rows: readonly { readonly id: string }[]): string {
  let max = 0;
  for (const row of rows) {
    const m = new RegExp(`^${prefix}(\\d+)$`).exec(row.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

export function blankHolding(id: string): HoldingDraft {
  return {
    id,
    kind: "j-ver",
    projectName: "",
    projectNumber: "",
    projectType: "",
    region: "",
    period: "",
    projectTotalT: "",
    serialFrom: "",
    serialTo: "",
    acquired: "",
    provider: "",
  };
}

export function blankTarget(id: string): TargetDraft {
  return { id, name: "", kind: "event", municipality: "", activityEnd: "", creditsNeededT: "" };
}

export function addHolding(form: LedgerForm): LedgerForm {
  return { ...form, holdings: [...form.holdings, blankHolding(nextId("H", form.holdings))] };
}

export function updateHolding(
  form: LedgerForm,
  id: string,
  patch: Partial<Omit<HoldingDraft, "id">>
): LedgerForm {
  return { ...form, holdings: form.holdings.map((h) => (h.id === id ? { ...h, ...patch } : h)) };
}

/**
 * Ids follow the rows (H1, H2 … in order), so 保有 H2 is always the second card: after a removal the rows after it
 * are renumbered and their allocations follow.
 */
function renumber<T extends { readonly id: string }>(
  rows: readonly T[],
  prefix: string
): { rows: T[]; map: Map<string, string> } {
  const map = new Map<string, string>();
  const renumbered = rows.map((row, i) => {
    const id = `${prefix}${i + 1}`;
    map.set(row.id, id);
    return { ...row, id };
  });
  return { rows: renumbered, map };
}

export function removeHolding(form: LedgerForm, id: string): LedgerForm {
  const { rows, map } = renumber(
    form.holdings.filter((h) => h.id !== id),
    "H"
  );
  const allocations = form.allocations
    .filter((a) => a.holdingId !== id)
    .map((a) => ({ ...a, holdingId: map.get(a.holdingId) ?? a.holdingId }));
  return { ...form, holdings: rows, allocations: renumber(allocations, "A").rows };
}

export function addTarget(form: LedgerForm): LedgerForm {
  return { ...form, targets: [...form.targets, blankTarget(nextId("T", form.targets))] };
}

export function updateTarget(
  form: LedgerForm,
  id: string,
  patch: Partial<Omit<TargetDraft, "id">>
): LedgerForm {
  return { ...form, targets: form.targets.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}

export function removeTarget(form: LedgerForm, id: string): LedgerForm {
  const { rows, map } = renumber(
    form.targets.filter((t) => t.id !== id),
    "T"
  );
  const allocations = form.allocations
    .filter((a) => a.targetId !== id)
    .map((a) => ({ ...a, targetId: map.get(a.targetId) ?? a.targetId }));
  return { ...form, targets: rows, allocations: renumber(allocations, "A").rows };
}

/** A new allocation of the given (or first) holding to the given (or first) target, with a suggested range. */
export function addAllocation(form: LedgerForm, holdingId?: string, targetId?: string): LedgerForm {
  const holding = holdingId ?? form.holdings[0]?.id ?? "";
  const target =
    targetId ??
    form.targets.find((t) => allocatedTo(form, t.id) === 0)?.id ??
    form.targets[0]?.id ??
    "";
  const range = suggestRange(form, holding, target) ?? { serialFrom: "", serialTo: "" };
  const allocation: AllocationDraft = {
    id: nextId("A", form.allocations),
    holdingId: holding,
    targetId: target,
    ...range,
    retired: "",
    retiredBy: "",
    certificateNumber: "",
  };
  return { ...form, allocations: [...form.allocations, allocation] };
}

export function updateAllocation(
  form: LedgerForm,
  id: string,
  patch: Partial<Omit<AllocationDraft, "id">>
): LedgerForm {
  return {
    ...form,
    allocations: form.allocations.map((a) => (a.id === id ? { ...a, ...patch } : a)),
  };
}

/** Another holding or target: the range follows when it was empty or still the suggested one. */
export function reassignAllocation(
  form: LedgerForm,
  id: string,
  patch: { holdingId?: string; targetId?: string }
): LedgerForm {
  const current = form.allocations.find((a) => a.id === id);
  if (!current) return form;
  const before = suggestRange(form, current.holdingId, current.targetId, id);
  const untouched =
    (current.serialFrom === "" && current.serialTo === "") ||
    (before !== null &&
      before.serialFrom === current.serialFrom &&
      before.serialTo === current.serialTo);
  const next = { ...current, ...patch };
  const range = untouched ? suggestRange(form, next.holdingId, next.targetId, id) : null;
  return updateAllocation(form, id, range ? { ...patch, ...range } : patch);
}

export function removeAllocation(form: LedgerForm, id: string): LedgerForm {
  return {
    ...form,
    allocations: renumber(
      form.allocations.filter((a) => a.id !== id),
      "A"
    ).rows,
  };
}
