/** 調査票: scenario, one actor and its activities; preview or build a questionnaire. */
import { useCallback, useMemo } from "react";
import { Text } from "@fluentui/react-components";
import { withScenario } from "../state/event-drafts";
import type { QuestionnaireForm } from "../state/questionnaire-form";
import { actorOptions } from "../state/scenario-data";
import { questionnaireFormOf, withQuestionnaireForm, type FormChange } from "../state/shared-event";
import { BuildActions } from "./BuildActions";
import { QuestionnaireActor } from "./questionnaire/QuestionnaireActor";
import { ReplyFields } from "./questionnaire/ReplyFields";
import { useQuestionnairePrepare } from "./questionnaire/use-questionnaire-prepare";
import { SaveFileAction } from "./SaveFileAction";
import { ScenarioPicker } from "./ScenarioPicker";
import { SharedEventAccordion } from "./SharedEventAccordion";
import { useSectionStyles } from "./section-styles";
import { useActivityName, type SectionProps } from "./SheetSection";

export function QuestionnaireSection({
  gateway,
  data,
  language,
  strings,
  event,
  onEventChange,
  files,
  drafts,
  onDraftsChange,
}: SectionProps) {
  const styles = useSectionStyles();
  // The questionnaire asks an actor of the shared event, about the activities chosen for it there.
  const form = useMemo(
    () => questionnaireFormOf(drafts.shared, data, drafts.questionnaire),
    [drafts.shared, drafts.questionnaire, data]
  );
  const setForm = useCallback(
    (change: FormChange<QuestionnaireForm>) => onDraftsChange(withQuestionnaireForm(data, change)),
    [data, onDraftsChange]
  );
  const options = useMemo(() => actorOptions(data, form.scenario), [data, form.scenario]);
  const activityName = useActivityName(data, language);
  const actor = form.actor;
  const option = actor ? options.find((o) => o.key === actor.actorKey) : undefined;
  const { prepare, prepareFile } = useQuestionnairePrepare({
    data,
    form,
    event,
    option,
    language,
    strings,
    files,
  });

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {strings.questionnaireHelp}
      </Text>
      <ScenarioPicker
        value={form.scenario}
        onChange={(id) => onDraftsChange(withScenario(id))}
        data={data}
        language={language}
        strings={strings}
      />
      <QuestionnaireActor
        form={form}
        setForm={setForm}
        options={options}
        option={option}
        data={data}
        language={language}
        strings={strings}
      />
      <ReplyFields form={form} setForm={setForm} strings={strings} />
      <SharedEventAccordion draft={event} onChange={onEventChange} strings={strings} />
      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={activityName}
        name="questionnaire"
      >
        <SaveFileAction
          strings={strings}
          label={strings.saveQuestionnaireFile}
          help={strings.questionnaireFileHelp}
          prepare={prepareFile}
          activityName={activityName}
          name="questionnaire"
        />
      </BuildActions>
    </div>
  );
}
