/** One offset target (オフセット対象), as a folding card: what it is, where, when it ends and the credits it needs. */
import { Text } from "@fluentui/react-components";
import type { LedgerIssue } from "../../../ledger/checks";
import type { TargetDraft } from "../../state/form-drafts";
import { parseNumberText, type FormIssue } from "../../state/issues";
import { TARGET_KINDS, updateTarget } from "../../state/ledger-form";
import { allocatedTo } from "../../state/ledger-ranges";
import { ChoiceField, TextField, useFieldStyles } from "../FormFields";
import type { RowCard } from "../RowCards";
import { useSectionStyles } from "../section-styles";
import { cardProblems, type LedgerCardContext } from "./card-context";
import { CheckTexts } from "./CheckTexts";

export function targetCard(ctx: LedgerCardContext, t: TargetDraft, index: number): RowCard {
  const { strings, form } = ctx;
  const s = strings.ledger;
  const { own, found, severity } = cardProblems(ctx, "target", index);
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
    severity,
    severityLabel: strings.checkInputTitle,
    removeLabel: s.remove(s.target(t.id)),
    content: <TargetFields ctx={ctx} target={t} own={own} found={found} />,
  };
}

interface TargetFieldsProps {
  readonly ctx: LedgerCardContext;
  readonly target: TargetDraft;
  readonly own: readonly FormIssue[];
  readonly found: readonly LedgerIssue[];
}

function TargetFields({ ctx, target: t, own, found }: TargetFieldsProps) {
  const fieldStyles = useFieldStyles();
  const sectionStyles = useSectionStyles();
  const { strings, onChange } = ctx;
  const s = strings.ledger;
  const set = (patch: Partial<TargetDraft>) => onChange((f) => updateTarget(f, t.id, patch));
  return (
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
          options={TARGET_KINDS.map((k) => ({ value: k, text: s.targetKinds[k] }))}
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
      <CheckTexts checks={found} language={ctx.language} />
    </>
  );
}
