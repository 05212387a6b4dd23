/** PLACEHOLDER signatures — the lead implements them. The pane calls only these. */
import type { SheetLayout } from "../layout";
import type { BoundaryRequest, DisclosureRequest, QuestionnaireRequest } from "./options";

const empty = (key: string, name: string): SheetLayout => ({
  key, name, cells: [[name]], columnWidths: [20], formats: [], merges: [], validations: [], conditionalFormats: [], tables: [], names: [],
});

/** バウンダリ・算定シート */
export function buildBoundarySheet(request: BoundaryRequest): SheetLayout {
  return empty("boundary", `算定_${request.event.name}`.slice(0, 31));
}

/** 調査票 for one actor. */
export function buildQuestionnaire(request: QuestionnaireRequest): SheetLayout {
  return empty(`questionnaire-${request.actorKey}`, `調査票_${request.actorKey}`.slice(0, 31));
}

/** 情報開示 (提供すべき情報, notice texts, certificate items). */
export function buildDisclosureSheet(request: DisclosureRequest): SheetLayout {
  return empty("disclosure", "情報開示");
}

export interface WorkbookRequest extends BoundaryRequest {
  /** Build a questionnaire for each actor that has activities, linked to the boundary's input cells. */
  readonly withQuestionnaires: boolean;
  readonly withDisclosure: boolean;
  readonly participantsPay: boolean;
}

/** Everything for one event, wired together: boundary sheet, questionnaires its inputs refer to, disclosure. */
export function buildWorkbook(request: WorkbookRequest): SheetLayout[] {
  return [buildBoundarySheet(request)];
}
