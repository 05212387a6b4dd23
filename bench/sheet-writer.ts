/**
 * Builder + writer figures: for a 1,000-row questionnaire, a 200-activity boundary sheet and a whole linked workbook
 * from the real builders, the round trips (context.sync calls), queued operations, request size, and the time to
 * build the layouts and to write them through writeLayouts against the in-memory fake Excel
 * (test/helpers/fake-excel.ts, which uses no jest). Times are the JavaScript side only — not Excel's own work — so
 * they show that the cost stays linear and the round trips constant.
 */
import { performance } from "node:perf_hooks";
import { defaultMethodOf, findActivityType, findScenario } from "../src/scenarios";
import { buildBoundarySheet, buildQuestionnaire, buildWorkbook, type WorkbookRequest } from "../src/sheets/builders";
import { DEFAULT_SETTINGS, type ActivityChoice, type EventInfo } from "../src/sheets/builders/options";
import type { SheetLayout } from "../src/sheets/layout";
import { writeLayouts } from "../src/taskpane/office/sheet-writer";
import { createFakeExcel } from "../test/helpers/fake-excel";

const RUNS = 5;

const EVENT: EventInfo = { name: "ベンチマーク", dates: "", place: "", organizer: "", participants: 1000, days: 1, paidEntry: false };

/** 250 lighting activities of 4 questions each: a 1,000-row questionnaire from the real builder. */
function thousandRowQuestionnaire(): SheetLayout {
  const activities: ActivityChoice[] = Array.from({ length: 250 }, () => ({ actorKey: "exhibitors", activityKey: "venue-electricity", methodKey: "venue-electricity.equipment" }));
  return buildQuestionnaire({ scenario: "A1", actorKey: "exhibitors", activities, event: EVENT });
}

/** 200 activities cycling through the A1 boundary example's defaults, from the real builder. */
function boundaryRequest(count: number): WorkbookRequest {
  const scenario = findScenario("A1");
  const pool = (scenario?.actors ?? []).flatMap((actor) =>
    actor.activities.map((key) => ({ actorKey: actor.key, activityKey: key, methodKey: defaultMethodOf(findActivityType(key)!)!.key })),
  );
  const activities = Array.from({ length: count }, (_, i) => pool[i % pool.length] as ActivityChoice);
  return { scenario: "A1", event: EVENT, activities, settings: DEFAULT_SETTINGS, withQuestionnaires: true, withDisclosure: true, participantsPay: false };
}

const CASES: readonly { label: string; layouts: () => SheetLayout[] }[] = [
  { label: "questionnaire, 1,000 question rows", layouts: () => [thousandRowQuestionnaire()] },
  { label: "boundary sheet, 200 activities", layouts: () => [buildBoundarySheet(boundaryRequest(200))] },
  { label: "whole workbook: boundary (200) + questionnaires + disclosure", layouts: () => buildWorkbook(boundaryRequest(200)) },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Measures every case (RUNS times, median) and returns markdown lines. */
export async function benchWriter(): Promise<string> {
  const lines = [
    `## Sheet writer (fake Excel; JS-side time, median of ${RUNS} runs)`,
    "| build | sheets | rows | syncs | operations | request ≈ KB | build layouts ms | write ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const c of CASES) {
    const times: number[] = [];
    const buildTimes: number[] = [];
    let rows = 0;
    let sheets = 0;
    let syncs = 0;
    let operations = 0;
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const fake = createFakeExcel({ sheets: [{ name: "Sheet1" }] });
      const buildStart = performance.now();
      const layouts = c.layouts();
      buildTimes.push(performance.now() - buildStart);
      rows = layouts.reduce((sum, l) => sum + l.cells.length, 0);
      sheets = layouts.length;
      const start = performance.now();
      const result = await writeLayouts(fake.context, layouts, { supports: () => true });
      times.push(performance.now() - start);
      syncs = result.syncs;
      operations = fake.syncLog.reduce((sum, s) => sum + s.ops, 0);
      bytes = fake.payloadBytes(2);
    }
    lines.push(`| ${c.label} | ${sheets} | ${rows.toLocaleString("en")} | ${syncs} | ${operations.toLocaleString("en")} | ${Math.round(bytes / 1024).toLocaleString("en")} | ${median(buildTimes).toFixed(1)} | ${median(times).toFixed(1)} |`);
  }
  return lines.join("\n");
}

