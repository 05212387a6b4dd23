/** What every card of the クレジット管理 form reads: the form, its issues and checks, and how to change it. */
import type { Dispatch, SetStateAction } from "react";
import type { PaneStrings } from "../../i18n";
import type { DisplayLanguage } from "../../office/excel-gateway";
import type { LedgerForm } from "../../state/form-drafts";
import type { FormIssue } from "../../state/issues";
import { cardChecks, rowIssues, type LedgerChecks } from "../../state/ledger-card-checks";
import type { LedgerIssue } from "../../../ledger/checks";

export interface LedgerCardContext {
  readonly form: LedgerForm;
  readonly onChange: Dispatch<SetStateAction<LedgerForm>>;
  readonly strings: PaneStrings;
  readonly language: DisplayLanguage;
  /** The form's issues (texts that do not read) and the ledger's checks. */
  readonly issues: readonly FormIssue[];
  readonly checks: LedgerChecks;
}

type Severity = "error" | "warning" | undefined;

function worst(...lists: readonly (readonly { readonly severity: string }[])[]): Severity {
  const all = lists.flat();
  return all.some((i) => i.severity === "error") ? "error" : all.length > 0 ? "warning" : undefined;
}

/** The problems of one card: its fields' issues, the checks about it, and the worst of both for its header. */
export function cardProblems(
  ctx: LedgerCardContext,
  field: "holding" | "target" | "allocation",
  index: number
): {
  readonly own: readonly FormIssue[];
  readonly found: readonly LedgerIssue[];
  readonly severity: Severity;
} {
  const own = rowIssues(ctx.issues, field, index + 1);
  const found = cardChecks(ctx.checks, field, index + 1, ctx.issues);
  return { own, found, severity: worst(own, found) };
}

/** The tonnes a serial range holds, or that its serials do not read. */
export function tonnesText(strings: PaneStrings, tonnes: number | null): string {
  return tonnes === null ? strings.ledger.notRead : strings.ledger.tonnes(tonnes);
}
