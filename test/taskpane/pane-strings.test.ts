/**
 * The pane's texts (src/taskpane/i18n): Japanese and English have the same keys, no text is empty, and every form
 * issue has a message in both languages — never the raw field and code.
 */
import { paneStrings, type PaneStrings } from "../../src/taskpane/i18n";
import { issues as enIssues } from "../../src/taskpane/i18n/en/issues";
import { issues as jaIssues } from "../../src/taskpane/i18n/ja/issues";
import { CREDIT_KIND_LABELS } from "../../src/ledger/credit-kinds";
import {
  fieldIssue,
  type FieldIssueKey,
  type FormIssue,
  type InputIssueCode,
} from "../../src/taskpane/state/issues";

const ja = paneStrings("ja");
const en = paneStrings("en");

/**
 * One argument for every text function: an array (names, functions) that is also a number-like, a string-like and a
 * survey question (activityNumber, item, unit, stage), so each function can be called without knowing its parameters.
 */
const anything = Object.assign(["甲", "乙"], {
  activityNumber: 3,
  item: "電力",
  unit: "kWh",
  stage: "pre",
});

/** Every text of a language: [path, text], functions called with `anything`. */
function texts(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    if (path === "issue") return [];
    const args = Array.from({ length: Math.max(value.length, 1) }, () => anything);
    return [[path, String((value as (...a: unknown[]) => unknown)(...args))]];
  }
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  throw new Error(`${path}: not a text (${typeof value})`);
}

function shape(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return typeof value;
  return Object.fromEntries(
    Object.entries(value)
      .map(([k, v]) => [k, shape(v)])
      .sort(([a], [b]) => String(a).localeCompare(String(b)))
  );
}

test("Japanese and English have the same keys, and every text has the same kind (text or function)", () => {
  expect(shape(en)).toEqual(shape(ja));
  expect(texts(en).map(([p]) => p)).toEqual(texts(ja).map(([p]) => p));
});

test("no text is empty, in either language", () => {
  for (const strings of [ja, en] as const) {
    const all = texts(strings);
    expect(all.length).toBeGreaterThan(300);
    for (const [path, text] of all) {
      if (text.trim() === "") throw new Error(`${path} is empty`);
      if (/undefined|\[object Object\]|NaN/.test(text)) throw new Error(`${path}: ${text}`);
    }
  }
});

test("the credit kinds the pane offers are the ledger sheet's words", () => {
  expect(ja.ledger.kinds).toBe(CREDIT_KIND_LABELS);
  expect(Object.keys(en.ledger.kinds)).toEqual(Object.keys(CREDIT_KIND_LABELS));
});

// Exhaustive by type: a key added to the unions must be added here too.
const FIELD_KEYS: Readonly<Record<FieldIssueKey, true>> = {
  "participants/whole-number": true,
  "participants/too-small": true,
  "days/whole-number": true,
  "days/too-small": true,
  "yenPerTonne/positive-number": true,
  "yenPerTonne/outside-guide-range": true,
  "electricity/positive-number": true,
  "electricity/unknown": true,
  "factorSet/unknown": true,
  "settings/unknown": true,
  "actor/none-selected": true,
  "activities/none-selected": true,
  "method/no-method": true,
  "stand/none-selected": true,
};
const INPUT_CODES: Readonly<Record<InputIssueCode, true>> = {
  "whole-number": true,
  "too-small": true,
  "too-large": true,
  "positive-number": true,
  unknown: true,
  required: true,
  "not-a-number": true,
  date: true,
  serial: true,
  "serial-range": true,
  "missing-ref": true,
};

describe("every form issue has a message in both languages", () => {
  const languages: readonly [string, PaneStrings][] = [
    ["ja", ja],
    ["en", en],
  ];

  test.each(languages)("fields (%s)", (_, strings) => {
    const keys = Object.keys(FIELD_KEYS) as FieldIssueKey[];
    expect(Object.keys(jaIssues.fields).sort()).toEqual([...keys].sort());
    expect(Object.keys(enIssues.fields).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const text = strings.issue(fieldIssue(key, "error", "power"), (k) => `<${k}>`);
      expect(text.trim()).not.toBe("");
      expect(text).not.toContain(key.split("/")[1]);
      expect(text).not.toContain(key);
    }
    expect(
      strings.issue(fieldIssue("method/no-method", "error", "diesel"), (k) => `<${k}>`)
    ).toContain("<diesel>");
    expect(
      strings.issue(
        fieldIssue("yenPerTonne/outside-guide-range", "warning", "3000–30000"),
        (k) => k
      )
    ).toContain("3000–30000");
  });

  test.each(languages)("inputs, with the row they are in (%s)", (_, strings) => {
    const codes = Object.keys(INPUT_CODES) as InputIssueCode[];
    expect(Object.keys(jaIssues.inputs).sort()).toEqual([...codes].sort());
    expect(Object.keys(enIssues.inputs).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      for (const severity of ["error", "warning"] as const) {
        const issue: FormIssue = {
          field: "holding",
          row: 2,
          input: "serialFrom",
          code,
          severity,
          detail: "JP-1",
        };
        const text = strings.issue(issue, (k) => k);
        expect(
          text.startsWith(`${jaIssues.places.holding(2)}: `) ||
            text.startsWith(`${enIssues.places.holding(2)}: `)
        ).toBe(true);
        // Not the raw fallback "place: label: code" nor the input's key.
        expect(text).not.toMatch(new RegExp(`: ${code}$`));
        expect(text).not.toContain("serialFrom");
      }
    }
  });

  test("the special cases: a checker's own words, the plan's department, an unknown species; labels of each input", () => {
    const message = { ja: "区切りが違います", en: "wrong separators" };
    const serial: FormIssue = {
      field: "allocation",
      row: 3,
      input: "serialTo",
      code: "serial",
      severity: "error",
      detail: "x",
      message,
    };
    expect(ja.issue(serial, (k) => k)).toBe("割当 3 行目: 区切りが違います");
    expect(en.issue(serial, (k) => k)).toBe("Allocation row 3: wrong separators");
    const department: FormIssue = {
      field: "plan",
      input: "department",
      code: "required",
      severity: "warning",
    };
    expect(ja.issue(department, (k) => k)).toBe(
      "担当部署が空欄です。企画書には「〇〇部〇〇課」と表示されます。"
    );
    expect(en.issue(department, (k) => k)).toBe(
      "Department is empty; the plan will show 〇〇部〇〇課."
    );
    const species: FormIssue = {
      field: "stand",
      row: 1,
      input: "species",
      code: "unknown",
      severity: "error",
      detail: "ブナ",
    };
    expect(ja.issue(species, (k) => k)).toBe("林分 1: 樹種「ブナ」は係数の表にありません。");
    expect(en.issue(species, (k) => k)).toBe(
      "Stand 1: Species “ブナ” is not in the coefficient table."
    );
    for (const strings of [ja, en]) {
      for (const [input, label] of Object.entries(strings.inputs)) {
        expect(
          strings.issue(
            { field: "project", input, code: "required", severity: "warning" },
            (k) => k
          )
        ).toContain(label);
      }
    }
  });
});
