/** docs/ARCHITECTURE.md and the lint rule's layers (eslint.config.mjs) name every folder of src/. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");
const folders = readdirSync(join(root, "src"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const architecture = readFileSync(join(root, "docs", "ARCHITECTURE.md"), "utf8");
const eslintConfig = readFileSync(join(root, "eslint.config.mjs"), "utf8");

test("src/ has folders", () => {
  expect(folders.length).toBeGreaterThan(5);
});

test.each(folders)("docs/ARCHITECTURE.md names src/%s", (folder) => {
  expect(architecture).toContain(`\`src/${folder}\``);
});

test.each(folders)("the lint rule's LAYERS place src/%s", (folder) => {
  // The array literal as written (Prettier puts a trailing comma after its last line).
  const layers = /const LAYERS = (\[[\s\S]*?\],?\s*\]);/.exec(eslintConfig)?.[1];
  expect(layers).toBeDefined();
  const json = layers!.replace(/,(\s*\])/g, "$1");
  expect((JSON.parse(json) as string[][]).flat()).toContain(folder);
});
