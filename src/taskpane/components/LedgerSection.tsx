/**
 * クレジット管理: holdings, offset targets and allocations as folding cards (./ledger), the ledger's checks as the user
 * types, two examples, and preview / build of the クレジット管理台帳 (with the certificate sheet when asked).
 */
import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { Checkbox, Text } from "@fluentui/react-components";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import { toCertificateRequest, type CertificateDraft } from "../state/certificate-form";
import { todayIso } from "../state/dates";
import { combineChecked } from "../state/issues";
import { ledgerChecks } from "../state/ledger-card-checks";
import { ledgerFormIssues, toLedgerRequest } from "../state/ledger-request";
import type { LedgerForm } from "../state/form-drafts";
import { prepareLayouts } from "../state/prepare";
import { ledgerLayouts } from "../state/project-layouts";
import { BuildActions } from "./BuildActions";
import type { LedgerCardContext } from "./ledger/card-context";
import { LedgerExamples } from "./ledger/LedgerExamples";
import { LedgerLists } from "./ledger/LedgerLists";
import { LedgerChecksList } from "./LedgerChecksList";
import { useSectionStyles } from "./section-styles";
import type { PaneStrings } from "../i18n";

export interface LedgerSectionProps {
  readonly gateway: ExcelGateway;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly form: LedgerForm;
  readonly onChange: Dispatch<SetStateAction<LedgerForm>>;
  /** The 証書 section's numbering, for 「証書シートも作成」. */
  readonly certificate: CertificateDraft;
}

const identity = (key: string) => key;

export function LedgerSection(props: LedgerSectionProps) {
  const { gateway, language, strings, form, onChange, certificate } = props;
  const sectionStyles = useSectionStyles();
  const s = strings.ledger;
  const [open, setOpen] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const today = useMemo(() => todayIso(), []);
  const issues = useMemo(() => ledgerFormIssues(form), [form]);
  const checks = useMemo(() => ledgerChecks(form, today), [form, today]);
  const ctx: LedgerCardContext = { form, onChange, strings, language, issues, checks };

  const prepare = useCallback(() => {
    const request = combineChecked({
      ledger: toLedgerRequest(form),
      ...(form.withCertificates ? { certificate: toCertificateRequest(certificate) } : {}),
    });
    return prepareLayouts(request, (r) => ledgerLayouts(r as Parameters<typeof ledgerLayouts>[0]));
  }, [form, certificate]);

  return (
    <div className={sectionStyles.root}>
      <Text size={200} className={sectionStyles.help}>
        {s.help}
      </Text>
      <LedgerExamples
        strings={strings}
        form={form}
        onReplace={(next) => {
          onChange({ ...next, withCertificates: form.withCertificates });
          setOpen([]);
        }}
        notice={notice}
        onNoticeChange={setNotice}
      />
      <LedgerLists ctx={ctx} open={open} onOpenChange={setOpen} />

      <fieldset className={sectionStyles.group}>
        <legend className={sectionStyles.heading}>{s.checksHeading}</legend>
        <LedgerChecksList
          checks={checks}
          language={language}
          strings={strings}
          empty={form.holdings.length + form.targets.length + form.allocations.length === 0}
        />
      </fieldset>

      <fieldset className={sectionStyles.group}>
        <legend className={sectionStyles.heading}>{strings.outputsHeading}</legend>
        <Checkbox
          checked={form.withCertificates}
          label={s.withCertificates}
          onChange={(_, d) => onChange((f) => ({ ...f, withCertificates: d.checked === true }))}
        />
      </fieldset>

      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={identity}
        name="ledger"
      />
    </div>
  );
}
