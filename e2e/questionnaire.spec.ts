/** 調査票: scenario A1's questionnaire, its preview, the build button outside Excel, and the file to send out. */
import { test } from "./fixtures";
import { saveDownload } from "./files";
import {
  checkBuildDisabled,
  checkPreview,
  chooseScenario,
  expectNoHorizontalOverflow,
  openSection,
} from "./pane";

test.beforeEach(async ({ pane, t }) => {
  await openSection(pane, t, "questionnaire");
  await chooseScenario(pane, t, "A1");
});

test("questionnaire: preview, build disabled outside Excel", async ({ pane, t, shoot }) => {
  await checkPreview(pane, "questionnaire");
  await expectNoHorizontalOverflow(pane);
  await shoot("3-questionnaire");
  await checkBuildDisabled(pane, t, "questionnaire");
});

test("questionnaire: saved as an .xlsx file", async ({ pane, t, shoot }) => {
  await saveDownload(pane, t, "questionnaire", t.questionnairePrefix);
  await shoot("3b-questionnaire-saved", false);
});
