/** 関数: the catalogue, its search (full-width text folds), a factor with its value, and the no-match text. */
import { expect, test } from "./fixtures";
import { expectNoHorizontalOverflow, expectShown, openSection } from "./pane";

test("functions: catalogue, search, factors", async ({ pane, t, shoot }) => {
  await openSection(pane, t, "functions");
  const functions = pane.locator('[data-testid="function-list"] article');
  await expect(functions.first()).toBeVisible();
  const total = await functions.count();
  // Outside Excel there is nothing to insert into.
  await expect(pane.getByRole("button", { name: t.insert })).toHaveCount(0);
  await expectNoHorizontalOverflow(pane);
  await shoot("1-functions", false);

  const search = pane.getByRole("searchbox");
  await search.fill("ＣＯ２_ＦＵＥＬ");
  await expect
    .poll(async () => {
      const shown = await functions.count();
      return shown >= 1 && shown < total ? "some but not all" : `${shown} of ${total}`;
    })
    .toBe("some but not all");

  await search.fill(t.factorQuery);
  const factor = pane.getByTestId("factor-card").filter({ hasText: "2.59" }).first();
  await expect(factor).toBeVisible();
  await expect(factor).toContainText("GHG.FACTOR(");
  await shoot("1b-factor-search", false);

  await search.fill("該当しない検索語xyz");
  await expectShown(pane, t.noMatch);
  await expect(pane.getByTestId("factor-card")).toHaveCount(0);
});
