/** The README's first commands and its function table stay true. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_CATALOG } from "../src/core";
import { withFunctionTable } from "../scripts/generate-readme-table";

const root = join(__dirname, "..");
const readme = readFileSync(join(root, "README.md"), "utf8");

test("the function table is generated from the catalogue (regenerate: npx tsx scripts/generate-readme-table.ts)", () => {
  expect(readme).toBe(withFunctionTable(readme, FUNCTION_CATALOG));
});

test("the quick start is `npm ci && npm start` and `npm test`, and CI runs the same", () => {
  expect(readme).toContain("npm ci && npm start");
  expect(readme).toContain("npm test");
  const ci = readFileSync(join(root, ".ci", "run"), "utf8");
  expect(ci).toMatch(/npm ci/);
  expect(ci).toMatch(/npm test/);
});
