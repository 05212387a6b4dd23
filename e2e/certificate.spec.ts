/** 証書: certificates issued by us, with an issuer and a number prefix; the preview. */
import { test } from "./fixtures";
import {
  checkBuildDisabled,
  checkPreview,
  chooseOption,
  expectNoHorizontalOverflow,
  openSection,
} from "./pane";

test("certificate: issued certificates, preview", async ({ pane, t, shoot }) => {
  await openSection(pane, t, "certificate");
  await chooseOption(pane, t.certificateDirection, t.issued);
  await pane.getByRole("textbox", { name: t.issuer }).fill("港区環境課");
  await pane.getByRole("textbox", { name: t.prefix }).fill("MINATO-CO-");
  await checkPreview(pane, "certificate");
  await expectNoHorizontalOverflow(pane);
  await shoot("8-certificate");
  await checkBuildDisabled(pane, t, "certificate");
});
