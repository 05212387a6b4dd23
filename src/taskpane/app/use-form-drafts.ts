/**
 * The forms that several sections share, kept by App so that they survive switching tabs: the event (算定シート,
 * 調査票, 回収, 情報開示), the ledger (with the certificate sheet and the plan), the certificate numbering and the
 * forest project.
 */
import { useState } from "react";
import { INITIAL_CERTIFICATE, type CertificateDraft } from "../state/certificate-form";
import { EMPTY_EVENT, type EventDraft } from "../state/event-form";
import type { LedgerForm, ProjectForm } from "../state/form-drafts";
import { EMPTY_LEDGER, initialProjectForm } from "../state/project-drafts";

export function useFormDrafts() {
  const [event, setEvent] = useState<EventDraft>(EMPTY_EVENT);
  const [ledger, setLedger] = useState<LedgerForm>(EMPTY_LEDGER);
  const [certificate, setCertificate] = useState<CertificateDraft>(INITIAL_CERTIFICATE);
  const [project, setProject] = useState<ProjectForm>(() =>
    initialProjectForm(new Date().getFullYear())
  );
  return { event, setEvent, ledger, setLedger, certificate, setCertificate, project, setProject };
}
