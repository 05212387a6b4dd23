/** 企画書: B2 built with the forest project of プロジェクト. */
import { expect, test } from "./fixtures";
import {
  checkBuildDisabled,
  checkPreview,
  chooseOption,
  expectNoHorizontalOverflow,
  expectPreviewSheets,
  openSection,
} from "./pane";

test("plan: B2 with the forest project's sheet", async ({ pane, t, shoot }) => {
  // The forest project the plan quotes, as a user fills it in on プロジェクト first.
  await openSection(pane, t, "project");
  await pane.getByTestId("project-example").click();
  await expect(pane.getByTestId("project-stands-card").first()).toBeVisible();

  await openSection(pane, t, "plan");
  await chooseOption(pane, t.approach, "B2");
  await pane
    .locator("#panel-plan")
    .getByRole("checkbox", { name: new RegExp(t.withForest) })
    .check();
  await checkPreview(pane, "plan");
  await expectPreviewSheets(pane, "plan", 2);
  await expectNoHorizontalOverflow(pane);
  await shoot("10-plan");
  await checkBuildDisabled(pane, t, "plan");
});
