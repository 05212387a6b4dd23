/** 証書: whether certificates are received or issued, by whom, and how they are numbered (pure). */
import type { CertificateRequest } from "../../ledger/types";
import { checked, parseNumberText, type Checked, type FormIssue } from "./issues";

export type CertificateDirection = CertificateRequest["direction"];

export interface CertificateDraft {
  readonly direction: CertificateDirection;
  /** 発行者: the provider (received) or the municipality (issued). */
  readonly issuer: string;
  readonly issuerContact: string;
  /** 番号の接頭辞, e.g. "港区-CO-". */
  readonly prefix: string;
  /** 最初の番号, a whole number ≥ 1. */
  readonly firstNumber: string;
}

export const INITIAL_CERTIFICATE: CertificateDraft = {
  direction: "received",
  issuer: "",
  issuerContact: "",
  prefix: "",
  firstNumber: "1",
};

export function toCertificateRequest(draft: CertificateDraft): Checked<CertificateRequest> {
  const issues: FormIssue[] = [];
  const text = draft.firstNumber.trim();
  const number = text === "" ? 1 : parseNumberText(text);
  if (number === null || !Number.isInteger(number))
    issues.push({
      field: "certificate",
      input: "firstNumber",
      code: "whole-number",
      severity: "error",
      detail: text,
    });
  else if (number < 1)
    issues.push({
      field: "certificate",
      input: "firstNumber",
      code: "too-small",
      severity: "error",
      detail: "1",
    });
  if (draft.issuer.trim() === "")
    issues.push({ field: "certificate", input: "issuer", code: "required", severity: "warning" });
  return checked(
    {
      direction: draft.direction,
      issuer: draft.issuer.trim(),
      issuerContact: draft.issuerContact.trim(),
      firstNumber: number !== null && Number.isInteger(number) && number >= 1 ? number : 1,
      prefix: draft.prefix.normalize("NFKC").trim(),
    },
    issues
  );
}
