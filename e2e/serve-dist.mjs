#!/usr/bin/env node
/**
 * Serves the built task pane (dist/) over plain http on 127.0.0.1, on a free port, for the Playwright specs
 * (playwright.config.ts starts it as its webServer and reads the port from the line this prints).
 * GET/HEAD only, no directory listings, nothing cached.
 *   node e2e/serve-dist.mjs [dist]
 */
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";

const root = resolve(process.argv[2] ?? "dist");
if (!existsSync(join(root, "taskpane.html"))) {
  console.error(`${root}/taskpane.html not found: run \`npm run build\` first.`);
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

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, "");
  const file = join(root, rel || "taskpane.html");
  const inside = file === root || file.startsWith(root + sep);
  if (!inside || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    return;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
    "Cache-Control": "no-store",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
});

server.listen(0, "127.0.0.1", () => {
  // playwright.config.ts waits for this line and takes the port from it (webServer.wait.stdout → E2E_PORT).
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}/`);
});
