/** The one actor a questionnaire asks, and its activities (the scenario's, not selectable). */
import type { Dispatch, SetStateAction } from "react";
import { Dropdown, Field, Option, Text } from "@fluentui/react-components";
import type { DisplayLanguage } from "../../office/excel-gateway";
import { changeQuestionnaireActor, type QuestionnaireForm } from "../../state/questionnaire-form";
import type { ActorOption, ScenarioData } from "../../state/scenario-data";
import { ActorActivities, actorName } from "../ActorActivities";
import type { PaneStrings } from "../../i18n";

export interface QuestionnaireActorProps {
  readonly form: QuestionnaireForm;
  readonly setForm: Dispatch<SetStateAction<QuestionnaireForm>>;
  readonly options: readonly ActorOption[];
  readonly option: ActorOption | undefined;
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
}

export function QuestionnaireActor({
  form,
  setForm,
  options,
  option,
  data,
  language,
  strings,
}: QuestionnaireActorProps) {
  const actor = form.actor;
  if (options.length === 0 || !actor) return <Text size={200}>{strings.noActors}</Text>;
  return (
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
  );
}
