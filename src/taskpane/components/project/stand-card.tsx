/** One stand (林分) of a forest project, as a folding card: name, area, age, species with its growth, prefecture. */
import type { PaneStrings } from "../../i18n";
import type { DisplayLanguage } from "../../office/excel-gateway";
import type { ForestDraft, StandDraft } from "../../state/form-drafts";
import type { FormIssue } from "../../state/issues";
import { PREFECTURE_OPTIONS, updateStand, type SpeciesOption } from "../../state/project-form";
import { ChoiceField, TextField, useFieldStyles } from "../FormFields";
import type { RowCard } from "../RowCards";

const NO_PREFECTURE = "";

export interface StandCardContext {
  readonly strings: PaneStrings;
  readonly language: DisplayLanguage;
  /** The species of the chosen factor set. */
  readonly species: readonly SpeciesOption[];
  /** The forest request's issues and warnings (those of field "stand" go to their card). */
  readonly issues: readonly FormIssue[];
  readonly setForest: (update: (f: ForestDraft) => ForestDraft) => void;
}

export function standCard(ctx: StandCardContext, stand: StandDraft, index: number): RowCard {
  const { strings, language, species } = ctx;
  const s = strings.project;
  const row = index + 1;
  const own = ctx.issues.filter((issue) => issue.field === "stand" && issue.row === row);
  const speciesName = species.find((o) => o.value === stand.species)?.name[language];
  const prefectureName = PREFECTURE_OPTIONS.find((p) => p.value === stand.prefecture)?.name;
  return {
    id: stand.id,
    title: s.stand(row),
    summary: [
      stand.name,
      speciesName ?? stand.species,
      stand.areaHa && `${stand.areaHa} ha`,
      stand.ageAtStart &&
        (language === "ja" ? `${stand.ageAtStart} 年生` : `age ${stand.ageAtStart}`),
      stand.prefecture && (prefectureName?.[language] ?? stand.prefecture),
    ]
      .filter(Boolean)
      .join(" · "),
    severity: own.some((x) => x.severity === "error")
      ? "error"
      : own.length > 0
        ? "warning"
        : undefined,
    severityLabel: strings.checkInputTitle,
    removeLabel: strings.ledger.remove(s.stand(row)),
    content: <StandFields ctx={ctx} stand={stand} own={own} />,
  };
}

interface StandFieldsProps {
  readonly ctx: StandCardContext;
  readonly stand: StandDraft;
  readonly own: readonly FormIssue[];
}

function StandFields({ ctx, stand, own }: StandFieldsProps) {
  const fieldStyles = useFieldStyles();
  const { strings, language, species } = ctx;
  const update = (patch: Partial<StandDraft>) =>
    ctx.setForest((f) => updateStand(f, stand.id, patch));
  const regional = species.find((o) => o.value === stand.species)?.regional ?? false;
  // Each field with the stand's issue of its input; area, age and growth must be given.
  const number = (input: "areaHa" | "ageAtStart" | "growth", mode: "decimal" | "numeric") => (
    <TextField
      label={strings.inputs[input]}
      value={stand[input]}
      inputMode={mode}
      onChange={(value) => update({ [input]: value })}
      strings={strings}
      issues={own}
      input={input}
      required
    />
  );
  return (
    <>
      <TextField
        label={strings.inputs.name}
        value={stand.name}
        onChange={(name) => update({ name })}
        strings={strings}
      />
      <div className={fieldStyles.pair}>
        {number("areaHa", "decimal")}
        {number("ageAtStart", "numeric")}
      </div>
      <div className={fieldStyles.pair}>
        <ChoiceField
          label={strings.inputs.species}
          value={stand.species}
          options={species.map((o) => ({ value: o.value, text: o.name[language] }))}
          onChange={(v) => update({ species: v })}
          strings={strings}
          issues={own}
          input="species"
        />
        {number("growth", "decimal")}
      </div>
      <ChoiceField
        label={strings.inputs.prefecture}
        value={stand.prefecture}
        options={[
          { value: NO_PREFECTURE, text: strings.project.noPrefecture },
          ...PREFECTURE_OPTIONS.map((p) => ({ value: p.value, text: p.name[language] })),
        ]}
        onChange={(prefecture) => update({ prefecture })}
        strings={strings}
        issues={own}
        input="prefecture"
        hint={regional ? strings.project.regionalHint : undefined}
      />
    </>
  );
}
