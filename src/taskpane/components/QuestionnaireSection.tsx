/** 調査票: scenario, one actor and its activities; preview or build a questionnaire. */
import { useCallback, useMemo, useState } from "react";
import { Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import { buildQuestionnaire } from "../../sheets/builders";
import { xlsxFileName } from "../files/file-names";
import type { SaveRequest } from "../state/file-outcome";
import { prepareLayouts } from "../state/prepare";
import {
  changeQuestionnaireActor,
  changeQuestionnaireScenario,
  initialQuestionnaireForm,
  toQuestionnaireRequest,
  type QuestionnaireForm,
} from "../state/questionnaire-form";
import { actorOptions } from "../state/scenario-data";
import { ActorActivities, actorName } from "./ActorActivities";
import { BuildActions } from "./BuildActions";
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
}: SectionProps) {
  const styles = useSectionStyles();
  const [form, setForm] = useState<QuestionnaireForm>(() => initialQuestionnaireForm(data));
  const options = useMemo(() => actorOptions(data, form.scenario), [data, form.scenario]);
  const activityName = useActivityName(data, language);
  const prepare = useCallback(
    () => prepareLayouts(toQuestionnaireRequest(data, form, event), buildQuestionnaire),
    [data, form, event]
  );
  const actor = form.actor;
  const option = actor ? options.find((o) => o.key === actor.actorKey) : undefined;
  // The questionnaire as a standalone file, e.g. 調査票_会場_○○市環境フェスタ.xlsx.
  const prepareFile = useCallback((): SaveRequest => {
    const request = toQuestionnaireRequest(data, form, event);
    if (!request.ok) return { kind: "invalid", issues: request.issues };
    const who = form.actor ? actorName(option, form.actor.actorKey, language, strings) : "";
    const fileName = xlsxFileName(strings.questionnaireFilePrefix, who, request.value.event.name);
    return {
      kind: "ok",
      fileName,
      make: () => files.exportQuestionnaire(request.value),
      warnings: request.warnings,
    };
  }, [data, form, event, option, language, strings, files]);

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {strings.questionnaireHelp}
      </Text>
      <ScenarioPicker
        value={form.scenario}
        onChange={(id) => setForm((f) => changeQuestionnaireScenario(f, data, id))}
        data={data}
        language={language}
        strings={strings}
      />
      {options.length === 0 || !actor ? (
        <Text size={200}>{strings.noActors}</Text>
      ) : (
        <>
          <Field label={strings.questionnaireActor}>
            <Dropdown
              value={actorName(option, actor.actorKey, language, strings)}
              selectedOptions={[actor.actorKey]}
              onOptionSelect={(_, d) => {
                if (d.optionValue)
                  setForm((f) => changeQuestionnaireActor(f, data, d.optionValue as string));
              }}
            >
              {options.map((o) => (
                <Option key={o.key} value={o.key}>
                  {actorName(o, o.key, language, strings)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <ActorActivities
            data={data}
            language={language}
            strings={strings}
            actor={actor}
            option={option}
            selectable={false}
            onChange={(next) => setForm((f) => ({ ...f, actor: next }))}
          />
        </>
      )}
      <Field label={strings.replyBy}>
        <Input
          value={form.replyBy}
          placeholder={strings.replyByPlaceholder}
          onChange={(_, d) => setForm((f) => ({ ...f, replyBy: d.value }))}
        />
      </Field>
      <Field label={strings.contact}>
        <Input
          value={form.contact}
          placeholder={strings.contactPlaceholder}
          onChange={(_, d) => setForm((f) => ({ ...f, contact: d.value }))}
        />
      </Field>
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
