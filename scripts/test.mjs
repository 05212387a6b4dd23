#!/usr/bin/env node
/**
 * `npm test`: everything a change must pass, in the order that fails fastest.
 *   1. typecheck (tsc --noEmit, strict), lint (eslint, incl. eslint-plugin-office-addins and the layer rules),
 *      formatting (prettier, office-addin-prettier-config), knip, and the size targets (scripts/code-size.ts)
 *      (unused files, exports and dependencies)
 *   2. unit and adapter tests (jest)
 *   3. production build (webpack) and its checks (scripts/check-build.mjs)
 *   4. the built task pane in headless Chromium (Playwright Test: playwright.config.ts, specs in e2e/) — Debian's
 *      /usr/bin/chromium; when it is missing the step is skipped with a note, except under CI=true where it fails
 *      (.ci/run installs it).
 * Ends with one line `tests: N passed, N failed`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const results = { passed: 0, failed: 0 };

function step(title, command, args) {
  console.log(`\n== ${title}: ${command} ${args.join(" ")}`);
  const run = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  return run.status === 0;
}

function check(title, command, args) {
  const ok = step(title, command, args);
  results[ok ? "passed" : "failed"] += 1;
  return ok;
}

const npx = "npx";
check("typecheck", npx, ["tsc", "--noEmit", "-p", "tsconfig.json"]);
check("lint", npx, ["eslint", "."]);
check("formatting (prettier; npm run format fixes it)", npx, [
  "prettier",
  "--check",
  ".",
  "--log-level",
  "warn",
]);
check("unused files, exports and dependencies (knip)", npx, ["knip", "--no-progress"]);
check("file and function sizes (450 / 80 lines)", npx, ["tsx", "scripts/code-size.ts"]);

// Jest's own counts go into the closing line.
const jestReport = join(mkdtempSync(join(tmpdir(), "jest-")), "report.json");
step("unit tests", npx, ["jest", "--json", `--outputFile=${jestReport}`]);
if (existsSync(jestReport)) {
  const report = JSON.parse(readFileSync(jestReport, "utf8"));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  console.log(
    `jest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numTotalTestSuites} suites`
  );
} else {
  results.failed += 1;
}

const built = check("production build", npx, ["webpack", "--mode", "production"]);
if (built) check("build checks", "node", ["scripts/check-build.mjs"]);

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (built && existsSync(chromium)) {
  check("task pane in headless Chromium", npx, ["playwright", "test"]);
} else if (process.env.CI === "true") {
  console.error(`\nChromium is required under CI (${chromium} missing).`);
  results.failed += 1;
} else if (built) {
  console.log(
    `\n== task pane in headless Chromium: skipped (${chromium} missing; apt-get install -y chromium)`
  );
}

console.log(`\ntests: ${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed === 0 ? 0 : 1;
