/** The ledger's own checks (src/ledger/checks.ts) on what has been typed so far, and which card each is about. */
import { checkLedger, type LedgerIssue } from "../../ledger/checks";
import type { LedgerForm } from "./form-drafts";
import type { FormIssue, IssueField } from "./issues";
import { draftLedgerRequest } from "./ledger-request";

export type LedgerChecks =
  | { readonly ok: true; readonly issues: readonly LedgerIssue[] }
  | { readonly ok: false; readonly message: string };

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
export function checkPlace(issue: LedgerIssue): {
  field: "holding" | "target" | "allocation";
  row: number;
} {
  const field =
    issue.where.table === "holdings"
      ? "holding"
      : issue.where.table === "targets"
        ? "target"
        : "allocation";
  return { field, row: issue.where.index + 1 };
}

/** Check codes that say what the form already says at the field (a serial or date that does not read). */
const SAID_AT_FIELD: Readonly<Record<string, FormIssue["code"]>> = {
  "serial-invalid": "serial",
  "invalid-date": "date",
};

/**
 * The checks about one card, leaving out those its fields already show (a serial or date that does not read), so
 * a card does not say the same thing twice. The list of all checks keeps them.
 */
export function cardChecks(
  checks: LedgerChecks,
  field: "holding" | "target" | "allocation",
  row: number,
  formIssues: readonly FormIssue[]
): readonly LedgerIssue[] {
  if (!checks.ok) return [];
  return checks.issues.filter((issue) => {
    const place = checkPlace(issue);
    if (place.field !== field || place.row !== row) return false;
    const code = SAID_AT_FIELD[issue.code];
    return !(code && formIssues.some((i) => i.field === field && i.row === row && i.code === code));
  });
}

/** Issues of one row of a list, to show inside its card. */
export function rowIssues(
  issues: readonly FormIssue[],
  field: IssueField,
  row: number
): readonly FormIssue[] {
  return issues.filter((i) => i.field === field && i.row === row);
}
