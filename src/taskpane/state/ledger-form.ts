/**
 * クレジット管理: the holdings, offset targets and allocations as typed (numbers and dates stay text), the
 * LedgerRequest they become, what the form itself finds wrong (texts that do not read), and the ledger's own checks
 * (src/ledger/checks.ts) on what has been typed so far (pure).
 *
 * Holdings and targets have ids ("H1", "T2"), which the ledger sheet shows and its allocation rows refer to; the pane
 * numbers them in row order itself, and allocations follow when rows are removed (with the holding or target they
 * used). Serial numbers are read by src/ledger/serials.ts, as the checks and the
 * sheet read them: "JP-200-000-000-011-157" to "…-158" (or just "158") is 2 t; the last serial may stay empty for 1 t.
 */
import { checkLedger, type LedgerIssue } from "../../ledger/checks";
import { formatSerial, normalizeSerial, parseSerialRange, tonnesIn, type SerialRange } from "../../ledger/serials";
import type { LedgerAllocation, LedgerSheetRequest } from "../../ledger/builders/ledger";
import type { CreditKind, Holding, OffsetTarget } from "../../ledger/types";
import { parseDateText } from "./dates";
import type { AllocationDraft, HoldingDraft, LedgerForm, TargetDraft } from "./form-drafts";
import { checked, parseNumberText, type Checked, type FormIssue, type IssueField } from "./issues";

export const CREDIT_KINDS: readonly CreditKind[] = ["j-ver", "kyoto", "jpa", "other-ver", "green-power"];
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

export function updateHolding(form: LedgerForm, id: string, patch: Partial<Omit<HoldingDraft, "id">>): LedgerForm {
  return { ...form, holdings: form.holdings.map((h) => (h.id === id ? { ...h, ...patch } : h)) };
}

/**
 * Ids follow the rows (H1, H2 … in order), so 保有 H2 is always the second card: after a removal the rows after it
 * are renumbered and their allocations follow.
 */
function renumber<T extends { readonly id: string }>(rows: readonly T[], prefix: string): { rows: T[]; map: Map<string, string> } {
  const map = new Map<string, string>();
  const renumbered = rows.map((row, i) => {
    const id = `${prefix}${i + 1}`;
    map.set(row.id, id);
    return { ...row, id };
  });
  return { rows: renumbered, map };
}

export function removeHolding(form: LedgerForm, id: string): LedgerForm {
  const { rows, map } = renumber(form.holdings.filter((h) => h.id !== id), "H");
  const allocations = form.allocations.filter((a) => a.holdingId !== id).map((a) => ({ ...a, holdingId: map.get(a.holdingId) ?? a.holdingId }));
  return { ...form, holdings: rows, allocations: renumber(allocations, "A").rows };
}

export function addTarget(form: LedgerForm): LedgerForm {
  return { ...form, targets: [...form.targets, blankTarget(nextId("T", form.targets))] };
}

export function updateTarget(form: LedgerForm, id: string, patch: Partial<Omit<TargetDraft, "id">>): LedgerForm {
  return { ...form, targets: form.targets.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}

export function removeTarget(form: LedgerForm, id: string): LedgerForm {
  const { rows, map } = renumber(form.targets.filter((t) => t.id !== id), "T");
  const allocations = form.allocations.filter((a) => a.targetId !== id).map((a) => ({ ...a, targetId: map.get(a.targetId) ?? a.targetId }));
  return { ...form, targets: rows, allocations: renumber(allocations, "A").rows };
}

/** The range of serials typed, or null while it does not read. */
export function rangeOf(row: { readonly serialFrom: string; readonly serialTo: string }): SerialRange | null {
  const range = parseSerialRange(row.serialFrom, row.serialTo);
  return range.ok ? range.value : null;
}

/** Tonnes a holding's or allocation's range covers, or null while its serials do not read. */
export function rangeTonnes(row: { readonly serialFrom: string; readonly serialTo: string }): number | null {
  const range = rangeOf(row);
  return range ? tonnesIn(range) : null;
}

/** Tonnes already allocated to a target (allocations whose serials read), leaving out `exceptId`. */
export function allocatedTo(form: LedgerForm, targetId: string, exceptId?: string): number {
  return form.allocations.filter((a) => a.targetId === targetId && a.id !== exceptId).reduce((sum, a) => sum + (rangeTonnes(a) ?? 0), 0);
}

/**
 * The serial range to suggest for a new allocation: from the first serial of the holding after those its other
 * allocations use, for what the target still needs (at least 1 t), within the holding. null when the holding's
 * serials do not read or it has nothing left.
 */
export function suggestRange(form: LedgerForm, holdingId: string, targetId: string, exceptId?: string): { serialFrom: string; serialTo: string } | null {
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
  return { serialFrom: formatSerial(held.prefix, next, held.digits), serialTo: formatSerial(held.prefix, end, held.digits) };
}

/** A new allocation of the given (or first) holding to the given (or first) target, with a suggested range. */
export function addAllocation(form: LedgerForm, holdingId?: string, targetId?: string): LedgerForm {
  const holding = holdingId ?? form.holdings[0]?.id ?? "";
  const target = targetId ?? form.targets.find((t) => allocatedTo(form, t.id) === 0)?.id ?? form.targets[0]?.id ?? "";
  const range = suggestRange(form, holding, target) ?? { serialFrom: "", serialTo: "" };
  const allocation: AllocationDraft = { id: nextId("A", form.allocations), holdingId: holding, targetId: target, ...range, retired: "", retiredBy: "", certificateNumber: "" };
  return { ...form, allocations: [...form.allocations, allocation] };
}

export function updateAllocation(form: LedgerForm, id: string, patch: Partial<Omit<AllocationDraft, "id">>): LedgerForm {
  return { ...form, allocations: form.allocations.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

/** Another holding or target: the range follows when it was empty or still the suggested one. */
export function reassignAllocation(form: LedgerForm, id: string, patch: { holdingId?: string; targetId?: string }): LedgerForm {
  const current = form.allocations.find((a) => a.id === id);
  if (!current) return form;
  const before = suggestRange(form, current.holdingId, current.targetId, id);
  const untouched = (current.serialFrom === "" && current.serialTo === "") || (before !== null && before.serialFrom === current.serialFrom && before.serialTo === current.serialTo);
  const next = { ...current, ...patch };
  const range = untouched ? suggestRange(form, next.holdingId, next.targetId, id) : null;
  return updateAllocation(form, id, range ? { ...patch, ...range } : patch);
}

export function removeAllocation(form: LedgerForm, id: string): LedgerForm {
  return { ...form, allocations: renumber(form.allocations.filter((a) => a.id !== id), "A").rows };
}

// ---- From the drafts to the request ----------------------------------------------------------------------------

function numberOr(text: string, fallback: number): number {
  const value = parseNumberText(text);
  return value === null ? fallback : value;
}

function dateOrText(text: string): string {
  return parseDateText(text) ?? text.trim();
}

/**
 * The request as far as it reads: serials normalized, dates as ISO where they parse, numbers that do not read as
 * 0. The ledger's checks run on this while the user types; building waits for `toLedgerRequest`.
 */
export function draftLedgerRequest(form: LedgerForm): LedgerSheetRequest {
  const holdings: Holding[] = form.holdings.map((h) => ({
    id: h.id,
    kind: h.kind,
    projectName: h.projectName.trim(),
    projectNumber: h.projectNumber.trim(),
    projectType: h.projectType.trim(),
    region: h.region.trim(),
    period: h.period.trim(),
    projectTotalT: numberOr(h.projectTotalT, 0),
    serialFrom: normalizeSerial(h.serialFrom),
    serialTo: normalizeSerial(h.serialTo),
    acquired: dateOrText(h.acquired),
    provider: h.provider.trim(),
  }));
  const targets: OffsetTarget[] = form.targets.map((t) => ({
    id: t.id,
    name: t.name.trim(),
    kind: t.kind,
    municipality: t.municipality.trim(),
    activityEnd: dateOrText(t.activityEnd),
    creditsNeededT: numberOr(t.creditsNeededT, 0),
  }));
  const allocations: LedgerAllocation[] = form.allocations.map((a) => ({
    holdingId: a.holdingId,
    targetId: a.targetId,
    serialFrom: normalizeSerial(a.serialFrom),
    serialTo: normalizeSerial(a.serialTo),
    retired: dateOrText(a.retired),
    retiredBy: a.retiredBy.trim(),
    ...(a.certificateNumber.trim() ? { certificateNumber: a.certificateNumber.normalize("NFKC").trim() } : {}),
  }));
  return { holdings, targets, allocations };
}

/** The serial range as the ledger reads it; its parser words what is wrong (Japanese and English). */
function serialIssues(field: IssueField, row: number, from: string, to: string): FormIssue[] {
  if (from.trim() === "") return [{ field, row, input: "serialFrom", code: "required", severity: "error" }];
  const range = parseSerialRange(from, to);
  if (range.ok) return [];
  // Which end is at fault: the first when it does not read on its own, the last otherwise.
  const input = parseSerialRange(from).ok ? "serialTo" : "serialFrom";
  return [{ field, row, input, code: "serial", severity: "error", detail: (input === "serialFrom" ? from : to).trim(), message: range.error }];
}

function dateIssue(field: IssueField, row: number, input: string, text: string): FormIssue[] {
  return text.trim() !== "" && parseDateText(text) === null ? [{ field, row, input, code: "date", severity: "error", detail: text.trim() }] : [];
}

function numberIssue(field: IssueField, row: number, input: string, text: string, required: boolean): FormIssue[] {
  if (text.trim() === "") return required ? [{ field, row, input, code: "required", severity: "error" }] : [];
  const value = parseNumberText(text);
  return value === null || value < 0 ? [{ field, row, input, code: "not-a-number", severity: "error", detail: text.trim() }] : [];
}

/** What the form itself finds: texts that do not read (serials, dates, numbers) and allocations without their rows. */
export function ledgerFormIssues(form: LedgerForm): FormIssue[] {
  const issues: FormIssue[] = [];
  form.holdings.forEach((h, i) => {
    const row = i + 1;
    issues.push(...serialIssues("holding", row, h.serialFrom, h.serialTo));
    issues.push(...numberIssue("holding", row, "projectTotalT", h.projectTotalT, false));
    issues.push(...dateIssue("holding", row, "acquired", h.acquired));
  });
  form.targets.forEach((t, i) => {
    const row = i + 1;
    if (t.name.trim() === "") issues.push({ field: "target", row, input: "name", code: "required", severity: "warning" });
    issues.push(...numberIssue("target", row, "creditsNeededT", t.creditsNeededT, true));
    issues.push(...dateIssue("target", row, "activityEnd", t.activityEnd));
  });
  form.allocations.forEach((a, i) => {
    const row = i + 1;
    if (!form.holdings.some((h) => h.id === a.holdingId)) issues.push({ field: "allocation", row, input: "holdingId", code: "missing-ref", severity: "error" });
    if (!form.targets.some((t) => t.id === a.targetId)) issues.push({ field: "allocation", row, input: "targetId", code: "missing-ref", severity: "error" });
    issues.push(...serialIssues("allocation", row, a.serialFrom, a.serialTo));
    issues.push(...dateIssue("allocation", row, "retired", a.retired));
  });
  return issues;
}

/** The LedgerRequest to preview and build, or what blocks it. An empty ledger builds too (a sheet to fill in). */
export function toLedgerRequest(form: LedgerForm): Checked<LedgerSheetRequest> {
  return checked(draftLedgerRequest(form), ledgerFormIssues(form));
}

export type LedgerChecks = { readonly ok: true; readonly issues: readonly LedgerIssue[] } | { readonly ok: false; readonly message: string };

/**
 * The ledger's own checks (double holding or allocation, allocations outside their holding, shortfalls, late or
 * pending retirement …) on what has been typed so far; `today` (ISO) lets them judge overdue retirements.
 */
export function ledgerChecks(form: LedgerForm, today?: string): LedgerChecks {
  try {
    return { ok: true, issues: checkLedger(draftLedgerRequest(form), today) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** The card (list and 1-based row) a check is about. */
export function checkPlace(issue: LedgerIssue): { field: "holding" | "target" | "allocation"; row: number } {
  const field = issue.where.table === "holdings" ? "holding" : issue.where.table === "targets" ? "target" : "allocation";
  return { field, row: issue.where.index + 1 };
}

/** Check codes that say what the form already says at the field (a serial or date that does not read). */
const SAID_AT_FIELD: Readonly<Record<string, FormIssue["code"]>> = { "serial-invalid": "serial", "invalid-date": "date" };

/**
 * The checks about one card, leaving out those its fields already show (a serial or date that does not read), so
 * a card does not say the same thing twice. The list of all checks keeps them.
 */
export function cardChecks(checks: LedgerChecks, field: "holding" | "target" | "allocation", row: number, formIssues: readonly FormIssue[]): readonly LedgerIssue[] {
  if (!checks.ok) return [];
  return checks.issues.filter((issue) => {
    const place = checkPlace(issue);
    if (place.field !== field || place.row !== row) return false;
    const code = SAID_AT_FIELD[issue.code];
    return !(code && formIssues.some((i) => i.field === field && i.row === row && i.code === code));
  });
}

/** Issues of one row of a list, to show inside its card. */
export function rowIssues(issues: readonly FormIssue[], field: IssueField, row: number): readonly FormIssue[] {
  return issues.filter((i) => i.field === field && i.row === row);
}

// ---- Examples ------------------------------------------------------------------------------------------------

/**
 * The guidebook's example (A1 3(5)③ 開催中の情報提供, 資料：港区): エコライフ・フェアMINATO 2010 offset 1.67 t-CO2 with
 * 2.00 t of J-VER from 長野県木質ペレットストーブの使用によるJ-VERプロジェクト (0014, 排出削減量 217.31 t-CO2), serials
 * JP-200-000-000-011-157～158. The guidebook gives no dates, provider or retirement: those stay empty to fill in.
 */
export function minatoExample(): LedgerForm {
  return {
    holdings: [
      {
        ...blankHolding("H1"),
        kind: "j-ver",
        projectName: "長野県木質ペレットストーブの使用によるJ-VERプロジェクト",
        projectNumber: "0014",
        projectType: "木質ペレットストーブの使用",
        region: "長野県",
        projectTotalT: "217.31",
        serialFrom: "JP-200-000-000-011-157",
        serialTo: "JP-200-000-000-011-158",
      },
    ],
    targets: [{ id: "T1", name: "エコライフ・フェアMINATO 2010", kind: "event", municipality: "港区", activityEnd: "", creditsNeededT: "2" }],
    allocations: [
      { id: "A1", holdingId: "H1", targetId: "T1", serialFrom: "JP-200-000-000-011-157", serialTo: "JP-200-000-000-011-158", retired: "", retiredBy: "", certificateNumber: "" },
    ],
    withCertificates: false,
  };
}

/**
 * A joint purchase in the manner of the all-Tokyo municipalities' クレジット共同購入 (2011): 100 t of J-VER from a
 * forest project in Tohoku, bought once and shared among events of several municipalities. Names, dates and serials
 * are made up for the example (marked （例）); one event is covered but not yet retired, one not covered at all, and
 * 53 t are left for later.
 */
export function jointPurchaseExample(): LedgerForm {
  const serial = (n: number) => `JP-200-000-000-100-${String(n).padStart(3, "0")}`;
  const targets: TargetDraft[] = [
    { id: "T1", name: "環境フェスティバル（例）", kind: "event", municipality: "港区", activityEnd: "2011-10-16", creditsNeededT: "12" },
    { id: "T2", name: "環境講演会（例）", kind: "event", municipality: "港区", activityEnd: "2011-11-05", creditsNeededT: "2" },
    { id: "T3", name: "市民エコフェア（例）", kind: "event", municipality: "八王子市", activityEnd: "2011-11-20", creditsNeededT: "25" },
    { id: "T4", name: "産業まつり（例）", kind: "event", municipality: "武蔵野市", activityEnd: "2011-11-03", creditsNeededT: "8" },
    { id: "T5", name: "環境学習会（例）", kind: "event", municipality: "檜原村", activityEnd: "2012-01-21", creditsNeededT: "3" },
  ];
  const retiredBy = "オフセット・プロバイダー（○○社）";
  const allocations: AllocationDraft[] = [
    { id: "A1", holdingId: "H1", targetId: "T1", serialFrom: serial(1), serialTo: serial(12), retired: "2012-02-20", retiredBy, certificateNumber: "" },
    { id: "A2", holdingId: "H1", targetId: "T2", serialFrom: serial(13), serialTo: serial(14), retired: "2012-02-20", retiredBy, certificateNumber: "" },
    { id: "A3", holdingId: "H1", targetId: "T3", serialFrom: serial(15), serialTo: serial(39), retired: "2012-03-15", retiredBy, certificateNumber: "" },
    { id: "A4", holdingId: "H1", targetId: "T4", serialFrom: serial(40), serialTo: serial(47), retired: "", retiredBy: "", certificateNumber: "" },
  ];
  return {
    holdings: [
      {
        ...blankHolding("H1"),
        kind: "j-ver",
        projectName: "東北地方の森林整備によるJ-VERプロジェクト（例）",
        projectType: "森林管理プロジェクト",
        region: "岩手県",
        period: "2009-04〜2013-03",
        serialFrom: serial(1),
        serialTo: serial(100),
        acquired: "2011-09-30",
        provider: "○○社（共同購入）",
      },
    ],
    targets,
    allocations,
    withCertificates: false,
  };
}
