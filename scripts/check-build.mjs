#!/usr/bin/env node
/**
 * Checks dist/ after `npm run build` (builds nothing itself):
 *  - the files the manifest and Excel need are there;
 *  - functions.js (custom functions, JavaScript-only runtime) contains no React and functions.html loads no
 *    task pane code — the custom functions must load without UI code;
 *  - functions.json and functions.en-us.json describe the same functions;
 *  - ExcelJS (about 0.9 MiB) is only in its own lazy chunk pane-exceljs: no other chunk (but pane-xlsx, which loads
 *    it) carries it;
 *  - office.js comes from where OFFICE_JS says (as for the build): our own copy (default) — both pages load
 *    office-js/office.js, which is there, and nothing loads Microsoft's CDN — or, with OFFICE_JS=cdn, Microsoft's CDN
 *    in both pages and no office-js/ folder;
 *  - every task pane chunk is one LAZY_ROLES knows (so a new chunk is placed at start or on use deliberately), and
 *    what the pane loads before its tabs show (taskpane.js + pane-app + pane-vendor) is at most START_LIMIT_GZIP;
 *  - prints raw and gzip sizes of functions.js, the task pane's initial chunk and its lazy chunks.
 * Exits 1 on any failure.
 *
 *   node scripts/check-build.mjs [distDir]
 *   OFFICE_JS=cdn node scripts/check-build.mjs [distDir]     (after OFFICE_JS=cdn npm run build)
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

const dist = resolve(process.argv[2] ?? "dist");
const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsMode = (process.env.OFFICE_JS || "local").trim().toLowerCase();
if (officeJsMode !== "local" && officeJsMode !== "cdn") {
  console.error(`OFFICE_JS must be "local" or "cdn" (as for the build): ${process.env.OFFICE_JS}`);
  process.exit(1);
}
const cdnOfficeJs = officeJsMode === "cdn";
const failures = [];
const fail = (message) => failures.push(message);

if (!existsSync(dist)) {
  console.error(`${dist} does not exist: run \`npm run build\` first.`);
  process.exit(1);
}

const REQUIRED = [
  "manifest.xml",
  "functions.json",
  "functions.en-us.json",
  "functions.html",
  "functions.js",
  "taskpane.html",
  "taskpane.js",
  ...(cdnOfficeJs ? [] : ["office-js/office.js"]),
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
  "assets/icon-128.png",
];
for (const file of REQUIRED) {
  if (!existsSync(join(dist, file))) fail(`missing dist/${file}`);
}

const read = (file) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), "utf8") : "");

// --- functions.js: pure functions, no UI ---------------------------------------------------------
const functionsJs = read("functions.js");
const UI_MARKERS = [
  "react-dom",
  "__SECRET_INTERNALS",
  "__CLIENT_INTERNALS",
  "ReactCurrentOwner",
  "@fluentui",
  "FluentProvider",
  "createRoot",
  "pane-app",
  "pane-vendor",
];
for (const marker of UI_MARKERS) {
  if (functionsJs.includes(marker))
    fail(`functions.js contains "${marker}": UI code leaked into the custom functions bundle`);
}
if (functionsJs && !functionsJs.includes("CustomFunctions.associate")) {
  fail(
    "functions.js has no CustomFunctions.associate call (custom-functions-metadata-plugin loader not applied?)"
  );
}

// --- functions.js runs where there is no page: load it in a bare VM context with only CustomFunctions -----
if (functionsJs) {
  const registered = new Map();
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  const sandbox = {
    CustomFunctions: {
      associate: (id, fn) => registered.set(id, fn),
      Error: CustomFunctionsError,
      ErrorCode: {},
    },
  };
  try {
    vm.runInNewContext(functionsJs, sandbox, { filename: "functions.js" });
  } catch (e) {
    fail(`functions.js throws when loaded without a page: ${e.message}`);
  }
  const declared = metadataIds("functions.json");
  const missing = declared.filter((id) => !registered.has(id));
  if (missing.length > 0) fail(`functions.js does not register ${missing.join(", ")}`);
  const fuel = registered.get("CO2_FUEL");
  if (fuel && fuel("軽油", 100) !== 259)
    fail(`bundled CO2_FUEL("軽油",100) gave ${fuel("軽油", 100)}, expected 259`);
  try {
    fuel?.("水素", 1);
    fail('bundled CO2_FUEL("水素",1) did not raise an error');
  } catch (e) {
    if (!(e instanceof CustomFunctionsError) || e.code !== "#N/A")
      fail(`bundled CO2_FUEL("水素",1) raised ${e} instead of #N/A`);
  }
  console.log(
    `functions.js registers ${registered.size} functions in a context without window/document`
  );
}

// --- office.js: our own copy, or Microsoft's CDN with OFFICE_JS=cdn ----------------------------------------
const scriptSources = (html) =>
  [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
const isLocalOfficeJs = (src) => /^(?:\.\/)?office-js\/office\.js$/.test(src);
const isOfficeJs = (src) => (cdnOfficeJs ? src === OFFICE_JS_CDN_URL : isLocalOfficeJs(src));
const officeJsName = cdnOfficeJs
  ? `Microsoft's CDN office.js (${OFFICE_JS_CDN_URL})`
  : "the local office-js/office.js";
for (const page of ["functions.html", "taskpane.html"]) {
  const html = read(page);
  if (!html) continue;
  if (!scriptSources(html).some(isOfficeJs)) fail(`${page} does not load ${officeJsName}`);
  if (!cdnOfficeJs && /appsforoffice\.microsoft\.com/.test(html)) {
    fail(
      `${page} loads office.js from the Microsoft CDN (closed networks need the local copy; OFFICE_JS=cdn builds for the CDN)`
    );
  }
  if (cdnOfficeJs && scriptSources(html).some(isLocalOfficeJs))
    fail(`${page} loads the local office-js/office.js, but OFFICE_JS=cdn`);
}
if (cdnOfficeJs && existsSync(join(dist, "office-js")))
  fail("dist/office-js/ exists, but OFFICE_JS=cdn loads office.js from Microsoft's CDN");

// --- functions.html: office.js + functions.js only --------------------------------------------------
const functionsHtml = read("functions.html");
const scripts = scriptSources(functionsHtml);
const unexpected = scripts.filter(
  (src) => !isOfficeJs(src) && !/^(?:\.\/)?functions\.js$/.test(src)
);
if (functionsHtml && unexpected.length > 0)
  fail(`functions.html loads more than office.js and functions.js: ${unexpected.join(", ")}`);
if (/taskpane|pane-app|pane-vendor/.test(functionsHtml))
  fail("functions.html references task pane code");

// --- taskpane.html: office.js, one small bootstrap -------------------------------------------------
const taskpaneHtml = read("taskpane.html");
const paneScripts = scriptSources(taskpaneHtml);
if (taskpaneHtml && !paneScripts.some((s) => /(?:^|\/)taskpane\.js$/.test(s)))
  fail("taskpane.html does not load taskpane.js");
const taskpaneJs = read("taskpane.js");
if (taskpaneJs.includes("__SECRET_INTERNALS") || taskpaneJs.includes("FluentProvider")) {
  fail(
    "taskpane.js (the initial chunk) contains React/Fluent: the app must be loaded with import()"
  );
}

// --- ExcelJS only in its own lazy chunk ----------------------------------------------------------------
// Texts only ExcelJS's bundle has: its UMD global and OOXML part names it writes. The lower-case package name counts
// too, except as part of the chunk's own file name "pane-exceljs", which the webpack runtime in taskpane.js lists.
const EXCELJS_MARKERS = [
  "ExcelJS",
  "sharedStrings.xml",
  "xl/worksheets/",
  "spreadsheetml/2006/main",
];
function excelJsMarkers(text) {
  const found = EXCELJS_MARKERS.filter((m) => text.includes(m));
  if (text.split("pane-exceljs").join("").toLowerCase().includes("exceljs")) found.push("exceljs");
  return found;
}
const jsFiles = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith(".js")) : [];
const chunkOf = (f) => /^(pane-[a-z]+)[.-]/.exec(f)?.[1] ?? f.replace(/\.js$/, "");
// pane-xlsx names ExcelJS where it loads it with import(); every other chunk must not mention it.
const MAY_NAME_EXCELJS = new Set(["pane-exceljs", "pane-xlsx"]);
for (const file of jsFiles.filter((f) => !MAY_NAME_EXCELJS.has(chunkOf(f)))) {
  const found = excelJsMarkers(read(file));
  if (found.length > 0)
    fail(
      `${file} contains ExcelJS (${found.join(", ")}): it must only be loaded with import() when a file is made or read`
    );
}
const excelJsChunks = jsFiles.filter((f) => chunkOf(f) === "pane-exceljs");
if (excelJsChunks.length === 0) {
  fail(
    "no pane-exceljs chunk: ExcelJS is missing from the build (or no longer split into its own chunk by webpack.config.js)"
  );
} else if (!excelJsChunks.some((f) => read(f).includes("ExcelJS"))) {
  fail(`${excelJsChunks.join(", ")} does not contain ExcelJS`);
}
if (!jsFiles.some((f) => chunkOf(f) === "pane-xlsx"))
  fail("no pane-xlsx chunk: the task pane's .xlsx features are not loaded lazily");

// --- metadata ----------------------------------------------------------------------------------------
function metadataIds(file) {
  try {
    return JSON.parse(read(file)).functions.map((f) => f.id);
  } catch (e) {
    fail(`${file} is not valid metadata JSON: ${e.message}`);
    return [];
  }
}
if (existsSync(join(dist, "functions.json")) && existsSync(join(dist, "functions.en-us.json"))) {
  const ja = metadataIds("functions.json");
  const en = metadataIds("functions.en-us.json");
  if (ja.length === 0) fail("functions.json declares no functions");
  if (ja.join() !== en.join())
    fail("functions.json and functions.en-us.json list different functions");
}

// --- manifest ------------------------------------------------------------------------------------------
const manifest = read("manifest.xml");
if (manifest) {
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
  const insecure = urls.filter((u) => !u.startsWith("https://"));
  if (insecure.length > 0) fail(`dist/manifest.xml has non-https URLs: ${insecure.join(", ")}`);
  const base = process.env.ADDIN_BASE_URL;
  if (base && manifest.includes("https://localhost:3000/"))
    fail("ADDIN_BASE_URL is set but dist/manifest.xml still points at localhost");
}

// --- sizes ----------------------------------------------------------------------------------------------
function size(file) {
  const buf = readFileSync(join(dist, file));
  return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
/**
 * The JavaScript the pane may load before its tabs show (office.js aside), gzip: an old municipal PC (4× slower CPU)
 * should show the tabs within 1.5 s (issue 10; npm run bench measures it).
 */
const START_LIMIT_GZIP = 150 * 1024;
/** What each task pane chunk is and when the pane loads it (true: before the tabs show). */
const LAZY_ROLES = {
  "pane-app": ["tab bar, start page, pane state (lazy, at start)", true],
  "pane-vendor": ["React + the Fluent UI they use (lazy, at start)", true],
  "pane-functions": ["関数 (on its tab)", false],
  "pane-sheet": ["算定シート (on its tab)", false],
  "pane-questionnaire": ["調査票 (on its tab)", false],
  "pane-collect": ["回収 (on its tab)", false],
  "pane-disclosure": ["情報開示 (on its tab)", false],
  "pane-settings": ["設定 (on its tab)", false],
  "pane-settings-store": ["settings read from storage (just after the tabs show)", false],
  "pane-projects": ["クレジット管理, 証書, プロジェクト, 企画書 (on a tab)", false],
  "pane-sections": ["code the sections share (with the first section)", false],
  "pane-writer": ["sheet writer (on Excel に作成)", false],
  "pane-evaluate": [
    "preview evaluator: fast-formula-parser + core (on the first プレビュー)",
    false,
  ],
  "pane-portable": ["native formulas (on Excel に作成 without custom functions)", false],
  "pane-xlsx": [".xlsx features (on first file action)", false],
  "pane-exceljs": ["ExcelJS (with pane-xlsx)", false],
};
const rows = [];
if (functionsJs) rows.push({ ...size("functions.js"), role: "custom functions" });
if (taskpaneJs)
  rows.push({ ...size("taskpane.js"), role: "task pane initial chunk", atStart: true });
for (const file of readdirSync(dist)
  .filter((f) => /^pane-.*\.js$/.test(f))
  .sort()) {
  const known = LAZY_ROLES[chunkOf(file)];
  if (!known)
    fail(
      `${file}: a chunk scripts/check-build.mjs does not know; add it to LAZY_ROLES (at start or on use)`
    );
  const [role, atStart] = known ?? ["task pane lazy chunk", false];
  rows.push({ ...size(file), role, atStart, lazy: true });
}
const sum = (list) =>
  list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
if (rows.length > 0) {
  console.log("Bundle sizes (raw / gzip):");
  for (const r of rows)
    console.log(
      `  ${r.file.padEnd(28)} ${kib(r.raw).padStart(10)} / ${kib(r.gzip).padStart(9)}  ${r.role}`
    );
  const lazy = rows.filter((r) => r.lazy);
  if (lazy.length > 0) {
    const total = sum(lazy);
    console.log(
      `  ${"(lazy chunks total)".padEnd(28)} ${kib(total.raw).padStart(10)} / ${kib(total.gzip).padStart(9)}`
    );
  }
  const start = sum(rows.filter((r) => r.atStart));
  console.log(
    `  ${"(pane at start)".padEnd(28)} ${kib(start.raw).padStart(10)} / ${kib(start.gzip).padStart(9)}  taskpane.js + pane-app + pane-vendor (limit ${kib(START_LIMIT_GZIP)})`
  );
  if (start.gzip > START_LIMIT_GZIP)
    fail(
      `the pane loads ${kib(start.gzip)} gzip before its tabs show, over ${kib(START_LIMIT_GZIP)}: load what a section needs with the section (src/taskpane/app/sections.tsx)`
    );
}
let officeBytes = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else officeBytes += st.size;
  }
};
if (existsSync(join(dist, "office-js"))) {
  walk(join(dist, "office-js"));
  console.log(`  office-js/ (local office.js copy): ${(officeBytes / 1024 / 1024).toFixed(1)} MiB`);
}

if (failures.length > 0) {
  console.error(`\ncheck-build: ${failures.length} problem(s):`);
  for (const f of failures) console.error(`  ✗ ${f}`);
  process.exit(1);
}
console.log("\ncheck-build: OK");
