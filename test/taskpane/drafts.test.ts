/** The drafts kept per workbook: what is stored reads back the same, what is broken is ignored, saving waits for a pause. */
import { buildDisclosureSheet, buildQuestionnaire, buildWorkbook } from "../../src/sheets/builders";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import type { SheetLayout } from "../../src/sheets/layout";
import { setActivityIncluded } from "../../src/taskpane/state/activity-selection";
import { toWorkbookRequest } from "../../src/taskpane/state/boundary-form";
import { toCertificateRequest } from "../../src/taskpane/state/certificate-form";
import { toDisclosureRequest } from "../../src/taskpane/state/disclosure-form";
import {
  DRAFTS_VERSION,
  createDraftSaver,
  deserializeDrafts,
  initialDrafts,
  serializeDrafts,
  type PaneDrafts,
} from "../../src/taskpane/state/drafts";
import { checked } from "../../src/taskpane/state/issues";
import { minatoExample } from "../../src/taskpane/state/ledger-examples";
import { toLedgerRequest } from "../../src/taskpane/state/ledger-request";
import { ledgerLayouts } from "../../src/taskpane/state/project-layouts";
import { forestExample } from "../../src/taskpane/state/project-form";
import { toQuestionnaireRequest } from "../../src/taskpane/state/questionnaire-form";
import { bundledScenarioData } from "../../src/taskpane/state/scenario-data";
import { changeSharedScenario } from "../../src/taskpane/state/event-drafts";
import {
  boundaryFormOf,
  disclosureFormOf,
  questionnaireFormOf,
  replaceSharedActor,
  sharedActors,
} from "../../src/taskpane/state/shared-event";

const data = bundledScenarioData();
const settings = checked(DEFAULT_SETTINGS, []);
const fresh = initialDrafts(2026);

/** A clerk's afternoon: an A2 event typed in, one activity left out, the ledger example, a forest project, certificates. */
function typedDrafts(): PaneDrafts {
  let shared = changeSharedScenario(fresh.shared, "A2");
  shared = {
    ...shared,
    participantsPay: true,
    event: { ...shared.event, name: "○○市環境フェスタ", participants: "1200", days: "2" },
  };
  const first = sharedActors(shared, data).find((a) => a.activities.length > 1)!;
  const left = setActivityIncluded(first, first.activities[0]!.activityKey, false);
  shared = replaceSharedActor(shared, data, left);
  return {
    ...fresh,
    shared,
    sheet: { withQuestionnaires: false, withDisclosure: true },
    questionnaire: { actorKey: first.actorKey, replyBy: "3月末", contact: "環境課" },
    plan: { ...fresh.plan, scenario: "B2", department: "環境部環境課" },
    planSide: "provider",
    ledger: minatoExample(),
    certificate: { ...fresh.certificate, issuer: "港区", prefix: "港区-CO-" },
    project: { ...fresh.project, forest: forestExample(fresh.project.forest) },
  };
}

function layoutsOf(d: PaneDrafts): readonly SheetLayout[] {
  const layouts: SheetLayout[] = [];
  const take = <T>(request: ReturnType<typeof checked<T>>, build: (r: T) => SheetLayout[]) => {
    if (!request.ok) throw new Error(JSON.stringify(request.issues));
    layouts.push(...build(request.value));
  };
  take(
    toWorkbookRequest(data, boundaryFormOf(d.shared, data, d.sheet), d.shared.event, settings),
    buildWorkbook
  );
  take(
    toQuestionnaireRequest(
      data,
      questionnaireFormOf(d.shared, data, d.questionnaire),
      d.shared.event
    ),
    (r) => [buildQuestionnaire(r)]
  );
  take(toDisclosureRequest(data, disclosureFormOf(d.shared), d.shared.event), (r) => [
    buildDisclosureSheet(r),
  ]);
  const certificate = toCertificateRequest(d.certificate);
  take(toLedgerRequest(d.ledger), (ledger) =>
    ledgerLayouts({ ledger, certificate: certificate.ok ? certificate.value : undefined })
  );
  return layouts;
}

test("drafts read back as they were stored, with their version", () => {
  const typed = typedDrafts();
  const json = serializeDrafts(typed);
  expect(JSON.parse(json).version).toBe(DRAFTS_VERSION);
  expect(deserializeDrafts(json, fresh)).toEqual(typed);
});

test("a build from restored drafts lays out the same sheets as from the forms typed", () => {
  const typed = typedDrafts();
  const restored = deserializeDrafts(serializeDrafts(typed), fresh);
  const before = layoutsOf(typed);
  expect(before.length).toBeGreaterThan(3);
  expect(layoutsOf(restored)).toEqual(before);
  // The restored drafts are not the starting ones: the comparison above has something to compare.
  expect(layoutsOf(fresh)).not.toEqual(before);
});

test.each([
  ["nothing stored", null],
  ["not JSON", "{drafts"],
  ["JSON of another kind", "[1,2,3]"],
  ["another version", JSON.stringify({ version: DRAFTS_VERSION + 1, drafts: {} })],
  ["no drafts", JSON.stringify({ version: DRAFTS_VERSION })],
])("%s: the starting drafts", (_, json) => {
  expect(deserializeDrafts(json, fresh)).toEqual(fresh);
});

test("a broken part falls back on its own; the parts that read stay", () => {
  const typed = typedDrafts();
  const stored = JSON.parse(serializeDrafts(typed));
  stored.drafts.ledger.holdings[0].kind = "bitcoin";
  stored.drafts.certificate.firstNumber = 7;
  stored.drafts.shared.choices.A2[0].activities = "all";
  stored.drafts.plan.scenario = "Z9";
  stored.drafts.project = null;
  const restored = deserializeDrafts(JSON.stringify(stored), fresh);
  expect(restored.ledger).toEqual(fresh.ledger);
  expect(restored.certificate).toEqual(fresh.certificate);
  expect(restored.shared).toEqual(fresh.shared);
  expect(restored.plan).toEqual(fresh.plan);
  expect(restored.project).toEqual(fresh.project);
  expect(restored.questionnaire).toEqual(typed.questionnaire);
  expect(restored.sheet).toEqual(typed.sheet);
  expect(restored.planSide).toBe("provider");
});

test("fields and scenarios the pane does not know are dropped, not kept", () => {
  const stored = JSON.parse(serializeDrafts(typedDrafts()));
  stored.drafts.shared.event.secret = "x";
  stored.drafts.shared.choices.Q7 = [];
  stored.drafts.unknownPart = { a: 1 };
  const restored = deserializeDrafts(JSON.stringify(stored), fresh);
  expect(restored.shared.event).not.toHaveProperty("secret");
  expect(restored.shared.choices).not.toHaveProperty("Q7");
  expect(restored).not.toHaveProperty("unknownPart");
});

describe("the saver", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("saves once, the latest drafts, after a pause", () => {
    const saved: string[] = [];
    const saver = createDraftSaver((json) => saved.push(json), 400);
    const typed = typedDrafts();
    saver.schedule(fresh);
    jest.advanceTimersByTime(300);
    saver.schedule(typed);
    jest.advanceTimersByTime(300);
    expect(saved).toEqual([]);
    jest.advanceTimersByTime(100);
    expect(saved).toEqual([serializeDrafts(typed)]);
    jest.advanceTimersByTime(1000);
    expect(saved).toHaveLength(1);
  });

  test("flush saves what is waiting now; cancel drops it", () => {
    const saved: string[] = [];
    const saver = createDraftSaver((json) => saved.push(json), 400);
    saver.schedule(fresh);
    saver.flush();
    expect(saved).toEqual([serializeDrafts(fresh)]);
    saver.flush();
    expect(saved).toHaveLength(1);
    saver.schedule(fresh);
    saver.cancel();
    jest.advanceTimersByTime(1000);
    expect(saved).toHaveLength(1);
  });
});
