/**
 * Files in and out of the pane: the .xlsx it downloads, read with ExcelJS as any spreadsheet program reads them; a
 * questionnaire filled in as a respondent would; and files handed to 回収 (the file picker or the drop zone).
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { expect } from "./fixtures";
import { chooseScenario, openSection } from "./pane";
import type { Texts } from "./texts";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/**
 * Presses section `name`'s "save as file" button and returns the downloaded file; checks its name (`prefix`….xlsx),
 * that it is a zip (an .xlsx starts with "PK") holding xl/workbook.xml, and that the pane says it saved the file.
 */
export async function saveDownload(
  page: Page,
  t: Texts,
  name: string,
  prefix: string
): Promise<Downloaded> {
  const button = page.getByTestId(`${name}-save-file`);
  await button.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    button.click(),
  ]);
  const suggested = download.suggestedFilename();
  expect(
    suggested.startsWith(prefix) && suggested.endsWith(".xlsx"),
    `file name ${suggested}`
  ).toBe(true);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 2).toString("latin1"), `${suggested} is a zip`).toBe("PK");
  expect(bytes.includes("xl/workbook.xml"), `${suggested} holds xl/workbook.xml`).toBe(true);
  const saved = page.getByTestId(`${name}-file-saved`).filter({ hasText: t.savedTitle });
  await expect(saved).toBeVisible();
  await saved.scrollIntoViewIfNeeded();
  return { name: suggested, bytes };
}

/** The sheet names and every formula (as `Sheet!A1: formula`) of an .xlsx file. */
export async function workbookFormulas(
  bytes: Buffer
): Promise<{ sheets: string[]; formulas: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const formulas: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const value = cell.value as { sharedFormula?: unknown } | null;
        const formula = cell.formula ?? value?.sharedFormula;
        if (typeof formula === "string") formulas.push(`${sheet.name}!${cell.address}: ${formula}`);
      });
    });
  });
  return { sheets: workbook.worksheets.map((sheet) => sheet.name), formulas };
}

interface DefinedName {
  name: string;
  ranges?: string[];
}

/**
 * What a respondent does with the questionnaire: fills in who they are and some answers — one good number, one text
 * where a number belongs, one negative number (the questions of the first stage, found by their defined names
 * GHG_Q_<no>_<input>_<stage>; respondent cells GHG_R_*) — and saves it.
 */
export async function fillQuestionnaire(bytes: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const names = (workbook.definedNames as unknown as { model: DefinedName[] }).model;
  const cellOf = (name: string) => {
    const range = names.find((n) => n.name === name)?.ranges?.[0];
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range ?? "");
    if (!m) return null;
    const sheet = workbook.getWorksheet((m[1] ?? "").replace(/''/g, "'"));
    return sheet ? sheet.getCell(`${m[2]}${m[3]}`) : null;
  };
  const org = cellOf("GHG_R_ORG");
  const person = cellOf("GHG_R_PERSON");
  if (!org || !person) throw new Error("the questionnaire has no GHG_R_ORG / GHG_R_PERSON cells");
  org.value = "テスト協会";
  person.value = "山田 花子";
  const questions = names.map((n) => n.name).filter((n) => /^GHG_Q_\d+_.+_pre$/.test(n));
  const answers = [120, "たくさん", -5];
  const cells = questions.slice(0, answers.length).map(cellOf);
  expect(cells.filter(Boolean), `answer cells among ${questions.join(", ")}`).toHaveLength(
    answers.length
  );
  cells.forEach((cell, i) => {
    if (cell) cell.value = answers[i] ?? null;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A questionnaire returned by a respondent: scenario A1's, saved from the pane and filled in (fillQuestionnaire). */
export async function returnedQuestionnaire(page: Page, t: Texts): Promise<Buffer> {
  await openSection(page, t, "questionnaire");
  await chooseScenario(page, t, "A1");
  const saved = await saveDownload(page, t, "questionnaire", t.questionnairePrefix);
  return fillQuestionnaire(saved.bytes);
}

/** Drops a file on 回収's drop zone, as dragging it from the file manager does. */
export async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ base64, fileName, type }) => {
      const content = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type }));
      return transfer;
    },
    { base64: bytes.toString("base64"), fileName: name, type: XLSX_TYPE }
  );
  const zone = page.getByTestId("collect-drop");
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

type CountKey = "files" | "collected" | "complete" | "duplicates" | "skipped";

/** Waits until the collection summary shows these counts (collecting several files takes a while). */
export async function expectCollectCounts(
  page: Page,
  expected: Partial<Record<CountKey, number>>
): Promise<void> {
  const summary = page.getByTestId("collect-summary");
  await expect(summary).toBeVisible({ timeout: 60_000 });
  for (const [key, value] of Object.entries(expected)) {
    await expect(summary.getByTestId(`collect-count-${key}`)).toHaveAttribute(
      "data-value",
      String(value)
    );
  }
}
