/**
 * The activity types' data: unique keys, formulas whose placeholders are the method's inputs, every formula evaluates
 * with its samples, and the samples reproduce the guidebook's worked examples (具体的な算定例, seed 002).
 */
import { ACTIVITY_TYPES, findActivityType, findMethod } from "../../src/scenarios";
import type { ActivityType, CalculationMethod } from "../../src/scenarios/types";
import { roundTo } from "../helpers/evaluate";
import { seeds } from "../helpers/seeds";
import { evaluateMethod, evaluateTemplate, placeholders, sampleValues } from "./formula";

const activities: readonly ActivityType[] = ACTIVITY_TYPES;
const methods: readonly CalculationMethod[] = activities.flatMap((a) => a.methods);

/** The guidebook (seed 002); its cross-checks are skipped, with a note, where the seeds are not beside the project. */
const SEEDS = seeds("002");
/** Spaces, LaTeX markup and subscripts removed, NFKC (so CO₂ and CO_2 read CO2). */
const normalize = (text: string): string =>
  text
    .normalize("NFKC")
    .replace(/\\text|\\boxed|\\times|\\div|\\cdot|\\quad|\\/g, "")
    .replace(/[\s{}$_^*]/g, "");

function number(result: unknown, what: string): number {
  if (typeof result !== "number") throw new Error(`${what} gave ${String(result)}`);
  return result;
}

describe("activity types: shape", () => {
  test("counts", () => {
    expect(activities).toHaveLength(17);
    expect(methods).toHaveLength(32);
  });

  test("activity keys and method keys are unique; method keys are prefixed by their activity's key", () => {
    expect(new Set(activities.map((a) => a.key)).size).toBe(activities.length);
    expect(new Set(methods.map((m) => m.key)).size).toBe(methods.length);
    for (const activity of activities) {
      expect(activity.methods.length).toBeGreaterThan(0);
      for (const method of activity.methods)
        expect(method.key.startsWith(`${activity.key}.`)).toBe(true);
    }
  });

  test("findActivityType and findMethod find every entry", () => {
    for (const activity of activities) {
      expect(findActivityType(activity.key)).toBe(activity);
      for (const method of activity.methods)
        expect(findMethod(method.key)).toEqual({ activity, method });
    }
    expect(findMethod("nope")).toBeUndefined();
    expect(findActivityType("nope")).toBeUndefined();
  });

  test.each(methods.map((m) => [m.key, m] as const))(
    "%s: placeholders are its inputs, every non-text input is used",
    (_, method) => {
      const keys = method.inputs.map((i) => i.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
      const used = new Set(placeholders(method.formula));
      for (const key of used) expect(key === "ELEC" || keys.includes(key)).toBe(true);
      for (const input of method.inputs) {
        if (input.kind === "text") expect(used.has(input.key)).toBe(false);
        else expect(used.has(input.key)).toBe(true);
        expect(input.asked.pre || input.asked.post).toBe(true);
        expect(input.unit).not.toBe("");
        // Choices have no unit; a cfp answer may be a number (g-CO2), a text item may carry the form's unit (定格出力 VA、W).
        if (!["number", "text", "max-load", "cfp"].includes(input.kind))
          expect(input.unit).toBe("—");
      }
      expect(method.formula.startsWith("=")).toBe(false);
      expect(method.formula.startsWith("GHG.")).toBe(true);
    }
  );

  test.each(methods.map((m) => [m.key, m] as const))(
    "%s: factor names a non-text input, or the electricity factor the formula uses",
    (_, method) => {
      if (!method.factor) return;
      if ("electricity" in method.factor) {
        expect(method.formula).toContain("{ELEC}");
      } else {
        const { input: key } = method.factor;
        const input = method.inputs.find((i) => i.key === key);
        expect(input?.kind).toBeDefined();
        expect(input?.kind).not.toBe("text");
        expect(input?.kind).not.toBe("number");
      }
    }
  );

  test("every method cites the guidebook and has Japanese and English texts", () => {
    for (const activity of activities) {
      expect(activity.name.ja).not.toBe("");
      expect(activity.name.en).not.toBe("");
    }
    for (const method of methods) {
      expect(method.citation.source).toBe("guidebook-2011");
      expect(method.citation.table).toMatch(/^(A1|A2|D1) 3\(2\)/);
      for (const label of [method.name, method.formulaText, ...method.inputs.map((i) => i.item)]) {
        expect(label.ja).not.toBe("");
        expect(label.en).not.toBe("");
      }
    }
  });
});

describe("activity types: every formula evaluates with its samples", () => {
  test.each(methods.map((m) => [m.key, m] as const))("%s", (_, method) => {
    const result = evaluateMethod(method);
    expect(typeof result).toBe("number");
    expect(number(result, method.key)).toBeGreaterThan(0);
  });
});

/** Worked examples: the method's result (÷ `per` for D1's per-person figures) rounded as the guidebook rounds. */
const WORKED: readonly {
  key: string;
  printed: number;
  decimals: number;
  per?: string;
  where: string;
}[] = [
  {
    key: "venue-electricity.equipment",
    printed: 22.1,
    decimals: 1,
    where: "蛍光灯 200 本 × 36W × 8h × 0.384 ÷ 1,000",
  },
  {
    key: "venue-electricity.floor-area",
    printed: 109.6,
    decimals: 1,
    where: "80kg-CO2/m²・年 × 500m² × 1日 ÷ 365日",
  },
  {
    key: "equipment-transport.economy",
    printed: 5.7,
    decimals: 1,
    where: "10km ÷ 4.58km/ℓ（軽油・2,000kg・営業用） × 2.59",
  },
  { key: "generator-fuel.fuel", printed: 7.0, decimals: 1, where: "ガソリン 3ℓ × 2.32" },
  {
    key: "participant-rail.operator",
    printed: 107.5,
    decimals: 1,
    where: "1,000人 × 10km × 0.028kWh/人・km × 0.384",
  },
  {
    key: "participant-rail.standard",
    printed: 0.18,
    decimals: 2,
    per: "passengers",
    where: "10km × 0.048kWh/人・km × 0.384（1人当たり）",
  },
  {
    key: "official-car.economy",
    printed: 35.3,
    decimals: 1,
    where: "100km ÷ 6.57km/ℓ（ガソリン・500kg・営業用） × 2.32",
  },
  {
    key: "staff-rail.operator",
    printed: 107.5,
    decimals: 1,
    where: "1,000人 × 10km × 0.028kWh/人・km × 0.384",
  },
  {
    key: "participant-bus.fuel",
    printed: 1.73,
    decimals: 2,
    per: "passengers",
    where: "20ℓ × 2.59 ÷ 30人",
  },
  {
    key: "participant-bus.economy",
    printed: 0.98,
    decimals: 2,
    per: "passengers",
    where: "60km ÷ 5.30km/ℓ × 2.59 ÷ 30人",
  },
  {
    key: "participant-bus.standard",
    printed: 0.83,
    decimals: 2,
    per: "passengers",
    where: "60km ÷ 6.25km/ℓ（バス・軽油） × 2.59 ÷ 30人",
  },
  {
    key: "participant-ship.fuel",
    printed: 90.3,
    decimals: 1,
    per: "passengers",
    where: "1,000ℓ × 2.71（A重油） ÷ 30人",
  },
  {
    key: "participant-ship.economy",
    printed: 12.6,
    decimals: 1,
    per: "passengers",
    where: "60km ÷ 0.43km/ℓ × 2.71 ÷ 30人",
  },
  {
    key: "lodging.energy",
    printed: 8.0,
    decimals: 1,
    per: "room_nights",
    where: "3,000,000kWh × 0.324 × 0.3 ÷ 3,000m² × 30m² ÷ 365日（1室1泊）",
  },
];

describe("activity types: the samples reproduce the guidebook's worked examples", () => {
  test.each(WORKED)("$key: $where = $printed", ({ key, printed, decimals, per }) => {
    const found = findMethod(key);
    if (!found) throw new Error(`no method ${key}`);
    const values = sampleValues(found.method);
    const total = number(evaluateMethod(found.method), key);
    const divisor = per === undefined ? 1 : (values[per] as number);
    expect(roundTo(total / divisor, decimals)).toBe(printed);
  });

  test("D1 per-person figures × riders: the whole bus/ship is the per-rider figure × 30 when all riders are participants", () => {
    const total = (key: string) =>
      number(evaluateMethod(findMethod(key)?.method as CalculationMethod), key);
    expect(total("participant-bus.fuel")).toBeCloseTo(20 * 2.59, 10);
    expect(total("participant-bus.economy")).toBeCloseTo((60 / 5.3) * 2.59, 10);
    expect(total("participant-bus.standard")).toBeCloseTo((60 / 6.25) * 2.59, 10);
    expect(total("participant-ship.fuel")).toBeCloseTo(1000 * 2.71, 10);
    expect(total("participant-ship.economy")).toBeCloseTo((60 / 0.43) * 2.71, 10);
  });

  test("D1: a shared vehicle counts only the tour's share (10 participants of 30 riders)", () => {
    const ship = findMethod("participant-ship.economy")?.method as CalculationMethod;
    expect(number(evaluateMethod(ship, { passengers: 10 }), "ship")).toBeCloseTo(
      ((60 / 0.43) * 2.71 * 10) / 30,
      10
    );
  });

  test("flyers: 21,000 部 × 9.5 g-CO2/部 = 199.5 kg (the 港区 table's unrounded total is 198.58)", () => {
    const flyers = findMethod("flyers.cfp")?.method as CalculationMethod;
    expect(evaluateMethod(flyers)).toBeCloseTo(199.5, 10);
    expect(roundTo(number(evaluateMethod(flyers), "flyers") / 198.58, 2)).toBe(1);
  });

  test("publications: 環境ビジネスエコプロダクツ 2010 特別号 20,000 部 × 72.2 g-CO2/冊 (by name)", () => {
    expect(evaluateMethod(findMethod("publications.cfp")?.method as CalculationMethod)).toBeCloseTo(
      1444,
      10
    );
  });

  test("the seed's slips: fuel-method samples give the correct products, not the printed ones", () => {
    // A1 prints 「ガソリン 50 × 2.32kg-CO2/ℓ = 11.6kg-CO2」; A2 prints 「ガソリン 500 × 2.32kg-CO2/ℓ = 116kg-CO2」.
    expect(
      evaluateMethod(findMethod("equipment-transport.fuel")?.method as CalculationMethod)
    ).toBeCloseTo(116, 10);
    expect(
      evaluateMethod(findMethod("official-car.fuel")?.method as CalculationMethod)
    ).toBeCloseTo(1160, 10);
  });

  test("truck fuel economy left blank uses the average-economy table (4.58 and 6.57 km/ℓ)", () => {
    for (const [key, printed] of [
      ["equipment-transport.economy", 5.7],
      ["official-car.economy", 35.3],
    ] as const) {
      const method = findMethod(key)?.method as CalculationMethod;
      expect(roundTo(number(evaluateMethod(method, { km_per_l: undefined }), key), 1)).toBe(
        printed
      );
      expect(evaluateMethod(method, { km_per_l: undefined })).toBeCloseTo(
        number(evaluateMethod(method), key),
        10
      );
    }
  });

  test("generator pre-estimate: a 10ℓ tank that runs 5h, used 8h, burns 16ℓ of gasoline", () => {
    const method = findMethod("generator-fuel.tank-estimate")?.method as CalculationMethod;
    expect(
      evaluateMethod(method, { fuel: "ガソリン", tank_litres: 10, run_hours: 5, hours: 8 })
    ).toBeCloseTo(16 * 2.32, 10);
  });

  test("office heat: 1,000 MJ of hot water is 57 kg, of industrial steam 60 kg", () => {
    expect(
      evaluateMethod(findMethod("office-heat.plan")?.method as CalculationMethod, { mj: 1000 })
    ).toBeCloseTo(57, 10);
    expect(
      evaluateMethod(findMethod("office-heat.industrial-steam")?.method as CalculationMethod, {
        mj: 1000,
      })
    ).toBeCloseTo(60, 10);
  });

  test("community bus at the standard value: 60km ÷ 6.25 km/ℓ × 2.59", () => {
    expect(
      evaluateMethod(findMethod("community-bus.standard")?.method as CalculationMethod)
    ).toBeCloseTo((60 / 6.25) * 2.59, 10);
  });

  test("the evaluator rejects formulas outside the supported shape", () => {
    expect(() => evaluateTemplate("1+GHG.CO2_ELEC(1)", {})).toThrow();
    expect(() => evaluateTemplate("GHG.CO2_ELEC({x})", {})).toThrow();
  });
});

describe("activity types: Japanese texts quoted from the seed", () => {
  let normalized: string | undefined;
  const seed = (): string => (normalized ??= normalize(SEEDS.text("002")));

  /** Terms of a formula text (split at × and ÷, parenthetical notes and our per-person extensions dropped). */
  const OUR_TERMS = new Set([
    "ツアー参加者数",
    "室・泊数",
    "利用者数",
    "1,000",
    "365日",
    "数量",
    "部数",
    "1部当たりCO2排出量",
    "1個当たりCO2排出量",
    "熱の使用量",
    "電気自動車の充電電力量",
  ]);
  SEEDS.test.each(methods.map((m) => [m.key, m] as const))(
    "%s: formula terms appear in the seed",
    (_, method) => {
      const terms = method.formulaText.ja
        .replace(/（[^（）]*(?:（[^（）]*）[^（）]*)*）/g, "")
        .split(/[×÷]/)
        .map((t) => normalize(t))
        .filter((t) => t !== "");
      for (const term of terms) {
        if (OUR_TERMS.has(term)) continue;
        expect([method.key, seed().includes(term) ? term : `missing: ${term}`]).toEqual([
          method.key,
          term,
        ]);
      }
    }
  );

  /** The A1 questionnaire form's items (アンケート様式); the form numbers five devices (使用機材①…⑤). */
  const FORM_ITEMS = [
    "車種、車の名称（例：乗用車、2tトラックなど）",
    "燃料の種類（例：ガソリン、軽油など）",
    "燃料の使用量（イベントに係るものに限る）",
    "走行距離（イベントに係るものに限る）",
    "発電機等の名称",
    "燃料の種類（例：ガソリン、灯油など）",
    "定格出力",
    "燃料タンク容量",
    "連続運転可能時間",
  ];
  const DEVICE_ITEMS = ["使用機材の名称", "使用機材の消費電力", "使用機材の使用時間"];

  test("the A1 questionnaire form's items are the methods' inputs", () => {
    const used = new Set(methods.flatMap((m) => m.inputs.map((i) => i.item.ja)));
    // A boundary row is one device, so the item drops the form's number ①.
    for (const item of [...FORM_ITEMS, ...DEVICE_ITEMS])
      expect([item, used.has(item)]).toEqual([item, true]);
  });

  SEEDS.test("the A1 questionnaire form's items are quoted as printed", () => {
    for (const item of FORM_ITEMS)
      expect([item, seed().includes(normalize(item))]).toEqual([item, true]);
    for (const item of DEVICE_ITEMS)
      expect([item, seed().includes(normalize(item.replace("使用機材", "使用機材①")))]).toEqual([
        item,
        true,
      ]);
  });

  test("the form's 燃料の使用量 is asked only 事後算定用; the other A1 form items in both columns", () => {
    for (const method of methods) {
      for (const input of method.inputs) {
        if (input.item.ja === "燃料の使用量（イベントに係るものに限る）")
          expect(input.asked).toEqual({ pre: false, post: true });
        if (
          input.item.ja === "走行距離（イベントに係るものに限る）" ||
          input.item.ja === "使用機材の消費電力"
        )
          expect(input.asked).toEqual({ pre: true, post: true });
      }
    }
  });

  /** Activity and method names as the guidebook prints them. */
  const QUOTED = [
    "積み上げ法",
    "按分法",
    "燃料法",
    "燃費法",
    "経済産業省カーボンフットプリント制度試行事業による商品種別算定基準（PCR）による算定方法",
    "地方公共団体実行計画（事務・事業編）での算定方法",
    "庁有車の運行",
    "職員の通勤・移動（鉄道）",
    "刊行物の製作",
    "物品・サービスの利用",
    "宿泊施設の利用",
    "チラシ・ポスターの製作",
    "コミュニティバスの運行",
    "当該バス車両の利用時の燃料使用量の実績値が分かる場合",
    "当該バス車両の平均燃料消費率〔燃費〕が分かる場合",
    "当該バス車両の燃料使用量及び燃料消費率が分からない場合",
    "当該船舶の平均燃費が分かる場合〔定期便等〕",
    "施設のエネルギー消費量の実績値が分かる場合",
  ];

  test("activity and method names quoted from the guidebook are used", () => {
    const names = [...activities.map((a) => a.name.ja), ...methods.map((m) => m.name.ja)]
      .map(normalize)
      .join("|");
    for (const text of QUOTED)
      expect([text, names.includes(normalize(text))]).toEqual([text, true]);
  });

  SEEDS.test("activity and method names quoted from the guidebook are printed in the seed", () => {
    for (const text of QUOTED)
      expect([text, seed().includes(normalize(text))]).toEqual([text, true]);
  });
});
