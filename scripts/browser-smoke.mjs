#!/usr/bin/env node
/**
 * Browser smoke test of the built task pane (builds nothing: run `npm run build` first).
 * Serves dist/ over plain http on 127.0.0.1, opens taskpane.html in headless Chromium (Debian's /usr/bin/chromium
 * through playwright-core), and fails on any console error, page error or failed request. Outside Office,
 * office.js's Office.onReady() resolves with host null, so the pane must say (in Japanese) that it is open
 * outside Excel and still show the function catalogue; `?lang=en` must switch to English.
 * office.js's telemetry requests to oaspapps.com are blocked (closed networks have no route there either).
 *
 *   node scripts/browser-smoke.mjs [--dist dist] [--screenshot /tmp/pane.png]
 *   CHROMIUM_PATH=/path/to/chromium node scripts/browser-smoke.mjs
 */
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium } from "playwright-core";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dist = resolve(option("--dist", "dist"));
const screenshot = option("--screenshot", "/tmp/pane.png");
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

if (!existsSync(join(dist, "taskpane.html"))) {
  console.error(`${dist}/taskpane.html not found: run \`npm run build\` first.`);
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** A minimal static file server for dist/ (GET/HEAD only, no directory listings). */
function serve(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, "");
    const file = join(root, rel || "taskpane.html");
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer) => server.listen(0, "127.0.0.1", () => resolveServer(server)));
}

const problems = [];
const server = await serve(dist);
const { port } = server.address();
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

/** Opens a page on `path` with every error reported into `problems`, tagged with `label`. */
async function open(path, label, locale) {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 900 } });
  const page = await context.newPage();
  await page.route(/oaspapps\.com/, (route) => route.abort());
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`[${label}] console error: ${msg.text()}`);
    else if (msg.type() === "warning") console.warn(`[${label}] console warning: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`[${label}] page error: ${err.message}`));
  page.on("requestfailed", (req) => {
    if (/oaspapps\.com/.test(req.url())) return; // blocked on purpose
    problems.push(`[${label}] request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`[${label}] HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(base + path, { waitUntil: "load" });
  return { context, page };
}

async function expectText(page, label, text) {
  try {
    await page.getByText(text, { exact: false }).first().waitFor({ state: "visible", timeout: 15_000 });
  } catch {
    problems.push(`[${label}] text not shown: ${JSON.stringify(text)}`);
  }
}

try {
  // Japanese (default): outside-Excel notice + catalogue; search narrows the list.
  {
    const label = "ja";
    const { context, page } = await open("taskpane.html", label, "ja-JP");
    await expectText(page, label, "カーボン・オフセット算定");
    await expectText(page, label, "Excel の外で開いています");
    await page.locator("article h2").first().waitFor({ timeout: 15_000 });
    const total = await page.locator("article").count();
    if (total === 0) problems.push(`[${label}] no function is listed`);
    if ((await page.getByRole("button", { name: "選択セルに挿入" }).count()) !== 0) {
      problems.push(`[${label}] the insert button is shown outside Excel`);
    }
    const lang = await page.locator("html").getAttribute("lang");
    if (lang !== "ja") problems.push(`[${label}] <html lang> is ${lang}, expected ja`);
    await page.screenshot({ path: screenshot, fullPage: false });
    console.log(`[${label}] ${total} functions listed; screenshot: ${screenshot}`);

    await page.getByRole("searchbox").fill("ＣＯ２_ＦＵＥＬ");
    await page.waitForTimeout(300);
    const filtered = await page.locator("article").count();
    if (!(filtered >= 1 && filtered <= total)) problems.push(`[${label}] search for CO2_FUEL shows ${filtered} of ${total}`);
    await page.getByRole("searchbox").fill("該当しない検索語xyz");
    await expectText(page, label, "一致する関数はありません");
    await context.close();
  }
  // English via ?lang=en.
  {
    const label = "en";
    const { context, page } = await open("taskpane.html?lang=en", label, "en-US");
    await expectText(page, label, "Carbon Offset Calculator");
    await expectText(page, label, "Open outside Excel");
    await page.locator("article h2").first().waitFor({ timeout: 15_000 });
    await context.close();
  }
} catch (err) {
  problems.push(`unexpected: ${err instanceof Error ? err.stack : String(err)}`);
} finally {
  await browser.close();
  server.close();
}

if (problems.length > 0) {
  console.error(`browser-smoke: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}
console.log("browser-smoke: OK");
