/** One allocation (割当て), as a folding card: which holding's serials go to which target, and their retirement. */
import type { LedgerIssue } from "../../../ledger/checks";
import type { AllocationDraft } from "../../state/form-drafts";
import type { FormIssue } from "../../state/issues";
import { reassignAllocation, updateAllocation } from "../../state/ledger-form";
import { rangeTonnes } from "../../state/ledger-ranges";
import { ChoiceField, TextField, useFieldStyles } from "../FormFields";
import type { RowCard } from "../RowCards";
import { cardProblems, tonnesText, type LedgerCardContext } from "./card-context";
import { CheckTexts } from "./CheckTexts";
import { SerialFields } from "./SerialFields";

export function allocationCard(ctx: LedgerCardContext, a: AllocationDraft, index: number): RowCard {
  const { strings } = ctx;
  const s = strings.ledger;
  const { own, found, severity } = cardProblems(ctx, "allocation", index);
  return {
    id: a.id,
    title: s.allocation(index + 1),
    summary: [
      `${a.holdingId || "—"} → ${a.targetId || "—"}`,
      tonnesText(strings, rangeTonnes(a)),
      a.retired ? s.retiredOn(a.retired) : s.notRetired,
    ].join(" · "),
    severity,
    severityLabel: strings.checkInputTitle,
    removeLabel: s.remove(s.allocation(index + 1)),
    content: <AllocationFields ctx={ctx} allocation={a} own={own} found={found} />,
  };
}

interface AllocationFieldsProps {
  readonly ctx: LedgerCardContext;
  readonly allocation: AllocationDraft;
  readonly own: readonly FormIssue[];
  readonly found: readonly LedgerIssue[];
}

function AllocationFields({ ctx, allocation: a, own, found }: AllocationFieldsProps) {
  const fieldStyles = useFieldStyles();
  const { strings, onChange, form } = ctx;
  const s = strings.ledger;
  const set = (patch: Partial<AllocationDraft>) =>
    onChange((f) => updateAllocation(f, a.id, patch));
  const holdingOptions = form.holdings.map((h) => ({
    value: h.id,
    text: `${h.id} ${h.projectName || s.kinds[h.kind]}`,
  }));
  const targetOptions = form.targets.map((t) => ({
    value: t.id,
    text: `${t.id} ${t.name || s.noName}`,
  }));
  return (
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
      <SerialFields row={a} set={set} issues={own} strings={strings} />
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
      <CheckTexts checks={found} language={ctx.language} />
    </>
  );
}
