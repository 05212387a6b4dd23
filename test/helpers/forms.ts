/** A questionnaire form (the A1 exhibitors', activities 6 and 7) and returned files built from it, without .xlsx files. */
import { findMethod } from "../../src/scenarios";
import type { ActivityChoice } from "../../src/sheets/builders/options";
import type {
  FormDefinition,
  FormQuestion,
  RawAnswer,
  ResponseFile,
  Respondent,
} from "../../src/xlsx/types";

export const EXHIBITOR_ACTIVITIES: (ActivityChoice & { number: number })[] = [
  {
    actorKey: "exhibitors",
    activityKey: "venue-electricity",
    methodKey: "venue-electricity.equipment",
    number: 6,
  },
  {
    actorKey: "exhibitors",
    activityKey: "equipment-transport",
    methodKey: "equipment-transport.economy",
    number: 7,
  },
];

export function exhibitorsForm(formId = "form-1"): FormDefinition {
  const questions: FormQuestion[] = EXHIBITOR_ACTIVITIES.flatMap((activity) =>
    findMethod(activity.methodKey)!.method.inputs.flatMap((input) =>
      (["pre", "post"] as const)
        .filter((stage) => input.asked[stage])
        .map((stage) => ({
          id: `${activity.number}.${input.key}.${stage}`,
          activityNumber: activity.number,
          activityKey: activity.activityKey,
          methodKey: activity.methodKey,
          inputKey: input.key,
          stage,
          item: input.item.ja,
          unit: input.unit,
          kind: input.kind,
          definedName: `GHG_Q_${activity.number}_${input.key}_${stage}`,
        }))
    )
  );
  return {
    formId,
    version: 1,
    scenario: "A1",
    actorKey: "exhibitors",
    activities: EXHIBITOR_ACTIVITIES,
    questions,
    respondentNames: {
      organization: "GHG_R_ORG",
      person: "GHG_R_PERSON",
      contact: "GHG_R_CONTACT",
    },
  };
}

/** A returned file of the exhibitors' form with the given answers (question id → raw answer); others blank. */
export function exhibitorResponse(
  fileName: string,
  respondent: Respondent,
  answers: Record<string, RawAnswer>,
  options: { digest?: string; formId?: string } = {}
): ResponseFile {
  const form = exhibitorsForm(options.formId);
  return {
    ok: true,
    fileName,
    digest: options.digest ?? fileName,
    form,
    respondent,
    answers: form.questions.map((question) => ({ question, raw: answers[question.id] ?? null })),
  };
}
