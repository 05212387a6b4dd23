/**
 * npm run bench — figures for the closing note, measured in one run so ratios are comparable on a noisy machine.
 *  1. Each GHG.* function: calls per second in Node with its catalogue example, and the ratio to a bare
 *     multiplication `a * b` called the same way in the same run.
 *  2. Sheet builds (bench/sheet-writer.ts): the biggest builds (questionnaire, boundary, whole workbooks, a 1,000-row
 *     ledger, 1,000 collected questionnaires) written through office.js's own request serializer: round trips, the
 *     largest request and all requests in bytes, milliseconds.
 *  3. Collecting returned questionnaires (bench/collect.ts): 1,000 generated files read and classified.
 *  4. Bundle sizes of dist/ (raw and gzip) when a production build exists (`npm run build`).
 *  5. Start-up of the task pane in headless Chromium, CPU throttled 4× (bench/startup.ts): JavaScript before the
 *     tabs show and the time to them, as a ratio to an empty React page.
 * Options: --ms <per-function budget, default 300>, --collect <number of files, default 1000>
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CALC_FUNCTIONS } from "../src/core";
import { parseFormula } from "../src/cli/parse-formula";
import { benchCollect } from "./collect";
import { benchStartup } from "./startup";
import { benchWriter } from "./sheet-writer";

const argument = (name: string) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined;
const budgetMs = argument("--ms") || 300;
const collectCount = argument("--collect") || 1000;

/** Calls per second of `call(args)`, run in batches until the time budget is spent. */
function callsPerSecond(
  call: (args: readonly unknown[]) => unknown,
  args: readonly unknown[]
): number {
  let sink = 0;
  const batch = 1000;
  // Warm-up so the JIT has compiled both the function and this loop.
  for (let i = 0; i < batch * 5; i++) sink += call(args) === undefined ? 0 : 1;
  let calls = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(budgetMs) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < batch; i++) sink += call(args) === undefined ? 0 : 1;
    calls += batch;
    now = process.hrtime.bigint();
  }
  if (sink < 0) console.log(sink); // keeps the results observable
  return calls / (Number(now - start) / 1e9);
}

function benchFunctions(): void {
  const multiply = (args: readonly unknown[]) => (args[0] as number) * (args[1] as number);
  const baseline = callsPerSecond(multiply, [2.59, 100]);
  console.log(`## Functions (${budgetMs} ms each; baseline a*b: ${format(baseline)} calls/s)`);
  console.log("| function | example | calls/s | × slower than a*b |");
  console.log("|---|---|---:|---:|");
  for (const fn of CALC_FUNCTIONS) {
    const { args } = parseFormula(fn.example.formula);
    const rate = callsPerSecond((a) => fn.call(a), args);
    console.log(
      `| ${fn.name} | \`${fn.example.formula}\` | ${format(rate)} | ${(baseline / rate).toFixed(0)} |`
    );
  }
}

function benchBundles(): void {
  const dist = join(__dirname, "..", "dist");
  if (!existsSync(dist)) {
    console.log("\n## Bundles\n(no dist/: run `npm run build` first)");
    return;
  }
  console.log("\n## Bundles (dist/, production build)");
  console.log("| file | bytes | gzip bytes |");
  console.log("|---|---:|---:|");
  for (const file of readdirSync(dist)
    .filter((f) => f.endsWith(".js"))
    .sort()) {
    const path = join(dist, file);
    if (!statSync(path).isFile()) continue;
    const content = readFileSync(path);
    console.log(`| ${file} | ${content.length} | ${gzipSync(content).length} |`);
  }
}

const format = (n: number) => Math.round(n).toLocaleString("en-US");

async function main(): Promise<void> {
  benchFunctions();
  console.log("");
  console.log(await benchWriter());
  console.log("");
  console.log(await benchCollect(collectCount));
  benchBundles();
  console.log("");
  console.log(await benchStartup());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
