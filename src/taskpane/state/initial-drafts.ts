/**
 * What the pane keeps of the forms (PaneDrafts) and their starting values: App starts with these, and ./drafts
 * (loaded right after the tabs show) reads the stored drafts and saves them.
 */
import { INITIAL_CERTIFICATE, type CertificateDraft } from "./certificate-form";
import { INITIAL_EVENT_DRAFTS, type EventDrafts } from "./event-drafts";
import type { LedgerForm, ProjectForm } from "./form-drafts";
import { INITIAL_PLAN, type PlanDraft } from "./plan-draft";
import { EMPTY_LEDGER, initialProjectForm } from "./project-drafts";

/** The side of a C2 plan: the one who offsets, or the one who provides the credits. */
export type PlanSide = "offset" | "provider";

/** The event every event section uses (scenario, details, who pays, the choices per scenario), and the other forms. */
export interface PaneDrafts extends EventDrafts {
  readonly plan: PlanDraft;
  readonly planSide: PlanSide;
  readonly ledger: LedgerForm;
  readonly certificate: CertificateDraft;
  readonly project: ProjectForm;
}

/** Nothing typed yet; a new forest project starts in `year`. */
export function initialDrafts(year: number): PaneDrafts {
  return {
    ...INITIAL_EVENT_DRAFTS,
    plan: INITIAL_PLAN,
    planSide: "offset",
    ledger: EMPTY_LEDGER,
    certificate: INITIAL_CERTIFICATE,
    project: initialProjectForm(year),
  };
}
