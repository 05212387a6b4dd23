/**
 * Inside (a stand-in for) Excel, e2e/fake-office.ts: inserting a function writes the formula; "Excel に作成" loads the
 * writer, shows progress and reports Excel's refusal; files are still saved (they never go through Office); 回収's
 * 「Excel に書き込む」 and クレジット管理's "Excel に作成" report the refusal too. Japanese only (the en project skips it).
 */
import type { Page } from "@playwright/test";
import { writtenFormulas } from "./fake-office";
import { expect, test } from "./fixtures";
import { expectCollectCounts, returnedQuestionnaire, saveDownload, XLSX_TYPE } from "./files";
import { expectEnabledInExcel, expectShown, openSection } from "./pane";
import { FAKE_REFUSAL, IN_EXCEL } from "./texts";

test.use({ fakeExcel: true });

/** The failure the pane shows in section `key`: it must quote Excel's message. */
async function expectRefusal(page: Page, key: string): Promise<void> {
  const alert = page
    .locator(`#panel-${key}`)
    .getByRole("alert")
    .filter({ hasText: IN_EXCEL.failed });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(FAKE_REFUSAL);
  await alert.scrollIntoViewIfNeeded();
}

test.beforeEach(async ({ pane, t }) => {
  await expectShown(pane, IN_EXCEL.connecting);
  await expect(pane.getByText(t.outside).filter({ visible: true })).toHaveCount(0);
});

test("in Excel: inserting a function writes its formula", async ({ pane, t }) => {
  await openSection(pane, t, "functions");
  await pane.getByRole("button", { name: t.insert }).first().click();
  await expectShown(pane, IN_EXCEL.inserted);
  await expect
    .poll(() => pane.evaluate(writtenFormulas))
    .toEqual([expect.stringMatching(/^=GHG\./)]);
});

test("in Excel: building a sheet shows progress, then Excel's refusal", async ({
  pane,
  t,
  shoot,
}) => {
  await openSection(pane, t, "sheet");
  const build = pane.getByTestId("sheet-build");
  await expectEnabledInExcel(build);
  await build.click();
  await expect(pane.getByRole("progressbar")).toBeVisible();
  await expectRefusal(pane, "sheet");
  await shoot("excel-2-sheet-build-failed", false);
});

test("in Excel: a questionnaire is still saved as a file", async ({ pane, t }) => {
  await openSection(pane, t, "questionnaire");
  await saveDownload(pane, t, "questionnaire", t.questionnairePrefix);
});

test("in Excel: writing the collected answers reports Excel's refusal", async ({
  pane,
  t,
  shoot,
}) => {
  const returned = await returnedQuestionnaire(pane, t);
  await openSection(pane, t, "collect");
  await pane
    .getByTestId("collect-input")
    .setInputFiles([{ name: "回答.xlsx", mimeType: XLSX_TYPE, buffer: returned }]);
  await expectCollectCounts(pane, { collected: 1 });
  const write = pane.getByTestId("collect-build");
  await expectEnabledInExcel(write);
  await write.click();
  await expectRefusal(pane, "collect");
  await shoot("excel-6-collect-write-failed", false);
});

// The lazily loaded section builds through the same gateway.
test("in Excel: the ledger's build reports Excel's refusal", async ({ pane, t, shoot }) => {
  await openSection(pane, t, "ledger");
  await pane.getByTestId("ledger-example-minato").click();
  await pane.getByTestId("ledger-build").click();
  await expectRefusal(pane, "ledger");
  await shoot("excel-7-ledger-build-failed", false);
});
