/**
 * Reads a returned questionnaire file (see questionnaire-file.ts for its format) into a ResponseFile. Never throws:
 * every failure is a `{ ok: false, problem, message }` with a Japanese and an English message.
 *
 *  - too-large: more than `maxBytes` (default 5 MB) — checked before anything is parsed;
 *  - corrupt: ExcelJS cannot open it as .xlsx (an .xls, a CSV, a password-protected or damaged file), or the
 *    questionnaire's meta sheet is damaged;
 *  - not-a-questionnaire: no meta sheet — looked up by its name "_GHG_FORM", then by the marker in A1 of every
 *    sheet (in case it was renamed);
 *  - unsupported-version: a meta sheet of a format version this reader does not know.
 *
 * Each answer cell is found, in this order, by
 *  1. its workbook-level defined name (Excel keeps names on their cells through sheet renames and row moves);
 *  2. the meta sheet's "reference" formula for the question (Excel rewrites it like a name; its TEXT is parsed as a
 *     plain reference, never evaluated);
 *  3. the meta sheet's sheet-relative address on the sheet named in the meta sheet (or, if that sheet is gone, the
 *     only visible sheet that is not the meta sheet).
 * A name or reference that Excel turned into #REF! (its row or sheet was deleted) gives a blank answer rather than
 * falling back to an address that now holds something else. When the respondent copied the sheet, Excel adds
 * sheet-level copies of the names; the workbook-level ones (the original sheet) are used.
 *
 * Raw values: numbers, strings (rich text joined, "" as blank), booleans; a formula cell gives its cached result
 * (null when the file has none); an error cell its error text ("#N/A"); a date its ISO string. Nothing in the file
 * is evaluated.
 */
import { RESPONDENT_KEYS } from "./questionnaire-file";
import { loadExcelJS } from "./load-exceljs";
import type { Respondent, ResponseFile } from "./types";
import { AnswerFinder } from "./read/answers";
import { digestOf } from "./read/digest";
import { findMetaSheet, readMeta } from "./read/meta";
import { captureDefinedNames } from "./read/names";
import { failure, MESSAGES, ReadProblem } from "./read/problems";

export { rawValue } from "./read/cell-values";
export { parseReference } from "./read/names";

export interface ReadOptions {
  /** Larger files are refused with the problem "too-large" (default 5 MB). */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Reads one returned questionnaire. Never throws. */
export async function readResponse(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ReadOptions = {}
): Promise<ResponseFile> {
  try {
    return await read(data, fileName, options);
  } catch (error) {
    if (error instanceof ReadProblem) return failure(fileName, error.problem, error.label);
    return failure(
      fileName,
      "corrupt",
      MESSAGES.damaged(error instanceof Error ? error.message : String(error))
    );
  }
}

async function read(
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options: ReadOptions
): Promise<ResponseFile> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes)
    return failure(fileName, "too-large", MESSAGES.tooLarge(bytes.byteLength, maxBytes));

  let ExcelJS;
  try {
    ExcelJS = await loadExcelJS();
  } catch (error) {
    return failure(
      fileName,
      "corrupt",
      MESSAGES.engine(error instanceof Error ? error.message : String(error))
    );
  }
  const workbook = new ExcelJS.Workbook();
  const rawNames = captureDefinedNames(workbook);
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return failure(fileName, "corrupt", MESSAGES.corrupt());
  }

  const metaSheet = findMetaSheet(workbook);
  if (!metaSheet) return failure(fileName, "not-a-questionnaire", MESSAGES.notQuestionnaire());
  const meta = readMeta(metaSheet);
  const finder = new AnswerFinder(workbook, meta, metaSheet, rawNames());

  const respondentText = (key: keyof Respondent) => {
    const raw = finder.find(meta.form.respondentNames[key], RESPONDENT_KEYS[key]);
    return raw === null ? "" : String(raw).trim();
  };
  const respondent: Respondent = {
    organization: respondentText("organization"),
    person: respondentText("person"),
    contact: respondentText("contact"),
  };
  const answers = meta.form.questions.map((question) => ({
    question,
    raw: finder.find(question.definedName, question.id),
  }));

  return {
    ok: true,
    fileName,
    digest: await digestOf(bytes),
    form: meta.form,
    respondent,
    answers,
  };
}
