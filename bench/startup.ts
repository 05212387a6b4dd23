/**
 * Start-up of the task pane as an old municipal PC sees it: headless Chromium (Debian's, through playwright-core) at
 * the pane's width with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate), loading dist/taskpane.html outside
 * Office. Measured: the JavaScript fetched before the section tabs show (gzip bytes, office.js aside) and the time
 * from navigation to the first tab, as a ratio to an empty React page (bench/pages/empty-react.js, built here with
 * webpack) loaded the same way in the same run. Median of 5 loads each.
 */
import { createServer, type Server } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import webpack from "webpack";

const ROOT = join(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CPU_SLOWDOWN = 4;
const LOADS = 5;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
};

/** Serves `root` on 127.0.0.1 (GET only, files inside root only). */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(root, path);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

function buildEmptyPage(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "bench-empty-react-"));
  writeFileSync(
    join(out, "index.html"),
    '<!doctype html><html><body><div id="root"></div><script src="page.js"></script></body></html>'
  );
  const compiler = webpack({
    mode: "production",
    entry: join(__dirname, "pages", "empty-react.js"),
    output: { path: out, filename: "page.js" },
  });
  return new Promise((done, fail) =>
    compiler.run((error, stats) =>
      error || stats?.hasErrors() ? fail(error ?? new Error(stats?.toString())) : done(out)
    )
  );
}

interface Load {
  readonly ms: number;
  readonly gzipBytes: number;
}

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 350, height: 900 },
    locale: "ja-JP",
  });
  const page = await context.newPage();
  await page.route(/oaspapps\.com/, (route) => route.abort());
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const scripts: Promise<number>[] = [];
  let tabsShown = false;
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (tabsShown || !path.endsWith(".js") || path.includes("/office-js/")) return;
    scripts.push(
      response.body().then(
        (body) => gzipSync(body, { level: 9 }).length,
        () => 0
      )
    );
  });
  await page.goto(url, { waitUntil: "commit" });
  await page.getByRole("tab").first().waitFor({ state: "visible", timeout: 60_000 });
  tabsShown = true;
  const ms = (await page.evaluate("performance.now()")) as number;
  const gzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, gzipBytes };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchStartup(): Promise<string> {
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "taskpane.html")))
    return "## Start-up\n(no dist/: run `npm run build` first)";
  if (!existsSync(CHROMIUM)) return `## Start-up\n(no Chromium at ${CHROMIUM})`;
  const emptyDir = await buildEmptyPage();
  const [paneServer, emptyServer] = await Promise.all([serve(dist), serve(emptyDir)]);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const url = (server: Server, path: string) => {
    const address = server.address();
    return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/${path}`;
  };
  try {
    const pane: Load[] = [];
    const empty: Load[] = [];
    // Alternating, so a burst of load on the machine touches both alike.
    for (let i = 0; i < LOADS; i++) {
      empty.push(await load(browser, url(emptyServer, "index.html")));
      pane.push(await load(browser, url(paneServer, "taskpane.html")));
    }
    const paneMs = median(pane.map((l) => l.ms));
    const emptyMs = median(empty.map((l) => l.ms));
    return [
      `## Start-up (headless Chromium, 350×900, CPU throttled ${CPU_SLOWDOWN}×, median of ${LOADS})`,
      "| page | JS before the tabs (gzip, office.js aside) | time to tabs | × empty React page |",
      "|---|---:|---:|---:|",
      `| empty React page | ${kib(median(empty.map((l) => l.gzipBytes)))} | ${paneMsText(emptyMs)} | 1.0 |`,
      `| task pane | ${kib(median(pane.map((l) => l.gzipBytes)))} | ${paneMsText(paneMs)} | ${(paneMs / emptyMs).toFixed(1)} |`,
    ].join("\n");
  } finally {
    await browser.close();
    paneServer.close();
    emptyServer.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const paneMsText = (ms: number) => `${Math.round(ms)} ms`;
