/** 回収: what the pane shows of a collection (built with the real collectParsed), and the sheets' options. */
import { collectParsed } from "../../src/collect/collect";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import { paneStrings } from "../../src/taskpane/i18n";
import { EMPTY_EVENT } from "../../src/taskpane/state/event-form";
import { checked } from "../../src/taskpane/state/issues";
import { mayStayBlank } from "../../src/collect/classify";
import { collectionView, toCollectionOptions } from "../../src/taskpane/state/collection-view";
import type { RawAnswer } from "../../src/xlsx/types";
import { exhibitorResponse, exhibitorsForm } from "../helpers/forms";

const makeForm = exhibitorsForm;
const response = (
  fileName: string,
  organization: string,
  answers: Record<string, RawAnswer>,
  digest = fileName
) =>
  exhibitorResponse(fileName, { organization, person: " 担当 ", contact: "" }, answers, { digest });

/** Every required pre-event answer of the form, validly. */
function allPre(): Record<string, RawAnswer> {
  const answers: Record<string, RawAnswer> = {};
  for (const q of makeForm().questions.filter((q) => q.stage === "pre" && !mayStayBlank(q))) {
    answers[q.id] = q.kind === "fuel" ? "軽油" : q.kind === "truck-use" ? "営業用" : 10;
  }
  return answers;
}

const result = collectParsed([
  response("a.xlsx", "出展団体A", allPre()),
  response("b.xlsx", "出展団体B", {
    "6.count.pre": 50,
    "6.watts.pre": -40,
    "6.hours.pre": "八時間",
    "7.fuel.pre": "水素",
  }),
  response("b-copy.xlsx", "別名", {}, "b.xlsx"),
  {
    ok: false,
    fileName: "notes.xlsx",
    problem: "not-a-questionnaire",
    message: { ja: "調査票ではありません", en: "not a questionnaire" },
  },
  response("c.xlsx", "", { "6.count.pre": 1 }),
]);
const ja = collectionView(result, "ja");
const en = collectionView(result, "en");

test("the counts are collectResponses' own", () => {
  expect(ja.summary).toEqual(result.summary);
  expect(ja.summary).toMatchObject({ files: 5, collected: 3, duplicates: 1, skipped: 1 });
});

test("a respondent is complete exactly when collectResponses counts it complete", () => {
  expect(ja.respondents.filter((r) => r.complete)).toHaveLength(result.summary.complete);
  expect(ja.respondents.map((r) => [r.fileName, r.complete])).toEqual([
    ["a.xlsx", true],
    ["b.xlsx", false],
    ["c.xlsx", false],
  ]);
});

test("per respondent: invalid answers, and missing required ones, in questionnaire order", () => {
  const b = ja.respondents.find((r) => r.fileName === "b.xlsx")!;
  expect(b.organization).toBe("出展団体B");
  expect(b.person).toBe("担当");
  const statuses = Object.fromEntries(b.problems.map((p) => [p.question.id, p.status]));
  expect(statuses).toMatchObject({
    "6.watts.pre": "negative",
    "6.hours.pre": "not-a-number",
    "7.fuel.pre": "unknown-choice",
  });
  expect(statuses["6.count.pre"]).toBeUndefined();
  // Names and optional figures may stay blank: never listed as missing.
  expect(b.problems.filter((p) => p.status === "missing" && mayStayBlank(p.question))).toEqual([]);
  const numbers = b.problems.map((p) => p.question.activityNumber);
  expect([...numbers].sort((x, y) => x - y)).toEqual(numbers);
});

test("a stage nobody began is pending, not a list of missing answers", () => {
  const a = ja.respondents.find((r) => r.fileName === "a.xlsx")!;
  const postQuestions = makeForm().questions.filter((q) => q.stage === "post").length;
  expect(a.problems).toEqual([]);
  expect(a.pending).toEqual(postQuestions > 0 ? [{ stage: "post", questions: postQuestions }] : []);
  expect(a.problems.some((p) => p.question.stage === "post")).toBe(false);
});

test("a blank return has begun nothing: not complete, every stage pending", () => {
  const view = collectionView(collectParsed([response("blank.xlsx", "出展団体D", {})]), "ja");
  const [blank] = view.respondents;
  expect(blank!.complete).toBe(false);
  expect(blank!.problems).toEqual([]);
  expect(blank!.pending.map((p) => p.stage)).toEqual(["pre", "post"]);
});

test("duplicates and skipped files carry their reason in the pane's language; a collected file's note too", () => {
  expect(ja.duplicates).toEqual([
    expect.objectContaining({ fileName: "b-copy.xlsx", duplicateOf: "b.xlsx" }),
  ]);
  expect(ja.duplicates[0]!.message).toContain("b.xlsx");
  expect(ja.skipped).toEqual([{ fileName: "notes.xlsx", message: "調査票ではありません" }]);
  expect(en.skipped).toEqual([{ fileName: "notes.xlsx", message: "not a questionnaire" }]);
  const c = ja.respondents.find((r) => r.fileName === "c.xlsx")!;
  expect(c.note).toContain("団体名");
  expect(ja.respondents.find((r) => r.fileName === "a.xlsx")!.note).toBeUndefined();
});

test("status words and question labels in both languages", () => {
  const sja = paneStrings("ja");
  const sen = paneStrings("en");
  expect(sja.answerStatus).toEqual({
    missing: "未回答",
    "not-a-number": "数値ではない",
    negative: "負の値",
    "unknown-choice": "一覧にない選択肢",
    "unknown-form": "不明な様式",
  });
  expect(Object.keys(sen.answerStatus).sort()).toEqual(Object.keys(sja.answerStatus).sort());
  const q = makeForm().questions[0]!;
  expect(sja.questionLabel({ ...q, item: "台数", unit: "台", stage: "pre" })).toBe(
    "No.6 台数（台）・事前"
  );
  expect(sja.questionLabel({ ...q, item: "名称", unit: "—", stage: "post" })).toBe(
    "No.6 名称・事後"
  );
  expect(sen.questionLabel({ ...q, item: "台数", unit: "台", stage: "post" })).toBe(
    "No.6 台数 (台), after"
  );
});

test("the collection sheets take the shared event fields and the settings, checked", () => {
  const ok = toCollectionOptions(
    { ...EMPTY_EVENT, name: " 環境フェスタ " },
    checked(DEFAULT_SETTINGS, [])
  );
  expect(ok).toEqual({
    ok: true,
    value: {
      settings: DEFAULT_SETTINGS,
      event: expect.objectContaining({ name: "環境フェスタ", days: 1 }),
    },
    warnings: [],
  });
  const badEvent = toCollectionOptions(
    { ...EMPTY_EVENT, days: "0" },
    checked(DEFAULT_SETTINGS, [])
  );
  expect(badEvent).toMatchObject({ ok: false, issues: [{ field: "days", code: "too-small" }] });
  const badSettings = toCollectionOptions(EMPTY_EVENT, {
    ok: false,
    issues: [{ field: "yenPerTonne", code: "positive-number", severity: "error" }],
  });
  expect(badSettings).toMatchObject({
    ok: false,
    issues: [{ field: "settings", code: "unknown" }],
  });
});
