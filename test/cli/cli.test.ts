/** The command line as a user runs it: `npm run --silent cli -- …` (tsx src/cli/main.ts). */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/main";

const root = join(__dirname, "..", "..");

async function runInProcess(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

test("npm run --silent cli -- eval prints the value alone", () => {
  const result = spawnSync("npm", ["run", "--silent", "cli", "--", "eval", 'CO2_FUEL("軽油",100)'], { cwd: root, encoding: "utf8" });
  expect(result.stdout).toBe("259\n");
  expect(result.status).toBe(0);
}, 60_000);

test("an Excel error goes to stderr with its message, exit 1", async () => {
  const result = await runInProcess("eval", 'CO2_FUEL("水素",100)');
  expect(result.code).toBe(1);
  expect(result.out).toEqual([]);
  expect(result.err[0]).toMatch(/^#N\/A 「水素」は燃料の種類の一覧にありません。選択肢: ガソリン/);
  expect((await runInProcess("eval", 'CO2_FUEL("水素",100)', "--en")).err[0]).toMatch(/^#N\/A "水素" is not a known fuel/);
});

test("eval accepts = and the GHG. namespace, omitted arguments and text results", async () => {
  expect((await runInProcess("eval", "=GHG.CO2_ELEC(1000,)")).out).toEqual(["384"]);
  expect((await runInProcess("eval", 'FACTOR_INFO("軽油","単位")')).out).toEqual(["kg-CO2/ℓ"]);
});

test("a malformed call or unknown function is reported, not thrown", async () => {
  expect((await runInProcess("eval", "CO2_FUEL(軽油,100)")).code).toBe(2);
  expect((await runInProcess("eval", 'CO2_FUEL("軽油,100)')).err[0]).toMatch(/文字列が閉じていません/);
  expect((await runInProcess("eval", "NOPE(1)")).err[0]).toMatch(/^#NAME\? 関数がありません: NOPE/);
});

test("factors lists every bundled factor with set, unit and citation", async () => {
  const { code, out } = await runInProcess("factors");
  expect(code).toBe(0);
  expect(out[0]).toBe("set\tkey\tname\tvalue\tunit\tsource\tdate\ttable");
  const diesel = out.find((line) => line.split("\t")[1] === "diesel")!.split("\t");
  expect(diesel).toEqual([
    "jver-2011", "diesel", "軽油", "2.59", "kg-CO2/ℓ",
    "オフセット・クレジット（J-VER）制度における温室効果ガス算定用デフォルト値一覧 Ver1.1", "2011-03-23",
    "別表：排出係数一覧（二酸化炭素〔CO2〕）（48頁・77頁・171頁）",
  ]);
  expect(out.length).toBeGreaterThan(40);
  expect((await runInProcess("factors", "--set", "nope")).code).toBe(1);
});

test("functions lists every function with its unit", async () => {
  const { out } = (await runInProcess("functions"));
  expect(out.find((l) => l.startsWith("CREDITS_NEEDED("))).toBe("CREDITS_NEEDED(kg_co2)\tt-CO2\tオフセットに必要なクレジット量 (t-CO2) = 排出量(kg-CO2) ÷ 1,000 を整数トンに切り上げ");
});
