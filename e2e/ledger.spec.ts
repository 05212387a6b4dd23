/**
 * クレジット管理 (its code loads on the first visit, as chunk pane-projects): the guidebook's example, the joint
 * purchase, the checks as the user types, and the preview with the certificate sheet.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  checkBuildDisabled,
  checkPreview,
  expectNoHorizontalOverflow,
  expectPreviewSheets,
  expectShown,
  finishAnimations,
  openSection,
} from "./pane";

/** The checks' counts as the list shows them. */
async function ledgerCounts(page: Page): Promise<{ errors: number; warnings: number }> {
  const list = page.getByTestId("ledger-checks");
  return {
    errors: Number(await list.getAttribute("data-errors")),
    warnings: Number(await list.getAttribute("data-warnings")),
  };
}

test("ledger: examples, checks as the user types, preview", async ({ pane, t, shoot }) => {
  await openSection(pane, t, "ledger");
  const checks = pane.getByTestId("ledger-checks");

  // The guidebook's example (エコライフ・フェアMINATO): one holding, no errors, some warnings.
  await pane.getByTestId("ledger-example-minato").click();
  const holdings = pane.getByTestId("ledger-holdings-card");
  await expect(holdings).toHaveCount(1);
  await expect(holdings.first()).toContainText(t.minatoTonnes);
  await expect(checks).toHaveAttribute("data-errors", "0");
  await expect(checks).not.toHaveAttribute("data-warnings", "0");
  await expect(pane.getByTestId("ledger-check-warnings")).toBeVisible();
  await expectNoHorizontalOverflow(pane);
  await shoot("7-ledger");

  // The joint purchase (100 t over several municipalities' events): errors, in a red list; three targets or more.
  await pane.getByTestId("ledger-example-joint").click();
  await expect.poll(async () => (await ledgerCounts(pane)).errors).toBeGreaterThan(0);
  await expect(pane.getByTestId("ledger-check-errors")).toBeVisible();
  await expect
    .poll(() => pane.getByTestId("ledger-targets-card").count())
    .toBeGreaterThanOrEqual(3);
  const joint = await ledgerCounts(pane);
  await shoot("7b-ledger-joint");

  // A serial that does not read: named at its field, and counted by the checks at once.
  const holding = holdings.first();
  await holding.getByRole("button").first().click();
  await finishAnimations(holding);
  const serial = pane
    .locator("#panel-ledger")
    .getByRole("textbox", { name: new RegExp(`^${t.serialFrom}`) })
    .first();
  const typed = await serial.inputValue();
  await serial.fill("JP200");
  await expectShown(pane, t.serialError);
  await expect.poll(async () => (await ledgerCounts(pane)).errors).toBeGreaterThan(joint.errors);
  await serial.scrollIntoViewIfNeeded();
  await shoot("7c-ledger-serial-error", false);
  await serial.fill(typed);
  await expect(checks).toHaveAttribute("data-errors", String(joint.errors));

  // With the certificate sheet: the ledger and the certificates, two sheets.
  await pane.locator("#panel-ledger").getByRole("checkbox").check();
  await checkPreview(pane, "ledger");
  await expectPreviewSheets(pane, "ledger", 2);
  await expectNoHorizontalOverflow(pane);
  await pane.getByTestId("ledger-preview-area").scrollIntoViewIfNeeded();
  await shoot("7d-ledger-preview", false);
  await checkBuildDisabled(pane, t, "ledger");
});
