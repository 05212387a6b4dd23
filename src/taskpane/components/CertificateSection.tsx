/** 証書: received or issued, issuer, contact and numbering → preview / build the certificate sheet (optionally with the ledger). */
import { useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { Checkbox, Text } from "@fluentui/react-components";
import type { ExcelGateway } from "../office/excel-gateway";
import {
  toCertificateRequest,
  type CertificateDirection,
  type CertificateDraft,
} from "../state/certificate-form";
import type { LedgerForm } from "../state/form-drafts";
import { BuildActions } from "./BuildActions";
import { CertificateNumbering } from "./certificate/CertificateNumbering";
import { useCertificatePrepare } from "./certificate/use-certificate-prepare";
import { ChoiceField, TextField } from "./FormFields";
import { useSectionStyles } from "./section-styles";
import type { PaneStrings } from "../i18n";

export interface CertificateSectionProps {
  readonly gateway: ExcelGateway;
  readonly strings: PaneStrings;
  readonly draft: CertificateDraft;
  readonly onChange: Dispatch<SetStateAction<CertificateDraft>>;
  /** The クレジット管理 section's ledger, for 「クレジット管理台帳も作成」. */
  readonly ledger: LedgerForm;
}

const identity = (key: string) => key;

export function CertificateSection({
  gateway,
  strings,
  draft,
  onChange,
  ledger,
}: CertificateSectionProps) {
  const styles = useSectionStyles();
  const [withLedger, setWithLedger] = useState(false);
  const s = strings.certificate;
  const checked = useMemo(() => toCertificateRequest(draft), [draft]);
  const issues = checked.ok ? checked.warnings : checked.issues;
  const set = (patch: Partial<CertificateDraft>) => onChange((d) => ({ ...d, ...patch }));
  const prepare = useCertificatePrepare(draft, ledger, withLedger);

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {s.help}
      </Text>
      <ChoiceField<CertificateDirection>
        label={s.direction}
        value={draft.direction}
        options={[
          { value: "received", text: s.received },
          { value: "issued", text: s.issued },
        ]}
        onChange={(direction) => set({ direction })}
        hint={draft.direction === "received" ? s.receivedHint : s.issuedHint}
        strings={strings}
      />
      <TextField
        label={draft.direction === "received" ? s.issuerReceived : s.issuerIssued}
        value={draft.issuer}
        placeholder={s.issuerPlaceholder}
        onChange={(issuer) => set({ issuer })}
        strings={strings}
        issues={issues}
        input="issuer"
      />
      <TextField
        label={strings.inputs.issuerContact}
        value={draft.issuerContact}
        placeholder={s.contactPlaceholder}
        onChange={(issuerContact) => set({ issuerContact })}
        strings={strings}
      />
      <CertificateNumbering draft={draft} set={set} issues={issues} strings={strings} />
      <fieldset className={styles.group}>
        <legend className={styles.heading}>{strings.outputsHeading}</legend>
        <Checkbox
          checked={withLedger}
          label={s.withLedger}
          onChange={(_, d) => setWithLedger(d.checked === true)}
        />
      </fieldset>
      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={identity}
        name="certificate"
      />
    </div>
  );
}
