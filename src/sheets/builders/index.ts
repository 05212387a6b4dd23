/** The builders the pane calls: pure functions from the user's choices to sheet layouts. */
import type { SheetLayout } from "../layout";
import { layoutBoundary, type AnswerLinks } from "./boundary";
import { layoutDisclosure } from "./disclosure";
import type { BoundaryRequest, DisclosureRequest, QuestionnaireRequest } from "./options";
import { layoutQuestionnaire } from "./questionnaire";

/** バウンダリ・算定シート */
export function buildBoundarySheet(request: BoundaryRequest): SheetLayout {
  return layoutBoundary(request).layout;
}

/** 調査票 for one actor. */
export function buildQuestionnaire(request: QuestionnaireRequest): SheetLayout {
  return layoutQuestionnaire(request).layout;
}

/** 情報開示 (提供すべき情報, notice texts, certificate items). */
export function buildDisclosureSheet(request: DisclosureRequest): SheetLayout {
  return layoutDisclosure(request);
}

export interface WorkbookRequest extends BoundaryRequest {
  /** Build a questionnaire for each actor that has activities, linked to the boundary's input cells. */
  readonly withQuestionnaires: boolean;
  readonly withDisclosure: boolean;
  readonly participantsPay: boolean;
}

/**
 * Everything for one event, wired together: the boundary sheet (its inputs refer to the questionnaires' answers, so
 * a returned questionnaire computes at once), one questionnaire per actor, and the disclosure sheet quoting the totals.
 */
export function buildWorkbook(request: WorkbookRequest): SheetLayout[] {
  const questionnaires: { layout: SheetLayout; links: AnswerLinks }[] = [];
  if (request.withQuestionnaires) {
    const actorKeys = [...new Set(request.activities.map((a) => a.actorKey))];
    for (const actorKey of actorKeys) {
      const numbered = request.activities
        .map((choice, i) => ({ choice, number: i + 1 }))
        .filter(({ choice }) => choice.actorKey === actorKey);
      questionnaires.push(
        layoutQuestionnaire(
          {
            scenario: request.scenario,
            actorKey,
            activities: numbered.map((n) => n.choice),
            event: request.event,
          },
          numbered.map((n) => n.number)
        )
      );
    }
  }
  const links: AnswerLinks = (number, inputKey) => {
    for (const q of questionnaires) {
      const link = q.links(number, inputKey);
      if (link) return link;
    }
    return undefined;
  };
  const boundary = layoutBoundary(request, questionnaires.length > 0 ? links : undefined);
  const layouts = [boundary.layout, ...questionnaires.map((q) => q.layout)];
  if (request.withDisclosure) {
    const disclosure: DisclosureRequest = {
      scenario: request.scenario,
      participantsPay: request.participantsPay,
      event: request.event,
      boundaryKey: boundary.layout.key,
    };
    layouts.push(layoutDisclosure(disclosure, { key: boundary.layout.key, cells: boundary.cells }));
  }
  return layouts;
}
