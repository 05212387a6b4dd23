/**
 * A questionnaire (調査票) as a standalone .xlsx file for people without the add-in (exhibitors, venues, bus
 * operators): the questionnaire sheet as the pane builds it (native drop-downs, numeric validation, Japanese
 * instructions, a protected sheet where only the answer cells are open), plus what lets its answers be read back:
 *
 *  - Workbook-level defined names for every answer cell, `GHG_Q_<activityNumber>_<inputKey>_<stage>` (e.g.
 *    "GHG_Q_3_count_pre"), and for the respondent cells, GHG_R_ORG / GHG_R_PERSON / GHG_R_CONTACT. Excel keeps a
 *    name pointing at its cell when the sheet is renamed or rows are inserted, so answers are matched by name.
 *  - A very hidden, protected meta sheet "_GHG_FORM" (format FORM_FORMAT_VERSION = 1):
 *
 *        A1  GHG-QUESTIONNAIRE            B1  a note: do not edit
 *        A2  formId                       B2  16 hex digits
 *        A3  version                      B3  1
 *        A4  scenario                     B4  A1 | A2 | D1 | blank
 *        A5  actorKey                     B5  e.g. organizer
 *        A6  activities                   B6  JSON: [{ actorKey, activityKey, methodKey, note?, number }, …]
 *        A7  sheet                        B7  the questionnaire sheet's name when sent
 *        A8  respondent.organization      B8  defined name   C8  address (B6)   D8  live reference (='調査票_…'!$B$6)
 *        A9  respondent.person            …
 *        A10 respondent.contact           …
 *        A11 (empty)
 *        A12 id | activityNumber | activityKey | methodKey | inputKey | stage | item | unit | kind | definedName |
 *            address | reference                                           ← header of the question table
 *        A13 … one row per question, e.g. 3.count.pre | 3 | … | GHG_Q_3_count_pre | D14 | ='調査票_…'!$D$14
 *
 *    Readers find the key rows by their key in column A and the question columns by their header, not by position.
 *    "address" is sheet-relative (the fallback when names are gone); "reference" is a formula that only points at
 *    the answer cell — Excel rewrites it on renames and row moves like a name; readers parse its text and never
 *    evaluate it.
 *
 * formId: the first 16 hex digits of the SHA-256 of the canonical JSON of { version, scenario, actorKey,
 * activities (with numbers), event name and dates } — the same request gives the same id, in Node and the browser.
 */
import { findMethod } from "../scenarios";
import { layoutQuestionnaire } from "../sheets/builders/questionnaire";
import type { ActivityChoice, QuestionnaireRequest } from "../sheets/builders/options";
import type { CellContent, SheetLayout } from "../sheets/layout";
import { columnLetters } from "../sheets/addresses";
import {
  nameKey,
  planNames,
  resolveLayouts,
  sanitizeIdentifier,
  substitutePlaceholders,
} from "../sheets/resolve-names";
import { renderXlsx } from "./render-xlsx";
import { FORM_FORMAT_VERSION, type FormDefinition, type FormQuestion, type Stage } from "./types";

// ---------------------------------------------------------------------------------------------------------------
// The meta sheet's format (read-response.ts reads it with these constants)

export const FORM_SHEET_NAME = "_GHG_FORM";
export const FORM_MARKER = "GHG-QUESTIONNAIRE";
const FORM_SHEET_KEY = "ghg-form";

/** Keys of the key/value rows (column A), values in column B. */
export const FORM_KEYS = {
  formId: "formId",
  version: "version",
  scenario: "scenario",
  actorKey: "actorKey",
  activities: "activities",
  sheet: "sheet",
} as const;

/** Respondent rows: key in A, defined name in B, address in C, live reference in D. */
export const RESPONDENT_KEYS = {
  organization: "respondent.organization",
  person: "respondent.person",
  contact: "respondent.contact",
} as const;

const RESPONDENT_NAMES = {
  organization: "GHG_R_ORG",
  person: "GHG_R_PERSON",
  contact: "GHG_R_CONTACT",
} as const;

/** The question table's header, column A onwards. */
export const QUESTION_COLUMNS = [
  "id",
  "activityNumber",
  "activityKey",
  "methodKey",
  "inputKey",
  "stage",
  "item",
  "unit",
  "kind",
  "definedName",
  "address",
  "reference",
] as const;

const RESPONDENT_LABELS = {
  organization: "団体名",
  person: "担当者名",
  contact: "連絡先",
} as const;
const RESPONDENT_FALLBACK = { organization: "B6", person: "B7", contact: "B8" } as const;

// ---------------------------------------------------------------------------------------------------------------
// SHA-256 (pure, synchronous: the same in Node and the browser)

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** SHA-256 of the bytes, lower-case hex. */
export function sha256Hex(data: Uint8Array): string {
  const h = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const length = data.length;
  const blocks = Math.ceil((length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(padded.length - 4, bits >>> 0);
  const w = new Uint32Array(64);
  for (let block = 0; block < blocks; block++) {
    const offset = block * 64;
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let a = h[0] as number;
    let b = h[1] as number;
    let c = h[2] as number;
    let d = h[3] as number;
    let e = h[4] as number;
    let f = h[5] as number;
    let g = h[6] as number;
    let hh = h[7] as number;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + (K[i] as number) + (w[i] as number)) >>> 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    h[0] = ((h[0] as number) + a) >>> 0;
    h[1] = ((h[1] as number) + b) >>> 0;
    h[2] = ((h[2] as number) + c) >>> 0;
    h[3] = ((h[3] as number) + d) >>> 0;
    h[4] = ((h[4] as number) + e) >>> 0;
    h[5] = ((h[5] as number) + f) >>> 0;
    h[6] = ((h[6] as number) + g) >>> 0;
    h[7] = ((h[7] as number) + hh) >>> 0;
  }
  return Array.from(h, (x) => x.toString(16).padStart(8, "0")).join("");
}

/** JSON with object keys sorted at every level (undefined members dropped), so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

// ---------------------------------------------------------------------------------------------------------------

/** A defined name Excel accepts, unique in `taken` (suffix _2, _3 …). */
function uniqueName(desired: string, taken: Set<string>): string {
  const base = sanitizeIdentifier(desired);
  let name = base;
  for (let n = 2; taken.has(nameKey(name)); n++) name = `${base}_${n}`;
  taken.add(nameKey(name));
  return name;
}

/** "{{sheet:KEY}}!$D$12" → "D12". */
function localAddress(reference: string): string {
  return (reference.split("!").pop() ?? "").replace(/\$/g, "");
}

/** Where the respondent cells are: the cell right of the label in column A (B6, B7, B8 in today's layout). */
function respondentCells(layout: SheetLayout): Record<keyof typeof RESPONDENT_LABELS, string> {
  const find = (label: string, fallback: string) => {
    const row = layout.cells.findIndex((cells) => cells[0] === label);
    return row >= 0 ? `B${row + 1}` : fallback;
  };
  return {
    organization: find(RESPONDENT_LABELS.organization, RESPONDENT_FALLBACK.organization),
    person: find(RESPONDENT_LABELS.person, RESPONDENT_FALLBACK.person),
    contact: find(RESPONDENT_LABELS.contact, RESPONDENT_FALLBACK.contact),
  };
}

const absoluteOf = (address: string): string => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

function metaLayout(
  form: FormDefinition,
  questionnaireKey: string,
  sheetName: string,
  respondent: Record<keyof typeof RESPONDENT_LABELS, string>,
  addresses: ReadonlyMap<string, string>
): SheetLayout {
  const width = QUESTION_COLUMNS.length;
  const rows: CellContent[][] = [];
  /** Appends a row padded to the width; returns its row number. */
  const add = (cells: CellContent[]) =>
    rows.push([...cells, ...Array<CellContent>(width - cells.length).fill(null)]);
  const reference = (address: string): CellContent => ({
    formula: `={{sheet:${questionnaireKey}}}!${absoluteOf(address)}`,
  });

  add([
    FORM_MARKER,
    "調査票の管理情報です。編集しないでください。 / Questionnaire metadata: do not edit.",
  ]);
  add([FORM_KEYS.formId, form.formId]);
  add([FORM_KEYS.version, form.version]);
  add([FORM_KEYS.scenario, form.scenario]);
  add([FORM_KEYS.actorKey, form.actorKey]);
  add([FORM_KEYS.activities, JSON.stringify(form.activities)]);
  add([FORM_KEYS.sheet, sheetName]);
  for (const key of ["organization", "person", "contact"] as const) {
    add([
      RESPONDENT_KEYS[key],
      form.respondentNames[key],
      respondent[key],
      reference(respondent[key]),
    ]);
  }
  add([]);
  const header = add([...QUESTION_COLUMNS]);
  for (const q of form.questions) {
    const address = addresses.get(q.id) ?? "";
    add([
      q.id,
      q.activityNumber,
      q.activityKey,
      q.methodKey,
      q.inputKey,
      q.stage,
      q.item,
      q.unit,
      q.kind,
      q.definedName,
      address,
      reference(address),
    ]);
  }
  return {
    key: FORM_SHEET_KEY,
    name: FORM_SHEET_NAME,
    cells: rows,
    columnWidths: [24, 20, 16, 28, 14, 8, 30, 10, 10, 24, 10, 24],
    formats: [{ range: `A${header}:${columnLetters(width)}${header}`, bold: true }],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
    protection: { unlockedRanges: [] },
  };
}

export interface QuestionnaireFile {
  /** Resolved layouts: the questionnaire sheet, then the meta sheet. */
  readonly layouts: SheetLayout[];
  readonly form: FormDefinition;
  /** Workbook-level defined names: name → absolute reference, e.g. "GHG_Q_3_count_pre" → "'調査票_主催者'!$D$14". */
  readonly names: Map<string, string>;
}

/**
 * The questionnaire of `request` with its meta sheet and names. `activityNumbers` are the activities' numbers in
 * the boundary sheet of the same event (default 1, 2, 3 …), so answers land on the right boundary rows.
 */
export function questionnaireFile(
  request: QuestionnaireRequest,
  activityNumbers?: readonly number[]
): QuestionnaireFile {
  const { layout, links } = layoutQuestionnaire(request, activityNumbers);

  const { activities, questions, addresses, placeholders } = formQuestions(
    request,
    links,
    activityNumbers
  );
  const form = formDefinition(request, activities, questions);

  // The meta layout's content does not change the plan (only keys and names do), so plan with a draft of it.
  const respondent = respondentCells(layout);
  const draft = metaLayout(form, layout.key, "", respondent, addresses);
  const plan = planNames([layout, draft], { sheets: [], tables: [], names: [] });
  const sheetName = plan.sheets.get(layout.key) ?? layout.name;
  const layouts = resolveLayouts(
    [layout, metaLayout(form, layout.key, sheetName, respondent, addresses)],
    plan
  );

  const names = new Map<string, string>();
  const quoted = substitutePlaceholders(`{{sheet:${layout.key}}}`, plan);
  for (const key of ["organization", "person", "contact"] as const)
    names.set(RESPONDENT_NAMES[key], `${quoted}!${absoluteOf(respondent[key])}`);
  for (const q of questions)
    names.set(q.definedName, substitutePlaceholders(placeholders.get(q.id) ?? "", plan));

  return { layouts, form, names };
}

/** The activities with a known method and a question per input and stage the questionnaire links to a cell. */
function formQuestions(
  request: QuestionnaireRequest,
  links: ReturnType<typeof layoutQuestionnaire>["links"],
  activityNumbers: readonly number[] | undefined
) {
  const activities: (ActivityChoice & { readonly number: number })[] = [];
  const questions: FormQuestion[] = [];
  const addresses = new Map<string, string>(); // question id → local address
  const placeholders = new Map<string, string>(); // question id → "{{sheet:KEY}}!$D$12"
  const takenNames = new Set<string>(Object.values(RESPONDENT_NAMES).map(nameKey));

  request.activities.forEach((choice, i) => {
    const found = findMethod(choice.methodKey);
    if (!found) return; // the questionnaire leaves it out too
    const number = activityNumbers?.[i] ?? i + 1;
    activities.push({
      actorKey: choice.actorKey,
      activityKey: choice.activityKey,
      methodKey: choice.methodKey,
      ...(choice.note !== undefined ? { note: choice.note } : {}),
      number,
    });
    for (const input of found.method.inputs) {
      const link = links(number, input.key);
      for (const stage of ["pre", "post"] as const satisfies readonly Stage[]) {
        const reference = link?.[stage];
        const id = `${number}.${input.key}.${stage}`;
        if (reference === undefined || addresses.has(id)) continue;
        const definedName = uniqueName(`GHG_Q_${number}_${input.key}_${stage}`, takenNames);
        questions.push({
          id,
          activityNumber: number,
          activityKey: found.activity.key,
          methodKey: found.method.key,
          inputKey: input.key,
          stage,
          item: input.item.ja,
          unit: input.unit,
          kind: input.kind,
          definedName,
        });
        addresses.set(id, localAddress(reference));
        placeholders.set(id, reference);
      }
    }
  });

  return { activities, questions, addresses, placeholders };
}

/** The form definition; its id is a digest of what identifies the form (version, scenario, actor, activities, event). */
function formDefinition(
  request: QuestionnaireRequest,
  activities: FormDefinition["activities"],
  questions: FormQuestion[]
): FormDefinition {
  const identity = {
    version: FORM_FORMAT_VERSION,
    scenario: request.scenario,
    actorKey: request.actorKey,
    activities,
    event: { name: request.event.name, dates: request.event.dates },
  };
  const formId = sha256Hex(new TextEncoder().encode(canonicalJson(identity))).slice(0, 16);

  return {
    formId,
    version: FORM_FORMAT_VERSION,
    scenario: request.scenario,
    actorKey: request.actorKey,
    activities,
    questions,
    respondentNames: { ...RESPONDENT_NAMES },
  };
}

/** The questionnaire as .xlsx bytes: the meta sheet very hidden, the names defined at workbook level. */
export async function exportQuestionnaire(
  request: QuestionnaireRequest,
  activityNumbers?: readonly number[]
): Promise<Uint8Array> {
  const file = questionnaireFile(request, activityNumbers);
  const title = ["調査票", request.event.name].filter(Boolean).join(" ");
  return renderXlsx(file.layouts, { veryHidden: [FORM_SHEET_KEY], extraNames: file.names, title });
}
