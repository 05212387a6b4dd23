/**
 * The questionnaire's meta sheet ("_GHG_FORM", or any sheet with the marker in A1 in case it was renamed): the form
 * definition, and where each answer was placed.
 */
import type { Worksheet, Workbook } from "exceljs";
import type { ScenarioId } from "../../scenarios/types";
import type { ActivityChoice } from "../../sheets/builders/options";
import {
  FORM_KEYS,
  FORM_MARKER,
  FORM_SHEET_NAME,
  QUESTION_COLUMNS,
  RESPONDENT_KEYS,
} from "../questionnaire-file";
import { FORM_FORMAT_VERSION, type FormDefinition, type FormQuestion } from "../types";
import { formulaText, rawValue, textOf } from "./cell-values";
import { MESSAGES, ReadProblem } from "./problems";

/** Format versions this reader understands. */
const KNOWN_VERSIONS: readonly number[] = [FORM_FORMAT_VERSION];
const SCENARIO_IDS: readonly ScenarioId[] = ["A1", "A2", "D1", "blank"];
/** How far down the meta sheet the key rows and the question header are looked for. */
const META_SCAN_ROWS = 100;

function isMetaSheet(sheet: Worksheet): boolean {
  return textOf(sheet.getCell(1, 1).value).trim() === FORM_MARKER;
}

export function findMetaSheet(workbook: Workbook): Worksheet | undefined {
  const named = workbook.getWorksheet(FORM_SHEET_NAME);
  if (named && isMetaSheet(named)) return named;
  return workbook.worksheets.find(isMetaSheet);
}

type Places = Map<string, { address: string; reference: string | null }>;

export interface Meta {
  readonly form: FormDefinition;
  readonly sheetName: string;
  /** Per question id / respondent key: the address recorded and the live reference cell's formula text. */
  readonly places: ReadonlyMap<string, { address: string; reference: string | null }>;
}

export function readMeta(sheet: Worksheet): Meta {
  const { keys, header } = keyRows(sheet);
  const value = (key: string, column = 2): unknown => {
    const row = keys.get(key);
    return row === undefined ? undefined : sheet.getCell(row, column).value;
  };
  const version = readVersion(value(FORM_KEYS.version));
  const formId = textOf(value(FORM_KEYS.formId)).trim();
  const scenario = textOf(value(FORM_KEYS.scenario)).trim() as ScenarioId;
  const actorKey = textOf(value(FORM_KEYS.actorKey)).trim();
  if (formId === "") throw new ReadProblem("corrupt", MESSAGES.damaged("formId"));
  if (!SCENARIO_IDS.includes(scenario))
    throw new ReadProblem("corrupt", MESSAGES.damaged("scenario"));
  if (actorKey === "") throw new ReadProblem("corrupt", MESSAGES.damaged("actorKey"));
  const activities = parseActivities(textOf(value(FORM_KEYS.activities)));
  const sheetName = textOf(value(FORM_KEYS.sheet));

  const places: Places = new Map();
  const respondentNames = readRespondentNames(sheet, keys, places);
  const questions = readQuestions(sheet, header, places);
  return {
    form: { formId, version, scenario, actorKey, activities, questions, respondentNames },
    sheetName,
    places,
  };
}

/** The row of each key in column A, and the question table's header row (0 when there is none). */
function keyRows(sheet: Worksheet): { keys: Map<string, number>; header: number } {
  const keys = new Map<string, number>();
  for (let row = 2; row <= META_SCAN_ROWS; row++) {
    const key = textOf(sheet.getCell(row, 1).value).trim();
    if (
      key === QUESTION_COLUMNS[0] &&
      textOf(sheet.getCell(row, 2).value).trim() === QUESTION_COLUMNS[1]
    )
      return { keys, header: row };
    if (key !== "" && !keys.has(key)) keys.set(key, row);
  }
  return { keys, header: 0 };
}

function readVersion(value: unknown): number {
  const versionRaw = rawValue(value);
  const version =
    typeof versionRaw === "number"
      ? versionRaw
      : typeof versionRaw === "string" && /^\s*\d+\s*$/.test(versionRaw)
        ? Number(versionRaw)
        : NaN;
  if (!KNOWN_VERSIONS.includes(version))
    throw new ReadProblem(
      "unsupported-version",
      MESSAGES.version(versionRaw === null ? "?" : String(versionRaw))
    );
  return version;
}

/** The names of the respondent's cells, and where each was placed. */
function readRespondentNames(
  sheet: Worksheet,
  keys: ReadonlyMap<string, number>,
  places: Places
): FormDefinition["respondentNames"] {
  const respondentNames = { organization: "", person: "", contact: "" };
  for (const key of ["organization", "person", "contact"] as const) {
    const row = keys.get(RESPONDENT_KEYS[key]);
    if (row === undefined) throw new ReadProblem("corrupt", MESSAGES.damaged(RESPONDENT_KEYS[key]));
    respondentNames[key] = textOf(sheet.getCell(row, 2).value).trim();
    places.set(RESPONDENT_KEYS[key], {
      address: textOf(sheet.getCell(row, 3).value).trim(),
      reference: formulaText(sheet.getCell(row, 4).value),
    });
  }
  return respondentNames;
}

/** The column of each name in the question table's header; every column but "reference" must be there. */
function questionColumns(sheet: Worksheet, header: number): Map<string, number> {
  if (header === 0) throw new ReadProblem("corrupt", MESSAGES.damaged("questions"));
  const columns = new Map<string, number>();
  for (let column = 1; column <= 64; column++) {
    const name = textOf(sheet.getCell(header, column).value).trim();
    if (name !== "" && !columns.has(name)) columns.set(name, column);
  }
  for (const name of QUESTION_COLUMNS) {
    if (name !== "reference" && !columns.has(name))
      throw new ReadProblem("corrupt", MESSAGES.damaged(`column ${name}`));
  }
  return columns;
}

/** The questions, down to the first row without an id, and where each was placed. */
function readQuestions(sheet: Worksheet, header: number, places: Places): FormQuestion[] {
  const columns = questionColumns(sheet, header);
  const cell = (row: number, name: string): unknown => {
    const column = columns.get(name);
    return column === undefined ? undefined : sheet.getCell(row, column).value;
  };
  const questions: FormQuestion[] = [];
  const ids = new Set<string>();
  for (let row = header + 1; ; row++) {
    const id = textOf(cell(row, "id")).trim();
    if (id === "") break;
    const activityNumber = rawValue(cell(row, "activityNumber"));
    const stage = textOf(cell(row, "stage")).trim();
    if (
      typeof activityNumber !== "number" ||
      (stage !== "pre" && stage !== "post") ||
      ids.has(id)
    ) {
      throw new ReadProblem("corrupt", MESSAGES.damaged(`question ${id}`));
    }
    ids.add(id);
    questions.push({
      id,
      activityNumber,
      activityKey: textOf(cell(row, "activityKey")),
      methodKey: textOf(cell(row, "methodKey")),
      inputKey: textOf(cell(row, "inputKey")),
      stage,
      item: textOf(cell(row, "item")),
      unit: textOf(cell(row, "unit")),
      kind: textOf(cell(row, "kind")) as FormQuestion["kind"],
      definedName: textOf(cell(row, "definedName")).trim(),
    });
    places.set(id, {
      address: textOf(cell(row, "address")).trim(),
      reference: formulaText(cell(row, "reference")),
    });
  }
  return questions;
}

function parseActivities(json: string): (ActivityChoice & { readonly number: number })[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ReadProblem("corrupt", MESSAGES.damaged("activities"));
  }
  if (!Array.isArray(parsed)) throw new ReadProblem("corrupt", MESSAGES.damaged("activities"));
  return parsed.map((item: unknown) => {
    const a = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    if (
      typeof a.number !== "number" ||
      typeof a.activityKey !== "string" ||
      typeof a.methodKey !== "string" ||
      typeof a.actorKey !== "string"
    ) {
      throw new ReadProblem("corrupt", MESSAGES.damaged("activities"));
    }
    return {
      actorKey: a.actorKey,
      activityKey: a.activityKey,
      methodKey: a.methodKey,
      ...(typeof a.note === "string" ? { note: a.note } : {}),
      number: a.number,
    };
  });
}
