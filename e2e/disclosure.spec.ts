/** 情報開示: who pays, and the preview. */
import { expect, test } from "./fixtures";
import {
  checkBuildDisabled,
  checkPreview,
  chooseScenario,
  expectNoHorizontalOverflow,
  openSection,
} from "./pane";

test("disclosure: participants pay, preview", async ({ pane, t, shoot }) => {
  await openSection(pane, t, "disclosure");
  await chooseScenario(pane, t, "A1");
  const pays = pane.getByRole("switch", { name: t.participantsPay });
  await pays.click();
  await expect(pays).toBeChecked();
  await checkPreview(pane, "disclosure");
  await expectNoHorizontalOverflow(pane);
  await shoot("4-disclosure");
  await checkBuildDisabled(pane, t, "disclosure");
});
