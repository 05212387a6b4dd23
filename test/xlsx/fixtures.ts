/** Shared fixtures of the xlsx tests: a questionnaire request, and ExcelJS helpers to open and save files. */
import type { Workbook } from "exceljs";
import { defaultMethodOf, findActivityType } from "../../src/scenarios";
import type { EventInfo, QuestionnaireRequest } from "../../src/sheets/builders/options";
import { loadExcelJS } from "../../src/xlsx/load-exceljs";

export const EVENT: EventInfo = {
  name: "環境フェア2024",
  dates: "2024年6月1日",
  place: "市民会館",
  organizer: "○○市",
  participants: 500,
  days: 1,
  paidEntry: false,
};

/** A1 出展団体: 会場の電力 and 機材の運搬, numbered 6 and 7 as in A1's default boundary. */
export const EXHIBITORS: QuestionnaireRequest = {
  scenario: "A1",
  actorKey: "exhibitors",
  activities: ["venue-electricity", "equipment-transport"].map((activityKey) => ({
    actorKey: "exhibitors",
    activityKey,
    methodKey: defaultMethodOf(findActivityType(activityKey)!)!.key,
  })),
  event: EVENT,
  replyBy: "2024年5月20日",
  contact: "○○市 環境課 03-0000-0000",
};
export const EXHIBITOR_NUMBERS = [6, 7];

export async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function saveWorkbook(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A part of the zip as text (ExcelJS bundles JSZip). */
export async function zipPart(bytes: Uint8Array, path: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const JSZip = require("jszip") as {
    loadAsync(
      data: Uint8Array
    ): Promise<{ file(p: string): { async(t: "string"): Promise<string> } | null }>;
  };
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`no ${path} in the file`);
  return file.async("string");
}
