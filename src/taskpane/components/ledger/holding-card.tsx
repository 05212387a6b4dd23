/** One credit held (保有), as a folding card: the project it comes from, its serial range, when and from whom. */
import type { HoldingDraft } from "../../state/form-drafts";
import type { FormIssue } from "../../state/issues";
import type { LedgerIssue } from "../../../ledger/checks";
import { CREDIT_KINDS, updateHolding } from "../../state/ledger-form";
import { rangeTonnes } from "../../state/ledger-ranges";
import { ChoiceField, TextField, useFieldStyles } from "../FormFields";
import type { RowCard } from "../RowCards";
import { cardProblems, tonnesText, type LedgerCardContext } from "./card-context";
import { CheckTexts } from "./CheckTexts";
import { SerialFields } from "./SerialFields";

export function holdingCard(ctx: LedgerCardContext, h: HoldingDraft, index: number): RowCard {
  const { strings } = ctx;
  const s = strings.ledger;
  const { own, found, severity } = cardProblems(ctx, "holding", index);
  return {
    id: h.id,
    title: s.holding(h.id),
    // The kind's short name: what its label has in brackets (J-VER, JPA), else the label.
    summary: [
      s.kinds[h.kind].replace(/^.*（(.+)）$/, "$1"),
      h.projectNumber,
      h.projectName,
      tonnesText(strings, rangeTonnes(h)),
    ]
      .filter(Boolean)
      .join(" · "),
    severity,
    severityLabel: strings.checkInputTitle,
    removeLabel: s.remove(s.holding(h.id)),
    content: <HoldingFields ctx={ctx} holding={h} own={own} found={found} />,
  };
}

interface HoldingFieldsProps {
  readonly ctx: LedgerCardContext;
  readonly holding: HoldingDraft;
  readonly own: readonly FormIssue[];
  readonly found: readonly LedgerIssue[];
}

function HoldingFields({ ctx, holding: h, own, found }: HoldingFieldsProps) {
  const fieldStyles = useFieldStyles();
  const { strings, onChange } = ctx;
  const s = strings.ledger;
  const set = (patch: Partial<HoldingDraft>) => onChange((f) => updateHolding(f, h.id, patch));
  const text = (key: "projectName" | "projectNumber" | "region" | "projectType" | "provider") => (
    <TextField
      label={strings.inputs[key]}
      value={h[key]}
      onChange={(value) => set({ [key]: value })}
      strings={strings}
    />
  );
  return (
    <>
      <ChoiceField
        label={strings.inputs.kind}
        value={h.kind}
        options={CREDIT_KINDS.map((k) => ({ value: k, text: s.kinds[k] }))}
        onChange={(kind) => set({ kind })}
        strings={strings}
      />
      {text("projectName")}
      <div className={fieldStyles.pair}>
        {text("projectNumber")}
        {text("region")}
      </div>
      {text("projectType")}
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
      <SerialFields row={h} set={set} issues={own} strings={strings} />
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
        {text("provider")}
      </div>
      <CheckTexts checks={found} language={ctx.language} />
    </>
  );
}
