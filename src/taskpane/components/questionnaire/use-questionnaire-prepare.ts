/** What the questionnaire section builds: the questionnaire's layouts, and the questionnaire as a standalone file. */
import { useCallback } from "react";
import { buildQuestionnaire } from "../../../sheets/builders";
import { xlsxFileName } from "../../files/file-names";
import type { FileOperations } from "../../files/file-operations";
import type { DisplayLanguage } from "../../office/excel-gateway";
import type { EventDraft } from "../../state/event-form";
import type { SaveRequest } from "../../state/file-outcome";
import { prepareLayouts } from "../../state/prepare";
import { toQuestionnaireRequest, type QuestionnaireForm } from "../../state/questionnaire-form";
import type { ActorOption, ScenarioData } from "../../state/scenario-data";
import { actorName } from "../ActorActivities";
import type { PaneStrings } from "../../i18n";

export interface QuestionnaireInputs {
  readonly data: ScenarioData;
  readonly form: QuestionnaireForm;
  readonly event: EventDraft;
  /** The chosen actor's option, for its name in the file name. */
  readonly option: ActorOption | undefined;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly files: FileOperations;
}

export function useQuestionnairePrepare(inputs: QuestionnaireInputs) {
  const { data, form, event, option, language, strings, files } = inputs;
  const prepare = useCallback(
    () => prepareLayouts(toQuestionnaireRequest(data, form, event), buildQuestionnaire),
    [data, form, event]
  );
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
  return { prepare, prepareFile };
}
