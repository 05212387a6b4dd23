/**
 * Collect figures: generates returned questionnaires (the exhibitors' form, answered by distinct respondents), then
 * times collectResponses over all of them — the work the pane and `cli collect` do. Target: 1,000 files in < 30 s
 * on this 2-core machine. Generation is not timed.
 */
import { performance } from "node:perf_hooks";
import { collectResponses } from "../src/collect/collect";
import { defaultMethodOf, findActivityType } from "../src/scenarios";
import type { QuestionnaireRequest } from "../src/sheets/builders/options";
import { loadExcelJS } from "../src/xlsx/load-exceljs";
import { exportQuestionnaire } from "../src/xlsx/questionnaire-file";

const REQUEST: QuestionnaireRequest = {
  scenario: "A1",
  actorKey: "exhibitors",
  activities: ["venue-electricity", "equipment-transport"].map((activityKey) => ({
    actorKey: "exhibitors",
    activityKey,
    methodKey: defaultMethodOf(findActivityType(activityKey)!)!.key,
  })),
  event: {
    name: "ベンチマーク",
    dates: "",
    place: "",
    organizer: "",
    participants: 0,
    days: 1,
    paidEntry: false,
  },
};

/** n filled returns: the template opened once per file, answered, saved (as a respondent's Excel would). */
async function generate(count: number): Promise<{ name: string; data: Uint8Array }[]> {
  const ExcelJS = await loadExcelJS();
  const template = await exportQuestionnaire(REQUEST, [6, 7]);
  const files = [];
  for (let i = 1; i <= count; i++) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const set = (name: string, value: string | number) => {
      const [ref] = workbook.definedNames.getRanges(name).ranges;
      const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref ?? "");
      if (m)
        workbook.getWorksheet(m[1]!.replace(/''/g, "'"))!.getCell(`${m[2]}${m[3]}`).value = value;
    };
    set("GHG_R_ORG", `出展団体${i}`);
    set("GHG_Q_6_count_pre", 10 + (i % 50));
    set("GHG_Q_6_watts_pre", 40);
    set("GHG_Q_6_hours_pre", 8);
    set("GHG_Q_7_fuel_pre", "軽油");
    set("GHG_Q_7_km_pre", i % 30);
    set("GHG_Q_7_max_load_pre", 2000);
    set("GHG_Q_7_use_pre", "営業用");
    files.push({ name: `回答${i}.xlsx`, data: new Uint8Array(await workbook.xlsx.writeBuffer()) });
  }
  return files;
}

export async function benchCollect(count = 1000): Promise<string> {
  const files = await generate(count);
  const start = performance.now();
  const result = await collectResponses(files);
  const seconds = (performance.now() - start) / 1000;
  const bytes = files.reduce((sum, f) => sum + f.data.length, 0);
  return [
    `## Collect (${count} returned questionnaires, ${(bytes / 1024 / 1024).toFixed(1)} MB)`,
    "| files | collected | complete | answers | seconds | files/s |",
    "|---:|---:|---:|---:|---:|---:|",
    `| ${result.summary.files} | ${result.summary.collected} | ${result.summary.complete} | ${result.rows.length} | ${seconds.toFixed(1)} | ${(count / seconds).toFixed(0)} |`,
  ].join("\n");
}
