/**
 * Playwright Test: the built task pane (dist/, `npm run build` first) in Debian's headless Chromium.
 * One spec per section under e2e/, each run in Japanese and English (the projects ja and en); the in-Excel spec
 * (office.js replaced by a stand-in that reports host Excel) runs in Japanese only.
 * No browser is ever downloaded: the system Chromium (/usr/bin/chromium or CHROMIUM_PATH) is launched.
 *
 *   npx playwright test                      all specs, both languages
 *   npx playwright test e2e/ledger --project ja
 *   E2E_CPU_SLOWDOWN=4 npx playwright test   Chromium's CPU throttled 4× (a slow CI machine, on this one)
 *
 * Screenshots of each section go to test-results/pane-shots/ (E2E_SHOTS_DIR to change it).
 */
import { defineConfig } from "@playwright/test";
import type { PaneOptions } from "./e2e/fixtures";

export default defineConfig<PaneOptions>({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  // Two cores: two browsers at once.
  workers: 2,
  // A flaky check is fixed, not retried.
  retries: 0,
  forbidOnly: process.env.CI === "true",
  reporter: "list",
  timeout: 90_000,
  expect: { timeout: 15_000 },
  webServer: {
    command: "node e2e/serve-dist.mjs dist",
    // The server picks a free port and prints it; the named group becomes process.env.E2E_PORT for the workers.
    wait: { stdout: /at http:\/\/127\.0\.0\.1:(?<e2e_port>\d+)\// },
    timeout: 15_000,
  },
  use: {
    // Excel's task pane is about 350 px wide by default.
    viewport: { width: 350, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "ja", use: { lang: "ja", locale: "ja-JP" } },
    { name: "en", use: { lang: "en", locale: "en-US" }, testIgnore: /in-excel\.spec\.ts$/ },
  ],
});
