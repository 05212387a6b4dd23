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
  const result = spawnSync(
    "npm",
    ["run", "--silent", "cli", "--", "eval", 'CO2_FUEL("軽油",100)'],
    { cwd: root, encoding: "utf8" }
  );
  expect(result.stdout).toBe("259\n");
  expect(result.status).toBe(0);
}, 60_000);

test("an Excel error goes to stderr with its message, exit 1", async () => {
  const result = await runInProcess("eval", 'CO2_FUEL("水素",100)');
  expect(result.code).toBe(1);
  expect(result.out).toEqual([]);
  expect(result.err[0]).toMatch(/^#N\/A 「水素」は燃料の種類の一覧にありません。選択肢: ガソリン/);
  expect((await runInProcess("eval", 'CO2_FUEL("水素",100)', "--en")).err[0]).toMatch(
    /^#N\/A "水素" is not a known fuel/
  );
});

test("eval accepts = and the GHG. namespace, omitted arguments and text results", async () => {
  expect((await runInProcess("eval", "=GHG.CO2_ELEC(1000,)")).out).toEqual(["384"]);
  expect((await runInProcess("eval", 'FACTOR_INFO("軽油","単位")')).out).toEqual(["kg-CO2/ℓ"]);
});

test("a malformed call or unknown function is reported, not thrown", async () => {
  expect((await runInProcess("eval", "CO2_FUEL(軽油,100)")).code).toBe(2);
  expect((await runInProcess("eval", 'CO2_FUEL("軽油,100)')).err[0]).toMatch(
    /文字列が閉じていません/
  );
  const unknown = await runInProcess("eval", "NOPE(1)");
  expect(unknown.code).toBe(1);
  expect(unknown.err[0]).toMatch(
    /^#N\/A 関数「NOPE」はありません。使用できる関数: CO2_FUEL、CO2_ELEC、/
  );
});

test("npm run cli -- eval: a negative amount and zero riders are #VALUE! with their message on stderr, exit 1", () => {
  const cases: [string, string][] = [
    ['CO2_FUEL("軽油",-1)', "#VALUE! 燃料使用量は 0 以上の数値にしてください（入力: -1）\n"],
    [
      'CO2_BUS(60,0,"軽油")',
      "#VALUE! 乗車人数は 0 より大きい数値にしてください（入力: 0 または空欄）\n",
    ],
  ];
  for (const [formula, stderr] of cases) {
    const result = spawnSync("npm", ["run", "--silent", "cli", "--", "eval", formula], {
      cwd: root,
      encoding: "utf8",
    });
    expect([formula, result.stdout, result.stderr, result.status]).toEqual([
      formula,
      "",
      stderr,
      1,
    ]);
  }
}, 120_000);

test("the desktop blank cell cases evaluate as the issue requires", async () => {
  const value = async (formula: string) => (await runInProcess("eval", formula)).out;
  expect(await value('FOREST_UPTAKE(1,8.5,"スギ",10,0,0)')).toEqual(
    await value('FOREST_UPTAKE(1,8.5,"スギ",10)')
  );
  expect(await value('CO2_TRUCK(10,"軽油",2000,0,0)')).toEqual(
    await value('CO2_TRUCK(10,"軽油",2000)')
  );
  expect(await value("CO2_ELEC(1000,0)")).toEqual(["0"]);
});

test("#NUM! (a result too large for a number, which Excel shows without a message) is printed with why", async () => {
  const result = await runInProcess("eval", "CO2_ELEC(1e308,10)");
  expect(result.code).toBe(1);
  expect(result.err).toEqual([
    "#NUM! 計算結果が大きすぎて数値で表せません。入力の桁と単位（kg と t、kWh と MWh など）を確認してください",
  ]);
  expect((await runInProcess("eval", "CO2_ELEC(1e308,10)", "--en")).err[0]).toMatch(
    /^#NUM! The result is too large to be a number/
  );
});

test("factors lists every bundled factor with set, unit and citation", async () => {
  const { code, out } = await runInProcess("factors");
  expect(code).toBe(0);
  expect(out[0]).toBe("set\tkey\tname\tvalue\tunit\tsource\tdate\ttable");
  const diesel = out.find((line) => line.split("\t")[1] === "diesel")!.split("\t");
  expect(diesel).toEqual([
    "jver-2011",
    "diesel",
    "軽油",
    "2.59",
    "kg-CO2/ℓ",
    "オフセット・クレジット（J-VER）制度における温室効果ガス算定用デフォルト値一覧 Ver1.1",
    "2011-03-23",
    "別表：排出係数一覧（二酸化炭素〔CO2〕）（48頁・77頁・171頁）",
  ]);
  expect(out.length).toBeGreaterThan(40);
  expect((await runInProcess("factors", "--set", "nope")).code).toBe(1);
});

test("functions lists every function with its unit", async () => {
  const { out } = await runInProcess("functions");
  expect(out.find((l) => l.startsWith("CREDITS_NEEDED("))).toBe(
    "CREDITS_NEEDED(kg_co2)\tt-CO2\tオフセットに必要なクレジット量 (t-CO2) = 排出量(kg-CO2) ÷ 1,000 を整数トンに切り上げ"
  );
});
