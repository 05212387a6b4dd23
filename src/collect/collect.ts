/**
 * Collecting returned questionnaires: read each file (untrusted: size-capped, never evaluated), classify every answer,
 * flag a file or respondent sent twice instead of counting it twice, and summarise who is missing what.
 */
import { normalizeName } from "../core/normalize";
import { DEFAULT_MAX_BYTES, readResponse } from "../xlsx/read-response";
import type { FormDefinition, ResponseFile } from "../xlsx/types";
import { classifyAnswer, mayStayBlank } from "./classify";
import type { AnswerRow, AnswerStatus, CollectionResult, FileOutcome, IncomingFile } from "./types";

export interface CollectOptions {
  /** Form ids the user is collecting; a file of another form gets the status unknown-form. */
  readonly expectedFormIds?: readonly string[];
  /** Larger files are skipped with a message (default 5 MB). */
  readonly maxBytes?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export { DEFAULT_MAX_BYTES };

const duplicateMessage = (of: string) => ({
  ja: `「${of}」と同じ回答です。二重に数えないよう集計から除きました`,
  en: `Same answers as "${of}"; left out so they are not counted twice`,
});
const unknownFormMessage = (formId: string) => ({
  ja: `集計中の調査票と様式が異なります（様式ID ${formId}）。回答は「不明な様式」として記録し、集計に含めません`,
  en: `This questionnaire is of another form (form id ${formId}); its answers are recorded as unknown form and not used`,
});
const noOrganizationMessage = {
  ja: "団体名が未記入です（同じ団体の二重提出を見分けられません）",
  en: "The organisation name is blank (a second return from the same respondent cannot be recognised)",
};

/**
 * Complete: at least one stage started, and every question of each stage the respondent started is answered validly
 * (a return before the event has only 事前 answers) except those that may stay blank. A blank return is not complete.
 */
function isComplete(form: FormDefinition, statuses: ReadonlyMap<string, AnswerStatus>): boolean {
  const started = new Set(
    form.questions.filter((q) => statuses.get(q.id) !== "missing").map((q) => q.stage)
  );
  if (started.size === 0) return false;
  return form.questions
    .filter((q) => started.has(q.stage))
    .every(
      (q) => statuses.get(q.id) === "ok" || (statuses.get(q.id) === "missing" && mayStayBlank(q))
    );
}

/** Classifies a file's answers, adding one row each to rows; returns each answer's status and those not ok. */
function classifyAnswers(
  response: Extract<ResponseFile, { ok: true }>,
  unknownForm: boolean,
  rows: AnswerRow[]
): { statuses: Map<string, AnswerStatus>; problems: FileOutcome["problems"][number][] } {
  const { form, respondent } = response;
  const statuses = new Map<string, AnswerStatus>();
  const problems: FileOutcome["problems"][number][] = [];
  for (const { question, raw } of response.answers) {
    const classified = unknownForm
      ? {
          status: "unknown-form" as const,
          value: typeof raw === "number" || typeof raw === "string" ? raw : null,
        }
      : classifyAnswer(question, raw);
    statuses.set(question.id, classified.status);
    if (classified.status !== "ok") problems.push({ question, status: classified.status });
    rows.push({
      fileName: response.fileName,
      formId: form.formId,
      respondent,
      question,
      value: classified.value,
      raw,
      status: classified.status,
    });
  }
  return { statuses, problems };
}

/** Classifies already-read files; pure, so the pane and the CLI share it and tests need no files. */
export function collectParsed(
  responses: readonly ResponseFile[],
  options: Pick<CollectOptions, "expectedFormIds"> = {}
): CollectionResult {
  const files: FileOutcome[] = [];
  const rows: AnswerRow[] = [];
  const byDigest = new Map<string, string>();
  const byRespondent = new Map<string, string>();
  let complete = 0;

  for (const response of responses) {
    if (!response.ok) {
      files.push({
        fileName: response.fileName,
        status: "skipped",
        message: response.message,
        problems: [],
        complete: false,
      });
      continue;
    }
    const { form, respondent } = response;
    const organization = normalizeName(respondent.organization);
    const sameFile = byDigest.get(response.digest);
    const sameRespondent = organization
      ? byRespondent.get(`${form.formId}|${organization}`)
      : undefined;
    const duplicateOf = sameFile ?? sameRespondent;
    if (duplicateOf !== undefined) {
      files.push({
        fileName: response.fileName,
        status: "duplicate",
        message: duplicateMessage(duplicateOf),
        respondent,
        form,
        duplicateOf,
        problems: [],
        complete: false,
      });
      continue;
    }
    byDigest.set(response.digest, response.fileName);
    if (organization) byRespondent.set(`${form.formId}|${organization}`, response.fileName);

    const unknownForm =
      options.expectedFormIds !== undefined && !options.expectedFormIds.includes(form.formId);
    const { statuses, problems } = classifyAnswers(response, unknownForm, rows);
    const done = !unknownForm && isComplete(form, statuses);
    if (done) complete += 1;
    const message = unknownForm
      ? unknownFormMessage(form.formId)
      : organization
        ? undefined
        : noOrganizationMessage;
    files.push({
      fileName: response.fileName,
      status: "collected",
      respondent,
      form,
      problems,
      complete: done,
      ...(message ? { message } : {}),
    });
  }

  const count = (status: FileOutcome["status"]) => files.filter((f) => f.status === status).length;
  return {
    files,
    rows,
    summary: {
      files: files.length,
      collected: count("collected"),
      complete,
      duplicates: count("duplicate"),
      skipped: count("skipped"),
    },
  };
}

/** Reads and collects returned files one at a time (memory stays flat for hundreds of files). */
export async function collectResponses(
  files: readonly IncomingFile[],
  options: CollectOptions = {}
): Promise<CollectionResult> {
  const responses: ResponseFile[] = [];
  for (const [index, file] of files.entries()) {
    responses.push(
      await readResponse(file.data, file.name, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES })
    );
    options.onProgress?.(index + 1, files.length);
  }
  return collectParsed(responses, options);
}
