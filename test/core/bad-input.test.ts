/** Bad input gets a clear Excel error with a message saying what is expected; a blank amount counts as 0. */
import { CalcError } from "../../src/core";
import { evaluate } from "../helpers/evaluate";

function errorOf(formula: string): CalcError {
  const result = evaluate(formula);
  if (!(result instanceof CalcError)) throw new Error(`${formula} did not fail: ${String(result)}`);
  return result;
}

const CASES: readonly { formula: string; code: string; ja: RegExp; en: RegExp }[] = [
  { formula: 'CO2_FUEL("水素",10)', code: "#N/A", ja: /「水素」は燃料の種類の一覧にありません。選択肢: ガソリン、灯油、軽油/, en: /"水素" is not a known fuel/ },
  { formula: "CO2_FUEL(3,10)", code: "#VALUE!", ja: /燃料の種類は名前（文字列）で指定/, en: /must be a name/ },
  { formula: 'CO2_FUEL("軽油","たくさん")', code: "#VALUE!", ja: /燃料使用量には数値を入力してください（入力: たくさん）/, en: /amount must be a number/ },
  { formula: 'CO2_FUEL("軽油",-5)', code: "#NUM!", ja: /燃料使用量は 0 以上/, en: /must be 0 or more/ },
  { formula: 'CO2_FUEL("軽油",TRUE)', code: "#VALUE!", ja: /数値を入力してください（入力: TRUE）/, en: /must be a number/ },
  { formula: 'CO2_FUEL(,10)', code: "#VALUE!", ja: /燃料の種類が空欄です/, en: /fuel is blank/ },
  { formula: 'CO2_FUEL("軽油",1,2)', code: "#VALUE!", ja: /CO2_FUEL の引数は最大 2 個/, en: /at most 2 arguments/ },
  { formula: 'CO2_ELEC(100,"九州電力")', code: "#N/A", ja: /電力の排出係数の一覧にありません。選択肢: 東京電力・実排出係数/, en: /not a known electricity factor/ },
  { formula: "CO2_ELEC(100,-0.4)", code: "#NUM!", ja: /0 より大きい/, en: /greater than 0/ },
  { formula: 'CO2_HEAT(100,"電気")', code: "#N/A", ja: /熱の種類の一覧にありません/, en: /kind of heat/ },
  { formula: 'CO2_BUS(60,0,"軽油")', code: "#NUM!", ja: /乗車人数は 0 より大きい数値/, en: /riders must be greater than 0/ },
  { formula: 'CO2_BUS(60,,"軽油")', code: "#VALUE!", ja: /乗車人数が空欄です/, en: /riders is blank/ },
  { formula: 'CO2_BUS(60,30,"LPガス")', code: "#N/A", ja: /バス・LPガスの標準値はありません。燃費（km\/ℓ）を指定してください/, en: /no standard value/ },
  { formula: 'CO2_SHIP(60,30,"A重油",0)', code: "#NUM!", ja: /燃費は 0 より大きい/, en: /fuel economy must be greater than 0/ },
  { formula: 'FUEL_ECONOMY("軽油",20000)', code: "#NUM!", ja: /最大積載量「20000 kg」は表の範囲外です（範囲: 軽油: ～999、/, en: /outside the table/ },
  { formula: 'FUEL_ECONOMY("軽油","軽")', code: "#NUM!", ja: /最大積載量「軽」は表の範囲外/, en: /outside the table/ },
  { formula: 'FUEL_ECONOMY("灯油",1000)', code: "#N/A", ja: /「灯油」の燃費はありません（ガソリン・軽油のみ）/, en: /gasoline and diesel only/ },
  { formula: 'FUEL_ECONOMY("軽油",1000,"社用")', code: "#N/A", ja: /「社用」は営業用\/自家用の一覧にありません。選択肢: 営業用、自家用/, en: /not a known use/ },
  { formula: 'CO2_RAIL(10,10,"JR東日本（在来線）軽油")', code: "#VALUE!", ja: /軽油の排出係数（kg-CO2\/MJ）を指定してください。.*MJ 当たりの軽油の係数がありません/, en: /diesel factor in kg-CO2\/MJ/ },
  { formula: 'CO2_RAIL(10,10,"西武鉄道")', code: "#N/A", ja: /鉄道会社・燃料消費率の一覧にありません/, en: /not a known operator or rate/ },
  { formula: 'CO2_LODGING(3000000,0.324,30,3000,30,365)', code: "#NUM!", ja: /0〜1 の割合で入力してください（30% は 0.3）/, en: /share between 0 and 1/ },
  { formula: 'CO2_LODGING(3000000,0.324,0.3,0,30,365)', code: "#NUM!", ja: /客室部門総面積は 0 より大きい/, en: /greater than 0/ },
  { formula: 'CO2_LODGING(3000000,0.324,0.3,3000,30,0)', code: "#NUM!", ja: /年間稼働日数は 0 より大きい/, en: /greater than 0/ },
  { formula: 'CO2_PRINT(100,"週刊誌")', code: "#N/A", ja: /1部当たり排出量の一覧にありません/, en: /g-CO2 per copy/ },
  { formula: 'FOREST_UPTAKE(1,10,"その他針葉樹",10)', code: "#VALUE!", ja: /「その他針葉樹」の係数は都道府県によって異なります/, en: /depend on the prefecture/ },
  { formula: 'FOREST_UPTAKE(1,10,"スギ",0)', code: "#NUM!", ja: /林齢は 0 より大きい/, en: /stand age must be greater than 0/ },
  { formula: 'FOREST_UPTAKE(1,10,"バオバブ",10)', code: "#N/A", ja: /樹種の一覧にありません。選択肢: スギ、ヒノキ/, en: /not a known species/ },
  { formula: 'FOREST_UPTAKE(1,10,"その他広葉樹",10,"ニューヨーク")', code: "#N/A", ja: /都道府県の一覧にありません/, en: /not a known prefecture/ },
  { formula: 'FOREST_UPTAKE_BY_AGE("スギ",61,1)', code: "#NUM!", ja: /林齢「61」は表の範囲外です（範囲: 1〜60年）/, en: /outside the table/ },
  { formula: 'FACTOR("ウラン")', code: "#N/A", ja: /係数名の一覧にありません/, en: /not a known factor name/ },
  { formula: 'FACTOR("jver-2030:軽油")', code: "#N/A", ja: /係数セット「jver-2030」はありません。使用できるセット: jver-2011/, en: /Factor set "jver-2030" does not exist/ },
  { formula: 'FACTOR_INFO("軽油","色")', code: "#N/A", ja: /項目の一覧にありません/, en: /not a known field/ },
  { formula: "CO2_ELEC(1e400)", code: "#NUM!", ja: /大きすぎる/, en: /too large/ },
];

describe("bad input", () => {
  test.each(CASES)("$formula → $code", ({ formula, code, ja, en }) => {
    const error = errorOf(formula);
    expect(error.code).toBe(code);
    expect(error.message.ja).toMatch(ja);
    expect(error.message.en).toMatch(en);
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
    expect(evaluate('CO2_FUEL("jver-2011:",1)')).toMatchObject({ code: "#VALUE!", message: { ja: "燃料の種類が空欄です。値を入力してください" } });
    expect(evaluate('CO2_PRINT(1000,"jver-2011:9.5")')).toBe(9.5);
    expect(evaluate('CO2_ELEC(1000,"jver-2011:0.5")')).toBe(500);
    expect(evaluate('CO2_ELEC(1000,"jver-2011:")')).toMatchObject({ code: "#VALUE!" });
  });
});

test("a guidebook name containing a colon is a name, not a factor set", () => {
  expect(evaluate('CO2_ELEC(1000,"電気事業者別排出係数（2009年度実績：東京電力㈱・実排出係数）")')).toBe(384);
  expect(evaluate('CO2_ELEC(1000,"jver-2011:電気事業者別排出係数（2009年度実績：東京電力㈱・調整後排出係数）")')).toBe(324);
});
