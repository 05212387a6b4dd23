/** 算定シート: scenario A1's preview, the build button outside Excel, and the portable workbook. */
import { expect, test } from "./fixtures";
import { saveDownload, workbookFormulas } from "./files";
import {
  checkBuildDisabled,
  checkPreview,
  chooseScenario,
  expectNoHorizontalOverflow,
  openSection,
} from "./pane";

test.beforeEach(async ({ pane, t }) => {
  await openSection(pane, t, "sheet");
  await chooseScenario(pane, t, "A1");
});

test("sheet: preview, build disabled outside Excel", async ({ pane, t, shoot }) => {
  await checkPreview(pane, "sheet");
  await expectNoHorizontalOverflow(pane);
  await shoot("2-sheet");
  await checkBuildDisabled(pane, t, "sheet");
});

// An .xlsx that computes without the add-in: it calls no GHG.* function.
test("sheet: the portable workbook calls no add-in function", async ({ pane, t, shoot }) => {
  const saved = await saveDownload(pane, t, "sheet", t.portablePrefix);
  const { sheets, formulas } = await workbookFormulas(saved.bytes);
  expect(sheets.length, "sheets in the portable workbook").toBeGreaterThan(0);
  expect(formulas.filter((formula) => /\bGHG\./i.test(formula))).toEqual([]);
  await shoot("2b-sheet-portable-saved", false);
});
