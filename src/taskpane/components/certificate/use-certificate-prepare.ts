/** What the certificate section builds: the certificate sheet, and when asked the クレジット管理 section's ledger. */
import { useCallback } from "react";
import { toCertificateRequest, type CertificateDraft } from "../../state/certificate-form";
import type { LedgerForm } from "../../state/form-drafts";
import { combineChecked } from "../../state/issues";
import { toLedgerRequest } from "../../state/ledger-request";
import { prepareLayouts } from "../../state/prepare";
import { certificateLayouts } from "../../state/project-layouts";

export function useCertificatePrepare(
  draft: CertificateDraft,
  ledger: LedgerForm,
  withLedger: boolean
) {
  return useCallback(
    () =>
      prepareLayouts(
        combineChecked({
          certificate: toCertificateRequest(draft),
          ...(withLedger ? { ledger: toLedgerRequest(ledger) } : {}),
        }),
        (r) => certificateLayouts(r as Parameters<typeof certificateLayouts>[0])
      ),
    [draft, ledger, withLedger]
  );
}
