/**
 * Every builder's output the blank-cells tests compute: the three blank-cell modes, and each build with whether it
 * has a portable copy.
 */
import {
  defaultMethodOf,
  findActivityType,
  findScenario,
  ACTIVITY_TYPES,
} from "../../src/scenarios";
import { buildWorkbook } from "../../src/sheets/builders";
import { layoutBoundary } from "../../src/sheets/builders/boundary";
import { layoutCertificates } from "../../src/ledger/builders/certificates";
import { buildCollectionWorkbook } from "../../src/collect/builders/collection";
import { layoutForestProject } from "../../src/sheets/builders/forest-project";
import { LEDGER_KEY, layoutLedger } from "../../src/ledger/builders/ledger";
import {
  DEFAULT_SETTINGS,
  type ActivityChoice,
  type EventInfo,
} from "../../src/sheets/builders/options";
import { buildPlanSheet } from "../../src/sheets/builders/plan";
import { layoutReductionProject } from "../../src/sheets/builders/reduction-project";
import { layoutQuestionnaire } from "../../src/sheets/builders/questionnaire";
import type { SheetLayout } from "../../src/sheets/layout";
import { collectParsed } from "../../src/collect/collect";
import { exhibitorResponse } from "../helpers/forms";
import { PROBLEM_LEDGER } from "../ledger/fixtures";
import { type BlankCells } from "../helpers/sheet-engine";

export const MODES: readonly BlankCells[] = ["web", "text", "desktop"];
export const EVENT: EventInfo = {
  name: "環境フェア",
  dates: "2026-06-01",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 2,
  paidEntry: true,
};

const defaultActivities = (scenario: "A1" | "A2" | "D1"): ActivityChoice[] =>
  (findScenario(scenario)?.actors ?? []).flatMap((actor) =>
    actor.activities.flatMap((key) => {
      const method = defaultMethodOf(findActivityType(key)!);
      return method ? [{ actorKey: actor.key, activityKey: key, methodKey: method.key }] : [];
    })
  );
const everyMethod: ActivityChoice[] = ACTIVITY_TYPES.flatMap((a) =>
  a.methods.map((m) => ({ actorKey: "organizer", activityKey: a.key, methodKey: m.key }))
);

const workbook = (
  scenario: "A1" | "A2" | "D1",
  activities: ActivityChoice[],
  withQuestionnaires: boolean
) =>
  buildWorkbook({
    scenario,
    event: EVENT,
    activities,
    settings: DEFAULT_SETTINGS,
    withQuestionnaires,
    withDisclosure: true,
    participantsPay: false,
  });

function projects(): SheetLayout[] {
  const stands = [
    {
      name: "第1林班",
      areaHa: 10,
      species: "スギ",
      ageAtStart: 18,
      growthM3PerHaYear: 8,
      prefecture: "",
    },
    {
      name: "第2林班",
      areaHa: 4,
      species: "その他針葉樹",
      ageAtStart: 30,
      growthM3PerHaYear: 5,
      prefecture: "長野県",
    },
    {
      name: "第3林班",
      areaHa: 2,
      species: "その他広葉樹",
      ageAtStart: 12,
      growthM3PerHaYear: 3,
      prefecture: "",
    },
  ];
  const forest = layoutForestProject(
    {
      scenario: "B2",
      projectName: "公有林",
      firstYear: 2026,
      years: 4,
      stands,
      settings: DEFAULT_SETTINGS,
    },
    { spareStands: 2 }
  );
  const boundary = layoutBoundary({
    scenario: "A1",
    event: EVENT,
    activities: defaultActivities("A1"),
    settings: DEFAULT_SETTINGS,
  });
  const ledger = layoutLedger(PROBLEM_LEDGER);
  const refs = {
    boundary: { key: boundary.layout.key, cells: boundary.cells },
    forest: { key: forest.layout.key, cells: forest.cells },
    ledger: { key: LEDGER_KEY, cells: ledger.cells },
  };
  return [
    boundary.layout,
    forest.layout,
    layoutReductionProject({
      projectName: "○○温浴施設",
      methodology: "E001",
      settings: DEFAULT_SETTINGS,
    }).layout,
    ledger.layout,
    layoutCertificates(
      {
        direction: "issued",
        issuer: "○○市環境課",
        issuerContact: "Tel 00-0000-0000",
        firstNumber: 1,
        prefix: "証書-",
      },
      { key: LEDGER_KEY }
    ).layout,
    buildPlanSheet({ scenario: "A1", title: "環境フェア", department: "環境課" }, refs),
    { ...buildPlanSheet({ scenario: "C2", title: "", department: "" }, refs), key: "plan-c2" },
  ];
}

function collection(): SheetLayout[] {
  const responses = [1, 2].map((i) =>
    exhibitorResponse(
      `回答${i}.xlsx`,
      { organization: `出展団体${i}`, person: `担当者${i}`, contact: "03-0000-0000" },
      {
        "6.count.pre": 10 * i,
        "6.watts.pre": 40,
        "7.fuel.pre": "軽油",
        "7.km.pre": 12,
        "7.use.pre": "営業用",
      },
      { digest: `d${i}` }
    )
  );
  return buildCollectionWorkbook(collectParsed(responses), {
    settings: DEFAULT_SETTINGS,
    event: EVENT,
  });
}

const questionnaire = () => [
  layoutQuestionnaire({
    scenario: "A1",
    actorKey: "organizer",
    activities: defaultActivities("A1").filter((a) => a.actorKey === "organizer"),
    event: EVENT,
  }).layout,
];

/** Every builder, in the combinations the pane builds them. `portable`: also compared with its native-formula copy. */
export const BUILDS: readonly {
  readonly name: string;
  readonly layouts: () => SheetLayout[];
  readonly portable: boolean;
}[] = [
  {
    name: "A1 boundary and disclosure",
    layouts: () => workbook("A1", defaultActivities("A1"), false),
    portable: true,
  },
  {
    name: "A2 boundary and disclosure",
    layouts: () => workbook("A2", defaultActivities("A2"), false),
    portable: true,
  },
  {
    name: "D1 boundary and disclosure",
    layouts: () => workbook("D1", defaultActivities("D1"), false),
    portable: true,
  },
  {
    name: "every method of every activity",
    layouts: () => workbook("A1", everyMethod, false),
    portable: true,
  },
  {
    name: "A1 with questionnaires linked",
    layouts: () => workbook("A1", defaultActivities("A1"), true),
    portable: true,
  },
  {
    name: "D1 with questionnaires linked",
    layouts: () => workbook("D1", defaultActivities("D1"), true),
    portable: true,
  },
  { name: "a questionnaire alone", layouts: questionnaire, portable: false },
  { name: "forest, reduction, ledger, certificates and plans", layouts: projects, portable: false },
  { name: "a collection of returned questionnaires", layouts: collection, portable: false },
];
