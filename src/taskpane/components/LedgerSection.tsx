/**
 * クレジット管理: holdings, offset targets and allocations as folding cards, the ledger's checks as the user types,
 * two examples, and preview / build of the クレジット管理台帳 (with the certificate sheet when asked).
 */
import {
  useCallback,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from "react";
import { Button, Checkbox, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, EraserRegular, LightbulbRegular } from "@fluentui/react-icons";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import { toCertificateRequest, type CertificateDraft } from "../state/certificate-form";
import { todayIso } from "../state/dates";
import { combineChecked, parseNumberText } from "../state/issues";
import { cardChecks, ledgerChecks, rowIssues } from "../state/ledger-card-checks";
import { jointPurchaseExample, minatoExample } from "../state/ledger-examples";
import {
  CREDIT_KINDS,
  EMPTY_LEDGER,
  TARGET_KINDS,
  addAllocation,
  addHolding,
  addTarget,
  reassignAllocation,
  removeAllocation,
  removeHolding,
  removeTarget,
  updateAllocation,
  updateHolding,
  updateTarget,
} from "../state/ledger-form";
import { allocatedTo, rangeTonnes } from "../state/ledger-ranges";
import { ledgerFormIssues, toLedgerRequest } from "../state/ledger-request";
import type { AllocationDraft, HoldingDraft, LedgerForm, TargetDraft } from "../state/form-drafts";
import { prepareLayouts } from "../state/prepare";
import { ledgerLayouts } from "../state/project-layouts";
import { BuildActions } from "./BuildActions";
import { ChoiceField, TextField, useFieldStyles } from "./FormFields";
import { LedgerChecksList } from "./LedgerChecksList";
import { RowCards, type RowCard } from "./RowCards";
import { useSectionStyles } from "./section-styles";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  add: { alignSelf: "flex-start" },
  checkMessages: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  checkError: { color: tokens.colorPaletteRedForeground1 },
  checkWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface LedgerSectionProps {
  readonly gateway: ExcelGateway;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly form: LedgerForm;
  readonly onChange: Dispatch<SetStateAction<LedgerForm>>;
  /** The 証書 section's numbering, for 「証書シートも作成」. */
  readonly certificate: CertificateDraft;
}

type Severity = "error" | "warning" | undefined;

function worst(...lists: readonly (readonly { readonly severity: string }[])[]): Severity {
  const all = lists.flat();
  return all.some((i) => i.severity === "error") ? "error" : all.length > 0 ? "warning" : undefined;
}

const identity = (key: string) => key;

export function LedgerSection({
  gateway,
  language,
  strings,
  form,
  onChange,
  certificate,
}: LedgerSectionProps) {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const fieldStyles = useFieldStyles();
  const s = strings.ledger;
  const [open, setOpen] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const today = useMemo(() => todayIso(), []);
  const issues = useMemo(() => ledgerFormIssues(form), [form]);
  const checks = useMemo(() => ledgerChecks(form, today), [form, today]);
  const checksAt = (field: "holding" | "target" | "allocation", row: number) =>
    cardChecks(checks, field, row, issues);

  const prepare = useCallback(() => {
    const request = combineChecked({
      ledger: toLedgerRequest(form),
      ...(form.withCertificates ? { certificate: toCertificateRequest(certificate) } : {}),
    });
    return prepareLayouts(request, (r) => ledgerLayouts(r as Parameters<typeof ledgerLayouts>[0]));
  }, [form, certificate]);

  const fill = (example: LedgerForm, text: string) => {
    onChange({ ...example, withCertificates: form.withCertificates });
    setOpen([]);
    setNotice(text);
  };

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

  const checkTexts = (list: readonly { severity: string; message: { ja: string; en: string } }[]) =>
    list.length > 0 && (
      <div className={styles.checkMessages}>
        {list.map((i, k) => (
          <Text
            key={k}
            size={200}
            className={i.severity === "error" ? styles.checkError : styles.checkWarning}
          >
            {i.message[language]}
          </Text>
        ))}
      </div>
    );

  const kindOptions = CREDIT_KINDS.map((k) => ({ value: k, text: s.kinds[k] }));
  const targetKindOptions = TARGET_KINDS.map((k) => ({ value: k, text: s.targetKinds[k] }));
  const tonnesText = (t: number | null) => (t === null ? s.notRead : s.tonnes(t));
  /** 保有 and 割当て take a serial range alike: the first serial, and the last (or its number alone), with the tonnes read. */
  const serialFields = (
    row: { readonly serialFrom: string; readonly serialTo: string },
    set: (patch: { serialFrom?: string; serialTo?: string }) => void,
    own: Parameters<typeof TextField>[0]["issues"]
  ) => (
    <>
      <TextField
        label={strings.inputs.serialFrom}
        value={row.serialFrom}
        placeholder={s.serialPlaceholder}
        onChange={(serialFrom) => set({ serialFrom })}
        strings={strings}
        issues={own}
        input="serialFrom"
        required
      />
      <TextField
        label={strings.inputs.serialTo}
        value={row.serialTo}
        placeholder={s.serialPlaceholder}
        hint={rangeTonnes(row) !== null ? tonnesText(rangeTonnes(row)) : s.serialToHint}
        onChange={(serialTo) => set({ serialTo })}
        strings={strings}
        issues={own}
        input="serialTo"
      />
    </>
  );

  const holdingCard = (h: HoldingDraft, i: number): RowCard => {
    const own = rowIssues(issues, "holding", i + 1);
    const found = checksAt("holding", i + 1);
    const set = (patch: Partial<HoldingDraft>) => onChange((f) => updateHolding(f, h.id, patch));
    return {
      id: h.id,
      title: s.holding(h.id),
      // The kind's short name: what its label has in brackets (J-VER, JPA), else the label.
      summary: [
        s.kinds[h.kind].replace(/^.*（(.+)）$/, "$1"),
        h.projectNumber,
        h.projectName,
        tonnesText(rangeTonnes(h)),
      ]
        .filter(Boolean)
        .join(" · "),
      severity: worst(own, found),
      severityLabel: strings.checkInputTitle,
      removeLabel: s.remove(s.holding(h.id)),
      content: (
        <>
          <ChoiceField
            label={strings.inputs.kind}
            value={h.kind}
            options={kindOptions}
            onChange={(kind) => set({ kind })}
            strings={strings}
          />
          <TextField
            label={strings.inputs.projectName}
            value={h.projectName}
            onChange={(projectName) => set({ projectName })}
            strings={strings}
          />
          <div className={fieldStyles.pair}>
            <TextField
              label={strings.inputs.projectNumber}
              value={h.projectNumber}
              onChange={(projectNumber) => set({ projectNumber })}
              strings={strings}
            />
            <TextField
              label={strings.inputs.region}
              value={h.region}
              onChange={(region) => set({ region })}
              strings={strings}
            />
          </div>
          <TextField
            label={strings.inputs.projectType}
            value={h.projectType}
            onChange={(projectType) => set({ projectType })}
            strings={strings}
          />
          <TextField
            label={strings.inputs.period}
            value={h.period}
            placeholder={s.periodPlaceholder}
            onChange={(period) => set({ period })}
            strings={strings}
          />
          <TextField
            label={strings.inputs.projectTotalT}
            value={h.projectTotalT}
            onChange={(projectTotalT) => set({ projectTotalT })}
            strings={strings}
            issues={own}
            input="projectTotalT"
            inputMode="decimal"
          />
          {serialFields(h, set, own)}
          <div className={fieldStyles.pair}>
            <TextField
              label={strings.inputs.acquired}
              type="date"
              value={h.acquired}
              onChange={(acquired) => set({ acquired })}
              strings={strings}
              issues={own}
              input="acquired"
            />
            <TextField
              label={strings.inputs.provider}
              value={h.provider}
              onChange={(provider) => set({ provider })}
              strings={strings}
            />
          </div>
          {checkTexts(found)}
        </>
      ),
    };
  };

  const targetCard = (t: TargetDraft, i: number): RowCard => {
    const own = rowIssues(issues, "target", i + 1);
    const found = checksAt("target", i + 1);
    const set = (patch: Partial<TargetDraft>) => onChange((f) => updateTarget(f, t.id, patch));
    const needed = parseNumberText(t.creditsNeededT);
    return {
      id: t.id,
      title: s.target(t.id),
      summary: [
        t.name || s.noName,
        t.municipality,
        needed !== null ? s.allocated(allocatedTo(form, t.id), needed) : "",
      ]
        .filter(Boolean)
        .join(" · "),
      severity: worst(own, found),
      severityLabel: strings.checkInputTitle,
      removeLabel: s.remove(s.target(t.id)),
      content: (
        <>
          <TextField
            label={strings.inputs.name}
            value={t.name}
            onChange={(name) => set({ name })}
            strings={strings}
            issues={own}
            input="name"
          />
          <div className={fieldStyles.pair}>
            <ChoiceField
              label={strings.inputs.kind}
              value={t.kind}
              options={targetKindOptions}
              onChange={(kind) => set({ kind })}
              strings={strings}
            />
            <TextField
              label={strings.inputs.municipality}
              value={t.municipality}
              onChange={(municipality) => set({ municipality })}
              strings={strings}
            />
          </div>
          <div className={fieldStyles.pair}>
            <TextField
              label={strings.inputs.activityEnd}
              type="date"
              value={t.activityEnd}
              onChange={(activityEnd) => set({ activityEnd })}
              strings={strings}
              issues={own}
              input="activityEnd"
            />
            <TextField
              label={strings.inputs.creditsNeededT}
              value={t.creditsNeededT}
              inputMode="decimal"
              onChange={(creditsNeededT) => set({ creditsNeededT })}
              strings={strings}
              issues={own}
              input="creditsNeededT"
              required
            />
          </div>
          <Text size={200} className={sectionStyles.help}>
            {s.activityEndHint}
          </Text>
          {checkTexts(found)}
        </>
      ),
    };
  };

  const holdingOptions = form.holdings.map((h) => ({
    value: h.id,
    text: `${h.id} ${h.projectName || s.kinds[h.kind]}`,
  }));
  const targetOptions = form.targets.map((t) => ({
    value: t.id,
    text: `${t.id} ${t.name || s.noName}`,
  }));

  const allocationCard = (a: AllocationDraft, i: number): RowCard => {
    const own = rowIssues(issues, "allocation", i + 1);
    const found = checksAt("allocation", i + 1);
    const set = (patch: Partial<AllocationDraft>) =>
      onChange((f) => updateAllocation(f, a.id, patch));
    return {
      id: a.id,
      title: s.allocation(i + 1),
      summary: [
        `${a.holdingId || "—"} → ${a.targetId || "—"}`,
        tonnesText(rangeTonnes(a)),
        a.retired ? s.retiredOn(a.retired) : s.notRetired,
      ].join(" · "),
      severity: worst(own, found),
      severityLabel: strings.checkInputTitle,
      removeLabel: s.remove(s.allocation(i + 1)),
      content: (
        <>
          <ChoiceField
            label={strings.inputs.holdingId}
            value={a.holdingId}
            options={holdingOptions}
            onChange={(holdingId) => onChange((f) => reassignAllocation(f, a.id, { holdingId }))}
            strings={strings}
            issues={own}
            input="holdingId"
          />
          <ChoiceField
            label={strings.inputs.targetId}
            value={a.targetId}
            options={targetOptions}
            onChange={(targetId) => onChange((f) => reassignAllocation(f, a.id, { targetId }))}
            strings={strings}
            issues={own}
            input="targetId"
          />
          {serialFields(a, set, own)}
          <div className={fieldStyles.pair}>
            <TextField
              label={strings.inputs.retired}
              type="date"
              value={a.retired}
              hint={s.retiredHint}
              onChange={(retired) => set({ retired })}
              strings={strings}
              issues={own}
              input="retired"
            />
            <TextField
              label={strings.inputs.retiredBy}
              value={a.retiredBy}
              onChange={(retiredBy) => set({ retiredBy })}
              strings={strings}
            />
          </div>
          <TextField
            label={strings.inputs.certificateNumber}
            value={a.certificateNumber}
            hint={s.certificateHint}
            onChange={(certificateNumber) => set({ certificateNumber })}
            strings={strings}
          />
          {checkTexts(found)}
        </>
      ),
    };
  };

  const canAllocate = form.holdings.length > 0 && form.targets.length > 0;
  const list = (
    heading: string,
    name: string,
    cards: RowCard[],
    onRemove: (id: string) => void,
    addButton: ReactNode
  ) => (
    <fieldset className={sectionStyles.group}>
      <legend className={sectionStyles.heading}>{heading}</legend>
      {cards.length === 0 ? (
        <Text size={200} className={sectionStyles.help}>
          {s.none}
        </Text>
      ) : (
        <RowCards rows={cards} open={open} onOpenChange={setOpen} onRemove={onRemove} name={name} />
      )}
      {addButton}
    </fieldset>
  );

  return (
    <div className={sectionStyles.root}>
      <Text size={200} className={sectionStyles.help}>
        {s.help}
      </Text>
      <div className={styles.buttons}>
        <Button
          icon={<LightbulbRegular />}
          onClick={() => fill(minatoExample(), s.filledMinato)}
          data-testid="ledger-example-minato"
        >
          {s.exampleMinato}
        </Button>
        <Button
          icon={<LightbulbRegular />}
          onClick={() => fill(jointPurchaseExample(), s.filledJoint)}
          data-testid="ledger-example-joint"
        >
          {s.exampleJoint}
        </Button>
        <Tooltip content={s.clear} relationship="label">
          <Button
            appearance="subtle"
            icon={<EraserRegular />}
            disabled={form.holdings.length + form.targets.length + form.allocations.length === 0}
            onClick={() => {
              onChange({ ...EMPTY_LEDGER, withCertificates: form.withCertificates });
              setNotice(null);
            }}
          />
        </Tooltip>
      </div>
      <Text size={200} className={sectionStyles.help}>
        {s.exampleHelp}
      </Text>
      {notice && (
        <StatusMessage
          status={{ intent: "info", text: notice }}
          role="group"
          layout="multiline"
          dismissLabel={strings.dismiss}
          onDismiss={() => setNotice(null)}
        />
      )}

      {list(
        s.holdingsHeading,
        "ledger-holdings",
        form.holdings.map(holdingCard),
        (id) => onChange((f) => removeHolding(f, id)),
        <Button
          className={styles.add}
          icon={<AddRegular />}
          onClick={() => add(addHolding, (f) => f.holdings[f.holdings.length - 1]?.id)}
        >
          {s.addHolding}
        </Button>
      )}
      {list(
        s.targetsHeading,
        "ledger-targets",
        form.targets.map(targetCard),
        (id) => onChange((f) => removeTarget(f, id)),
        <Button
          className={styles.add}
          icon={<AddRegular />}
          onClick={() => add(addTarget, (f) => f.targets[f.targets.length - 1]?.id)}
        >
          {s.addTarget}
        </Button>
      )}
      {list(
        s.allocationsHeading,
        "ledger-allocations",
        form.allocations.map(allocationCard),
        (id) => onChange((f) => removeAllocation(f, id)),
        <>
          <Button
            className={styles.add}
            icon={<AddRegular />}
            disabled={!canAllocate}
            onClick={() =>
              add(
                (f) => addAllocation(f),
                (f) => f.allocations[f.allocations.length - 1]?.id
              )
            }
          >
            {s.addAllocation}
          </Button>
          {!canAllocate && (
            <Text size={200} className={sectionStyles.help}>
              {s.allocationNeeds}
            </Text>
          )}
        </>
      )}

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
