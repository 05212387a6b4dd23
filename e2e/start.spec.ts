/**
 * はじめに: the pane opens on the guidebook's flow; a step's button opens its section as the tab would; outside Excel
 * the page says where progress shows; 設定 is a word beside its gear.
 */
import { expect, test } from "./fixtures";
import { expectNoHorizontalOverflow, expectShown } from "./pane";

const START = {
  ja: {
    heading: "カーボン・オフセットの流れ",
    steps: [
      "1. 企画",
      "2. 算定",
      "3. 削減努力",
      "4. クレジットの調達・無効化",
      "5. 情報提供",
      "6. 見直し",
    ],
    openSurvey: "算定: 調査票を開く",
    openCredits: "クレジットの調達・無効化: クレジット管理を開く",
    outside: "どこまで進んだかは、Excel の中で開くとブックのシートから表示されます。",
  },
  en: {
    heading: "Carbon offsetting, step by step",
    steps: [
      "1. Plan",
      "2. Calculate",
      "3. Reduce",
      "4. Obtain and cancel credits",
      "5. Inform",
      "6. Review",
    ],
    openSurvey: "Calculate: Open Survey",
    openCredits: "Obtain and cancel credits: Open Credits",
    outside: "Opened inside Excel, the pane shows how far this workbook has got.",
  },
} as const;

test("opens on the start page: the flow's six steps, and where progress shows", async ({
  pane,
  t,
  lang,
  shoot,
}) => {
  const s = START[lang];
  await expect(pane.getByRole("tab", { name: t.tabs.start, exact: true })).toHaveAttribute(
    "aria-selected",
    "true"
  );
  const page = pane.locator("#panel-start");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(s.heading);
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([...s.steps]);
  await expectShown(pane, s.outside);
  // 設定 shows its word, not only the gear.
  await expect(pane.getByRole("tab", { name: t.tabs.settings, exact: true })).toContainText(
    t.tabs.settings
  );
  await expectNoHorizontalOverflow(pane);
  await shoot("0-start");
});

test("a step's buttons open their sections as the tabs do", async ({ pane, t, lang }) => {
  const s = START[lang];
  await pane.getByRole("button", { name: s.openSurvey }).click();
  await expect(pane.getByRole("tab", { name: t.tabs.questionnaire, exact: true })).toHaveAttribute(
    "aria-selected",
    "true"
  );
  await expect(pane.locator("#panel-questionnaire")).toBeVisible();
  await expect(pane.locator("#panel-start")).toBeHidden();

  await pane.getByRole("tab", { name: t.tabs.start, exact: true }).click();
  await pane.getByRole("button", { name: s.openCredits }).click();
  await expect(pane.locator("#panel-ledger")).toBeVisible();
});
