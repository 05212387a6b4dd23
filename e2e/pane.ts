/**
 * Steps and checks shared by the section specs. Every check is a web-first assertion (it retries until the pane has
 * rendered what it looks for) or an expect.poll: nothing is read once right after a click.
 */
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { Section, Texts } from "./texts";

/** A text shown somewhere visible (hidden sections and previews contain texts too: only a visible one counts). */
export async function expectShown(page: Page, text: string): Promise<void> {
  await expect(
    page.getByText(text, { exact: false }).filter({ visible: true }).first()
  ).toBeVisible();
}

export async function openSection(page: Page, t: Texts, key: Section): Promise<void> {
  await page.getByRole("tab", { name: t.tabs[key], exact: true }).click();
  await expect(page.locator(`#panel-${key}`)).toBeVisible();
}

const visiblePanel = (page: Page) => page.locator('[role="tabpanel"]:visible');
const escapeRegExp = (text: string) => text.replace(/[.*+?^$|()[\]{}\\]/g, "\\$&");

export async function chooseScenario(page: Page, t: Texts, id: string): Promise<void> {
  const box = visiblePanel(page).getByRole("combobox", { name: t.scenario });
  await box.click();
  await page.getByRole("option", { name: new RegExp(`^${id}\\b`) }).click();
  await expect(box).toHaveText(new RegExp(`^${id}`));
}

/** Picks an option of a drop-down of the visible section, by the field's label and the option's text (its start). */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const box = visiblePanel(page).getByRole("combobox", { name: label, exact: true });
  await box.click();
  await page.getByRole("option", { name: new RegExp(`^${escapeRegExp(option)}`) }).click();
  await expect(box).toHaveText(new RegExp(`^${escapeRegExp(option)}`));
}

/** Waits for the animations in `locator`'s element and below (a folding card opening) to finish. */
export async function finishAnimations(locator: Locator): Promise<void> {
  await locator.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished))
  );
}

/** The sheet names of the open preview of section `name` (one, or a tab per sheet). */
export async function previewSheets(page: Page, name: string): Promise<string[]> {
  const area = page.getByTestId(`${name}-preview-area`);
  const tabs = await area
    .getByRole("tab")
    .evaluateAll((elements) =>
      elements.map(
        (tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? tab.textContent ?? ""
      )
    );
  if (tabs.length > 0) return tabs;
  return [(await area.getByTestId("layout-preview").getAttribute("data-sheet-name")) ?? ""];
}

/** Waits until the open preview of section `name` shows `count` sheets (a tab per sheet when more than one). */
export async function expectPreviewSheets(page: Page, name: string, count: number): Promise<void> {
  const tabs = page.getByTestId(`${name}-preview-area`).getByRole("tab");
  await expect(tabs).toHaveCount(count > 1 ? count : 0);
}

/**
 * Presses プレビュー and checks what any builder's output gives: a table whose first header row has the corner and
 * column letters A, B …, a first row numbered 1, and the sheet's name shown above it. Returns the sheet's name.
 */
export async function checkPreview(page: Page, name: string): Promise<string> {
  await page.getByTestId(`${name}-preview`).click();
  const area = page.getByTestId(`${name}-preview-area`);
  await expect(area).toBeVisible();
  const preview = area.getByTestId("layout-preview");
  await expect(preview, "the preview names its sheet").toHaveAttribute("data-sheet-name", /./);
  const sheetName = (await preview.getAttribute("data-sheet-name")) ?? "";
  await expect(preview.getByTestId("preview-sheet-name")).toHaveText(sheetName);
  const table = preview.locator("table");
  // The name and the table (or the note that stands for an empty sheet) come in one render.
  if ((await table.count()) === 1) {
    await expect(table.locator("thead tr").first().locator("th").nth(1)).toHaveText("A");
    await expect(table.locator("tbody tr").first().locator("th")).toHaveText("1");
  } else {
    await expect(preview, "the preview has neither a table nor a note").not.toHaveText("");
  }
  return sheetName;
}

/** Outside Excel the build button is shown, disabled, and says why on hover. */
export async function checkBuildDisabled(page: Page, t: Texts, name: string): Promise<void> {
  const button = page.getByTestId(`${name}-build`);
  await expect(button, `"${t.build}" is disabled outside Excel`).toHaveAttribute(
    "aria-disabled",
    "true"
  );
  await button.hover();
  await expect(
    page.getByRole("tooltip").filter({ hasText: t.buildTooltip, visible: true }).first()
  ).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(page.getByRole("tooltip").filter({ visible: true })).toHaveCount(0);
}

/** In Excel the build button is enabled. */
export async function expectEnabledInExcel(button: Locator): Promise<void> {
  await expect(button).not.toHaveAttribute("aria-disabled", "true");
  await expect(button).toBeEnabled();
}

/** The pane must fit the task pane's width: no horizontal scrollbar on the page itself (tables scroll inside). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        ),
      { message: "pixels the page is wider than the pane" }
    )
    .toBeLessThanOrEqual(1);
}
