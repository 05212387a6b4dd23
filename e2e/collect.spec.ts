/**
 * 回収: the questionnaire saved from the pane and filled in as a respondent would (e2e/files.ts), handed back through
 * the file picker (twice, with a file that is no .xlsx) or dropped on the drop zone.
 */
import { test } from "./fixtures";
import { dropFile, expectCollectCounts, returnedQuestionnaire, XLSX_TYPE } from "./files";
import {
  checkBuildDisabled,
  checkPreview,
  expectNoHorizontalOverflow,
  expectShown,
  openSection,
} from "./pane";

test("collect: one collected, one duplicate, one skipped; preview", async ({ pane, t, shoot }) => {
  const returned = await returnedQuestionnaire(pane, t);
  await openSection(pane, t, "collect");
  await pane.getByTestId("collect-input").setInputFiles([
    { name: "回答_テスト協会.xlsx", mimeType: XLSX_TYPE, buffer: returned },
    { name: "回答_テスト協会 (再送).xlsx", mimeType: XLSX_TYPE, buffer: returned },
    {
      name: "メモ.xlsx",
      mimeType: XLSX_TYPE,
      buffer: Buffer.from("これは Excel のファイルではありません\n"),
    },
  ]);
  await expectCollectCounts(pane, { files: 3, collected: 1, duplicates: 1, skipped: 1 });
  await expectShown(pane, t.duplicates);
  await expectShown(pane, t.skipped);
  await expectShown(pane, "メモ.xlsx");
  // The respondent, and their answers that are not valid.
  await expectShown(pane, "テスト協会");
  for (const word of t.statusWords) await expectShown(pane, word);
  await expectNoHorizontalOverflow(pane);
  await shoot("6-collect");

  await checkPreview(pane, "collect");
  await expectNoHorizontalOverflow(pane);
  await shoot("6b-collect-preview");
  await checkBuildDisabled(pane, t, "collect");
});

test("collect: a file dropped on the drop zone", async ({ pane, t, shoot }) => {
  const returned = await returnedQuestionnaire(pane, t);
  await openSection(pane, t, "collect");
  await dropFile(pane, "returned.xlsx", returned);
  await expectCollectCounts(pane, { files: 1, collected: 1 });
  await expectShown(pane, "テスト協会");
  for (const word of t.statusWords) await expectShown(pane, word);
  await expectNoHorizontalOverflow(pane);
  await shoot("6c-collect-dropped");
});
