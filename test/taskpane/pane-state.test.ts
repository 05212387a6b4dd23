/** The pane's form state: pure functions from what the user chose to the builders' requests. */
import type { ActivityType, CalculationMethod, Scenario } from "../../src/scenarios/types";
import { DEFAULT_SETTINGS, type BuildSettings } from "../../src/sheets/builders/options";
import { buildDisclosureSheet, buildQuestionnaire, buildWorkbook } from "../../src/sheets/builders";
import type { SheetLayout } from "../../src/sheets/layout";
import {
  activityChoices,
  addActivity,
  addableActivities,
  defaultActorDrafts,
  replaceActor,
  setActivityIncluded,
  setActivityMethod,
  setActorIncluded,
} from "../../src/taskpane/state/activity-selection";
import {
  changeBoundaryScenario,
  initialBoundaryForm,
  toWorkbookRequest,
} from "../../src/taskpane/state/boundary-form";
import {
  dependsOnWhoPays,
  initialDisclosureForm,
  toDisclosureRequest,
} from "../../src/taskpane/state/disclosure-form";
import { EMPTY_EVENT, toEventInfo, type EventDraft } from "../../src/taskpane/state/event-form";
import { checked, parseNumberText, type Checked } from "../../src/taskpane/state/issues";
import { prepareLayouts } from "../../src/taskpane/state/prepare";
import {
  changeQuestionnaireActor,
  changeQuestionnaireScenario,
  initialQuestionnaireForm,
  toQuestionnaireRequest,
} from "../../src/taskpane/state/questionnaire-form";
import {
  FREE_ACTOR_KEY,
  actorOptions,
  bundledScenarioData,
  defaultMethodKey,
  unknownActivities,
  type ScenarioData,
} from "../../src/taskpane/state/scenario-data";

// ---- A small scenario data set of our own, so these tests do not follow the guidebook data's edits ----------------

const citation = { source: "guidebook-2011", table: "test" } as const;
const label = (ja: string) => ({ ja, en: `${ja} (en)` });

function method(key: string, level: 1 | 2 | 3, postOnly = false): CalculationMethod {
  return {
    key,
    name: label(key),
    level,
    formulaText: label(`${key} の式`),
    inputs: [
      {
        key: "x",
        item: label("量"),
        unit: "kWh",
        kind: "number",
        asked: { pre: !postOnly, post: true },
      },
    ],
    formula: "GHG.CO2_ELEC({x},{ELEC})",
    citation,
  };
}

const ACTIVITIES: ActivityType[] = [
  { key: "power", name: label("電力"), methods: [method("power.a", 1), method("power.b", 2)] },
  // The first method is only known afterwards: the default is the second (it gives a pre-estimate too).
  {
    key: "fuel",
    name: label("燃料"),
    methods: [method("fuel.actual", 1, true), method("fuel.estimate", 2)],
  },
  { key: "paper", name: label("印刷"), methods: [method("paper.cfp", 3)] },
  { key: "nomethod", name: label("未定"), methods: [] },
];

function scenario(
  id: Scenario["id"],
  actors: Scenario["actors"],
  disclosure: Scenario["disclosure"] = []
): Scenario {
  return {
    id,
    name: label(id),
    unit: "event",
    actors,
    disclosure,
    notices: [],
    retirement: label("r"),
    citation,
  };
}

const DATA: ScenarioData = {
  activityTypes: ACTIVITIES,
  scenarios: [
    scenario("A1", [
      {
        key: "organizer",
        name: label("主催者"),
        role: label("企画"),
        activities: ["power", "fuel", "ghost"],
      },
      {
        key: "visitors",
        name: label("参加者"),
        role: label("来場"),
        activities: ["paper", "power"],
      },
    ]),
    scenario("blank", [
      { key: "organizer", name: label("主催者"), role: label("企画"), activities: [] },
    ]),
  ],
};

const EVENT: EventDraft = {
  ...EMPTY_EVENT,
  name: " 環境フェスタ ",
  participants: "１，２００",
  days: "2",
};
const SETTINGS: Checked<BuildSettings> = checked(DEFAULT_SETTINGS, []);

// ---- numbers and the event -----------------------------------------------------------------------------------------

test("numbers typed in full width or with separators are read; anything else is not", () => {
  expect(parseNumberText("１２，０００")).toBe(12000);
  expect(parseNumberText(" 0.384 ")).toBe(0.384);
  expect(parseNumberText("1,200")).toBe(1200);
  expect(parseNumberText("")).toBeNull();
  expect(parseNumberText("abc")).toBeNull();
  expect(parseNumberText("1.2.3")).toBeNull();
  expect(parseNumberText("Infinity")).toBeNull();
});

test("the event draft becomes EventInfo: trimmed texts, unknown participants 0, days default 1", () => {
  const result = toEventInfo(EVENT);
  expect(result).toEqual({
    ok: true,
    warnings: [],
    value: {
      name: "環境フェスタ",
      dates: "",
      place: "",
      organizer: "",
      participants: 1200,
      days: 2,
      paidEntry: false,
    },
  });
  const empty = toEventInfo({ ...EMPTY_EVENT, days: "" });
  expect(empty.ok && empty.value).toMatchObject({ participants: 0, days: 1 });
});

test("participants and days must be whole numbers in range", () => {
  const bad = toEventInfo({ ...EMPTY_EVENT, participants: "12.5", days: "0" });
  expect(bad.ok).toBe(false);
  expect(!bad.ok && bad.issues.map((i) => `${i.field}/${i.code}`)).toEqual([
    "participants/whole-number",
    "days/too-small",
  ]);
  expect(toEventInfo({ ...EMPTY_EVENT, participants: "-3" }).ok).toBe(false);
});

// ---- scenario data and actors ----------------------------------------------------------------------------------------

test("actors come from the scenario, with unknown activity keys left out", () => {
  const actors = actorOptions(DATA, "A1");
  expect(actors.map((a) => a.key)).toEqual(["organizer", "visitors"]);
  expect(actors[0]?.defaultActivities).toEqual(["power", "fuel"]);
  expect(unknownActivities(DATA, "A1")).toEqual(["ghost"]);
});

test("a scenario whose data is missing has no actors; 白紙 without its own actors gets one free actor", () => {
  expect(actorOptions(DATA, "D1")).toEqual([]);
  const empty: ScenarioData = { scenarios: [], activityTypes: ACTIVITIES };
  expect(actorOptions(empty, "blank")).toEqual([{ key: FREE_ACTOR_KEY, defaultActivities: [] }]);
});

test("the default method is the scenario module's (the first giving a pre-estimate), or none", () => {
  expect(defaultMethodKey(DATA, "power")).toBe("power.a");
  expect(defaultMethodKey(DATA, "fuel")).toBe("fuel.estimate");
  expect(defaultMethodKey(DATA, "nomethod")).toBe("");
  expect(defaultMethodKey(DATA, "ghost")).toBe("");
});

test("default drafts select every actor and its boundary activities with the default methods", () => {
  const drafts = defaultActorDrafts(DATA, "A1");
  expect(drafts).toEqual([
    {
      actorKey: "organizer",
      included: true,
      activities: [
        { activityKey: "power", included: true, methodKey: "power.a" },
        { activityKey: "fuel", included: true, methodKey: "fuel.estimate" },
      ],
    },
    {
      actorKey: "visitors",
      included: true,
      activities: [
        { activityKey: "paper", included: true, methodKey: "paper.cfp" },
        { activityKey: "power", included: true, methodKey: "power.a" },
      ],
    },
  ]);
  expect(activityChoices(DATA, drafts).choices).toEqual([
    { actorKey: "organizer", activityKey: "power", methodKey: "power.a" },
    { actorKey: "organizer", activityKey: "fuel", methodKey: "fuel.estimate" },
    { actorKey: "visitors", activityKey: "paper", methodKey: "paper.cfp" },
    { actorKey: "visitors", activityKey: "power", methodKey: "power.a" },
  ]);
});

test("an actor without boundary activities starts left out, unless it is the only actor", () => {
  const data: ScenarioData = {
    activityTypes: ACTIVITIES,
    scenarios: [
      scenario("A2", [
        { key: "office", name: label("庁舎"), role: label("r"), activities: ["power"] },
        { key: "provider", name: label("プロバイダー"), role: label("r"), activities: [] },
      ]),
    ],
  };
  expect(defaultActorDrafts(data, "A2").map((d) => [d.actorKey, d.included])).toEqual([
    ["office", true],
    ["provider", false],
  ]);
  expect(defaultActorDrafts(DATA, "blank")).toEqual([
    { actorKey: "organizer", included: true, activities: [] },
  ]);
  // The questionnaire's actor is always the one asked.
  expect(
    changeQuestionnaireActor(initialQuestionnaireForm(data, "A2"), data, "provider").actor
  ).toEqual({ actorKey: "provider", included: true, activities: [] });
});

test("leaving out actors and activities, changing a method and adding an activity", () => {
  let drafts = defaultActorDrafts(DATA, "A1");
  drafts = setActorIncluded(drafts, "visitors", false);
  const organizer = drafts[0]!;
  let next = setActivityIncluded(organizer, "power", false);
  next = setActivityMethod(next, "fuel", "fuel.actual");
  expect(addableActivities(DATA, next).map((a) => a.key)).toEqual(["paper", "nomethod"]);
  next = addActivity(DATA, next, "paper");
  next = addActivity(DATA, next, "ghost"); // unknown: ignored
  drafts = replaceActor(drafts, next);
  expect(activityChoices(DATA, drafts)).toEqual({
    choices: [
      { actorKey: "organizer", activityKey: "fuel", methodKey: "fuel.actual" },
      { actorKey: "organizer", activityKey: "paper", methodKey: "paper.cfp" },
    ],
    issues: [],
  });
  // Adding an activity already listed re-selects it rather than duplicating it.
  const again = addActivity(DATA, next, "power");
  expect(again.activities.filter((a) => a.activityKey === "power")).toEqual([
    { activityKey: "power", included: true, methodKey: "power.a" },
  ]);
});

test("an activity without a method cannot be built; nothing selected is only a warning", () => {
  const organizer = addActivity(DATA, defaultActorDrafts(DATA, "A1")[0]!, "nomethod");
  expect(activityChoices(DATA, [organizer]).issues).toEqual([
    { field: "method", code: "no-method", severity: "error", detail: "nomethod" },
  ]);
  const none = setActorIncluded(defaultActorDrafts(DATA, "A1"), "organizer", false).map((d) => ({
    ...d,
    included: false,
  }));
  expect(activityChoices(DATA, none)).toEqual({
    choices: [],
    issues: [{ field: "activities", code: "none-selected", severity: "warning" }],
  });
});

// ---- requests --------------------------------------------------------------------------------------------------------

test("the calculation sheet's form becomes a WorkbookRequest", () => {
  const form = {
    ...initialBoundaryForm(DATA, "A1"),
    participantsPay: true,
    withQuestionnaires: false,
  };
  const request = toWorkbookRequest(DATA, form, EVENT, SETTINGS);
  expect(request.ok).toBe(true);
  if (!request.ok) return;
  expect(request.value).toMatchObject({
    scenario: "A1",
    event: { name: "環境フェスタ", participants: 1200, days: 2 },
    settings: DEFAULT_SETTINGS,
    withQuestionnaires: false,
    withDisclosure: true,
    participantsPay: true,
  });
  expect(request.value.activities).toHaveLength(4);
});

test("a new scenario starts from its own boundary; nothing selected is a warning, bad input and settings are errors", () => {
  const form = changeBoundaryScenario(initialBoundaryForm(DATA, "A1"), DATA, "D1");
  expect(form.actors).toEqual([]);
  const request = toWorkbookRequest(DATA, form, EVENT, SETTINGS);
  expect(request.ok && request.warnings.map((i) => `${i.field}/${i.code}`)).toEqual([
    "activities/none-selected",
  ]);

  const bad = toWorkbookRequest(
    DATA,
    form,
    { ...EVENT, days: "x" },
    { ok: false, issues: [{ field: "yenPerTonne", code: "positive-number", severity: "error" }] }
  );
  expect(!bad.ok && bad.issues.filter((i) => i.severity === "error").map((i) => i.field)).toEqual([
    "days",
    "settings",
  ]);
});

test("the questionnaire's form: one actor, its activities, reply-by and contact only when given", () => {
  let form = initialQuestionnaireForm(DATA, "A1");
  expect(form.actor?.actorKey).toBe("organizer");
  form = changeQuestionnaireActor(form, DATA, "visitors");
  form = { ...form, contact: " 環境課 " };
  const request = toQuestionnaireRequest(DATA, form, EVENT);
  expect(request.ok && request.value).toEqual({
    scenario: "A1",
    actorKey: "visitors",
    activities: [
      { actorKey: "visitors", activityKey: "paper", methodKey: "paper.cfp" },
      { actorKey: "visitors", activityKey: "power", methodKey: "power.a" },
    ],
    event: expect.objectContaining({ name: "環境フェスタ", participants: 1200 }),
    contact: "環境課",
  });
  const missing = toQuestionnaireRequest(
    DATA,
    changeQuestionnaireScenario(form, DATA, "D1"),
    EVENT
  );
  expect(!missing.ok && missing.issues.map((i) => `${i.field}/${i.code}`)).toEqual([
    "actor/none-selected",
  ]);
});

test("the disclosure's form: scenario and who pays, with no warning", () => {
  const request = toDisclosureRequest(
    DATA,
    { ...initialDisclosureForm("A1"), participantsPay: true },
    EVENT
  );
  expect(request.ok && request.value).toMatchObject({
    scenario: "A1",
    participantsPay: true,
    event: { name: "環境フェスタ" },
  });
  expect(request.ok && request.warnings).toEqual([]);
  expect(dependsOnWhoPays(DATA, "A1")).toBeUndefined();
  expect(toDisclosureRequest(DATA, initialDisclosureForm("blank"), EVENT)).toMatchObject({
    ok: true,
    warnings: [],
  });
});

test("prepareLayouts passes issues through and turns a builder's refusal into a message", () => {
  const layout = {
    key: "k",
    name: "n",
    cells: [["x"]],
    columnWidths: [],
    formats: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: [],
  } as SheetLayout;
  expect(prepareLayouts(checked(1, []), () => layout)).toEqual({
    kind: "ok",
    layouts: [layout],
    warnings: [],
  });
  expect(prepareLayouts(checked(1, []), () => [layout, layout])).toMatchObject({
    kind: "ok",
    layouts: [layout, layout],
  });
  expect(prepareLayouts({ ok: false, issues: [] }, () => layout)).toEqual({
    kind: "invalid",
    issues: [],
  });
  expect(
    prepareLayouts(checked(1, []), () => {
      throw new Error("no such method");
    })
  ).toEqual({ kind: "builder-failed", message: "no such method", warnings: [] });
});

// ---- with the bundled guidebook data and the real builders -------------------------------------------------------------

describe("with the bundled scenario data", () => {
  const data = bundledScenarioData();
  const event: EventDraft = { ...EMPTY_EVENT, name: "市民環境フェア", participants: "500" };

  test.each(["A1", "A2", "D1"] as const)(
    "scenario %s defaults give a request the builders accept",
    (id) => {
      const form = initialBoundaryForm(data, id);
      const request = toWorkbookRequest(data, form, event, SETTINGS);
      expect(request.ok).toBe(true);
      if (!request.ok) return;
      expect(request.value.activities.length).toBeGreaterThan(0);
      const prepared = prepareLayouts(request, buildWorkbook);
      expect(prepared.kind).toBe("ok");
      if (prepared.kind === "ok") expect(prepared.layouts.length).toBeGreaterThan(0);
    }
  );

  test("questionnaire and disclosure defaults for A1 build", () => {
    const questionnaire = toQuestionnaireRequest(data, initialQuestionnaireForm(data, "A1"), event);
    expect(prepareLayouts(questionnaire, buildQuestionnaire).kind).toBe("ok");
    const disclosure = toDisclosureRequest(data, initialDisclosureForm("A1"), event);
    expect(prepareLayouts(disclosure, buildDisclosureSheet).kind).toBe("ok");
  });
});
