/**
 * Bad input gets a clear Excel error with a message saying what is expected — #VALUE! or #N/A, the codes Excel shows
 * a message with; #NUM! only for a result too large for a number. A blank amount counts as 0, and a 0 where desktop
 * Excel's blank cell lands (a name, an override that cannot be 0) reads as a blank.
 */
import { CALC_FUNCTIONS, CalcError } from "../../src/core";
import { evaluate } from "../helpers/evaluate";

function errorOf(formula: string): CalcError {
  const result = evaluate(formula);
  if (!(result instanceof CalcError)) throw new Error(`${formula} did not fail: ${String(result)}`);
  return result;
}

const CASES: readonly { formula: string; code: string; ja: RegExp; en: RegExp }[] = [
  {
    formula: 'CO2_FUEL("水素",10)',
    code: "#N/A",
    ja: /「水素」は燃料の種類の一覧にありません。選択肢: ガソリン、灯油、軽油/,
    en: /"水素" is not a known fuel/,
  },
  {
    formula: "CO2_FUEL(3,10)",
    code: "#VALUE!",
    ja: /燃料の種類は名前（文字列）で指定/,
    en: /must be a name/,
  },
  {
    formula: 'CO2_FUEL("軽油","たくさん")',
    code: "#VALUE!",
    ja: /燃料使用量には数値を入力してください（入力: たくさん）/,
    en: /amount must be a number/,
  },
  {
    formula: 'CO2_FUEL("軽油",-5)',
    code: "#VALUE!",
    ja: /燃料使用量は 0 以上の数値にしてください（入力: -5）/,
    en: /amount must be 0 or more \(got: -5\)/,
  },
  {
    formula: 'CO2_FUEL("軽油",-1)',
    code: "#VALUE!",
    ja: /燃料使用量は 0 以上の数値にしてください（入力: -1）/,
    en: /amount must be 0 or more \(got: -1\)/,
  },
  {
    formula: "CO2_FUEL(0,10)",
    code: "#VALUE!",
    ja: /^燃料の種類が空欄です。値を入力してください$/,
    en: /^fuel is blank; enter a value$/,
  },
  {
    formula: 'CO2_FUEL("軽油",TRUE)',
    code: "#VALUE!",
    ja: /数値を入力してください（入力: TRUE）/,
    en: /must be a number/,
  },
  { formula: "CO2_FUEL(,10)", code: "#VALUE!", ja: /燃料の種類が空欄です/, en: /fuel is blank/ },
  {
    formula: 'CO2_FUEL("軽油",1,2)',
    code: "#VALUE!",
    ja: /CO2_FUEL の引数は最大 2 個/,
    en: /at most 2 arguments/,
  },
  {
    formula: 'CO2_ELEC(100,"九州電力")',
    code: "#N/A",
    ja: /電力の排出係数の一覧にありません。選択肢: 東京電力・実排出係数/,
    en: /not a known electricity factor/,
  },
  {
    formula: "CO2_ELEC(100,-0.4)",
    code: "#VALUE!",
    ja: /電力の排出係数は 0 以上の数値にしてください（入力: -0.4）/,
    en: /electricity factor must be 0 or more/,
  },
  {
    formula: 'CO2_HEAT(100,"電気")',
    code: "#N/A",
    ja: /熱の種類の一覧にありません/,
    en: /kind of heat/,
  },
  {
    formula: 'CO2_BUS(60,0,"軽油")',
    code: "#VALUE!",
    ja: /^乗車人数は 0 より大きい数値にしてください（入力: 0 または空欄）$/,
    en: /^riders must be greater than 0 \(got: 0 or a blank cell\)$/,
  },
  {
    formula: 'CO2_BUS(60,-2,"軽油")',
    code: "#VALUE!",
    ja: /^乗車人数は 0 より大きい数値にしてください（入力: -2）$/,
    en: /got: -2/,
  },
  {
    formula: 'CO2_BUS(60,,"軽油")',
    code: "#VALUE!",
    ja: /乗車人数が空欄です/,
    en: /riders is blank/,
  },
  {
    formula: 'CO2_BUS(60,30,"LPガス")',
    code: "#N/A",
    ja: /バス・LPガスの標準値はありません。燃費（km\/ℓ）を指定してください/,
    en: /no standard value/,
  },
  {
    formula: 'CO2_SHIP(60,30,"A重油",0)',
    code: "#VALUE!",
    ja: /燃費は 0 より大きい/,
    en: /fuel economy must be greater than 0/,
  },
  {
    formula: 'FUEL_ECONOMY("軽油",20000)',
    code: "#VALUE!",
    ja: /最大積載量「20000 kg」は表の範囲外です（範囲: 軽油: ～999、/,
    en: /outside the table/,
  },
  {
    formula: 'FUEL_ECONOMY("軽油","軽")',
    code: "#VALUE!",
    ja: /最大積載量「軽」は表の範囲外/,
    en: /outside the table/,
  },
  {
    formula: 'FUEL_ECONOMY("灯油",1000)',
    code: "#N/A",
    ja: /「灯油」の燃費はありません（ガソリン・軽油のみ）/,
    en: /gasoline and diesel only/,
  },
  {
    formula: 'FUEL_ECONOMY("軽油",1000,"社用")',
    code: "#N/A",
    ja: /「社用」は営業用\/自家用の一覧にありません。選択肢: 営業用、自家用/,
    en: /not a known use/,
  },
  {
    formula: 'CO2_RAIL(10,10,"JR東日本（在来線）軽油")',
    code: "#VALUE!",
    ja: /軽油の排出係数（kg-CO2\/MJ）を指定してください。.*MJ 当たりの軽油の係数がありません/,
    en: /diesel factor in kg-CO2\/MJ/,
  },
  {
    formula: 'CO2_RAIL(10,10,"西武鉄道")',
    code: "#N/A",
    ja: /鉄道会社・燃料消費率の一覧にありません/,
    en: /not a known operator or rate/,
  },
  {
    formula: "CO2_LODGING(3000000,0.324,30,3000,30,365)",
    code: "#VALUE!",
    ja: /0〜1 の割合で入力してください（30% は 0.3）/,
    en: /share between 0 and 1/,
  },
  {
    formula: "CO2_LODGING(3000000,0.324,0.3,0,30,365)",
    code: "#VALUE!",
    ja: /客室部門総面積は 0 より大きい/,
    en: /greater than 0/,
  },
  {
    formula: "CO2_LODGING(3000000,0.324,0.3,3000,30,0)",
    code: "#VALUE!",
    ja: /年間稼働日数は 0 より大きい/,
    en: /greater than 0/,
  },
  {
    formula: 'CO2_PRINT(100,"週刊誌")',
    code: "#N/A",
    ja: /1部当たり排出量の一覧にありません/,
    en: /g-CO2 per copy/,
  },
  {
    formula: 'FOREST_UPTAKE(1,10,"その他針葉樹",10)',
    code: "#VALUE!",
    ja: /「その他針葉樹」の係数は都道府県によって異なります/,
    en: /depend on the prefecture/,
  },
  {
    formula: 'FOREST_UPTAKE(1,10,"スギ",0)',
    code: "#VALUE!",
    ja: /林齢は 0 より大きい/,
    en: /stand age must be greater than 0/,
  },
  {
    formula: 'FOREST_UPTAKE(1,10,"バオバブ",10)',
    code: "#N/A",
    ja: /樹種の一覧にありません。選択肢: スギ、ヒノキ/,
    en: /not a known species/,
  },
  {
    formula: 'FOREST_UPTAKE(1,10,"その他広葉樹",10,"ニューヨーク")',
    code: "#N/A",
    ja: /都道府県の一覧にありません/,
    en: /not a known prefecture/,
  },
  {
    formula: 'FOREST_UPTAKE_BY_AGE("スギ",61,1)',
    code: "#VALUE!",
    ja: /林齢「61」は表の範囲外です（範囲: 1〜60年）/,
    en: /outside the table/,
  },
  {
    formula: 'FACTOR("ウラン")',
    code: "#N/A",
    ja: /係数名の一覧にありません/,
    en: /not a known factor name/,
  },
  {
    formula: 'FACTOR("jver-2030:軽油")',
    code: "#N/A",
    ja: /係数セット「jver-2030」はありません。使用できるセット: jver-2011/,
    en: /Factor set "jver-2030" does not exist/,
  },
  {
    formula: 'FACTOR_INFO("軽油","色")',
    code: "#N/A",
    ja: /項目の一覧にありません/,
    en: /not a known field/,
  },
  { formula: "CO2_ELEC(1e400)", code: "#VALUE!", ja: /電力使用量が大きすぎる/, en: /too large/ },
  {
    formula: "CO2_PRINT(100,0)",
    code: "#VALUE!",
    ja: /1部当たり排出量は 0 より大きい/,
    en: /greater than 0/,
  },
  {
    formula: "CO2_PRINT(100,-1)",
    code: "#VALUE!",
    ja: /1部当たり排出量は 0 より大きい数値にしてください（入力: -1）/,
    en: /greater than 0 \(got: -1\)/,
  },
  {
    formula: "CO2_LODGING(3000000,-0.1,0.3,3000,30,365)",
    code: "#VALUE!",
    ja: /排出係数は 0 以上/,
    en: /0 or more/,
  },
  {
    formula: 'CO2_RAIL(10,10,"JR東日本（在来線）軽油",0)',
    code: "#VALUE!",
    ja: /軽油の排出係数（kg-CO2\/MJ）を指定してください/,
    en: /diesel factor in kg-CO2\/MJ/,
  },
  {
    formula: 'FUEL_ECONOMY("軽油",0)',
    code: "#VALUE!",
    ja: /^最大積載量が空欄です。値を入力してください$/,
    en: /maximum load is blank/,
  },
  {
    formula: "FOREST_UPTAKE(1,10,0,10)",
    code: "#VALUE!",
    ja: /^樹種が空欄です/,
    en: /species is blank/,
  },
  {
    formula: 'FOREST_UPTAKE(1,10,"その他針葉樹",10,0)',
    code: "#VALUE!",
    ja: /「その他針葉樹」の係数は都道府県によって異なります/,
    en: /depend on the prefecture/,
  },
  { formula: "FACTOR(0)", code: "#VALUE!", ja: /^係数名が空欄です/, en: /factor name is blank/ },
];

describe("bad input", () => {
  test.each(CASES)("$formula → $code", ({ formula, code, ja, en }) => {
    const error = errorOf(formula);
    expect(error.code).toBe(code);
    expect(error.message.ja).toMatch(ja);
    expect(error.message.en).toMatch(en);
  });
});

describe("only an overflowing result is #NUM!, and it says why", () => {
  test("a result beyond a double is #NUM! with a message the CLI prints", () => {
    const error = errorOf("CO2_ELEC(1e308,10)");
    expect(error.code).toBe("#NUM!");
    expect(error.message.ja).toBe(
      "計算結果が大きすぎて数値で表せません。入力の桁と単位（kg と t、kWh と MWh など）を確認してください"
    );
    expect(error.message.en).toMatch(/^The result is too large to be a number/);
    // The same inputs, one order of magnitude smaller, are a number.
    expect(evaluate("CO2_ELEC(1e307,10)")).toBe(1e308);
  });
});

describe("desktop Excel's blank cell (0) reads as blank where 0 cannot be meant", () => {
  test("0 as prefecture and carbon fraction is the same as omitting them", () => {
    const omitted = evaluate('FOREST_UPTAKE(1,8.5,"スギ",10)');
    expect(omitted).toBeCloseTo((1 * 8.5 * 1.57 * 1.25 * 0.314 * 0.5 * 44) / 12, 12);
    expect(evaluate('FOREST_UPTAKE(1,8.5,"スギ",10,0,0)')).toBe(omitted);
    expect(evaluate('FOREST_UPTAKE(1,8.5,"スギ",10,"","")')).toBe(omitted);
    // A real carbon fraction still counts.
    expect(evaluate('FOREST_UPTAKE(1,8.5,"スギ",10,0,0.25)')).toBeCloseTo(
      (omitted as number) / 2,
      12
    );
    // A 0 where the prefecture matters is the blank it stands for: the message asks for one.
    expect(evaluate('FOREST_UPTAKE(1,10,"その他針葉樹",10,0)')).toEqual(
      evaluate('FOREST_UPTAKE(1,10,"その他針葉樹",10)')
    );
  });

  test("0 as use and km/ℓ of a truck is the table's value", () => {
    const omitted = evaluate('CO2_TRUCK(10,"軽油",2000)');
    expect(omitted).toBeCloseTo((10 / 4.58) * 2.59, 12);
    expect(evaluate('CO2_TRUCK(10,"軽油",2000,0,0)')).toBe(omitted);
    expect(evaluate('CO2_TRUCK(10,"軽油",2000,"","")')).toBe(omitted);
    expect(evaluate('FUEL_ECONOMY("軽油",2000,0)')).toBe(4.58);
    expect(evaluate('CO2_VEHICLE(100,"ガソリン",0,0)')).toBe(
      evaluate('CO2_VEHICLE(100,"ガソリン")')
    );
    expect(evaluate('CO2_BUS(60,30,"軽油",0)')).toBe(0.8288);
    expect(evaluate("CO2_HEAT(1000,0)")).toBe(57);
    expect(evaluate("CO2_RAIL(1000,10,0)")).toBe(evaluate("CO2_RAIL(1000,10)"));
    expect(evaluate('FACTOR_INFO("軽油",0)')).toBe(evaluate('FACTOR_INFO("軽油")'));
  });

  test("0 is a real electricity factor: a zero-emission tariff gives 0 kg", () => {
    expect(evaluate("CO2_ELEC(1000,0)")).toBe(0);
    expect(evaluate('CO2_ELEC(1000,"0")')).toBe(0);
    expect(evaluate('CO2_ELEC(1000,"jver-2011:0")')).toBe(0);
    expect(evaluate("CO2_EQUIPMENT(200,36,8,0)")).toBe(0);
    expect(evaluate('CO2_RAIL(1000,10,"JR東日本（在来線）",0)')).toBe(0);
    expect(evaluate("CO2_LODGING(3000000,0,0.3,3000,30,365)")).toBe(0);
    // Blank and omitted are still the default 0.384.
    expect(evaluate("CO2_ELEC(1000)")).toBe(384);
    expect(evaluate('CO2_ELEC(1000,"")')).toBe(384);
  });

  test("every parameter that says blank and 0 agree keeps its word", () => {
    // A valid call per function; each argument in turn is replaced by a blank and by a 0.
    const valid: Record<string, readonly unknown[]> = {
      CO2_FUEL: ["軽油", 100],
      CO2_ELEC: [1000, 0.5],
      CO2_HEAT: [1000, "産業用蒸気"],
      CO2_EQUIPMENT: [200, 36, 8, 0.5],
      CO2_FLOOR_AREA: [80, 500, 1],
      FUEL_ECONOMY: ["軽油", 2000, "自家用"],
      CO2_TRUCK: [10, "軽油", 2000, "自家用", 5],
      CO2_VEHICLE: [100, "ガソリン", "貨物車", 9],
      CO2_RAIL: [1000, 10, "東京メトロ", 0.5],
      CO2_BUS: [60, 30, "軽油", 5],
      CO2_SHIP: [60, 30, "A重油", 0.43],
      CO2_FUEL_PER_PERSON: ["軽油", 20, 30],
      CO2_LODGING: [3000000, 0.324, 0.3, 3000, 30, 365],
      CO2_PRINT: [21000, 9.5],
      FOREST_UPTAKE: [1, 10, "その他針葉樹", 30, "東京都", 0.45],
      FOREST_UPTAKE_BY_AGE: ["スギ", 23, 2],
      EMISSION_REDUCTION: [120, 80],
      CREDITS_NEEDED: [1200.5],
      OFFSET_COST: [3, 5000],
      FACTOR: ["軽油"],
      FACTOR_INFO: ["軽油", "単位"],
    };
    let checked = 0;
    for (const fn of CALC_FUNCTIONS) {
      const args = valid[fn.name];
      if (!args) throw new Error(`no valid call for ${fn.name}`);
      expect(typeof fn.call(args)).not.toBe("object");
      fn.params.forEach((param, i) => {
        const with_ = (value: unknown) => fn.call(args.map((a, j) => (j === i ? value : a)));
        if (param.sameForBlankAndZero) {
          expect([fn.name, param.name, with_(0)]).toEqual([fn.name, param.name, with_(null)]);
          expect([fn.name, param.name, with_(0)]).toEqual([fn.name, param.name, with_("")]);
          checked++;
        } else {
          // Where they differ, a 0 is either a real value or an error with a message — never a silent default.
          expect([fn.name, param.name, with_(0)]).not.toEqual([fn.name, param.name, with_(null)]);
        }
      });
    }
    expect(checked).toBeGreaterThan(30);
  });
});

describe("blank cells and friendly numbers", () => {
  test("a blank amount counts as 0, so a half-filled budget row shows 0", () => {
    expect(evaluate('CO2_FUEL("軽油",)')).toBe(0);
    expect(evaluate('CO2_FUEL("軽油","")')).toBe(0);
    expect(evaluate("CO2_EQUIPMENT(,36,8)")).toBe(0);
    expect(evaluate("CREDITS_NEEDED()")).toBe(0);
  });

  test("numbers typed as text, full-width or with thousands separators, are read as numbers", () => {
    expect(evaluate('CO2_FUEL("軽油","1,000")')).toBe(2590);
    expect(evaluate('CO2_FUEL("軽油","１００")')).toBe(259);
    expect(evaluate('CO2_ELEC(" 1000 ")')).toBe(384);
  });

  test("names are matched regardless of width, spacing and punctuation", () => {
    expect(evaluate('CO2_FUEL("Ａ 重油",1)')).toBe(2.71);
    expect(evaluate('CO2_FUEL("a重油",1)')).toBe(2.71);
    expect(evaluate('CO2_FUEL("diesel",1)')).toBe(2.59);
    expect(evaluate('CO2_ELEC(1,"東京電力（調整後排出係数）")')).toBe(0.324);
  });

  test("a key may name the factor set; the default set is jver-2011", () => {
    expect(evaluate('CO2_FUEL("jver-2011:軽油",100)')).toBe(259);
    expect(evaluate('CO2_FUEL("JVER-2011：軽油",100)')).toBe(259);
  });
});

describe("names qualified by the factor-set cell of a built sheet", () => {
  test("set prefix + blank name is a blank, set prefix + number is a number", () => {
    expect(evaluate('CO2_FUEL("jver-2011:",1)')).toMatchObject({
      code: "#VALUE!",
      message: { ja: "燃料の種類が空欄です。値を入力してください" },
    });
    expect(evaluate('CO2_PRINT(1000,"jver-2011:9.5")')).toBe(9.5);
    expect(evaluate('CO2_ELEC(1000,"jver-2011:0.5")')).toBe(500);
    expect(evaluate('CO2_ELEC(1000,"jver-2011:")')).toMatchObject({ code: "#VALUE!" });
  });
});

test("a guidebook name containing a colon is a name, not a factor set", () => {
  expect(
    evaluate('CO2_ELEC(1000,"電気事業者別排出係数（2009年度実績：東京電力㈱・実排出係数）")')
  ).toBe(384);
  expect(
    evaluate(
      'CO2_ELEC(1000,"jver-2011:電気事業者別排出係数（2009年度実績：東京電力㈱・調整後排出係数）")'
    )
  ).toBe(324);
});
