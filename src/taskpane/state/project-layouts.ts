/**
 * The layouts the credit, certificate, project and plan sections build (pure): each section's requests, and the
 * sheets built with them wired together — the certificate sheet names the ledger built with it, and a plan quotes the
 * figures of the ledger or forest project sheet built with it (without one it shows the guidebook's 〇〇).
 */
import { buildCertificateSheet } from "../../ledger/builders/certificates";
import { layoutBoundary } from "../../sheets/builders/boundary";
import { layoutForestProject } from "../../sheets/builders/forest-project";
import type { BoundaryRequest } from "../../sheets/builders/options";
import { layoutLedger, type LedgerSheetRequest } from "../../ledger/builders/ledger";
import { buildPlanSheet, type PlanRefs } from "../../sheets/builders/plan";
import { buildReductionProjectSheet } from "../../sheets/builders/reduction-project";
import type { SheetLayout } from "../../sheets/layout";
import type { CertificateRequest } from "../../ledger/types";
import type {
  ForestProjectRequest,
  PlanRequest,
  ReductionProjectRequest,
} from "../../sheets/builders/project-options";

/** クレジット管理台帳, and the certificate sheet after it when asked. */
export function ledgerLayouts(request: {
  readonly ledger: LedgerSheetRequest;
  readonly certificate?: CertificateRequest;
}): SheetLayout[] {
  const ledger = layoutLedger(request.ledger).layout;
  return request.certificate
    ? [ledger, buildCertificateSheet(request.certificate, { key: ledger.key })]
    : [ledger];
}

/** 証書, with the ledger it refers to built first when asked. */
export function certificateLayouts(request: {
  readonly certificate: CertificateRequest;
  readonly ledger?: LedgerSheetRequest;
}): SheetLayout[] {
  if (!request.ledger) return [buildCertificateSheet(request.certificate)];
  const ledger = layoutLedger(request.ledger).layout;
  return [ledger, buildCertificateSheet(request.certificate, { key: ledger.key })];
}

export function forestLayouts(request: ForestProjectRequest): SheetLayout[] {
  return [layoutForestProject(request).layout];
}

export function reductionLayouts(request: ReductionProjectRequest): SheetLayout[] {
  return [buildReductionProjectSheet(request)];
}

export interface PlanBuild {
  readonly plan: PlanRequest;
  /** C2 only: the providing municipality's plan instead of the offsetting one's. */
  readonly side?: "offset" | "provider";
  /** Built with the plan, which quotes their figures. */
  readonly boundary?: BoundaryRequest;
  readonly ledger?: LedgerSheetRequest;
  readonly forest?: ForestProjectRequest;
}

/** 企画書 first, then the sheets whose figures it quotes. */
export function planLayouts(request: PlanBuild): SheetLayout[] {
  const sources: SheetLayout[] = [];
  const refs: { -readonly [K in keyof PlanRefs]: PlanRefs[K] } = {};
  if (request.boundary) {
    // A1/A2 plans quote the event, emissions, credits and cost of the boundary sheet.
    const { layout, cells } = layoutBoundary(request.boundary);
    sources.push(layout);
    refs.boundary = { key: layout.key, cells };
  }
  if (request.ledger) {
    const { layout, cells } = layoutLedger(request.ledger);
    sources.push(layout);
    refs.ledger = { key: layout.key, cells };
  }
  if (request.forest) {
    const { layout, cells } = layoutForestProject(request.forest);
    sources.push(layout);
    refs.forest = { key: layout.key, cells };
  }
  const plan = buildPlanSheet(
    {
      ...request.plan,
      ...(request.side ? { side: request.side } : {}),
      sources: {
        ...(refs.boundary ? { boundaryKey: refs.boundary.key } : {}),
        ...(refs.ledger ? { ledgerKey: refs.ledger.key } : {}),
        ...(refs.forest ? { forestKey: refs.forest.key } : {}),
      },
    },
    refs
  );
  return [plan, ...sources];
}
