/**
 * Writes the function reference table into README.md between the functions:start/end markers, from the same
 * catalogue Excel's metadata comes from. test/readme.test.ts fails when the README is stale.
 * Run: npx tsx scripts/generate-readme-table.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_CATALOG, type FunctionInfo } from "../src/core";
import { formatLikeRepo } from "./format-like-repo";

const START = "<!-- functions:start -->";
const END = "<!-- functions:end -->";
const cell = (text: string) => text.replace(/\|/g, "\\|");

function row(fn: FunctionInfo): string {
  const params = fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  const result =
    typeof fn.example.result === "number" ? String(fn.example.result) : `"${fn.example.result}"`;
  return `| \`GHG.${fn.name}(${params})\` | ${cell(fn.unit || "文字列 / text")} | ${cell(fn.description.ja)}<br>${cell(fn.description.en)} | \`=GHG.${cell(fn.example.formula)}\` → ${cell(result)} |`;
}

export function renderFunctionTable(catalog: readonly FunctionInfo[]): string {
  return [
    START,
    "| 関数 / function | 単位 / unit | 説明 / description | 例 / example |",
    "|---|---|---|---|",
    ...catalog.map(row),
    END,
  ].join("\n");
}

export function withFunctionTable(readme: string, catalog: readonly FunctionInfo[]): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  const text =
    readme.slice(0, start) + renderFunctionTable(catalog) + readme.slice(end + END.length);
  return formatLikeRepo(join(__dirname, "..", "README.md"), text);
}

if (require.main === module) {
  const path = join(__dirname, "..", "README.md");
  writeFileSync(path, withFunctionTable(readFileSync(path, "utf8"), FUNCTION_CATALOG));
  console.log(`updated ${path}`);
}
