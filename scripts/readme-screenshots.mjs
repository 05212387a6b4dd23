#!/usr/bin/env node
/**
 * Takes the README's screenshots of the built task pane (run `npm run build` first) in headless Chromium:
 * docs/pane-functions.png, docs/pane-sheet.png (A1 preview), docs/pane-ledger.png (the joint-purchase example and the
 * ledger's checks), docs/pane-project.png (the forest example's stands). Not part of `npm test`; rerun when the pane
 * changes.
 *   node scripts/readme-screenshots.mjs
 */
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright-core";

const dist = resolve("dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
};
const server = createServer((req, res) => {
  const path = join(dist, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
  if (!path.startsWith(dist) || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
  createReadStream(path).pipe(res);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
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
});
try {
  const page = await (
    await browser.newContext({ locale: "ja-JP", viewport: { width: 350, height: 760 } })
  ).newPage();
  await page.route(/oaspapps\.com/, (route) => route.abort());
  await page.goto(`${base}taskpane.html`, { waitUntil: "load" });
  await page.locator('[data-testid="function-list"] article').first().waitFor({ timeout: 15_000 });
  await page.getByRole("searchbox").fill("軽油");
  await page.waitForTimeout(400);
  await page.screenshot({ path: "docs/pane-functions.png" });
  await page.getByRole("searchbox").fill("");
  await page.getByRole("tab", { name: "算定シート", exact: true }).click();
  await page.getByTestId("sheet-preview").click();
  const preview = page.getByTestId("sheet-preview-area");
  await preview.waitFor({ state: "visible", timeout: 10_000 });
  await preview.scrollIntoViewIfNeeded();
  await page.evaluate("window.scrollBy(0, -120)");
  await page.screenshot({ path: "docs/pane-sheet.png" });

  await page.getByRole("tab", { name: "クレジット管理", exact: true }).click();
  await page.getByTestId("ledger-example-joint").click();
  const checks = page.getByTestId("ledger-checks");
  await checks.waitFor({ state: "visible", timeout: 15_000 });
  // The notices (outside Excel, example filled in) are dismissed: the allocations and the checks fill the picture.
  const dismiss = page.getByRole("button", { name: "閉じる" }).filter({ visible: true });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await checks.evaluate((element) => element.scrollIntoView({ block: "end" }));
  await page.evaluate("window.scrollBy(0, 16)");
  await page.screenshot({ path: "docs/pane-ledger.png" });

  await page.getByRole("tab", { name: "プロジェクト", exact: true }).click();
  await page.getByTestId("project-example").click();
  await page.getByTestId("project-stands-card").first().getByRole("button").first().click();
  await page.getByTestId("project-stands").scrollIntoViewIfNeeded();
  await page.evaluate("window.scrollBy(0, -260)");
  await page.screenshot({ path: "docs/pane-project.png" });
  console.log(
    "wrote docs/pane-functions.png, docs/pane-sheet.png, docs/pane-ledger.png, docs/pane-project.png"
  );
} finally {
  await browser.close();
  server.close();
}
