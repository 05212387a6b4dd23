/**
 * The size targets of docs/ARCHITECTURE.md: no hand-written file over 450 lines, no function over 80 lines outside
 * the data tables (src/core/data, src/scenarios). A test file's `describe` callbacks are groups of cases, not
 * functions, and a literal worked example may be long (ALLOWED, each with its reason). Prints the longest files and
 * functions and exits 1 when a target is missed (npm test runs it).   Run: npx tsx scripts/code-size.ts [--top N]
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..");
const FOLDERS = ["src", "test", "scripts", "bench", "e2e"];
const MAX_FILE_LINES = 450;
const MAX_FUNCTION_LINES = 80;
/** Data tables, transcribed from the guidebook: long by nature. Generated files are not hand-written. */
const EXEMPT = [/^src\/core\/data\//, /^src\/scenarios\//, /^src\/functions\/functions\.ts$/];
/** Functions that are data written as code, by `file name`. */
const ALLOWED: Record<string, string> = {
  "src/taskpane/state/ledger-examples.ts jointPurchaseExample":
    "the joint purchase worked example: one literal ledger, row by row",
};
/** Calls whose callback is a group of test cases (a single test is a function like any other). */
const TEST_GROUPS = /^(describe)(\.(each|only|skip|concurrent)(\([^)]*\))?)?$/;

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

interface Measure {
  readonly where: string;
  readonly lines: number;
}

function functionsOf(file: string, text: string): Measure[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Measure[] = [];
  const isTestGroup = (node: ts.Node) => {
    const call = node.parent;
    if (!call || !ts.isCallExpression(call)) return false;
    // describe.each(table)("name", fn): the callee is itself a call.
    const callee = call.expression.getText(source).replace(/\s+/g, "");
    return TEST_GROUPS.test(callee.replace(/\(.*\)$/s, "")) || TEST_GROUPS.test(callee);
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && !isTestGroup(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name =
        (node.name && ts.isIdentifier(node.name) && node.name.text) ||
        (ts.isVariableDeclaration(node.parent) &&
          ts.isIdentifier(node.parent.name) &&
          node.parent.name.text) ||
        "(anonymous)";
      if (!ALLOWED[`${file} ${name}`])
        found.push({ where: `${file}:${start + 1} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const top = Number(process.argv[process.argv.indexOf("--top") + 1]) || 10;
const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).map((path) =>
  relative(ROOT, path)
);
const handWritten = files.filter((file) => !EXEMPT.some((pattern) => pattern.test(file)));
const fileSizes: Measure[] = handWritten.map((file) => ({
  where: file,
  lines: readFileSync(join(ROOT, file), "utf8").split("\n").length,
}));
const functionSizes = handWritten.flatMap((file) =>
  functionsOf(file, readFileSync(join(ROOT, file), "utf8"))
);
const longest = (list: Measure[]) => [...list].sort((a, b) => b.lines - a.lines).slice(0, top);

console.log(`Longest hand-written files (target ≤ ${MAX_FILE_LINES} lines):`);
for (const m of longest(fileSizes)) console.log(`  ${String(m.lines).padStart(5)}  ${m.where}`);
console.log(`Longest functions (target ≤ ${MAX_FUNCTION_LINES} lines):`);
for (const m of longest(functionSizes)) console.log(`  ${String(m.lines).padStart(5)}  ${m.where}`);
const over = [
  ...fileSizes.filter((m) => m.lines > MAX_FILE_LINES),
  ...functionSizes.filter((m) => m.lines > MAX_FUNCTION_LINES),
];
console.log(over.length === 0 ? "code-size: OK" : `code-size: ${over.length} over the targets`);
process.exitCode = over.length === 0 ? 0 : 1;
