/**
 * Accessibility: every section in its main state (the example filled where it has one, the preview open) checked by
 * axe-core (WCAG 2.0/2.1 A and AA) in the pane's width. A colour-contrast failure or a broken ARIA reference fails
 * the test; every other violation is listed in the test's output, so that the list is seen before it is fixed.
 */
import type { Page } from "@playwright/test";
// axe-core's own script, as its package exports it for injecting into a page.
import { source as AXE_SOURCE } from "axe-core";
import { expect, test } from "./fixtures";
import { expectCollectCounts, returnedQuestionnaire, XLSX_TYPE } from "./files";
import { chooseOption, openSection } from "./pane";
import type { Section, Texts } from "./texts";

const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The rules that fail the test: contrast, and ARIA attributes or references that point nowhere. */
const FAILING = /^(color-contrast|aria-.*|label|button-name|link-name|duplicate-id-aria)$/;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    // Fluent's focus manager (Tabster) puts focusable, aria-hidden sentinels around a tab list that pass focus on at
    // once; they are how its keyboard navigation works, not content, so axe's aria-hidden-focus does not apply.
    const context = { exclude: [["[data-tabster-dummy]"]] };
    const result = (await axe.run(context, { runOnly: { type: "tag", values: tags } })) as {
      violations: Violation[];
    };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_AA);
}

/** aria-labelledby, aria-describedby and aria-controls whose ids are not all in the page (axe only flags none). */
async function missingReferences(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const missing: string[] = [];
    for (const attribute of ["aria-labelledby", "aria-describedby"]) {
      for (const element of Array.from(document.querySelectorAll(`[${attribute}]`))) {
        for (const id of (element.getAttribute(attribute) ?? "").split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id))
            missing.push(`${attribute}="${id}" on ${element.outerHTML.slice(0, 160)}`);
        }
      }
    }
    return missing;
  });
}

/** Buttons with the same accessible name that do different things (the insert buttons name their function). */
async function repeatedButtonNames(page: Page, name: string): Promise<number> {
  return page.getByRole("button", { name, exact: true }).count();
}

async function check(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  const lines = violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact}, ${v.nodes.length} nodes) ${v.help}\n` +
      v.nodes
        .slice(0, 3)
        .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`)
        .join("\n")
  );
  if (lines.length > 0) console.log(lines.join("\n"));
  const missing = await missingReferences(page);
  if (missing.length > 0) console.log(`${label}: missing ids\n    ${missing.join("\n    ")}`);
  expect(
    violations.filter((v) => FAILING.test(v.id)).map((v) => `${v.id} ×${v.nodes.length}`),
    `${label}: contrast and ARIA violations`
  ).toEqual([]);
  expect(missing, `${label}: ARIA references to missing ids`).toEqual([]);
}

async function openPreview(page: Page, name: string): Promise<void> {
  await page.getByTestId(`${name}-preview`).click();
  await expect(
    page.getByTestId(`${name}-preview-area`).getByTestId("layout-preview")
  ).toBeVisible();
}

/** Each section brought to its main state. */
const MAIN_STATE: Partial<Record<Section, (page: Page, t: Texts) => Promise<void>>> = {
  sheet: (page) => openPreview(page, "sheet"),
  questionnaire: (page) => openPreview(page, "questionnaire"),
  disclosure: (page) => openPreview(page, "disclosure"),
  settings: async () => {},
  ledger: async (page) => {
    await page.getByTestId("ledger-example-minato").click();
    await expect(page.getByTestId("ledger-holdings-card")).toHaveCount(1);
    await openPreview(page, "ledger");
  },
  certificate: async (page, t) => {
    await chooseOption(page, t.certificateDirection, t.issued);
    await openPreview(page, "certificate");
  },
  project: async (page) => {
    await page.getByTestId("project-example").click();
    await expect(page.getByTestId("project-stands-card").first()).toBeVisible();
    await openPreview(page, "project");
  },
  plan: async (page, t) => {
    await openSection(page, t, "project");
    await page.getByTestId("project-example").click();
    await expect(page.getByTestId("project-stands-card").first()).toBeVisible();
    await openSection(page, t, "plan");
    await openPreview(page, "plan");
  },
};

test.describe("a11y", () => {
  test.skip(({ lang }) => lang !== "ja", "checked in Japanese, the pane's language");

  for (const [key, reach] of Object.entries(MAIN_STATE) as [
    Section,
    (page: Page, t: Texts) => Promise<void>,
  ][]) {
    test(`a11y: ${key}`, async ({ pane, t }) => {
      await openSection(pane, t, key);
      await reach(pane, t);
      await check(pane, key);
    });
  }

  test("a11y: collect, with a collected, a duplicate and an unreadable file", async ({
    pane,
    t,
  }) => {
    const returned = await returnedQuestionnaire(pane, t);
    await openSection(pane, t, "collect");
    await pane.getByTestId("collect-input").setInputFiles([
      { name: "回答_テスト協会.xlsx", mimeType: XLSX_TYPE, buffer: returned },
      { name: "回答_テスト協会 (再送).xlsx", mimeType: XLSX_TYPE, buffer: returned },
      { name: "メモ.xlsx", mimeType: XLSX_TYPE, buffer: Buffer.from("Excel ではない\n") },
    ]);
    await expectCollectCounts(pane, { files: 3, collected: 1, duplicates: 1, skipped: 1 });
    await openPreview(pane, "collect");
    await check(pane, "collect");
  });
});

test.describe("a11y in Excel", () => {
  test.use({ fakeExcel: true });
  test.skip(({ lang }) => lang !== "ja", "checked in Japanese, the pane's language");

  test("a11y: functions, with the insert buttons", async ({ pane, t }) => {
    await openSection(pane, t, "functions");
    await expect(pane.locator('[data-testid="function-list"] article').first()).toBeVisible();
    await pane.getByRole("searchbox").fill("CO2");
    await check(pane, "functions");
    expect(await repeatedButtonNames(pane, t.insert), "insert buttons named alike").toBe(0);
  });
});
