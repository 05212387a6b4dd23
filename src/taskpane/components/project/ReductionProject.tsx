/** An emission-reduction project (B1): its name, the J-VER methodology, and the activities that methodology counts. */
import type { Dispatch, SetStateAction } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../../i18n";
import type { DisplayLanguage } from "../../office/excel-gateway";
import type { ProjectForm } from "../../state/form-drafts";
import type { FormIssue } from "../../state/issues";
import { REDUCTION_METHODOLOGIES } from "../../state/project-form";
import { ChoiceField, TextField } from "../FormFields";

const useStyles = makeStyles({
  activities: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  methodology: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

interface ReductionProjectProps {
  readonly strings: PaneStrings;
  readonly language: DisplayLanguage;
  readonly form: ProjectForm;
  readonly onChange: Dispatch<SetStateAction<ProjectForm>>;
  readonly issues: readonly FormIssue[];
}

export function ReductionProject({
  strings,
  language,
  form,
  onChange,
  issues,
}: ReductionProjectProps) {
  const reduction = form.reduction;
  const change = (patch: Partial<ProjectForm["reduction"]>) =>
    onChange((p) => ({ ...p, reduction: { ...p.reduction, ...patch } }));
  return (
    <>
      <TextField
        label={strings.inputs.projectName}
        value={reduction.projectName}
        placeholder={strings.project.reductionNamePlaceholder}
        onChange={(projectName) => change({ projectName })}
        strings={strings}
        issues={issues}
        input="projectName"
      />
      <ChoiceField
        label={strings.inputs.methodology}
        value={reduction.methodology}
        options={REDUCTION_METHODOLOGIES.map((m) => ({
          value: m.id,
          text: `${m.id} ${m.projectType[language]}`,
        }))}
        onChange={(methodology) => change({ methodology })}
        strings={strings}
      />
      <MethodologyActivities strings={strings} methodology={reduction.methodology} />
    </>
  );
}

/** What the chosen methodology counts on the baseline side and on the project side. */
function MethodologyActivities(props: {
  readonly strings: PaneStrings;
  readonly methodology: string;
}) {
  const styles = useStyles();
  const s = props.strings.project;
  const methodology = REDUCTION_METHODOLOGIES.find((m) => m.id === props.methodology);
  if (!methodology) return null;
  const activityList = (activities: readonly string[]) => (
    <ul className={styles.activities}>
      {activities.map((a) => (
        <li key={a}>
          <Text size={200}>{a}</Text>
        </li>
      ))}
    </ul>
  );
  return (
    <div className={styles.methodology} data-testid="project-methodology">
      <Text size={200}>{s.methodologyHint}</Text>
      <Text size={200} weight="semibold">
        {s.baseline}
      </Text>
      {activityList(methodology.baselineActivities)}
      <Text size={200} weight="semibold">
        {s.projectSide}
      </Text>
      {activityList(methodology.projectActivities)}
    </div>
  );
}
