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
import type { Workbook, Worksheet } from "exceljs";
import type { Label } from "../core/data/types";
import type { ScenarioId } from "../scenarios/types";
import type { ActivityChoice } from "../sheets/builders/options";
import { nameKey } from "../sheets/resolve-names";
import { loadExcelJS } from "./load-exceljs";
import {
  FORM_KEYS,
  FORM_MARKER,
  FORM_SHEET_NAME,
  QUESTION_COLUMNS,
  RESPONDENT_KEYS,
  sha256Hex,
} from "./questionnaire-file";
import {
  FORM_FORMAT_VERSION,
  type FormDefinition,
  type FormQuestion,
  type RawAnswer,
  type Respondent,
  type ResponseFile,
} from "./types";

export interface ReadOptions {
  /** Larger files are refused with the problem "too-large" (default 5 MB). */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Format versions this reader understands. */
const KNOWN_VERSIONS: readonly number[] = [FORM_FORMAT_VERSION];
const SCENARIO_IDS: readonly ScenarioId[] = ["A1", "A2", "D1", "blank"];
/** How far down the meta sheet the key rows and the question header are looked for. */
const META_SCAN_ROWS = 100;

type Problem = Extract<ResponseFile, { ok: false }>["problem"];

class ReadProblem extends Error {
  constructor(
    readonly problem: Problem,
    readonly label: Label
  ) {
    super(label.en);
  }
}

function failure(fileName: string, problem: Problem, message: Label): ResponseFile {
  return { ok: false, fileName, problem, message };
}

// ---------------------------------------------------------------------------------------------------------------
// Digest

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 of the bytes, hex: Web Crypto where there is one (browsers, Node 20), the pure implementation otherwise. */
async function digestOf(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle) {
    try {
      return hex(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
    } catch {
      // fall through to the pure implementation
    }
  }
  return sha256Hex(bytes);
}

// ---------------------------------------------------------------------------------------------------------------
// Cell values

/** A cell value as a raw answer (see the header). */
export function rawValue(value: unknown): RawAnswer {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return rawValue(
        (v.richText as { text?: unknown }[])
          .map((run) => (typeof run.text === "string" ? run.text : ""))
          .join("")
      );
    if ("formula" in v || "sharedFormula" in v) return rawValue(v.result);
    if ("error" in v) return typeof v.error === "string" ? v.error : "#ERROR";
    if ("text" in v) return rawValue(v.text); // a hyperlink: its shown text
  }
  return null;
}

const textOf = (value: unknown): string => {
  const raw = rawValue(value);
  return raw === null ? "" : String(raw);
};

// ---------------------------------------------------------------------------------------------------------------
// References

interface Location {
  readonly sheet: string;
  readonly address: string;
}

/** "'調査票 (2)'!$D$12" (or a range: its top-left cell) → { sheet, address }; null for anything else, #REF! included. */
export function parseReference(text: string): Location | null {
  const m =
    /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!:\s]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?[A-Za-z]{1,3}\$?\d{1,7})?\s*$/.exec(
      text
    );
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  return { sheet, address: `${(m[3] ?? "").toUpperCase()}${m[4] ?? ""}` };
}

interface RawName {
  readonly name: string;
  readonly ranges: readonly string[];
  readonly localSheetId?: number;
}

/**
 * The defined names as the file lists them. ExcelJS's public `definedNames` merges a workbook-level name with
 * sheet-level names of the same name (Excel creates those when a sheet is copied) and silently drops names that do
 * not point at a range (#REF!), so the list ExcelJS parses is captured as it hands it to the workbook.
 */
function captureDefinedNames(workbook: Workbook): () => readonly RawName[] | undefined {
  let captured: RawName[] | undefined;
  const descriptor = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(workbook) as object,
    "model"
  );
  const { get, set } = descriptor ?? {};
  if (get && set) {
    Object.defineProperty(workbook, "model", {
      configurable: true,
      get: () => get.call(workbook) as unknown,
      set: (value: { definedNames?: unknown }) => {
        if (Array.isArray(value?.definedNames))
          captured = (value.definedNames as RawName[]).filter(
            (n) => typeof n?.name === "string" && Array.isArray(n.ranges)
          );
        set.call(workbook, value);
      },
    });
  }
  return () => captured;
}

interface NameTable {
  /** nameKey → the first range's text of the workbook-level name (else the first sheet-level one). */
  readonly ranges: ReadonlyMap<string, string>;
  /** nameKeys of every name the file defines, including those that no longer point at a cell (#REF!). */
  readonly defined: ReadonlySet<string>;
}

function nameTable(workbook: Workbook, raw: readonly RawName[] | undefined): NameTable {
  const ranges = new Map<string, string>();
  const defined = new Set<string>();
  if (raw) {
    // Workbook-level names first: a sheet-level copy of a name belongs to a copied sheet.
    const ordered = [
      ...raw.filter((n) => n.localSheetId === undefined),
      ...raw.filter((n) => n.localSheetId !== undefined),
    ];
    for (const entry of ordered) {
      const key = nameKey(entry.name);
      if (defined.has(key)) continue;
      defined.add(key);
      const first = entry.ranges[0];
      if (first !== undefined) ranges.set(key, first);
    }
    return { ranges, defined };
  }
  // Fallback on ExcelJS's public model (sheet-level names merged in, #REF! names only as keys of its matrix map).
  const names = workbook.definedNames as unknown as {
    model?: { name: string; ranges: string[] }[];
    matrixMap?: Record<string, unknown>;
  };
  for (const entry of names.model ?? []) {
    defined.add(nameKey(entry.name));
    const first = entry.ranges[0];
    if (first !== undefined && !ranges.has(nameKey(entry.name)))
      ranges.set(nameKey(entry.name), first);
  }
  for (const name of Object.keys(names.matrixMap ?? {})) defined.add(nameKey(name));
  return { ranges, defined };
}

// ---------------------------------------------------------------------------------------------------------------
// The meta sheet

const MESSAGES = {
  tooLarge: (size: number, max: number): Label => ({
    ja: `ファイルが大きすぎます（${(size / 1048576).toFixed(1)} MB。上限 ${(max / 1048576).toFixed(1)} MB）。調査票のファイルか確認してください。`,
    en: `The file is too large (${(size / 1048576).toFixed(1)} MB; the limit is ${(max / 1048576).toFixed(1)} MB). Check that it is a questionnaire file.`,
  }),
  corrupt: (detail: string): Label => ({
    // The reader's own error (often English, from the zip library) helps support staff, not the clerk reading this.
    ja: "Excel ファイル（.xlsx）として読み込めませんでした。ファイルが壊れているか、別の形式（.xls、CSV、パスワード付きなど）です。",
    en: `The file could not be read as an Excel workbook (.xlsx): it is damaged or in another format (.xls, CSV, password-protected …). (${detail})`,
  }),
  engine: (detail: string): Label => ({
    ja: `Excel ファイルを読む部品を読み込めませんでした。ネットワークを確認して、もう一度お試しください。（${detail}）`,
    en: `The component that reads Excel files could not be loaded. Check the network and try again. (${detail})`,
  }),
  notQuestionnaire: (): Label => ({
    ja: "このアドインで作成した調査票ではありません（調査票の管理情報が見つかりません）。送付した調査票のファイルに記入してもらってください。",
    en: "This is not a questionnaire made by this add-in (its metadata sheet is missing). Ask for the answers in the questionnaire file that was sent.",
  }),
  version: (version: string): Label => ({
    ja: `この調査票の形式（版 ${version}）には対応していません。アドインを最新にしてから読み込んでください。`,
    en: `This questionnaire's format (version ${version}) is not supported. Update the add-in and read it again.`,
  }),
  damaged: (what: string): Label => ({
    ja: `調査票の管理情報が壊れています（${what}）。送付した調査票のファイルに記入し直してもらってください。`,
    en: `The questionnaire's metadata is damaged (${what}). Ask for the answers in a fresh copy of the questionnaire file.`,
  }),
};

function isMetaSheet(sheet: Worksheet): boolean {
  return textOf(sheet.getCell(1, 1).value).trim() === FORM_MARKER;
}

function findMetaSheet(workbook: Workbook): Worksheet | undefined {
  const named = workbook.getWorksheet(FORM_SHEET_NAME);
  if (named && isMetaSheet(named)) return named;
  return workbook.worksheets.find(isMetaSheet);
}

interface Meta {
  readonly form: FormDefinition;
  readonly sheetName: string;
  /** Per question id / respondent key: the address recorded and the live reference cell's formula text. */
  readonly places: ReadonlyMap<string, { address: string; reference: string | null }>;
}

/** The formula text of a cell ("'調査票'!$D$12"), or null when it is not a formula. */
function formulaText(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as { formula?: unknown; sharedFormula?: unknown };
  return typeof v.formula === "string" ? v.formula : null;
}

function readMeta(sheet: Worksheet): Meta {
  const keys = new Map<string, number>(); // key in column A → row
  let header = 0;
  for (let row = 2; row <= META_SCAN_ROWS; row++) {
    const key = textOf(sheet.getCell(row, 1).value).trim();
    if (
      key === QUESTION_COLUMNS[0] &&
      textOf(sheet.getCell(row, 2).value).trim() === QUESTION_COLUMNS[1]
    ) {
      header = row;
      break;
    }
    if (key !== "" && !keys.has(key)) keys.set(key, row);
  }
  const value = (key: string, column = 2): unknown => {
    const row = keys.get(key);
    return row === undefined ? undefined : sheet.getCell(row, column).value;
  };

  const versionRaw = rawValue(value(FORM_KEYS.version));
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

  const formId = textOf(value(FORM_KEYS.formId)).trim();
  const scenario = textOf(value(FORM_KEYS.scenario)).trim() as ScenarioId;
  const actorKey = textOf(value(FORM_KEYS.actorKey)).trim();
  if (formId === "") throw new ReadProblem("corrupt", MESSAGES.damaged("formId"));
  if (!SCENARIO_IDS.includes(scenario))
    throw new ReadProblem("corrupt", MESSAGES.damaged("scenario"));
  if (actorKey === "") throw new ReadProblem("corrupt", MESSAGES.damaged("actorKey"));
  const activities = parseActivities(textOf(value(FORM_KEYS.activities)));
  const sheetName = textOf(value(FORM_KEYS.sheet));

  const places = new Map<string, { address: string; reference: string | null }>();
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

  return {
    form: { formId, version, scenario, actorKey, activities, questions, respondentNames },
    sheetName,
    places,
  };
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

// ---------------------------------------------------------------------------------------------------------------
// Answers

class AnswerFinder {
  private readonly names: NameTable;
  private readonly fallbackSheet: Worksheet | undefined;

  constructor(
    private readonly workbook: Workbook,
    private readonly meta: Meta,
    metaSheet: Worksheet,
    rawNames: readonly RawName[] | undefined
  ) {
    this.names = nameTable(workbook, rawNames);
    const recorded = meta.sheetName === "" ? undefined : workbook.getWorksheet(meta.sheetName);
    const candidates = workbook.worksheets.filter((s) => s !== metaSheet && s.state === "visible");
    this.fallbackSheet = recorded ?? (candidates.length === 1 ? candidates[0] : undefined);
  }

  private sheet(name: string): Worksheet | undefined {
    return (
      this.workbook.getWorksheet(name) ??
      this.workbook.worksheets.find((s) => nameKey(s.name) === nameKey(name))
    );
  }

  private at(location: Location | null): RawAnswer {
    if (!location) return null;
    const sheet = this.sheet(location.sheet);
    return sheet ? rawValue(sheet.getCell(location.address).value) : null;
  }

  /** The raw value of the cell a defined name (or, failing that, the meta sheet) points at. */
  find(definedName: string, placeKey: string): RawAnswer {
    const key = nameKey(definedName);
    if (definedName !== "") {
      const range = this.names.ranges.get(key);
      const location = range === undefined ? null : parseReference(range);
      if (location && this.sheet(location.sheet)) return this.at(location);
      // The name exists but Excel turned it into #REF!: its cell is gone (the meta sheet's address would be wrong).
      if (this.names.defined.has(key) && (range === undefined || /#REF!/i.test(range))) return null;
    }
    const place = this.meta.places.get(placeKey);
    if (!place) return null;
    if (place.reference !== null) {
      const location = parseReference(place.reference);
      if (location && this.sheet(location.sheet)) return this.at(location);
      if (/#REF!/i.test(place.reference)) return null;
    }
    if (place.address === "" || !this.fallbackSheet || !/^[A-Z]{1,3}\d{1,7}$/.test(place.address))
      return null;
    return rawValue(this.fallbackSheet.getCell(place.address).value);
  }
}

// ---------------------------------------------------------------------------------------------------------------

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
  } catch (error) {
    return failure(
      fileName,
      "corrupt",
      MESSAGES.corrupt(error instanceof Error ? error.message : String(error))
    );
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
