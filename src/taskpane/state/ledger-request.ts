/**
 * The credit form's drafts as the LedgerRequest they become (serials normalized, dates as ISO where they parse), and
 * what the form itself finds wrong: texts that do not read, allocations without their rows.
 */
import { normalizeSerial, parseSerialRange } from "../../ledger/serials";
import type { LedgerAllocation, LedgerSheetRequest } from "../../ledger/builders/ledger";
import type { Holding, OffsetTarget } from "../../ledger/types";
import { parseDateText } from "./dates";
import type { LedgerForm } from "./form-drafts";
import { checked, parseNumberText, type Checked, type FormIssue, type IssueField } from "./issues";

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
    ...(a.certificateNumber.trim()
      ? { certificateNumber: a.certificateNumber.normalize("NFKC").trim() }
      : {}),
  }));
  return { holdings, targets, allocations };
}

/** The serial range as the ledger reads it; its parser words what is wrong (Japanese and English). */
function serialIssues(field: IssueField, row: number, from: string, to: string): FormIssue[] {
  if (from.trim() === "")
    return [{ field, row, input: "serialFrom", code: "required", severity: "error" }];
  const range = parseSerialRange(from, to);
  if (range.ok) return [];
  // Which end is at fault: the first when it does not read on its own, the last otherwise.
  const input = parseSerialRange(from).ok ? "serialTo" : "serialFrom";
  return [
    {
      field,
      row,
      input,
      code: "serial",
      severity: "error",
      detail: (input === "serialFrom" ? from : to).trim(),
      message: range.error,
    },
  ];
}

function dateIssue(field: IssueField, row: number, input: string, text: string): FormIssue[] {
  return text.trim() !== "" && parseDateText(text) === null
    ? [{ field, row, input, code: "date", severity: "error", detail: text.trim() }]
    : [];
}

function numberIssue(
  field: IssueField,
  row: number,
  input: string,
  text: string,
  required: boolean
): FormIssue[] {
  if (text.trim() === "")
    return required ? [{ field, row, input, code: "required", severity: "error" }] : [];
  const value = parseNumberText(text);
  return value === null || value < 0
    ? [{ field, row, input, code: "not-a-number", severity: "error", detail: text.trim() }]
    : [];
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
    if (t.name.trim() === "")
      issues.push({ field: "target", row, input: "name", code: "required", severity: "warning" });
    issues.push(...numberIssue("target", row, "creditsNeededT", t.creditsNeededT, true));
    issues.push(...dateIssue("target", row, "activityEnd", t.activityEnd));
  });
  form.allocations.forEach((a, i) => {
    const row = i + 1;
    if (!form.holdings.some((h) => h.id === a.holdingId))
      issues.push({
        field: "allocation",
        row,
        input: "holdingId",
        code: "missing-ref",
        severity: "error",
      });
    if (!form.targets.some((t) => t.id === a.targetId))
      issues.push({
        field: "allocation",
        row,
        input: "targetId",
        code: "missing-ref",
        severity: "error",
      });
    issues.push(...serialIssues("allocation", row, a.serialFrom, a.serialTo));
    issues.push(...dateIssue("allocation", row, "retired", a.retired));
  });
  return issues;
}

/** The LedgerRequest to preview and build, or what blocks it. An empty ledger builds too (a sheet to fill in). */
export function toLedgerRequest(form: LedgerForm): Checked<LedgerSheetRequest> {
  return checked(draftLedgerRequest(form), ledgerFormIssues(form));
}
