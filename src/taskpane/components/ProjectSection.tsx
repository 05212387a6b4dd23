/**
 * プロジェクト: a forest absorption project (B2, C1, C2: stands × years) or an emission-reduction project (B1: a J-VER
 * methodology) → preview / build its sheet.
 */
import { useCallback, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, LightbulbRegular } from "@fluentui/react-icons";
import type { Checked } from "../state/issues";
import type { BuildSettings } from "../../sheets/builders/options";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import { prepareLayouts } from "../state/prepare";
import {
  FOREST_SCENARIOS,
  PREFECTURE_OPTIONS,
  REDUCTION_METHODOLOGIES,
  addStand,
  forestExample,
  removeStand,
  speciesOptions,
  toForestRequest,
  toReductionRequest,
  updateStand,
} from "../state/project-form";
import type { ForestDraft, ForestScenario, ProjectForm, StandDraft } from "../state/form-drafts";
import { forestLayouts, reductionLayouts } from "../state/project-layouts";
import { factorSetById } from "../state/settings";
import { BuildActions } from "./BuildActions";
import { ChoiceField, TextField, useFieldStyles } from "./FormFields";
import { RowCards, type RowCard } from "./RowCards";
import { useSectionStyles } from "./section-styles";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  add: { alignSelf: "flex-start" },
  activities: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  methodology: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface ProjectSectionProps {
  readonly gateway: ExcelGateway;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly settings: Checked<BuildSettings>;
  readonly form: ProjectForm;
  readonly onChange: Dispatch<SetStateAction<ProjectForm>>;
}

const identity = (key: string) => key;
const NO_PREFECTURE = "";

export function ProjectSection({
  gateway,
  language,
  strings,
  settings,
  form,
  onChange,
}: ProjectSectionProps) {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const fieldStyles = useFieldStyles();
  const s = strings.project;
  const [open, setOpen] = useState<string[]>(() => form.forest.stands.map((st) => st.id));
  const set = settings.ok ? factorSetById(settings.value.factorSetId) : undefined;
  const species = useMemo(() => speciesOptions(set), [set]);
  const forest = form.forest;
  const forestChecked = useMemo(
    () => toForestRequest(forest, settings, set),
    [forest, settings, set]
  );
  const forestIssues = forestChecked.ok ? forestChecked.warnings : forestChecked.issues;
  const reductionChecked = useMemo(
    () => toReductionRequest(form.reduction, settings),
    [form.reduction, settings]
  );
  const reductionIssues = reductionChecked.ok ? reductionChecked.warnings : reductionChecked.issues;
  const setForest = (update: (f: ForestDraft) => ForestDraft) =>
    onChange((p) => ({ ...p, forest: update(p.forest) }));

  const prepare = useCallback(
    () =>
      form.kind === "forest"
        ? prepareLayouts(toForestRequest(form.forest, settings, set), forestLayouts)
        : prepareLayouts(toReductionRequest(form.reduction, settings), reductionLayouts),
    [form, settings, set]
  );

  const speciesChoices = species.map((o) => ({ value: o.value, text: o.name[language] }));
  const prefectureChoices = [
    { value: NO_PREFECTURE, text: s.noPrefecture },
    ...PREFECTURE_OPTIONS.map((p) => ({ value: p.value, text: p.name[language] })),
  ];
  const speciesName = (value: string) =>
    species.find((o) => o.value === value)?.name[language] ?? value;
  const prefectureName = (value: string) =>
    PREFECTURE_OPTIONS.find((p) => p.value === value)?.name[language] ?? value;

  const standCard = (stand: StandDraft, i: number): RowCard => {
    const row = i + 1;
    const own = forestIssues.filter((issue) => issue.field === "stand" && issue.row === row);
    const update = (patch: Partial<StandDraft>) =>
      setForest((f) => updateStand(f, stand.id, patch));
    const regional = species.find((o) => o.value === stand.species)?.regional ?? false;
    return {
      id: stand.id,
      title: s.stand(row),
      summary: [
        stand.name,
        speciesName(stand.species),
        stand.areaHa && `${stand.areaHa} ha`,
        stand.ageAtStart &&
          (language === "ja" ? `${stand.ageAtStart} 年生` : `age ${stand.ageAtStart}`),
        stand.prefecture && prefectureName(stand.prefecture),
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
      content: (
        <>
          <TextField
            label={strings.inputs.name}
            value={stand.name}
            onChange={(name) => update({ name })}
            strings={strings}
          />
          <div className={fieldStyles.pair}>
            <TextField
              label={strings.inputs.areaHa}
              value={stand.areaHa}
              inputMode="decimal"
              onChange={(areaHa) => update({ areaHa })}
              strings={strings}
              issues={own}
              input="areaHa"
              required
            />
            <TextField
              label={strings.inputs.ageAtStart}
              value={stand.ageAtStart}
              inputMode="numeric"
              onChange={(ageAtStart) => update({ ageAtStart })}
              strings={strings}
              issues={own}
              input="ageAtStart"
              required
            />
          </div>
          <div className={fieldStyles.pair}>
            <ChoiceField
              label={strings.inputs.species}
              value={stand.species}
              options={speciesChoices}
              onChange={(v) => update({ species: v })}
              strings={strings}
              issues={own}
              input="species"
            />
            <TextField
              label={strings.inputs.growth}
              value={stand.growth}
              inputMode="decimal"
              onChange={(growth) => update({ growth })}
              strings={strings}
              issues={own}
              input="growth"
              required
            />
          </div>
          <ChoiceField
            label={strings.inputs.prefecture}
            value={stand.prefecture}
            options={prefectureChoices}
            onChange={(prefecture) => update({ prefecture })}
            strings={strings}
            issues={own}
            input="prefecture"
            hint={regional ? s.regionalHint : undefined}
          />
        </>
      ),
    };
  };

  const methodology = REDUCTION_METHODOLOGIES.find((m) => m.id === form.reduction.methodology);

  return (
    <div className={sectionStyles.root}>
      <Text size={200} className={sectionStyles.help}>
        {s.help}
      </Text>
      <ChoiceField<ProjectForm["kind"]>
        label={s.kind}
        value={form.kind}
        options={[
          { value: "forest", text: s.forest },
          { value: "reduction", text: s.reduction },
        ]}
        onChange={(kind) => onChange((p) => ({ ...p, kind }))}
        strings={strings}
      />
      {form.kind === "forest" ? (
        <>
          <ChoiceField
            label={s.scenario}
            value={forest.scenario}
            options={FOREST_SCENARIOS.map((id) => ({ value: id, text: s.scenarios[id] }))}
            onChange={(scenario: ForestScenario) => setForest((f) => ({ ...f, scenario }))}
            strings={strings}
          />
          <TextField
            label={strings.inputs.projectName}
            value={forest.projectName}
            placeholder={s.projectNamePlaceholder}
            onChange={(projectName) => setForest((f) => ({ ...f, projectName }))}
            strings={strings}
            issues={forestIssues}
            input="projectName"
          />
          <div className={fieldStyles.pair}>
            <TextField
              label={strings.inputs.firstYear}
              value={forest.firstYear}
              inputMode="numeric"
              onChange={(firstYear) => setForest((f) => ({ ...f, firstYear }))}
              strings={strings}
              issues={forestIssues}
              input="firstYear"
            />
            <TextField
              label={strings.inputs.years}
              value={forest.years}
              inputMode="numeric"
              onChange={(years) => setForest((f) => ({ ...f, years }))}
              strings={strings}
              issues={forestIssues}
              input="years"
            />
          </div>
          <div className={styles.buttons}>
            <Button
              icon={<LightbulbRegular />}
              onClick={() => {
                setForest(forestExample);
                setOpen([]);
              }}
              data-testid="project-example"
            >
              {s.example}
            </Button>
          </div>
          <Text size={200} className={sectionStyles.help}>
            {s.exampleHelp}
          </Text>
          <fieldset className={sectionStyles.group}>
            <legend className={sectionStyles.heading}>{s.standsHeading}</legend>
            {forest.stands.length === 0 ? (
              <Text size={200} className={sectionStyles.help}>
                {s.noStands}
              </Text>
            ) : (
              <RowCards
                rows={forest.stands.map(standCard)}
                open={open}
                onOpenChange={setOpen}
                onRemove={(id) => setForest((f) => removeStand(f, id))}
                name="project-stands"
              />
            )}
            <Button
              className={styles.add}
              icon={<AddRegular />}
              onClick={() => {
                const next = addStand(forest);
                setForest(() => next);
                const added = next.stands[next.stands.length - 1];
                if (added) setOpen((o) => [...o, added.id]);
              }}
            >
              {s.addStand}
            </Button>
          </fieldset>
        </>
      ) : (
        <>
          <TextField
            label={strings.inputs.projectName}
            value={form.reduction.projectName}
            placeholder={s.reductionNamePlaceholder}
            onChange={(projectName) =>
              onChange((p) => ({ ...p, reduction: { ...p.reduction, projectName } }))
            }
            strings={strings}
            issues={reductionIssues}
            input="projectName"
          />
          <ChoiceField
            label={strings.inputs.methodology}
            value={form.reduction.methodology}
            options={REDUCTION_METHODOLOGIES.map((m) => ({
              value: m.id,
              text: `${m.id} ${m.projectType[language]}`,
            }))}
            onChange={(methodology) =>
              onChange((p) => ({ ...p, reduction: { ...p.reduction, methodology } }))
            }
            strings={strings}
          />
          {methodology && (
            <div className={styles.methodology} data-testid="project-methodology">
              <Text size={200}>{s.methodologyHint}</Text>
              <Text size={200} weight="semibold">
                {s.baseline}
              </Text>
              <ul className={styles.activities}>
                {methodology.baselineActivities.map((a) => (
                  <li key={a}>
                    <Text size={200}>{a}</Text>
                  </li>
                ))}
              </ul>
              <Text size={200} weight="semibold">
                {s.projectSide}
              </Text>
              <ul className={styles.activities}>
                {methodology.projectActivities.map((a) => (
                  <li key={a}>
                    <Text size={200}>{a}</Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}

      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={identity}
        name="project"
      />
    </div>
  );
}
