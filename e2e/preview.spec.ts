/**
 * Issue 10 item 4 in the browser: the preview is in view after プレビュー is pressed (at 350 px it starts below the
 * fold), and no preview cell shows formula text — in every section with a preview.
 */
import { expect, test } from "./fixtures";
import { checkPreview, chooseScenario, openSection } from "./pane";
import type { Section } from "./texts";

const EVENT_SECTIONS: readonly Section[] = ["sheet", "questionnaire", "disclosure"];

for (const section of EVENT_SECTIONS) {
  test(`${section}: the preview is in view and shows values, not formulas`, async ({ pane, t }) => {
    await openSection(pane, t, section);
    await chooseScenario(pane, t, "A1");
    await checkPreview(pane, section);
    const area = pane.getByTestId(`${section}-preview-area`);
    await expect(area).toBeInViewport();
    await expect(area).toBeFocused();
    // Values come from the evaluator, loaded on the first preview: no cell keeps its formula text.
    const formulaCells = area.locator('td[data-formula="true"]');
    await expect(formulaCells.filter({ hasText: /^=/ })).toHaveCount(0, { timeout: 15_000 });
  });
}

test("ledger: the example's preview shows its totals as numbers", async ({ pane, t }) => {
  await openSection(pane, t, "ledger");
  await pane.getByTestId("ledger-example-minato").click();
  await checkPreview(pane, "ledger");
  const area = pane.getByTestId("ledger-preview-area");
  await expect(area).toBeInViewport();
  await expect(area.locator('td[data-formula="true"]').filter({ hasText: /^=/ })).toHaveCount(0, {
    timeout: 15_000,
  });
  await expect(area.locator('td[data-formula="true"]').first()).not.toHaveText("");
});
