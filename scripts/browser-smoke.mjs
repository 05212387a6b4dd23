#!/usr/bin/env node
/**
 * Browser smoke test of the built task pane (builds nothing: run `npm run build` first).
 * Serves dist/ over plain http on 127.0.0.1, opens taskpane.html in headless Chromium (Debian's /usr/bin/chromium
 * through playwright-core) at a task pane's width, and fails on any console error, page error or failed request.
 * Outside Office, office.js's Office.onReady() resolves with host null, so the pane must say that it is open outside
 * Excel; everything but "Excel に作成" must work. `?lang=en` switches to English.
 *
 * The section tabs are one tablist in two rows (an event's calculation with the settings gear; credits and projects):
 * both rows must fit the pane's width. In each language it walks through the ten sections:
 *   関数       search the catalogue (full-width text folds), find a factor with its value, no-match text
 *   算定シート  pick scenario A1, プレビュー → a table with a column-letter header row and the sheet's name;
 *              "Excel に作成" is disabled with a tooltip; 「互換ブックとして保存」 downloads an .xlsx (a zip, "PK")
 *              whose formulas call no GHG.* function (it must compute without the add-in)
 *   調査票     the same for a questionnaire; 「ファイルとして保存」 downloads it as an .xlsx
 *   回収       (ja) the exported questionnaire, filled in here with ExcelJS as a respondent would, is uploaded twice
 *              with a file that is no .xlsx → 1 collected, 1 duplicate, 1 skipped, the respondent's invalid answers
 *              listed; preview of the collection sheets; 「Excel に書き込む」 disabled with the tooltip.
 *              (en) the same file dropped on the drop zone → 1 collected.
 *   情報開示   toggle who pays, preview
 *   クレジット管理 (its code loads on the first visit, as chunk pane-projects) the guidebook's example
 *              (エコライフ・フェアMINATO) → no errors, warnings listed; the joint purchase (100 t over several
 *              municipalities' events) → errors in a red list; a serial that does not read is named at its field and
 *              counted by the checks; with the certificate sheet, プレビュー shows two sheets
 *   証書       issued certificates with an issuer and prefix, preview
 *   プロジェクト the forest example (stands × years), a stand added and removed, preview; then a reduction project
 *              (methodology E003) with its emission sources listed, preview
 *   企画書     B2 built with the forest project of プロジェクト, preview shows the plan and the forest sheet
 *   設定       change ¥/t and the electricity factor; an invalid value is reported and blocks the preview;
 *              the value survives a reload (localStorage)
 * Then once more with office.js replaced by a stand-in that reports host Excel (see FAKE_OFFICE_JS): inserting a
 * function writes the formula, and "Excel に作成" loads the writer chunk, shows progress, and reports Excel's refusal;
 * 「ファイルとして保存」 still downloads (files never go through Office); in 回収, 「Excel に書き込む」 with the collected
 * file reports the same refusal; クレジット管理's "Excel に作成" reports it too.
 * The checks are generic (any table with a header row, any sheet name) so they keep passing when the placeholder
 * builders are replaced by the real ones. A screenshot per section goes to --screenshots DIR.
 *
 * Downloads are saved to a temporary directory (removed at the end).
 *
 *   node scripts/browser-smoke.mjs [--dist dist] [--screenshots /tmp/pane-shots]
 *   CHROMIUM_PATH=/path/to/chromium node scripts/browser-smoke.mjs
 */
import { createServer } from "node:http";
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import ExcelJS from "exceljs";
import { chromium } from "playwright-core";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dist = resolve(option("--dist", "dist"));
const shotsDir = resolve(option("--screenshots", "/tmp/pane-shots"));
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
/** SMOKE_CPU_SLOWDOWN=4 runs the pane at a quarter of this machine's speed (Chromium's CPU throttling). */
const CPU_SLOWDOWN = Number(process.env.SMOKE_CPU_SLOWDOWN ?? 1);
/** Excel's task pane is about 350 px wide by default. */
const VIEWPORT = { width: 350, height: 900 };

if (!existsSync(join(dist, "taskpane.html"))) {
  console.error(`${dist}/taskpane.html not found: run \`npm run build\` first.`);
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(
    `Chromium not found at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH).`
  );
  process.exit(1);
}
mkdirSync(shotsDir, { recursive: true });
const downloadsDir = mkdtempSync(join(tmpdir(), "pane-downloads-"));

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
    if (
      !(file === root || file.startsWith(root + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
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
  return new Promise((resolveServer) => server.listen(0, "127.0.0.1", () => resolveServer(server)));
}

/** The texts the walk looks for, per language (the pane's own strings, from src/taskpane/i18n/ja and en). */
const TEXTS = {
  ja: {
    title: "カーボン・オフセット算定",
    outside: "Excel の外で開いています",
    insert: "選択セルに挿入",
    noMatch: "一致する関数はありません",
    tabs: {
      sheet: "算定シート",
      questionnaire: "調査票",
      collect: "回収",
      disclosure: "情報開示",
      settings: "設定",
      functions: "関数",
      ledger: "クレジット管理",
      certificate: "証書",
      project: "プロジェクト",
      plan: "企画書",
    },
    sections: "機能",
    scenario: "シナリオ",
    build: "Excel に作成",
    buildTooltip: "Excel の作業ウィンドウで開いたときに使えます",
    participantsPay: "参加者がオフセットの費用を負担する",
    yen: "クレジット単価（円/t-CO2）",
    electricity: "電力の排出係数",
    electricityOption: "東京電力・調整後排出係数",
    settingsInvalid: "設定タブの値に誤りがあります",
    yenPositive: "クレジット単価は 0 より大きい数",
    yenRange: "範囲外",
    savedTitle: "ファイルを保存しました",
    questionnairePrefix: "調査票_",
    portablePrefix: "算定シート_",
    duplicates: "重複しているファイル",
    skipped: "読み取れなかったファイル",
    statusWords: ["数値ではない", "負の値"],
    minatoTonnes: "2 t-CO2",
    serialFrom: "シリアル番号（始）",
    serialError: "ハイフンで区切られていません",
    certificateDirection: "証書",
    issued: "発行する証書",
    issuer: "証書の管理者・発行者（団体）",
    prefix: "証書番号の接頭部",
    projectKind: "プロジェクトの種類",
    reduction: "排出削減（B1）",
    methodology: "方法論",
    addStand: "林分を追加",
    approach: "取組方法",
    withForest: "森林吸収プロジェクトのシート",
  },
  en: {
    title: "Carbon Offset Calculator",
    outside: "Open outside Excel",
    insert: "Insert into selected cell",
    noMatch: "No function matches",
    tabs: {
      sheet: "Sheet",
      questionnaire: "Survey",
      collect: "Collect",
      disclosure: "Disclosure",
      settings: "Settings",
      functions: "Functions",
      ledger: "Credits",
      certificate: "Certificates",
      project: "Projects",
      plan: "Plan",
    },
    sections: "Sections",
    scenario: "Scenario",
    build: "Create in Excel",
    buildTooltip: "Available when the pane runs in Excel",
    participantsPay: "Participants pay for the offset",
    yen: "Credit price (yen/t-CO2)",
    electricity: "Electricity emission factor",
    electricityOption: "TEPCO FY2009 adjusted",
    settingsInvalid: "A value on the Settings tab is invalid",
    yenPositive: "Enter the credit price as a number greater than 0",
    yenRange: "outside the guidebook's range",
    savedTitle: "File saved",
    questionnairePrefix: "survey_",
    portablePrefix: "calculation_",
    duplicates: "Duplicate files",
    skipped: "Files that could not be read",
    statusWords: ["not a number", "negative"],
    minatoTonnes: "2 t-CO2",
    serialFrom: "First serial",
    serialError: "has no hyphen-separated blocks",
    certificateDirection: "Certificates",
    issued: "Issued by us",
    issuer: "Issued and kept by (organization)",
    prefix: "Number prefix",
    projectKind: "Project type",
    reduction: "Emission reduction (B1)",
    methodology: "Methodology",
    addStand: "Add a stand",
    approach: "Approach",
    withForest: "Build with the forest project sheet",
  },
};

const problems = [];
const screenshots = [];
const server = await serve(dist);
const { port } = server.address();
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });

/**
 * A stand-in for office.js that reports host Excel. Excel.run writes into the active cell when asked (inserting a
 * function) and refuses anything else, after a pause, with FAKE_REFUSAL: enough to see the pane's in-Excel paths —
 * enabled buttons, the lazily loaded sheet writer, the progress bar and how a failure is reported. The writer's own
 * behaviour is tested under jest (test/taskpane/sheet-writer.test.ts).
 */
const FAKE_REFUSAL = "テスト用の Excel ではシートを作成できません";
const FAKE_OFFICE_JS = `
window.__fakeExcel = { formulas: [], runs: 0 };
window.Office = {
  HostType: { Excel: "Excel" },
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  context: { displayLanguage: "ja-JP", requirements: { isSetSupported: function () { return true; } } },
};
window.OfficeExtension = { Error: function OfficeExtensionError() {} };
window.Excel = {
  run: function (batch) {
    window.__fakeExcel.runs += 1;
    var cell = {};
    var context = {
      workbook: {
        getActiveCell: function () { return cell; },
        get worksheets() { throw new Error(${JSON.stringify(FAKE_REFUSAL)}); },
      },
      sync: function () {
        if (cell.formulas) window.__fakeExcel.formulas.push(cell.formulas[0][0]);
        return Promise.resolve();
      },
    };
    return new Promise(function (resolve) { setTimeout(resolve, 400); }).then(function () { return batch(context); });
  },
};
`;

/** Opens a page on `path` with every error reported into `problems`, tagged with `label`. */
async function open(path, label, locale, { fakeExcel = false } = {}) {
  const context = await browser.newContext({ locale, viewport: VIEWPORT });
  const page = await context.newPage();
  if (CPU_SLOWDOWN > 1) {
    // A slow CI machine, on this one: the walk must wait for what it checks, never assume it is already there.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  }
  await page.route(/oaspapps\.com/, (route) => route.abort());
  if (fakeExcel) {
    await page.route(/\/office-js\/office\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript; charset=utf-8", body: FAKE_OFFICE_JS })
    );
  }
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
    // Hidden sections and previews contain texts too: only a visible one counts.
    await page
      .getByText(text, { exact: false })
      .filter({ visible: true })
      .first()
      .waitFor({ state: "visible", timeout: 15_000 });
  } catch {
    problems.push(`[${label}] text not shown: ${JSON.stringify(text)}`);
  }
}

/**
 * Reads `read()` until `ok(value)` holds (a rendered update, an exit animation), up to `timeout` ms; returns the last
 * value read. Never check a count or an attribute right after a click: a slow machine has not rendered it yet.
 */
async function settled(read, ok, timeout = 10_000) {
  const until = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

/** The number of elements `locator` matches once it is `expected` (or the timeout passed). */
const settledCount = (locator, expected, timeout) =>
  settled(
    () => locator.count(),
    (n) => n === expected,
    timeout
  );

/** Waits for the animations in `locator`'s element and below (a folding card opening) to finish. */
async function finishAnimations(locator) {
  await locator.evaluate((element) =>
    Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished))
  );
}

/** Runs one step; a failure is recorded and the walk goes on with the next step. */
async function step(label, name, fn) {
  try {
    await fn();
  } catch (err) {
    problems.push(
      `[${label}] ${name}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`
    );
  }
}

async function shoot(page, label, name, fullPage = true) {
  const file = join(shotsDir, `${label}-${name}.png`);
  await page.screenshot({ path: file, fullPage });
  screenshots.push(file);
}

/** The pane must fit the task pane's width: no horizontal scrollbar on the page itself (tables scroll inside). */
async function checkNoHorizontalOverflow(page, label, where) {
  // A string: evaluated in the page (this file is linted as Node code).
  const overflow = await page.evaluate(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
  );
  if (overflow > 1)
    problems.push(`[${label}] ${where}: the page is ${overflow}px wider than the pane`);
}

async function openSection(page, t, key) {
  await page.getByRole("tab", { name: t.tabs[key], exact: true }).click();
  await page.locator(`#panel-${key}`).waitFor({ state: "visible", timeout: 5_000 });
}

async function chooseScenario(page, t, id) {
  const panel = page.locator('[role="tabpanel"]:visible');
  await panel.getByRole("combobox", { name: t.scenario }).click();
  await page.getByRole("option", { name: new RegExp(`^${id}\\b`) }).click();
  const shown = await panel.getByRole("combobox", { name: t.scenario }).textContent();
  if (!shown?.startsWith(id))
    throw new Error(`scenario shows ${JSON.stringify(shown)}, expected ${id}`);
}

/** Picks an option of a drop-down of the visible section, by the field's label and the option's text (its start). */
async function chooseOption(page, label, option) {
  const panel = page.locator('[role="tabpanel"]:visible');
  const box = panel.getByRole("combobox", { name: label, exact: true });
  await box.click();
  const escaped = option.replace(/[.*+?^$|()[\]{}\\]/g, "\\$&");
  await page.getByRole("option", { name: new RegExp(`^${escaped}`) }).click();
  const shown = await box.textContent();
  if (!shown?.startsWith(option))
    throw new Error(`${label} shows ${JSON.stringify(shown)}, expected ${option}`);
}

/** The sheet names of the open preview of section `name` (one, or a tab per sheet). */
async function previewSheets(page, name) {
  const area = page.getByTestId(`${name}-preview-area`);
  const tabs = await area
    .getByRole("tab")
    .evaluateAll((tabs) =>
      tabs.map((tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? tab.textContent)
    );
  return tabs.length > 0
    ? tabs
    : [await area.getByTestId("layout-preview").getAttribute("data-sheet-name")];
}

/** The ledger checks' counts as the list shows them. */
async function ledgerCounts(page) {
  const list = page.getByTestId("ledger-checks");
  await list.waitFor({ state: "visible", timeout: 5_000 });
  return {
    errors: Number(await list.getAttribute("data-errors")),
    warnings: Number(await list.getAttribute("data-warnings")),
  };
}

/**
 * Presses プレビュー and checks what any builder's output gives: a table whose first header row has the corner and
 * column letters A, B …, at least one row with a row number, and the sheet's name shown above it.
 */
async function checkPreview(page, label, name) {
  await page.getByTestId(`${name}-preview`).click();
  const area = page.getByTestId(`${name}-preview-area`);
  await area.waitFor({ state: "visible", timeout: 10_000 });
  const preview = area.getByTestId("layout-preview");
  const sheetName = await preview.getAttribute("data-sheet-name");
  if (!sheetName) throw new Error("the preview names no sheet");
  const shownName = (await preview.getByTestId("preview-sheet-name").textContent())?.trim();
  if (shownName !== sheetName)
    throw new Error(
      `the preview shows sheet name ${JSON.stringify(shownName)}, expected ${JSON.stringify(sheetName)}`
    );
  const table = preview.locator("table");
  if ((await table.count()) === 1) {
    const headers = await table.locator("thead tr").first().locator("th").allTextContents();
    if (headers.length < 2 || headers[1]?.trim() !== "A")
      throw new Error(
        `header row is ${JSON.stringify(headers.slice(0, 4))}, expected column letters from A`
      );
    const firstRow = await table.locator("tbody tr").first().locator("th").textContent();
    if (firstRow?.trim() !== "1")
      throw new Error(`the first row is numbered ${JSON.stringify(firstRow)}, expected 1`);
  } else if (!(await preview.textContent())?.trim()) {
    throw new Error("the preview has neither a table nor a note");
  }
  const sheets = await area
    .getByRole("tab")
    .evaluateAll((tabs) =>
      tabs.map((tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? tab.textContent)
    );
  console.log(
    `[${label}] ${name} preview: sheet ${JSON.stringify(sheetName)}${sheets.length > 1 ? `, tabs ${JSON.stringify(sheets)}` : ""}`
  );
}

/** Outside Excel the build button is shown, disabled, and says why on hover. */
async function checkBuildDisabled(page, label, name, t) {
  const button = page.getByTestId(`${name}-build`);
  if ((await button.getAttribute("aria-disabled")) !== "true")
    problems.push(`[${label}] ${name}: "${t.build}" is enabled outside Excel`);
  await button.hover();
  try {
    await page
      .getByRole("tooltip")
      .filter({ hasText: t.buildTooltip, visible: true })
      .first()
      .waitFor({ timeout: 5_000 });
  } catch {
    problems.push(`[${label}] ${name}: no tooltip says ${JSON.stringify(t.buildTooltip)}`);
  }
  await page.mouse.move(5, 5);
  await page
    .getByRole("tooltip")
    .filter({ visible: true })
    .first()
    .waitFor({ state: "hidden", timeout: 5_000 })
    .catch(() => {});
}

/**
 * Presses a "save as file" button and returns the downloaded file's path and bytes; checks the name and that the
 * bytes are a zip (an .xlsx starts with "PK") holding xl/workbook.xml, and that the pane says it saved the file.
 */
async function saveDownload(page, label, name, t, prefix) {
  const button = page.getByTestId(`${name}-save-file`);
  await button.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    button.click(),
  ]);
  const suggested = download.suggestedFilename();
  const file = join(downloadsDir, `${label}-${name}-${suggested}`);
  await download.saveAs(file);
  const bytes = readFileSync(file);
  if (!suggested.endsWith(".xlsx") || !suggested.startsWith(prefix))
    problems.push(
      `[${label}] ${name}: downloaded file is named ${JSON.stringify(suggested)}, expected ${prefix}….xlsx`
    );
  if (bytes.subarray(0, 2).toString("latin1") !== "PK")
    throw new Error(
      `the downloaded ${suggested} is not a zip (starts with ${JSON.stringify(bytes.subarray(0, 4).toString("latin1"))})`
    );
  if (!bytes.includes("xl/workbook.xml"))
    problems.push(`[${label}] ${name}: ${suggested} has no xl/workbook.xml`);
  const saved = page.getByTestId(`${name}-file-saved`).filter({ hasText: t.savedTitle });
  await saved.waitFor({ state: "visible", timeout: 10_000 });
  await saved.scrollIntoViewIfNeeded();
  console.log(`[${label}] ${name}: downloaded ${suggested} (${bytes.length} bytes)`);
  return { file, bytes, name: suggested };
}

/** Every formula of a workbook (ExcelJS, as any spreadsheet program reads the file). */
async function workbookFormulas(bytes) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const formulas = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        const formula = cell.formula ?? cell.value?.sharedFormula;
        if (typeof formula === "string") formulas.push(`${sheet.name}!${cell.address}: ${formula}`);
      });
    });
  });
  return { sheets: workbook.worksheets.map((s) => s.name), formulas };
}

/**
 * What a respondent does with the questionnaire: fills in who they are and some answers — one good number, one text
 * where a number belongs, one negative number (the questions of the first stage, found by their defined names
 * GHG_Q_<no>_<input>_<stage>; respondent cells GHG_R_*) — and saves it.
 */
async function fillQuestionnaire(bytes) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const cellOf = (name) => {
    const range = workbook.definedNames.model.find((n) => n.name === name)?.ranges?.[0];
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range ?? "");
    if (!m) return null;
    const sheet = workbook.getWorksheet(m[1].replace(/''/g, "'"));
    return sheet ? sheet.getCell(`${m[2]}${m[3]}`) : null;
  };
  const org = cellOf("GHG_R_ORG");
  const person = cellOf("GHG_R_PERSON");
  if (!org || !person) throw new Error("the questionnaire has no GHG_R_ORG / GHG_R_PERSON cells");
  org.value = "テスト協会";
  person.value = "山田 花子";
  const questions = workbook.definedNames.model
    .map((n) => n.name)
    .filter((n) => /^GHG_Q_\d+_.+_pre$/.test(n));
  const answers = [120, "たくさん", -5];
  let filled = 0;
  for (const [i, name] of questions.slice(0, answers.length).entries()) {
    const cell = cellOf(name);
    if (cell) {
      cell.value = answers[i];
      filled += 1;
    }
  }
  if (filled < answers.length)
    throw new Error(`only ${filled} answer cells found (${questions.join(", ")})`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The filled-in questionnaire, saved by the ja walk for the en walk and the in-Excel run. */
let returnedQuestionnaire = null;

/** Drops a file on 回収's drop zone, as dragging it from the file manager does. */
async function dropFile(page, name, buffer) {
  // A string: evaluated in the page (this file is linted as Node code).
  const dataTransfer = await page.evaluateHandle(`(() => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(buffer.toString("base64"))}), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], ${JSON.stringify(name)}, { type: ${JSON.stringify(XLSX_TYPE)} }));
    return transfer;
  })()`);
  const zone = page.getByTestId("collect-drop");
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
}

/** Reads the five counts of the collection summary. */
async function collectCounts(page) {
  const summary = page.getByTestId("collect-summary");
  await summary.waitFor({ state: "visible", timeout: 60_000 });
  const counts = {};
  for (const key of ["files", "collected", "complete", "duplicates", "skipped"]) {
    counts[key] = Number(
      await summary.getByTestId(`collect-count-${key}`).getAttribute("data-value")
    );
  }
  return counts;
}

async function walk(path, label, locale, t) {
  const { context, page } = await open(path, label, locale);
  try {
    await expectText(page, label, t.title);
    await expectText(page, label, t.outside);
    const lang = await page.locator("html").getAttribute("lang");
    if (lang !== label) problems.push(`[${label}] <html lang> is ${lang}, expected ${label}`);

    // 関数: catalogue and factor search.
    await step(label, "functions", async () => {
      const functions = page.locator('[data-testid="function-list"] article');
      await functions.first().waitFor({ timeout: 15_000 });
      const total = await functions.count();
      if (total === 0) problems.push(`[${label}] no function is listed`);
      if ((await page.getByRole("button", { name: t.insert }).count()) !== 0)
        problems.push(`[${label}] the insert button is shown outside Excel`);
      await checkNoHorizontalOverflow(page, label, "functions");
      const tablist = page.getByRole("tablist", { name: t.sections });
      const tabsOverflow = await tablist.evaluate(
        (list) => list.scrollWidth - list.parentElement.clientWidth
      );
      if (tabsOverflow > 0)
        problems.push(`[${label}] the section tabs are ${tabsOverflow}px wider than the pane`);
      // Two rows, as laid out: a row too wide for the pane would wrap into a third.
      const rows = await tablist
        .getByRole("tab")
        .evaluateAll(
          (tabs) => new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size
        );
      if (rows !== 2) problems.push(`[${label}] the section tabs take ${rows} rows, expected 2`);
      await shoot(page, label, "1-functions", false);

      const search = page.getByRole("searchbox");
      await search.fill("ＣＯ２_ＦＵＥＬ");
      const filtered = await settled(
        () => functions.count(),
        (n) => n >= 1 && n < total
      );
      if (!(filtered >= 1 && filtered < total))
        problems.push(`[${label}] search for CO2_FUEL shows ${filtered} of ${total}`);

      await search.fill(label === "ja" ? "軽油" : "diesel");
      const factor = page.getByTestId("factor-card").filter({ hasText: "2.59" }).first();
      await factor.waitFor({ state: "visible", timeout: 5_000 });
      if (!(await factor.textContent())?.includes("GHG.FACTOR("))
        problems.push(`[${label}] the factor card shows no FACTOR formula`);
      await shoot(page, label, "1b-factor-search", false);

      await search.fill("該当しない検索語xyz");
      await expectText(page, label, t.noMatch);
      if ((await page.getByTestId("factor-card").count()) !== 0)
        problems.push(`[${label}] factors listed for a query that matches nothing`);
      await search.fill("");
    });

    // 算定シート
    await step(label, "sheet", async () => {
      await openSection(page, t, "sheet");
      await chooseScenario(page, t, "A1");
      await checkPreview(page, label, "sheet");
      await checkNoHorizontalOverflow(page, label, "sheet");
      await shoot(page, label, "2-sheet");
      await checkBuildDisabled(page, label, "sheet", t);
    });

    // 算定シート → 互換ブック: an .xlsx computing without the add-in, i.e. calling no GHG.* function.
    await step(label, "portable workbook", async () => {
      const saved = await saveDownload(page, label, "sheet", t, t.portablePrefix);
      const { sheets, formulas } = await workbookFormulas(saved.bytes);
      if (sheets.length === 0) problems.push(`[${label}] the portable workbook has no sheet`);
      const custom = formulas.filter((f) => /\bGHG\./i.test(f));
      if (custom.length > 0)
        problems.push(
          `[${label}] the portable workbook still calls add-in functions (${custom.length}), e.g. ${custom[0]}`
        );
      console.log(
        `[${label}] portable workbook: sheets ${JSON.stringify(sheets)}, ${formulas.length} formulas`
      );
      await shoot(page, label, "2b-sheet-portable-saved", false);
    });

    // 調査票
    await step(label, "questionnaire", async () => {
      await openSection(page, t, "questionnaire");
      await chooseScenario(page, t, "A1");
      await checkPreview(page, label, "questionnaire");
      await checkNoHorizontalOverflow(page, label, "questionnaire");
      await shoot(page, label, "3-questionnaire");
      await checkBuildDisabled(page, label, "questionnaire", t);
    });

    // 調査票 → a standalone .xlsx; the ja walk fills it in as a respondent would, for 回収.
    await step(label, "questionnaire file", async () => {
      const saved = await saveDownload(page, label, "questionnaire", t, t.questionnairePrefix);
      await shoot(page, label, "3b-questionnaire-saved", false);
      if (label === "ja") {
        const filled = await fillQuestionnaire(saved.bytes);
        writeFileSync(join(downloadsDir, "returned.xlsx"), filled);
        returnedQuestionnaire = filled;
      }
    });

    // 回収: the returned file twice and a file that is no questionnaire.
    await step(label, "collect", async () => {
      await openSection(page, t, "collect");
      if (!returnedQuestionnaire)
        throw new Error("no returned questionnaire to collect (the ja export failed)");
      const input = page.getByTestId("collect-input");
      if (label === "ja") {
        await input.setInputFiles([
          { name: "回答_テスト協会.xlsx", mimeType: XLSX_TYPE, buffer: returnedQuestionnaire },
          {
            name: "回答_テスト協会 (再送).xlsx",
            mimeType: XLSX_TYPE,
            buffer: returnedQuestionnaire,
          },
          {
            name: "メモ.xlsx",
            mimeType: XLSX_TYPE,
            buffer: Buffer.from("これは Excel のファイルではありません\n"),
          },
        ]);
        const counts = await collectCounts(page);
        const expected = { files: 3, collected: 1, duplicates: 1, skipped: 1 };
        for (const [key, value] of Object.entries(expected)) {
          if (counts[key] !== value)
            problems.push(
              `[${label}] collect: ${key} is ${counts[key]}, expected ${value} (${JSON.stringify(counts)})`
            );
        }
        console.log(`[${label}] collect: ${JSON.stringify(counts)}`);
        await expectText(page, label, t.duplicates);
        await expectText(page, label, t.skipped);
        await expectText(page, label, "メモ.xlsx");
        await expectText(page, label, "テスト協会");
        for (const word of t.statusWords) await expectText(page, label, word);
        await checkNoHorizontalOverflow(page, label, "collect");
        await shoot(page, label, "6-collect");
        await checkPreview(page, label, "collect");
        await checkNoHorizontalOverflow(page, label, "collect preview");
        await shoot(page, label, "6b-collect-preview");
        await checkBuildDisabled(page, label, "collect", t);
      } else {
        await dropFile(page, "returned.xlsx", returnedQuestionnaire);
        const counts = await collectCounts(page);
        if (counts.collected !== 1 || counts.files !== 1)
          problems.push(`[${label}] collect: ${JSON.stringify(counts)}, expected 1 file collected`);
        await expectText(page, label, "テスト協会");
        for (const word of t.statusWords) await expectText(page, label, word);
        await checkNoHorizontalOverflow(page, label, "collect");
        await shoot(page, label, "6-collect");
      }
    });

    // 情報開示
    await step(label, "disclosure", async () => {
      await openSection(page, t, "disclosure");
      await chooseScenario(page, t, "A1");
      const pays = page.getByRole("switch", { name: t.participantsPay });
      await pays.click();
      if (!(await pays.isChecked())) throw new Error("the who-pays switch did not turn on");
      await checkPreview(page, label, "disclosure");
      await checkNoHorizontalOverflow(page, label, "disclosure");
      await shoot(page, label, "4-disclosure");
      await checkBuildDisabled(page, label, "disclosure", t);
    });

    // クレジット管理: examples, the checks as the user types, preview with the certificate sheet.
    await step(label, "ledger", async () => {
      await openSection(page, t, "ledger");
      await page.getByTestId("ledger-example-minato").click();
      const holdings = page.getByTestId("ledger-holdings-card");
      const held = await settledCount(holdings, 1);
      if (held !== 1) throw new Error(`the example has ${held} holdings, expected 1`);
      if (!(await holdings.first().textContent())?.includes(t.minatoTonnes))
        problems.push(`[${label}] ledger: the example's holding does not say ${t.minatoTonnes}`);
      const minato = await settled(
        () => ledgerCounts(page),
        (c) => c.errors === 0 && c.warnings > 0
      );
      if (minato.errors !== 0 || minato.warnings === 0)
        problems.push(
          `[${label}] ledger: the guidebook's example has ${JSON.stringify(minato)}, expected no errors and some warnings`
        );
      await page.getByTestId("ledger-check-warnings").waitFor({ state: "visible", timeout: 5_000 });
      await checkNoHorizontalOverflow(page, label, "ledger");
      await shoot(page, label, "7-ledger");

      await page.getByTestId("ledger-example-joint").click();
      const joint = await settled(
        () => ledgerCounts(page),
        (c) => c.errors > 0
      );
      if (joint.errors === 0)
        problems.push(
          `[${label}] ledger: the joint purchase shows no errors (${JSON.stringify(joint)})`
        );
      await page.getByTestId("ledger-check-errors").waitFor({ state: "visible", timeout: 5_000 });
      if (
        (await settled(
          () => page.getByTestId("ledger-targets-card").count(),
          (n) => n >= 3
        )) < 3
      )
        problems.push(`[${label}] ledger: the joint purchase has fewer than 3 targets`);
      console.log(
        `[${label}] ledger checks: example ${JSON.stringify(minato)}, joint purchase ${JSON.stringify(joint)}`
      );
      await shoot(page, label, "7b-ledger-joint");

      // A serial that does not read: named at its field, and counted by the checks at once.
      await holdings.first().getByRole("button").first().click();
      const serial = page
        .locator("#panel-ledger")
        .getByRole("textbox", { name: new RegExp(`^${t.serialFrom}`) })
        .first();
      const typed = await serial.inputValue();
      await serial.fill("JP200");
      await expectText(page, label, t.serialError);
      const broken = await settled(
        () => ledgerCounts(page),
        (c) => c.errors > joint.errors
      );
      if (broken.errors <= joint.errors)
        problems.push(
          `[${label}] ledger: a bad serial did not add an error to the checks (${JSON.stringify(broken)})`
        );
      await serial.scrollIntoViewIfNeeded();
      await shoot(page, label, "7c-ledger-serial-error", false);
      await serial.fill(typed);
      const fixed = await settled(
        () => ledgerCounts(page),
        (c) => c.errors === joint.errors
      );
      if (fixed.errors !== joint.errors)
        problems.push(
          `[${label}] ledger: after fixing the serial the checks show ${JSON.stringify(fixed)}, expected ${JSON.stringify(joint)}`
        );

      await page.locator("#panel-ledger").getByRole("checkbox").check();
      await checkPreview(page, label, "ledger");
      const sheets = await previewSheets(page, "ledger");
      if (sheets.length !== 2)
        problems.push(
          `[${label}] ledger: the preview shows ${JSON.stringify(sheets)}, expected the ledger and the certificate sheet`
        );
      await checkNoHorizontalOverflow(page, label, "ledger preview");
      await page.getByTestId("ledger-preview-area").scrollIntoViewIfNeeded();
      await shoot(page, label, "7d-ledger-preview", false);
      await checkBuildDisabled(page, label, "ledger", t);
    });

    // 証書
    await step(label, "certificate", async () => {
      await openSection(page, t, "certificate");
      await chooseOption(page, t.certificateDirection, t.issued);
      await page.getByRole("textbox", { name: t.issuer }).fill("港区環境課");
      await page.getByRole("textbox", { name: t.prefix }).fill("MINATO-CO-");
      await checkPreview(page, label, "certificate");
      await checkNoHorizontalOverflow(page, label, "certificate");
      await shoot(page, label, "8-certificate");
      await checkBuildDisabled(page, label, "certificate", t);
    });

    // プロジェクト: forest (stands × years), then reduction (a methodology).
    await step(label, "project", async () => {
      await openSection(page, t, "project");
      await page.getByTestId("project-example").click();
      const stands = page.getByTestId("project-stands-card");
      const count = await stands.count();
      if (count < 2) throw new Error(`the forest example has ${count} stands`);
      await page.getByRole("button", { name: t.addStand }).click();
      const added = await settledCount(stands, count + 1);
      if (added !== count + 1)
        problems.push(`[${label}] project: adding a stand gave ${added} rows`);
      // The new row opens at once; its remove button is inside. Clicked once the card has opened: while it
      // animates, the button is clipped and a click can land beside it.
      const fresh = stands.last();
      await finishAnimations(fresh);
      await fresh.getByRole("button", { name: label === "ja" ? /を削除$/ : /^Remove / }).click();
      const left = await settledCount(stands, count);
      if (left !== count)
        problems.push(`[${label}] project: removing the new stand left ${left} rows`);
      await checkPreview(page, label, "project");
      await checkNoHorizontalOverflow(page, label, "project");
      await shoot(page, label, "9-project-forest");
      await checkBuildDisabled(page, label, "project", t);

      const forestSheet = (await previewSheets(page, "project"))[0];
      await chooseOption(page, t.projectKind, t.reduction);
      await chooseOption(page, t.methodology, "E003");
      await page.getByTestId("project-methodology").waitFor({ state: "visible", timeout: 5_000 });
      // The open preview follows the form.
      const reductionSheet = (await previewSheets(page, "project"))[0];
      if (!reductionSheet || reductionSheet === forestSheet)
        problems.push(
          `[${label}] project: the preview still shows ${JSON.stringify(forestSheet)} for the reduction project`
        );
      console.log(
        `[${label}] project sheets: ${JSON.stringify(forestSheet)}, ${JSON.stringify(reductionSheet)}`
      );
      await checkNoHorizontalOverflow(page, label, "project reduction");
      await shoot(page, label, "9b-project-reduction");
      await chooseOption(
        page,
        t.projectKind,
        t.tabs.project === "Projects" ? "Forest" : "森林吸収"
      );
    });

    // 企画書: B2 built with the forest project of プロジェクト.
    await step(label, "plan", async () => {
      await openSection(page, t, "plan");
      await chooseOption(page, t.approach, "B2");
      await page
        .locator("#panel-plan")
        .getByRole("checkbox", { name: new RegExp(t.withForest) })
        .check();
      await checkPreview(page, label, "plan");
      const sheets = await previewSheets(page, "plan");
      if (sheets.length !== 2)
        problems.push(
          `[${label}] plan: the preview shows ${JSON.stringify(sheets)}, expected the plan and the forest sheet`
        );
      await checkNoHorizontalOverflow(page, label, "plan");
      await shoot(page, label, "10-plan");
      await checkBuildDisabled(page, label, "plan", t);
    });

    // 設定
    await step(label, "settings", async () => {
      await openSection(page, t, "settings");
      const yen = page.getByRole("textbox", { name: t.yen });
      await yen.fill("abc");
      await expectText(page, label, t.yenPositive);
      // An invalid setting blocks the calculation sheet's (open) preview, with a message naming the settings.
      await openSection(page, t, "sheet");
      await expectText(page, label, t.settingsInvalid);
      await openSection(page, t, "settings");
      await yen.fill("30000");
      await expectText(page, label, t.yenRange);
      await yen.fill("12000");
      await page.getByRole("combobox", { name: t.electricity }).click();
      await page.getByRole("option", { name: new RegExp(t.electricityOption) }).click();
      await checkNoHorizontalOverflow(page, label, "settings");
      await shoot(page, label, "5-settings");

      // Kept in the pane's storage: still there after a reload.
      await page.reload({ waitUntil: "load" });
      await page
        .getByRole("tab", { name: t.tabs.settings, exact: true })
        .waitFor({ timeout: 15_000 });
      await openSection(page, t, "settings");
      const kept = await page.getByRole("textbox", { name: t.yen }).inputValue();
      if (kept !== "12000")
        problems.push(`[${label}] ¥/t after reload is ${JSON.stringify(kept)}, expected "12000"`);
      const electricity = await page.getByRole("combobox", { name: t.electricity }).textContent();
      if (!electricity?.includes(t.electricityOption))
        problems.push(
          `[${label}] electricity factor after reload is ${JSON.stringify(electricity)}`
        );
    });
  } finally {
    await context.close();
  }
}

/** Inside (a stand-in for) Excel: insert a function, build sheets — the failure must be shown, not only logged. */
async function walkInExcel() {
  const label = "excel";
  const t = TEXTS.ja;
  const { context, page } = await open("taskpane.html", label, "ja-JP", { fakeExcel: true });
  try {
    await expectText(page, label, "Excel に接続中");
    if ((await page.getByText(t.outside).filter({ visible: true }).count()) !== 0)
      problems.push(`[${label}] the pane says it is outside Excel`);

    await step(label, "insert", async () => {
      const button = page.getByRole("button", { name: t.insert }).first();
      await button.click();
      await expectText(page, label, "をセルに入力しました");
      const formulas = await page.evaluate("window.__fakeExcel.formulas");
      if (formulas.length !== 1 || !String(formulas[0]).startsWith("=GHG."))
        problems.push(`[${label}] inserted ${JSON.stringify(formulas)}`);
    });

    await step(label, "build", async () => {
      await openSection(page, t, "sheet");
      const build = page.getByTestId("sheet-build");
      if ((await build.getAttribute("aria-disabled")) === "true" || (await build.isDisabled()))
        throw new Error(`"${t.build}" is disabled in Excel`);
      await build.click();
      await page.getByRole("progressbar").waitFor({ state: "visible", timeout: 5_000 });
      const alert = page.getByRole("alert").filter({ hasText: "作成できませんでした" });
      await alert.waitFor({ state: "visible", timeout: 15_000 });
      if (!(await alert.textContent())?.includes(FAKE_REFUSAL))
        problems.push(
          `[${label}] the failure does not quote Excel's message: ${await alert.textContent()}`
        );
      await alert.scrollIntoViewIfNeeded();
      await shoot(page, label, "2-sheet-build-failed", false);
    });

    // Saving a questionnaire as a file works in Excel too.
    await step(label, "questionnaire file", async () => {
      await openSection(page, t, "questionnaire");
      await saveDownload(page, label, "questionnaire", t, t.questionnairePrefix);
    });

    // 回収 → 「Excel に書き込む」: enabled in Excel; the stand-in refuses, and the pane must say so.
    await step(label, "collect write", async () => {
      if (!returnedQuestionnaire)
        throw new Error("no returned questionnaire to collect (the ja export failed)");
      await openSection(page, t, "collect");
      await page
        .getByTestId("collect-input")
        .setInputFiles([{ name: "回答.xlsx", mimeType: XLSX_TYPE, buffer: returnedQuestionnaire }]);
      const counts = await collectCounts(page);
      if (counts.collected !== 1)
        problems.push(`[${label}] collect: ${JSON.stringify(counts)}, expected 1 collected`);
      const write = page.getByTestId("collect-build");
      if ((await write.getAttribute("aria-disabled")) === "true" || (await write.isDisabled()))
        throw new Error("「Excel に書き込む」 is disabled in Excel");
      await write.click();
      const panel = page.locator("#panel-collect");
      const alert = panel.getByRole("alert").filter({ hasText: "作成できませんでした" });
      await alert.waitFor({ state: "visible", timeout: 15_000 });
      if (!(await alert.textContent())?.includes(FAKE_REFUSAL))
        problems.push(
          `[${label}] collect: the failure does not quote Excel's message: ${await alert.textContent()}`
        );
      await alert.scrollIntoViewIfNeeded();
      await shoot(page, label, "6-collect-write-failed", false);
    });
    // クレジット管理 → 「Excel に作成」: the lazily loaded section builds through the same gateway.
    await step(label, "ledger build", async () => {
      await openSection(page, t, "ledger");
      await page.getByTestId("ledger-example-minato").click();
      await page.getByTestId("ledger-build").click();
      const alert = page
        .locator("#panel-ledger")
        .getByRole("alert")
        .filter({ hasText: "作成できませんでした" });
      await alert.waitFor({ state: "visible", timeout: 15_000 });
      if (!(await alert.textContent())?.includes(FAKE_REFUSAL))
        problems.push(
          `[${label}] ledger: the failure does not quote Excel's message: ${await alert.textContent()}`
        );
      await alert.scrollIntoViewIfNeeded();
      await shoot(page, label, "7-ledger-build-failed", false);
    });
  } finally {
    await context.close();
  }
}

try {
  await walk("taskpane.html", "ja", "ja-JP", TEXTS.ja);
  await walk("taskpane.html?lang=en", "en", "en-US", TEXTS.en);
  await walkInExcel();
} catch (err) {
  problems.push(`unexpected: ${err instanceof Error ? err.stack : String(err)}`);
} finally {
  await browser.close();
  server.close();
  rmSync(downloadsDir, { recursive: true, force: true });
}

console.log(`screenshots (${screenshots.length}) in ${shotsDir}`);
if (problems.length > 0) {
  console.error(`browser-smoke: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ✗ ${p}`);
  process.exit(1);
}
console.log("browser-smoke: OK");
