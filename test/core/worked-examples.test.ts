/**
 * Every worked example (具体的な算定例) of guidebook chapter 2 (seed 002), as {formula, printed} data: the function's
 * full-precision result, rounded as the guidebook rounds it, must equal the printed figure. Where the seed's own
 * arithmetic slips, the case asserts the correct value and says what the seed prints.
 */
import { evaluateNumber, roundTo } from "../helpers/evaluate";

interface WorkedExample {
  readonly where: string;
  readonly formula: string;
  readonly printed: number;
  readonly decimals: number;
}

const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    where: "A1 会場の電力 積み上げ法: 蛍光灯200本×36W×8h×0.384÷1,000",
    formula: "CO2_EQUIPMENT(200,36,8,0.384)",
    printed: 22.1,
    decimals: 1,
  },
  {
    where: "同上、排出係数を省略（既定 = 東京電力・実排出係数）",
    formula: "CO2_EQUIPMENT(200,36,8)",
    printed: 22.1,
    decimals: 1,
  },
  {
    where: "同上、係数名で指定",
    formula: 'CO2_EQUIPMENT(200,36,8,"東京電力・実排出係数")',
    printed: 22.1,
    decimals: 1,
  },
  {
    where: "A1 按分法: 80kg-CO2/m²・年×500m²×1日÷365日",
    formula: "CO2_FLOOR_AREA(80,500,1)",
    printed: 109.6,
    decimals: 1,
  },
  {
    where: "A1 発電機 燃料法: ガソリン3ℓ×2.32",
    formula: 'CO2_FUEL("ガソリン",3)',
    printed: 7.0,
    decimals: 1,
  },
  {
    where: "A1 搬入 燃費法: 10km÷4.58km/ℓ（軽油・2,000kg・営業用）×2.59",
    formula: 'CO2_TRUCK(10,"軽油",2000,"営業用")',
    printed: 5.7,
    decimals: 1,
  },
  {
    where: "同上、燃費を直接指定",
    formula: 'CO2_TRUCK(10,"軽油",2000,,4.58)',
    printed: 5.7,
    decimals: 1,
  },
  {
    where: "A2 庁有車 燃費法: 100km÷6.57km/ℓ（ガソリン・500kg・営業用）×2.32",
    formula: 'CO2_TRUCK(100,"ガソリン",500,"営業用")',
    printed: 35.3,
    decimals: 1,
  },
  {
    where: "A1/A2 鉄道: 1,000人×10km×0.028kWh/人・km×0.384",
    formula: 'CO2_RAIL(1000,10,"JR東日本（在来線）",0.384)',
    printed: 107.5,
    decimals: 1,
  },
  {
    where: "同上、燃料消費率を数値で",
    formula: "CO2_RAIL(1000,10,0.028)",
    printed: 107.5,
    decimals: 1,
  },
  {
    where: "D1 鉄道 レベル1: 10km×0.048kWh/人・km（標準値）×0.384",
    formula: "CO2_RAIL(1,10)",
    printed: 0.18,
    decimals: 2,
  },
  {
    where: "D1 バス 燃料法: 20ℓ×2.59÷30人",
    formula: 'CO2_FUEL_PER_PERSON("軽油",20,30)',
    printed: 1.73,
    decimals: 2,
  },
  {
    where: "D1 バス 燃費法 レベル2: 60km÷5.30km/ℓ×2.59÷30人",
    formula: 'CO2_BUS(60,30,"軽油",5.30)',
    printed: 0.98,
    decimals: 2,
  },
  {
    where: "D1 船 燃料法: 1,000ℓ×2.71（A重油）÷30人",
    formula: 'CO2_FUEL_PER_PERSON("A重油",1000,30)',
    printed: 90.3,
    decimals: 1,
  },
  {
    where: "D1 船 燃費法: 60km÷0.43km/ℓ×2.71÷30人",
    formula: 'CO2_SHIP(60,30,"A重油",0.43)',
    printed: 12.6,
    decimals: 1,
  },
  {
    where: "D1 宿泊: 3,000,000kWh×0.324（東京電力・調整後）×0.3÷3,000m²×30m²÷365日",
    formula: 'CO2_LODGING(3000000,"東京電力・調整後排出係数",0.3,3000,30,365)',
    printed: 8.0,
    decimals: 1,
  },
  {
    where: "A1 港区チラシ: 合計 198.58 kg-CO2 ÷ 21,000部 = 9.5 g-CO2/部",
    formula: "CO2_PRINT(21000,9.456190476190476)",
    printed: 198.58,
    decimals: 2,
  },
  {
    where: "A1 港区チラシ: 1部当たり（算定例の名前で）",
    formula: 'FACTOR("チラシ (B5 版カラー、21,000 部)")',
    printed: 9.5,
    decimals: 1,
  },
];

describe("worked examples of guidebook chapter 2", () => {
  test.each(WORKED_EXAMPLES)("$where → $printed", ({ formula, printed, decimals }) => {
    expect(roundTo(evaluateNumber(formula), decimals)).toBe(printed);
  });
});

describe("worked examples where the seed's arithmetic slips (we compute correctly)", () => {
  test("A1 搬入 燃料法: the seed prints 「ガソリン 50 × 2.32 = 11.6kg-CO2」; 50 × 2.32 is 116", () => {
    expect(evaluateNumber('CO2_FUEL("ガソリン",50)')).toBe(116);
  });

  test("A2 庁有車 燃料法: the seed prints 「ガソリン 500 × 2.32 = 116kg-CO2」; 500 × 2.32 is 1,160", () => {
    expect(evaluateNumber('CO2_FUEL("ガソリン",500)')).toBe(1160);
  });

  test("D1 バス レベル1: the seed's formula reads 「走行距離 × 燃費」 but its example computes 60 ÷ 6.25; we divide (0.83)", () => {
    const result = evaluateNumber('CO2_BUS(60,30,"軽油")');
    expect(roundTo(result, 2)).toBe(0.83);
    // Multiplying, as the printed formula says, would give 32.4 kg per rider: not what the guidebook means.
    expect(result).not.toBeCloseTo(32.375);
  });
});

describe("forest uptake by the J-VER formula (no worked example in the seed: hand calculations)", () => {
  test("スギ 1ha, 10 m³/ha・年, 30 years: 10 × 1.23 × 1.25 × 0.314 × 0.5 × 44/12 = 8.850875", () => {
    expect(evaluateNumber('FOREST_UPTAKE(1,10,"スギ",30)')).toBeCloseTo(8.850875, 12);
  });

  test("BEF switches from the ≤20 to the >20 value between 20 and 21 years", () => {
    // ヒノキ: BEF 1.55 (≤20), 1.24 (>20); R 0.26; D 0.407.
    const at20 = evaluateNumber('FOREST_UPTAKE(2,8,"ヒノキ",20)');
    const at21 = evaluateNumber('FOREST_UPTAKE(2,8,"ヒノキ",21)');
    expect(at20).toBeCloseTo(2 * 8 * 1.55 * 1.26 * 0.407 * 0.5 * (44 / 12), 10);
    expect(at21).toBeCloseTo(2 * 8 * 1.24 * 1.26 * 0.407 * 0.5 * (44 / 12), 10);
  });

  test("その他針葉樹 uses the row of the prefecture", () => {
    const nagano = evaluateNumber('FOREST_UPTAKE(1,10,"その他針葉樹",10,"長野県")');
    const okinawa = evaluateNumber('FOREST_UPTAKE(1,10,"その他針葉樹",10,"沖縄")');
    const tokyo = evaluateNumber('FOREST_UPTAKE(1,10,"その他針葉樹",10,"東京都")');
    expect(nagano).toBeCloseTo(10 * 2.55 * 1.34 * 0.352 * 0.5 * (44 / 12), 10);
    expect(okinawa).toBeCloseTo(10 * 1.39 * 1.34 * 0.464 * 0.5 * (44 / 12), 10);
    expect(tokyo).toBeCloseTo(10 * 1.4 * 1.4 * 0.423 * 0.5 * (44 / 12), 10);
  });

  test("その他広葉樹: 千葉 (1.37), 三重 (1.52), 北海道 falls in the 'other prefectures' row (1.40/1.26)", () => {
    expect(evaluateNumber('FOREST_UPTAKE(1,1,"その他広葉樹",5,"千葉県")')).toBeCloseTo(
      1.37 * 1.26 * 0.469 * 0.5 * (44 / 12),
      10
    );
    expect(evaluateNumber('FOREST_UPTAKE(1,1,"その他広葉樹",5,"三重")')).toBeCloseTo(
      1.52 * 1.26 * 0.646 * 0.5 * (44 / 12),
      10
    );
    expect(evaluateNumber('FOREST_UPTAKE(1,1,"その他広葉樹",25,"北海道")')).toBeCloseTo(
      1.26 * 1.26 * 0.624 * 0.5 * (44 / 12),
      10
    );
  });

  test("a carbon fraction given overrides 0.5", () => {
    expect(evaluateNumber('FOREST_UPTAKE(1,10,"スギ",30,,0.48)')).toBeCloseTo(8.850875 * 0.96, 10);
  });

  test("Chiba age-class table: スギ 23 years → 12.3 t-CO2/ha・年; クスギ/クヌギ both name the seed's row", () => {
    expect(evaluateNumber('FOREST_UPTAKE_BY_AGE("スギ",23,1)')).toBe(12.3);
    expect(evaluateNumber('FOREST_UPTAKE_BY_AGE("クヌギ",1,3)')).toBeCloseTo(29.1, 12);
    expect(evaluateNumber('FOREST_UPTAKE_BY_AGE("クスギ",60,1)')).toBe(1.2);
  });
});

describe("credits and cost", () => {
  test("credits are whole tonnes rounded up", () => {
    expect(evaluateNumber("CREDITS_NEEDED(22.1184)")).toBe(1);
    expect(evaluateNumber("CREDITS_NEEDED(1000)")).toBe(1);
    expect(evaluateNumber("CREDITS_NEEDED(1000.001)")).toBe(2);
    expect(evaluateNumber("CREDITS_NEEDED(0)")).toBe(0);
  });

  test("エコライフ・フェアMINATO: 500.00 + 194.64 + 979.46 kg-CO2 (printed 1.67 t) is covered by the printed 2.00 t of credits", () => {
    expect(evaluateNumber(`CREDITS_NEEDED(${500 + 194.64 + 979.46})`)).toBe(2);
  });

  test("事後算定の例: 262.8 + 444.0 + 180.8 + 281.6 = 1,169.2 kg-CO2 needs 2 t of credits", () => {
    expect(evaluateNumber(`CREDITS_NEEDED(${262.8 + 444.0 + 180.8 + 281.6})`)).toBe(2);
  });

  test("cost at the guidebook's price range 5,000–20,000 yen/t", () => {
    expect(evaluateNumber("OFFSET_COST(3,5000)")).toBe(15000);
    const credits = evaluateNumber("CREDITS_NEEDED(2500)");
    expect(evaluateNumber(`OFFSET_COST(${credits},20000)`)).toBe(60000);
    expect(evaluateNumber('FACTOR("クレジット価格下限")')).toBe(5000);
    expect(evaluateNumber('FACTOR("クレジット価格上限")')).toBe(20000);
  });

  test("reduction is baseline minus project, negative for an increase", () => {
    expect(evaluateNumber("EMISSION_REDUCTION(116,35.3)")).toBeCloseTo(80.7, 12);
    expect(evaluateNumber("EMISSION_REDUCTION(10,12.5)")).toBe(-2.5);
  });
});
