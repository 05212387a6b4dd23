/** The pane opens outside Excel in its language, and its section tabs fit Excel's pane width in two rows. */
import { expect, test } from "./fixtures";
import { expectNoHorizontalOverflow, expectShown } from "./pane";

test("opens outside Excel in its language", async ({ pane, t, lang }) => {
  await expectShown(pane, t.title);
  await expectShown(pane, t.outside);
  await expect(pane.locator("html")).toHaveAttribute("lang", lang);
});

test("section tabs: two rows within the pane's width, no horizontal overflow", async ({
  pane,
  t,
  shoot,
}) => {
  const tablist = pane.getByRole("tablist", { name: t.sections });
  await expect(tablist.getByRole("tab")).toHaveCount(Object.keys(t.tabs).length);
  const overflow = () =>
    tablist.evaluate((list) => list.scrollWidth - (list.parentElement?.clientWidth ?? 0));
  await expect
    .poll(overflow, { message: "pixels the tabs are wider than the pane" })
    .toBeLessThanOrEqual(0);
  // Two rows, as laid out: a row too wide for the pane would wrap into a third.
  const rows = () =>
    tablist
      .getByRole("tab")
      .evaluateAll(
        (tabs) => new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size
      );
  await expect.poll(rows, { message: "rows of section tabs" }).toBe(2);
  await expectNoHorizontalOverflow(pane);
  await shoot("0-tabs", false);
});
