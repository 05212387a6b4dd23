/** 設定: ¥/t and the electricity factor; an invalid value is reported and blocks a preview; kept over a reload. */
import { expect, test } from "./fixtures";
import {
  checkPreview,
  chooseScenario,
  expectNoHorizontalOverflow,
  expectShown,
  openSection,
} from "./pane";

test("settings: checked, blocking the previews when invalid, kept over a reload", async ({
  pane,
  t,
  shoot,
}) => {
  // A preview open on 算定シート, to see the invalid setting block it.
  await openSection(pane, t, "sheet");
  await chooseScenario(pane, t, "A1");
  await checkPreview(pane, "sheet");

  await openSection(pane, t, "settings");
  const yen = pane.getByRole("textbox", { name: t.yen });
  await yen.fill("abc");
  await expectShown(pane, t.yenPositive);
  await openSection(pane, t, "sheet");
  await expectShown(pane, t.settingsInvalid);
  await openSection(pane, t, "settings");
  await yen.fill("30000");
  await expectShown(pane, t.yenRange);
  await yen.fill("12000");
  const electricity = pane.getByRole("combobox", { name: t.electricity });
  await electricity.click();
  await pane.getByRole("option", { name: new RegExp(t.electricityOption) }).click();
  await expect(electricity).toContainText(t.electricityOption);
  await expectNoHorizontalOverflow(pane);
  await shoot("5-settings");

  // Kept in the pane's storage: still there after a reload.
  await pane.reload({ waitUntil: "load" });
  await openSection(pane, t, "settings");
  await expect(yen).toHaveValue("12000");
  await expect(electricity).toContainText(t.electricityOption);
});
