/** プロジェクト: the forest example (stands × years), a stand added and removed; a reduction project (E003). */
import { expect, test } from "./fixtures";
import {
  checkBuildDisabled,
  checkPreview,
  chooseOption,
  expectNoHorizontalOverflow,
  finishAnimations,
  openSection,
  previewSheets,
} from "./pane";

test("project: forest stands added and removed, then a reduction project", async ({
  pane,
  t,
  shoot,
}) => {
  await openSection(pane, t, "project");
  await pane.getByTestId("project-example").click();
  const stands = pane.getByTestId("project-stands-card");
  await expect
    .poll(() => stands.count(), { message: "stands of the forest example" })
    .toBeGreaterThanOrEqual(2);
  const count = await stands.count();
  await pane.getByRole("button", { name: t.addStand }).click();
  await expect(stands).toHaveCount(count + 1);
  // The new row opens at once; its remove button is inside. Clicked once the card has opened: while it animates,
  // the button is clipped and a click can land beside it.
  const fresh = stands.last();
  await finishAnimations(fresh);
  await fresh.getByRole("button", { name: t.removeStand }).click();
  await expect(stands).toHaveCount(count);

  const forestSheet = await checkPreview(pane, "project");
  await expectNoHorizontalOverflow(pane);
  await shoot("9-project-forest");
  await checkBuildDisabled(pane, t, "project");

  await chooseOption(pane, t.projectKind, t.reduction);
  await chooseOption(pane, t.methodology, "E003");
  await expect(pane.getByTestId("project-methodology")).toBeVisible();
  // The open preview follows the form.
  await expect
    .poll(async () => (await previewSheets(pane, "project"))[0], {
      message: "the preview's sheet for the reduction project",
    })
    .not.toBe(forestSheet);
  await expect.poll(async () => (await previewSheets(pane, "project"))[0]).toBeTruthy();
  await expectNoHorizontalOverflow(pane);
  await shoot("9b-project-reduction");
  await chooseOption(pane, t.projectKind, t.forest);
});
