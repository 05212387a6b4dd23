/** The README's first commands and its function table stay true. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_CATALOG, findFunction } from "../src/core";
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

test("the error paragraph names the codes the functions return: #VALUE! for bad numbers, #NUM! only for overflow", () => {
  const paragraph = readme.slice(
    readme.indexOf("- 入力の誤りは"),
    readme.indexOf("### 係数セットと監査")
  );
  expect(paragraph).toMatch(
    /負の値、0 人・0 日・面積 0、\n?\s*0〜1 の範囲外の割合[^→]*→ `#VALUE!`/
  );
  expect(paragraph).toMatch(/`#NUM!` は計算結果が大きすぎて数値で表せないときだけです/);
  expect(paragraph).toMatch(/a negative amount, zero riders\/days\/areas/);
  expect(paragraph).not.toMatch(/負の値・0 人・0 日 → `#NUM!`/);
  // …and the core agrees with what it says.
  const code = (name: string, args: unknown[]) => {
    const result = findFunction(name)!.call(args);
    return typeof result === "object" ? result.code : result;
  };
  expect(code("CO2_FUEL", ["軽油", -1])).toBe("#VALUE!");
  expect(code("CO2_BUS", [60, 0, "軽油"])).toBe("#VALUE!");
  expect(code("CO2_LODGING", [3000000, 0.324, 1.5, 3000, 30, 365])).toBe("#VALUE!");
  expect(code("CO2_FUEL", ["水素", 1])).toBe("#N/A");
  expect(code("CO2_ELEC", [1e308, 10])).toBe("#NUM!");
  expect(code("CO2_ELEC", [1000, 0])).toBe(0);
});
