/**
 * Work is kept, and one event is used everywhere: what the clerk typed survives a reload (outside Excel the drafts
 * are in localStorage), 「入力をクリア」 on the 設定 tab clears it after asking, and the scenario chosen in 算定シート
 * is the one 調査票 and 情報開示 use — with the activity choices of each scenario kept when switching back.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { chooseScenario, openSection } from "./pane";
import type { Lang } from "./texts";

/** The texts this spec looks for, kept by hand as in texts.ts (src/taskpane/i18n/<lang>/event.ts and settings.ts). */
const KEPT_TEXTS = {
  ja: { eventName: "名称", clear: "入力をクリア", clearYes: "消去する" },
  en: { eventName: "Name", clear: "Clear inputs", clearYes: "Clear" },
} satisfies Record<Lang, unknown>;

const DRAFTS_KEY = "ghg-offset.pane.drafts";
const EVENT_NAME = "○○市環境フェスタ 2026";

const eventName = (page: Page, lang: Lang) =>
  page.locator("#panel-sheet").getByRole("textbox", { name: KEPT_TEXTS[lang].eventName });

/** Waits until the drafts stored in localStorage contain `text` (they are saved a moment after typing). */
async function storedContains(page: Page, text: string): Promise<void> {
  await expect
    .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? "", DRAFTS_KEY))
    .toContain(text);
}

test("a typed event name and a ledger entry are kept after reload, until 入力をクリア", async ({
  pane,
  t,
  lang,
}) => {
  await openSection(pane, t, "sheet");
  await eventName(pane, lang).fill(EVENT_NAME);
  await openSection(pane, t, "ledger");
  await pane.getByTestId("ledger-example-minato").click();
  await expect(pane.getByTestId("ledger-holdings-card")).toHaveCount(1);
  await storedContains(pane, EVENT_NAME);
  await storedContains(pane, '"holdings":[{');

  await pane.reload({ waitUntil: "load" });
  await openSection(pane, t, "sheet");
  await expect(eventName(pane, lang)).toHaveValue(EVENT_NAME);
  await openSection(pane, t, "ledger");
  await expect(pane.getByTestId("ledger-holdings-card")).toHaveCount(1);

  // Clearing asks first; then every form is empty again, and stays so after a reload.
  await openSection(pane, t, "settings");
  const settings = pane.locator("#panel-settings");
  await settings.getByRole("button", { name: KEPT_TEXTS[lang].clear }).click();
  await settings.getByRole("button", { name: KEPT_TEXTS[lang].clearYes, exact: true }).click();
  await openSection(pane, t, "sheet");
  await expect(eventName(pane, lang)).toHaveValue("");
  await pane.reload({ waitUntil: "load" });
  await openSection(pane, t, "sheet");
  await expect(eventName(pane, lang)).toHaveValue("");
  await openSection(pane, t, "ledger");
  await expect(pane.getByTestId("ledger-holdings-card")).toHaveCount(0);
});

test("the scenario chosen in 算定シート is the one 調査票 and 情報開示 use", async ({
  pane,
  t,
}) => {
  const picker = (section: "sheet" | "questionnaire" | "disclosure") =>
    pane.locator(`#panel-${section}`).getByRole("combobox", { name: t.scenario });

  await openSection(pane, t, "sheet");
  await chooseScenario(pane, t, "A2");
  await openSection(pane, t, "questionnaire");
  await expect(picker("questionnaire")).toHaveText(/^A2/);
  await openSection(pane, t, "disclosure");
  await expect(picker("disclosure")).toHaveText(/^A2/);

  // Chosen in 情報開示, it is 算定シート's too; and it is kept after a reload.
  await chooseScenario(pane, t, "D1");
  await openSection(pane, t, "sheet");
  await expect(picker("sheet")).toHaveText(/^D1/);
  await storedContains(pane, '"scenario":"D1"');
  await pane.reload({ waitUntil: "load" });
  await openSection(pane, t, "questionnaire");
  await expect(picker("questionnaire")).toHaveText(/^D1/);
});

test("switching scenario and back restores the activities chosen for it", async ({ pane, t }) => {
  await openSection(pane, t, "sheet");
  const panel = pane.locator("#panel-sheet");
  const checked = () => panel.getByRole("checkbox", { checked: true }).count();
  // The section's code loads on its first visit: count once its boxes are there.
  await expect(panel.getByRole("checkbox", { checked: true }).first()).toBeVisible();
  const before = await checked();
  await panel.getByRole("checkbox", { checked: true }).first().uncheck();
  await expect.poll(checked).toBeLessThan(before);
  const chosen = await checked();

  await chooseScenario(pane, t, "D1");
  await chooseScenario(pane, t, "A1");
  await expect.poll(checked).toBe(chosen);
});
