/** 回収: what the pane shows of a CollectionResult, and the options of the collection sheets (pure). */
import type { AnswerStatus, CollectionResult, FileOutcome } from "../../collect/types";
import { mayStayBlank } from "../../collect/classify";
import type { BuildSettings } from "../../sheets/builders/options";
import type { CollectionWorkbookOptions } from "../../collect/builders/collection";
import type { FormQuestion, Stage } from "../../xlsx/types";
import type { DisplayLanguage } from "../office/excel-gateway";
import { toEventInfo, type EventDraft } from "./event-form";
import { checked, type Checked, type FormIssue } from "./issues";

export interface AnswerProblem {
  readonly question: FormQuestion;
  readonly status: AnswerStatus;
}

/** A stage (事前 / 事後) the respondent has not started: none of its questions is answered yet. */
export interface PendingStage {
  readonly stage: Stage;
  readonly questions: number;
}

/** One collected file: who answered, and what is missing or invalid. */
export interface RespondentView {
  readonly fileName: string;
  readonly organization: string;
  readonly person: string;
  /** As collectResponses counts a return complete. */
  readonly complete: boolean;
  /** Invalid answers, and missing required ones in the stages begun (names and optional figures may stay blank). */
  readonly problems: readonly AnswerProblem[];
  /** Stages not begun, e.g. 事後 in a return made before the event: waiting, not a problem. */
  readonly pending: readonly PendingStage[];
  /** What collecting noticed about the file as a whole (e.g. no organization name), in the pane's language. */
  readonly note?: string;
}

/** A duplicate or skipped file, with the reason in the pane's language. */
export interface FileNote {
  readonly fileName: string;
  readonly message: string;
  /** For a duplicate: the file it repeats. */
  readonly duplicateOf?: string;
}

export interface CollectionView {
  readonly summary: CollectionResult["summary"];
  readonly respondents: readonly RespondentView[];
  readonly duplicates: readonly FileNote[];
  readonly skipped: readonly FileNote[];
}

/** Problems in the order of the questionnaire: activity number, then the question id. */
function byQuestion(a: AnswerProblem, b: AnswerProblem): number {
  return (
    a.question.activityNumber - b.question.activityNumber ||
    a.question.id.localeCompare(b.question.id)
  );
}

const STAGES: readonly Stage[] = ["pre", "post"];

/**
 * By collectResponses' own rule for "complete": a stage counts once any of its questions is answered (a return made
 * before the event has only 事前 answers); in a stage begun, every required question must be answered validly.
 */
function answers(file: FileOutcome): Pick<RespondentView, "complete" | "problems" | "pending"> {
  const questions = file.form?.questions ?? file.problems.map((p) => p.question);
  const status = new Map<string, AnswerStatus>(file.problems.map((p) => [p.question.id, p.status]));
  const begun = new Set(
    questions.filter((q) => (status.get(q.id) ?? "ok") !== "missing").map((q) => q.stage)
  );
  const problems = file.problems
    .filter(
      (p) =>
        p.status !== "ok" &&
        (p.status !== "missing" || (begun.has(p.question.stage) && !mayStayBlank(p.question)))
    )
    .sort(byQuestion);
  const pending = STAGES.flatMap((stage) => {
    const count = questions.filter((q) => q.stage === stage).length;
    return count > 0 && !begun.has(stage) ? [{ stage, questions: count }] : [];
  });
  return { complete: file.complete, problems, pending };
}

export function collectionView(
  result: CollectionResult,
  language: DisplayLanguage
): CollectionView {
  const respondents: RespondentView[] = [];
  const duplicates: FileNote[] = [];
  const skipped: FileNote[] = [];
  for (const file of result.files) {
    const message = file.message?.[language] ?? "";
    if (file.status === "collected") {
      respondents.push({
        fileName: file.fileName,
        organization: file.respondent?.organization.trim() ?? "",
        person: file.respondent?.person.trim() ?? "",
        ...answers(file),
        ...(message ? { note: message } : {}),
      });
    } else if (file.status === "duplicate") {
      duplicates.push({
        fileName: file.fileName,
        message,
        ...(file.duplicateOf ? { duplicateOf: file.duplicateOf } : {}),
      });
    } else {
      skipped.push({ fileName: file.fileName, message });
    }
  }
  return { summary: result.summary, respondents, duplicates, skipped };
}

/** The shared event fields and the settings, checked, as the collection builder's options. */
export function toCollectionOptions(
  eventDraft: EventDraft,
  settings: Checked<BuildSettings>
): Checked<CollectionWorkbookOptions> {
  const event = toEventInfo(eventDraft);
  const all: FormIssue[] = [...(event.ok ? event.warnings : event.issues)];
  all.push(
    ...(settings.ok
      ? settings.warnings
      : [{ field: "settings", code: "unknown", severity: "error" } as const])
  );
  if (!event.ok || !settings.ok) return { ok: false, issues: all };
  return checked({ settings: settings.value, event: event.value }, all);
}
