/**
 * The specs' `test`: every page blocks office.js's telemetry, may run on a throttled CPU (E2E_CPU_SLOWDOWN), and
 * fails its test on any console error, page error, failed request or HTTP status ≥ 400. `pane` is that page with the
 * built task pane open in the project's language; `t` are the texts of that language; `shoot` saves a screenshot.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { FAKE_OFFICE_JS } from "./fake-office";
import { TEXTS, type Lang, type Texts } from "./texts";

export interface PaneOptions {
  /** The pane's language: en opens taskpane.html?lang=en. */
  lang: Lang;
  /** Replace office.js with the stand-in that reports host Excel (e2e/fake-office.ts). */
  fakeExcel: boolean;
}

interface PaneFixtures {
  t: Texts;
  /** The page with taskpane.html loaded. */
  pane: Page;
  /** Saves a screenshot as <lang>-<name>.png in the screenshots folder (full page unless told otherwise). */
  shoot: (name: string, fullPage?: boolean) => Promise<void>;
}

/** E2E_CPU_SLOWDOWN=4 runs the pane at a quarter of this machine's speed (Chromium's CPU throttling). */
const CPU_SLOWDOWN = Number(process.env.E2E_CPU_SLOWDOWN ?? 1);
const SHOTS_DIR = resolve(process.env.E2E_SHOTS_DIR ?? "test-results/pane-shots");
const TELEMETRY = /oaspapps\.com/;

function paneUrl(lang: Lang): string {
  // Set by playwright.config.ts's webServer from the line e2e/serve-dist.mjs prints.
  const port = process.env.E2E_PORT;
  if (!port) throw new Error("E2E_PORT is not set: run the specs with `npx playwright test`");
  return `http://127.0.0.1:${port}/taskpane.html${lang === "en" ? "?lang=en" : ""}`;
}

export const test = base.extend<PaneFixtures & PaneOptions>({
  lang: ["ja", { option: true }],
  fakeExcel: [false, { option: true }],

  t: async ({ lang }, use) => {
    await use(TEXTS[lang]);
  },

  page: async ({ page, fakeExcel }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      else if (message.type() === "warning") console.warn(`console warning: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => {
      if (TELEMETRY.test(request.url())) return; // blocked on purpose
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    if (CPU_SLOWDOWN > 1) {
      // A slow CI machine, on this one: a spec must wait for what it checks, never assume it is already there.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    }
    await page.route(TELEMETRY, (route) => route.abort());
    if (fakeExcel) {
      await page.route(/\/office-js\/office\.js$/, (route) =>
        route.fulfill({ contentType: "text/javascript; charset=utf-8", body: FAKE_OFFICE_JS })
      );
    }
    await use(page);
    expect(problems, "console errors, page errors and failed requests").toEqual([]);
  },

  pane: async ({ page, lang }, use) => {
    await page.goto(paneUrl(lang), { waitUntil: "load" });
    await use(page);
  },

  shoot: async ({ page, lang }, use) => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await use(async (name, fullPage = true) => {
      await page.screenshot({ path: join(SHOTS_DIR, `${lang}-${name}.png`), fullPage });
    });
  },
});

export { expect };
