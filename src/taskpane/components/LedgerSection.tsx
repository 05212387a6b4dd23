/**
 * クレジット管理: holdings, offset targets and allocations as folding cards (./ledger), the ledger's checks as the user
 * types, two examples, and preview / build of the クレジット管理台帳 (with the certificate sheet when asked).
 */
import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { Button, Checkbox, Text, makeStyles } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import { toCertificateRequest, type CertificateDraft } from "../state/certificate-form";
import { todayIso } from "../state/dates";
import { combineChecked } from "../state/issues";
import { ledgerChecks } from "../state/ledger-card-checks";
import {
  addAllocation,
  addHolding,
  addTarget,
  removeAllocation,
  removeHolding,
  removeTarget,
} from "../state/ledger-form";
import { ledgerFormIssues, toLedgerRequest } from "../state/ledger-request";
import type { LedgerForm } from "../state/form-drafts";
import { prepareLayouts } from "../state/prepare";
import { ledgerLayouts } from "../state/project-layouts";
import { BuildActions } from "./BuildActions";
import { allocationCard } from "./ledger/allocation-card";
import type { LedgerCardContext } from "./ledger/card-context";
import { holdingCard } from "./ledger/holding-card";
import { LedgerExamples } from "./ledger/LedgerExamples";
import { RowList } from "./ledger/RowList";
import { targetCard } from "./ledger/target-card";
import { LedgerChecksList } from "./LedgerChecksList";
import { useSectionStyles } from "./section-styles";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({ add: { alignSelf: "flex-start" } });

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
const lastId = (rows: readonly { readonly id: string }[]) => rows[rows.length - 1]?.id;

export function LedgerSection(props: LedgerSectionProps) {
  const { gateway, language, strings, form, onChange, certificate } = props;
  const styles = useStyles();
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

  /** Adds a row and opens its card. */
  const add = (
    next: (f: LedgerForm) => LedgerForm,
    idOf: (f: LedgerForm) => string | undefined
  ) => {
    const updated = next(form);
    onChange(updated);
    const id = idOf(updated);
    if (id) setOpen((o) => [...o, id]);
  };
  const addButton = (text: string, onClick: () => void, disabled = false) => (
    <Button className={styles.add} icon={<AddRegular />} disabled={disabled} onClick={onClick}>
      {text}
    </Button>
  );
  const list = { noneText: s.none, open, onOpenChange: setOpen };
  const canAllocate = form.holdings.length > 0 && form.targets.length > 0;

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
      <RowList
        {...list}
        heading={s.holdingsHeading}
        name="ledger-holdings"
        cards={form.holdings.map((h, i) => holdingCard(ctx, h, i))}
        onRemove={(id) => onChange((f) => removeHolding(f, id))}
      >
        {addButton(s.addHolding, () => add(addHolding, (f) => lastId(f.holdings)))}
      </RowList>
      <RowList
        {...list}
        heading={s.targetsHeading}
        name="ledger-targets"
        cards={form.targets.map((t, i) => targetCard(ctx, t, i))}
        onRemove={(id) => onChange((f) => removeTarget(f, id))}
      >
        {addButton(s.addTarget, () => add(addTarget, (f) => lastId(f.targets)))}
      </RowList>
      <RowList
        {...list}
        heading={s.allocationsHeading}
        name="ledger-allocations"
        cards={form.allocations.map((a, i) => allocationCard(ctx, a, i))}
        onRemove={(id) => onChange((f) => removeAllocation(f, id))}
      >
        {addButton(
          s.addAllocation,
          () =>
            add(
              (f) => addAllocation(f),
              (f) => lastId(f.allocations)
            ),
          !canAllocate
        )}
        {!canAllocate && (
          <Text size={200} className={sectionStyles.help}>
            {s.allocationNeeds}
          </Text>
        )}
      </RowList>

      <fieldset className={sectionStyles.group}>
        <legend className={sectionStyles.heading}>{s.checksHeading}</legend>
        <LedgerChecksList checks={checks} language={language} strings={strings} />
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
