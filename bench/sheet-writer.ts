/**
 * Builder + writer figures, measured with Microsoft's own office.js request serializer (test/helpers/office-js-host.ts):
 * for the real builders' biggest builds — a 1,000-row questionnaire, a 200-activity boundary sheet and its whole
 * linked workbook, every actor of A1, a ledger of 1,000 rows per table, 1,000 returned questionnaires collected —
 * the round trips (context.sync calls), the largest request and all requests in bytes as office.js sends them (Excel
 * on the web refuses a request over 5 MB; the writer's budget is 4 MB), and the time to build the layouts and to
 * write them. Times are the JavaScript side only (office.js included), not Excel's own work.
 */
import { performance } from "node:perf_hooks";
import { defaultMethodOf, findActivityType, findScenario } from "../src/scenarios";
import {
  buildBoundarySheet,
  buildQuestionnaire,
  buildWorkbook,
  type WorkbookRequest,
} from "../src/sheets/builders";
import {
  DEFAULT_SETTINGS,
  type ActivityChoice,
  type EventInfo,
} from "../src/sheets/builders/options";
import type { SheetLayout } from "../src/sheets/layout";
import { REQUEST_BUDGET_BYTES } from "../src/taskpane/office/request-budget";
import { writeLayouts } from "../src/taskpane/office/sheet-writer";
import { allActorsWorkbooks, largeCollection, largeLedger } from "../test/helpers/large-builds";
import { createOfficeJsHost } from "../test/helpers/office-js-host";

const RUNS = 3;

const EVENT: EventInfo = {
  name: "ベンチマーク",
  dates: "",
  place: "",
  organizer: "",
  participants: 1000,
  days: 1,
  paidEntry: false,
};

/** 250 lighting activities of 4 questions each: a 1,000-row questionnaire from the real builder. */
function thousandRowQuestionnaire(): SheetLayout {
  const activities: ActivityChoice[] = Array.from({ length: 250 }, () => ({
    actorKey: "exhibitors",
    activityKey: "venue-electricity",
    methodKey: "venue-electricity.equipment",
  }));
  return buildQuestionnaire({ scenario: "A1", actorKey: "exhibitors", activities, event: EVENT });
}

/** 200 activities cycling through the A1 boundary example's defaults, from the real builder. */
function boundaryRequest(count: number): WorkbookRequest {
  const scenario = findScenario("A1");
  const pool = (scenario?.actors ?? []).flatMap((actor) =>
    actor.activities.map((key) => ({
      actorKey: actor.key,
      activityKey: key,
      methodKey: defaultMethodOf(findActivityType(key)!)!.key,
    }))
  );
  const activities = Array.from(
    { length: count },
    (_, i) => pool[i % pool.length] as ActivityChoice
  );
  return {
    scenario: "A1",
    event: EVENT,
    activities,
    settings: DEFAULT_SETTINGS,
    withQuestionnaires: true,
    withDisclosure: true,
    participantsPay: false,
  };
}

const CASES: readonly { label: string; layouts: () => SheetLayout[] }[] = [
  { label: "questionnaire, 1,000 question rows", layouts: () => [thousandRowQuestionnaire()] },
  {
    label: "boundary sheet, 200 activities",
    layouts: () => [buildBoundarySheet(boundaryRequest(200))],
  },
  {
    label: "whole workbook: boundary (200) + questionnaires + disclosure",
    layouts: () => buildWorkbook(boundaryRequest(200)),
  },
  {
    label: "A1, every actor and activity: boundary + questionnaires + disclosure",
    layouts: () => allActorsWorkbooks()[0]?.layouts ?? [],
  },
  { label: "credit ledger, 1,000 rows per table", layouts: () => [largeLedger(1000)] },
  {
    label: "1,000 returned questionnaires collected: 回収一覧 + boundary",
    layouts: () => largeCollection(1000),
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Measures every case (RUNS times, median) and returns markdown lines. */
export async function benchWriter(): Promise<string> {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  const lines = [
    `## Sheet writer (office.js's own request serializer; budget ${mb(REQUEST_BUDGET_BYTES)} MB per request; JS-side time, median of ${RUNS} runs)`,
    "| build | sheets | rows | syncs | largest request MB | all requests MB | build layouts ms | write ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const c of CASES) {
    const times: number[] = [];
    const buildTimes: number[] = [];
    let rows = 0;
    let sheets = 0;
    let syncs = 0;
    let largest = 0;
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      const host = createOfficeJsHost();
      const buildStart = performance.now();
      const layouts = c.layouts();
      buildTimes.push(performance.now() - buildStart);
      rows = layouts.reduce((sum, l) => sum + l.cells.length, 0);
      sheets = layouts.length;
      const start = performance.now();
      const result = await writeLayouts(host.context, layouts, { supports: () => true });
      times.push(performance.now() - start);
      syncs = result.syncs;
      largest = host.largestRequest();
      total = host.requests.reduce((sum, r) => sum + r.bytes, 0);
    }
    lines.push(
      `| ${c.label} | ${sheets} | ${rows.toLocaleString("en")} | ${syncs} | ${mb(largest)} | ${mb(total)} | ${median(buildTimes).toFixed(1)} | ${median(times).toFixed(1)} |`
    );
  }
  return lines.join("\n");
}
