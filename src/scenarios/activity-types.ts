/**
 * Every activity of the guidebook's A1 (会議・イベント), A2 (事務事業) and D1 (エコツアー) boundaries, with every
 * calculation method chapter 2 gives for it: A1 3(2) 温室効果ガス排出量の事前算定, A2 3(2) 削減努力の実施、モニタリングの
 * 実施、温室効果ガス排出量の算定 (④ バウンダリからの温室効果ガス排出量の算定) and D1 3(2) 温室効果ガス排出量の事前算定,
 * each from its バウンダリの設定例 to its 算定方法・式の例 (seed 002 lines 178-440, 947-1150 and 3118-3265).
 *
 * Formulas compute kg-CO2 for the WHOLE activity row. They all have the shape `GHG.NAME(args)` optionally followed by
 * `*{x}` / `/{x}` factors, where args are `{input}` placeholders, `{ELEC}` (the sheet's electricity factor), a quoted
 * literal or an empty argument. D1's methods are printed per person (1人当たり排出量): the formula multiplies the
 * per-rider figure by the number of tour participants aboard, so a shared vehicle (a scheduled ferry, 定期便) only
 * counts the tour's share.
 *
 * `sample` is the worked example's value (具体的な算定例) where the guidebook prints one, so previews reproduce its
 * figures. Where the seed's own arithmetic slips, the sample is still the printed activity amount and the test
 * asserts the correct result (see test/scenarios/activity-types.test.ts).
 *
 * Methods the guidebook does not print for an activity it names in a boundary are marked 「準用」 in their citation
 * (staff travel, the community bus, office energy, goods) and the generator's pre-estimate from its questionnaire items.
 */
import type { Citation, Label } from "../core/data/types";
import type { ActivityInput, ActivityType, CalculationMethod } from "./types";

const BOTH = { pre: true, post: true } as const;
/** 事後算定用 only: the guidebook's form prints 「—」 in the 事前算定用 column (actual fuel used). */
const POST = { pre: false, post: true } as const;

const cite = (table: string): Citation => ({ source: "guidebook-2011", table });

// ---- Shared questionnaire items ------------------------------------------------------------------------------------

const vehicleName = (sample?: string): ActivityInput => ({
  key: "vehicle_name",
  item: {
    ja: "車種、車の名称（例：乗用車、2tトラックなど）",
    en: "Vehicle type or name (e.g. car, 2 t truck)",
  },
  unit: "—",
  kind: "text",
  asked: BOTH,
  ...(sample === undefined ? {} : { sample }),
});

const fuelKind = (sample?: string, example = "例：ガソリン、軽油など"): ActivityInput => ({
  key: "fuel",
  item: { ja: `燃料の種類（${example}）`, en: "Fuel (e.g. gasoline, diesel)" },
  unit: "—",
  kind: "fuel",
  asked: BOTH,
  ...(sample === undefined ? {} : { sample }),
});

/** 燃料の使用量 as the A1 form asks it: only 事後算定用. */
const eventFuelUsed = (sample?: number): ActivityInput => ({
  key: "litres",
  item: { ja: "燃料の使用量（イベントに係るものに限る）", en: "Fuel used (for the event only)" },
  unit: "リットル",
  kind: "number",
  asked: POST,
  ...(sample === undefined ? {} : { sample }),
});

const railInputs = (samples: {
  passengers?: number;
  km?: number;
  operator?: string;
}): ActivityInput[] => [
  {
    key: "passengers",
    item: { ja: "利用者数", en: "Number of passengers" },
    unit: "人",
    kind: "number",
    asked: BOTH,
    ...(samples.passengers === undefined ? {} : { sample: samples.passengers }),
  },
  {
    key: "km",
    item: { ja: "旅客移動距離（駅間距離）", en: "Distance travelled (between stations)" },
    unit: "km",
    kind: "number",
    asked: BOTH,
    ...(samples.km === undefined ? {} : { sample: samples.km }),
  },
  {
    key: "operator",
    item: { ja: "鉄道会社（燃料消費率）", en: "Railway operator (energy rate)" },
    unit: "—",
    kind: "rail",
    asked: BOTH,
    ...(samples.operator === undefined ? {} : { sample: samples.operator }),
  },
];

const RAIL_FORMULA = "GHG.CO2_RAIL({passengers},{km},{operator},{ELEC})";
const RAIL_TEXT = {
  ja: "利用者数 × 旅客移動距離 × 燃料消費率 × 電力・燃料種別排出係数",
  en: "passengers × distance × energy rate of the operator × electricity/fuel factor",
} as const;

/**
 * 燃費法 for a truck or an official car (A1 資機材の搬入・搬出, A2 庁有車): distance ÷ fuel economy × fuel factor, the
 * economy from the J-VER average table by fuel, maximum load and 営業用/自家用 unless the user knows it.
 */
function truckEconomyMethod(spec: {
  readonly key: string;
  readonly vehicle: ActivityInput;
  readonly fuel: ActivityInput;
  readonly distance: Label;
  readonly samples: { readonly km: number; readonly maxLoad: number; readonly kmPerLitre: number };
  readonly citation: Citation;
}): CalculationMethod {
  return {
    key: spec.key,
    name: { ja: "燃費法", en: "Fuel-economy method" },
    level: 2,
    formulaText: {
      ja: "走行距離 ÷ 燃費 × 燃料種別排出係数（燃費が分からなければ車両の平均燃費：燃料・最大積載量・営業用／自家用）",
      en: "distance ÷ fuel economy × fuel factor (unknown economy: the average table by fuel, maximum load and commercial/private use)",
    },
    inputs: [
      spec.vehicle,
      spec.fuel,
      {
        key: "km",
        item: spec.distance,
        unit: "km",
        kind: "number",
        asked: BOTH,
        sample: spec.samples.km,
      },
      {
        key: "max_load",
        item: {
          ja: "最大積載量（軽貨物車は「軽」）",
          en: 'Maximum load ("軽" for a kei goods vehicle)',
        },
        unit: "kg",
        kind: "max-load",
        asked: BOTH,
        sample: spec.samples.maxLoad,
      },
      {
        key: "use",
        item: { ja: "営業用・自家用の別", en: "Commercial or private use" },
        unit: "—",
        kind: "truck-use",
        asked: BOTH,
        sample: "営業用",
      },
      {
        key: "km_per_l",
        item: {
          ja: "燃費（分かる場合。空欄なら車両の平均燃費の表の値）",
          en: "Fuel economy if known (blank: the average-economy table)",
        },
        optional: true,
        unit: "km/リットル",
        kind: "number",
        asked: BOTH,
        sample: spec.samples.kmPerLitre,
      },
    ],
    formula: "GHG.CO2_TRUCK({km},{fuel},{max_load},{use},{km_per_l})",
    factor: { input: "fuel" },
    citation: spec.citation,
  };
}

/** D1: how many of the riders are the tour's participants (the offset covers only their share). */
const tourPassengers = (sample?: number): ActivityInput => ({
  key: "passengers",
  item: {
    ja: "乗車人数のうちツアー参加者数（オフセット対象）",
    en: "Tour participants among the riders (covered by the offset)",
  },
  unit: "人",
  kind: "number",
  asked: BOTH,
  ...(sample === undefined ? {} : { sample }),
});

const riders = (ja: string, en: string, sample?: number): ActivityInput => ({
  key: "riders",
  item: { ja, en },
  unit: "人",
  kind: "number",
  asked: BOTH,
  ...(sample === undefined ? {} : { sample }),
});

const facilityName: ActivityInput = {
  key: "facility_name",
  item: { ja: "施設の名称（庁舎、出先施設など）", en: "Facility (town hall, branch facility …)" },
  unit: "—",
  kind: "text",
  asked: BOTH,
};

// ---- Citations ------------------------------------------------------------------------------------------------------

const A1_VENUE = cite(
  "A1 3(2)③ 算定方法・式の例／算定の例：会場（照明、空調、音響機器など）での電力使用"
);
const A1_TRANSPORT = cite("A1 3(2)③ 算定方法・式の例／算定の例：搬入・搬出等での車両の運行");
const A1_GENERATOR = cite(
  "A1 3(2)③ 算定方法・式の例／算定の例：会場設置工事、発電機などでの燃料の使用"
);
const A1_GENERATOR_FORM = cite(
  "A1 3(2)② 活動量データ等を把握するための調査票の例：発電機等の燃料使用（調査項目からの事前推計）"
);
const A1_RAIL = cite("A1 3(2)③ 算定方法・式の例／算定の例：参加者の交通・移動（鉄道）");
const A1_FLYERS = cite(
  "A1 3(2)③ 算定方法・式の例／算定の例：チラシ・ポスターの製作（PCR、港区のチラシ算定例）"
);
const A1_STAFF = (method: string): Citation =>
  cite(
    `A1 3(2)① 対象活動の範囲（バウンダリ）の設定例：スタッフの移動のための交通機関の利用（${method}を準用）`
  );
const A2_OFFICE = (what: string): Citation =>
  cite(
    `A2 3(2)④ 算定方法・式の例：庁舎や出先施設での事務事業（地方公共団体実行計画（事務・事業編）での算定方法：${what}）`
  );
const A2_CAR = cite("A2 3(2)④ 算定方法・式の例／算定例：庁有車の運行");
const A2_BUS = (method: string): Citation =>
  cite(`A2 3(2)① 対象活動の範囲（バウンダリ）の設定例：コミュニティバスの運行（${method}を準用）`);
const A2_RAIL = cite("A2 3(2)④ 算定方法・式の例／算定例：職員の通勤・移動（鉄道）");
const A2_PRINT = cite(
  "A2 3(2)④ 算定方法・式の例／算定例：刊行物の製作、物品・サービスの利用（PCR）"
);
const D1_RAIL = cite(
  "D1 3(2)③ 算定方法・式の例／算定例：参加者の交通・移動（鉄道：1人当たり排出量）"
);
const D1_BUS = cite(
  "D1 3(2)③ 算定方法・式の例／算定例：参加者の交通・移動（バス：1人当たり排出量）"
);
const D1_SHIP = cite(
  "D1 3(2)③ 算定方法・式の例／算定例：参加者の交通・移動（旅客船：1人当たり排出量）"
);
const D1_LODGING = cite(
  "D1 3(2)③ 算定方法・式の例／算定例：宿泊施設の利用（宿泊部屋での電気、燃料の使用：1室1泊当たり排出量）"
);

// ---- Activity types -------------------------------------------------------------------------------------------------

export const ACTIVITY_TYPES = [
  // ================================================ A1 会議・イベント ================================================
  {
    key: "venue-electricity",
    name: {
      ja: "会場の電力使用（照明、空調、音響機器など）",
      en: "Electricity at the venue (lighting, air conditioning, sound)",
    },
    methods: [
      {
        key: "venue-electricity.equipment",
        name: { ja: "積み上げ法", en: "Bottom-up (equipment) method" },
        level: 2,
        formulaText: {
          ja: "電灯数 × 消費電力 × 使用時間 × 電力排出係数 ÷ 1,000（W を kW に換算）",
          en: "number of lamps × power (W) × hours × electricity factor ÷ 1,000 (W to kW)",
        },
        inputs: [
          {
            key: "device_name",
            item: { ja: "使用機材の名称", en: "Equipment name" },
            unit: "—",
            kind: "text",
            asked: BOTH,
            sample: "蛍光灯",
          },
          {
            key: "count",
            item: { ja: "使用機材の台数（電灯数）", en: "Number of devices (lamps)" },
            unit: "台・本",
            kind: "number",
            asked: BOTH,
            sample: 200,
          },
          {
            key: "watts",
            item: { ja: "使用機材の消費電力", en: "Power per device" },
            unit: "W",
            kind: "number",
            asked: BOTH,
            sample: 36,
          },
          {
            key: "hours",
            item: { ja: "使用機材の使用時間", en: "Hours of use" },
            unit: "時間",
            kind: "number",
            asked: BOTH,
            sample: 8,
          },
        ],
        formula: "GHG.CO2_EQUIPMENT({count},{watts},{hours},{ELEC})",
        factor: { electricity: true },
        citation: A1_VENUE,
      },
      {
        key: "venue-electricity.floor-area",
        name: { ja: "按分法", en: "Floor-area apportioning method" },
        level: 2,
        formulaText: {
          ja: "建物の延床面積当たり年間 CO2 排出量（照明、空調、音響設備等） × 会場の延床面積 × 使用期間（日 ÷ 365 日）",
          en: "building's annual CO2 per floor area (lighting, air conditioning, sound) × venue floor area × period of use (days ÷ 365)",
        },
        inputs: [
          {
            key: "kg_per_m2_year",
            item: {
              ja: "建物の延床面積当たり年間 CO2 排出量（照明、空調、音響設備等）",
              en: "Building's annual CO2 per floor area (lighting, air conditioning, sound)",
            },
            unit: "kg-CO2/m²・年",
            kind: "number",
            asked: BOTH,
            sample: 80,
          },
          {
            key: "area_m2",
            item: { ja: "会場の延床面積", en: "Venue floor area" },
            unit: "m²",
            kind: "number",
            asked: BOTH,
            sample: 500,
          },
          {
            key: "days",
            item: { ja: "使用期間", en: "Period of use" },
            unit: "日",
            kind: "number",
            asked: BOTH,
            sample: 1,
          },
        ],
        formula: "GHG.CO2_FLOOR_AREA({kg_per_m2_year},{area_m2},{days})",
        citation: A1_VENUE,
      },
    ],
  },
  {
    key: "equipment-transport",
    name: {
      ja: "資機材の搬入・搬出（車両の運行）",
      en: "Carrying equipment in and out (vehicle trips)",
    },
    methods: [
      {
        key: "equipment-transport.fuel",
        name: { ja: "燃料法", en: "Fuel method" },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数",
          en: "fuel used × fuel emission factor",
        },
        inputs: [vehicleName("2tトラック"), fuelKind("ガソリン"), eventFuelUsed(50)],
        formula: "GHG.CO2_FUEL({fuel},{litres})",
        factor: { input: "fuel" },
        citation: A1_TRANSPORT,
      },
      truckEconomyMethod({
        key: "equipment-transport.economy",
        vehicle: vehicleName("2tトラック"),
        fuel: fuelKind("軽油"),
        distance: {
          ja: "走行距離（イベントに係るものに限る）",
          en: "Distance driven (for the event only)",
        },
        // A1's worked example: 10 km ÷ 4.58 km/ℓ（軽油・最大積載量 2,000kg・営業用）× 2.59 = 5.7 kg-CO2
        samples: { km: 10, maxLoad: 2000, kmPerLitre: 4.58 },
        citation: A1_TRANSPORT,
      }),
    ],
  },
  {
    key: "generator-fuel",
    name: {
      ja: "会場設置工事・発電機等の燃料使用",
      en: "Fuel for venue construction and generators",
    },
    methods: [
      {
        key: "generator-fuel.fuel",
        name: { ja: "燃料法", en: "Fuel method" },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数",
          en: "fuel used × fuel emission factor",
        },
        inputs: [
          {
            key: "device_name",
            item: { ja: "発電機等の名称", en: "Generator or machine" },
            unit: "—",
            kind: "text",
            asked: BOTH,
          },
          fuelKind("ガソリン", "例：ガソリン、灯油など"),
          eventFuelUsed(3),
        ],
        formula: "GHG.CO2_FUEL({fuel},{litres})",
        factor: { input: "fuel" },
        citation: A1_GENERATOR,
      },
      {
        // Not a printed formula: the form asks these items for the 事前算定 while the fuel used is asked only after
        // the event, so the estimate is 燃料タンク容量 ÷ 連続運転可能時間 × 使用時間 litres.
        key: "generator-fuel.tank-estimate",
        name: {
          ja: "燃料法（事前推計：燃料タンク容量・連続運転可能時間から）",
          en: "Fuel method, pre-estimate from tank capacity and run time",
        },
        level: 2,
        formulaText: {
          ja: "燃料タンク容量 ÷ 連続運転可能時間 × 使用時間 × 燃料種別排出係数",
          en: "tank capacity ÷ continuous run time × hours of use × fuel factor",
        },
        inputs: [
          {
            key: "device_name",
            item: { ja: "発電機等の名称", en: "Generator or machine" },
            unit: "—",
            kind: "text",
            asked: BOTH,
          },
          fuelKind(undefined, "例：ガソリン、灯油など"),
          {
            key: "hours",
            item: { ja: "使用時間", en: "Hours of use" },
            unit: "時間",
            kind: "number",
            asked: BOTH,
          },
          {
            key: "rated_output",
            item: { ja: "定格出力", en: "Rated output" },
            unit: "VA、W",
            kind: "text",
            asked: BOTH,
          },
          {
            key: "tank_litres",
            item: { ja: "燃料タンク容量", en: "Fuel tank capacity" },
            unit: "リットル",
            kind: "number",
            asked: BOTH,
          },
          {
            key: "run_hours",
            item: { ja: "連続運転可能時間", en: "Continuous run time on a full tank" },
            unit: "時間",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_FUEL({fuel},{tank_litres})*{hours}/{run_hours}",
        factor: { input: "fuel" },
        citation: A1_GENERATOR_FORM,
      },
    ],
  },
  {
    key: "participant-rail",
    name: { ja: "参加者の交通・移動（鉄道）", en: "Participants' travel (rail)" },
    methods: [
      {
        // A1 names it 燃費法 (A2 calls the same formula 燃料法).
        key: "participant-rail.operator",
        name: {
          ja: "燃費法（鉄道会社別の燃料消費率）",
          en: "Fuel-economy method (operator's energy rate)",
        },
        level: 2,
        formulaText: RAIL_TEXT,
        inputs: railInputs({ passengers: 1000, km: 10, operator: "JR東日本（在来線）" }),
        formula: RAIL_FORMULA,
        factor: { input: "operator" },
        citation: A1_RAIL,
      },
      {
        key: "participant-rail.standard",
        name: { ja: "燃料法（燃料消費率の標準値）", en: "Fuel method (standard energy rate)" },
        level: 1,
        formulaText: {
          ja: "旅客移動距離 × 燃料消費率（標準値 0.048kWh/人・km） × 電力・燃料種別排出係数（1人当たり排出量） × 利用者数",
          en: "distance × standard energy rate (0.048 kWh/person-km) × electricity factor (per person) × passengers",
        },
        inputs: [
          {
            key: "passengers",
            item: { ja: "利用者数", en: "Number of passengers" },
            unit: "人",
            kind: "number",
            asked: BOTH,
            sample: 1,
          },
          {
            key: "km",
            item: { ja: "旅客移動距離（駅間距離）", en: "Distance travelled (between stations)" },
            unit: "km",
            kind: "number",
            asked: BOTH,
            sample: 10,
          },
        ],
        formula: 'GHG.CO2_RAIL({passengers},{km},"標準値（電力）",{ELEC})',
        factor: { electricity: true },
        citation: D1_RAIL,
      },
    ],
  },
  {
    key: "flyers",
    name: { ja: "チラシ・ポスターの製作", en: "Printing flyers and posters" },
    methods: [
      {
        key: "flyers.cfp",
        name: {
          ja: "経済産業省カーボンフットプリント制度試行事業による商品種別算定基準（PCR）による算定方法",
          en: "METI carbon-footprint pilot: product category rule (PCR) method",
        },
        level: 3,
        formulaText: {
          ja: "部数 × 1部当たり CO2 排出量（Σ活動量 i × CO2 排出原単位 i：ライフサイクル全体） ÷ 1,000",
          en: "copies × g-CO2 per copy (Σ activity i × CO2 intensity i over the life cycle) ÷ 1,000",
        },
        inputs: [
          {
            key: "item_name",
            item: {
              ja: "チラシ・ポスターの名称・仕様",
              en: "Flyer or poster (name, specification)",
            },
            unit: "—",
            kind: "text",
            asked: BOTH,
            sample: "チラシ (B5 版カラー)",
          },
          {
            key: "copies",
            item: { ja: "部数", en: "Copies" },
            unit: "部",
            kind: "number",
            asked: BOTH,
            sample: 21000,
          },
          {
            key: "cfp",
            item: {
              ja: "1部当たりの CO2 排出量（カーボンフットプリント）または算定例の名前",
              en: "g-CO2 per copy (carbon footprint) or an example's name",
            },
            unit: "g-CO2/部",
            kind: "cfp",
            asked: BOTH,
            sample: 9.5,
          },
        ],
        formula: "GHG.CO2_PRINT({copies},{cfp})",
        factor: { input: "cfp" },
        citation: A1_FLYERS,
      },
    ],
  },
  {
    key: "staff-travel",
    name: { ja: "スタッフの移動（交通機関の利用）", en: "Staff travel (transport)" },
    methods: [
      {
        key: "staff-travel.rail",
        name: { ja: "燃費法（鉄道）", en: "Fuel-economy method (rail)" },
        level: 2,
        formulaText: RAIL_TEXT,
        inputs: railInputs({}),
        formula: RAIL_FORMULA,
        factor: { input: "operator" },
        citation: A1_STAFF("参加者の交通・移動（鉄道）の算定式"),
      },
      {
        key: "staff-travel.car-fuel",
        name: { ja: "燃料法（自動車）", en: "Fuel method (car)" },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数",
          en: "fuel used × fuel emission factor",
        },
        inputs: [vehicleName(), fuelKind(), eventFuelUsed()],
        formula: "GHG.CO2_FUEL({fuel},{litres})",
        factor: { input: "fuel" },
        citation: A1_STAFF("搬入・搬出等での車両の運行の燃料法"),
      },
      {
        key: "staff-travel.car-economy",
        name: {
          ja: "燃費法（自動車：燃費が分かる場合）",
          en: "Fuel-economy method (car, known economy)",
        },
        level: 2,
        formulaText: {
          ja: "走行距離 ÷ 燃費 × 燃料種別排出係数",
          en: "distance ÷ fuel economy × fuel factor",
        },
        inputs: [
          vehicleName(),
          fuelKind(),
          {
            key: "vehicle",
            item: {
              ja: "車種（乗用車、バス、貨物車など）",
              en: "Vehicle class (car, bus, goods vehicle …)",
            },
            unit: "—",
            kind: "vehicle",
            asked: BOTH,
          },
          {
            key: "km",
            item: {
              ja: "走行距離（イベントに係るものに限る）",
              en: "Distance driven (for the event only)",
            },
            unit: "km",
            kind: "number",
            asked: BOTH,
          },
          {
            key: "km_per_l",
            item: { ja: "燃費", en: "Fuel economy" },
            unit: "km/リットル",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_VEHICLE({km},{fuel},{vehicle},{km_per_l})",
        factor: { input: "fuel" },
        citation: A1_STAFF("搬入・搬出等での車両の運行の燃費法"),
      },
      {
        key: "staff-travel.car-standard",
        name: {
          ja: "燃費法（自動車：燃費の標準値）",
          en: "Fuel-economy method (car, standard economy)",
        },
        level: 1,
        formulaText: {
          ja: "走行距離 ÷ 燃費（自動車（自家用）燃料消費率の標準値） × 燃料種別排出係数",
          en: "distance ÷ standard fuel economy of private vehicles × fuel factor",
        },
        inputs: [
          vehicleName(),
          fuelKind(),
          {
            key: "vehicle",
            item: {
              ja: "車種（乗用車、バス、貨物車など）",
              en: "Vehicle class (car, bus, goods vehicle …)",
            },
            unit: "—",
            kind: "vehicle",
            asked: BOTH,
          },
          {
            key: "km",
            item: {
              ja: "走行距離（イベントに係るものに限る）",
              en: "Distance driven (for the event only)",
            },
            unit: "km",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_VEHICLE({km},{fuel},{vehicle})",
        factor: { input: "fuel" },
        citation: A1_STAFF("D1 バスの燃費法（レベル1）の標準値"),
      },
      {
        key: "staff-travel.ev",
        name: { ja: "電力法（電気自動車）", en: "Electricity method (electric vehicle)" },
        level: 3,
        formulaText: {
          ja: "電気自動車の充電電力量 × 電力排出係数",
          en: "electric vehicle charging (kWh) × electricity factor",
        },
        inputs: [
          vehicleName(),
          {
            key: "kwh",
            item: {
              ja: "充電電力量（イベントに係るものに限る）",
              en: "Electricity charged (for the event only)",
            },
            unit: "kWh",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_ELEC({kwh},{ELEC})",
        factor: { electricity: true },
        citation: A1_STAFF("電力使用量 × 電力排出係数"),
      },
    ],
  },

  // ================================================ A2 事務事業 =====================================================
  {
    key: "office-electricity",
    name: { ja: "庁舎・施設の電力使用", en: "Electricity at offices and facilities" },
    methods: [
      {
        key: "office-electricity.plan",
        name: {
          ja: "地方公共団体実行計画（事務・事業編）での算定方法",
          en: "Municipal action plan (office and services) method",
        },
        level: 3,
        formulaText: {
          ja: "電力使用量 × 電力排出係数（他人から供給された電気の使用）",
          en: "purchased electricity (kWh) × electricity factor",
        },
        inputs: [
          facilityName,
          {
            key: "kwh",
            item: { ja: "電力使用量（対象期間）", en: "Electricity used (period covered)" },
            unit: "kWh",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_ELEC({kwh},{ELEC})",
        factor: { electricity: true },
        citation: A2_OFFICE("他人から供給された電気の使用"),
      },
    ],
  },
  {
    key: "office-fuel",
    name: { ja: "庁舎・施設の燃料使用", en: "Fuel at offices and facilities" },
    methods: [
      {
        key: "office-fuel.plan",
        name: {
          ja: "地方公共団体実行計画（事務・事業編）での算定方法",
          en: "Municipal action plan (office and services) method",
        },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数（燃料の使用）",
          en: "fuel used × fuel emission factor",
        },
        inputs: [
          facilityName,
          fuelKind(undefined, "例：都市ガス、LPガス、灯油、A重油など"),
          {
            key: "amount",
            item: { ja: "燃料使用量（対象期間）", en: "Fuel used (period covered)" },
            unit: "リットル（LPガスは kg、都市ガスは Nm³）",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_FUEL({fuel},{amount})",
        factor: { input: "fuel" },
        citation: A2_OFFICE("燃料の使用"),
      },
    ],
  },
  {
    key: "office-heat",
    name: {
      ja: "庁舎・施設の熱の使用（蒸気・温水・冷水）",
      en: "Purchased heat at offices and facilities (steam, hot or chilled water)",
    },
    methods: [
      {
        key: "office-heat.plan",
        name: {
          ja: "地方公共団体実行計画（事務・事業編）での算定方法（蒸気・温水・冷水）",
          en: "Municipal action plan method (steam, hot or chilled water)",
        },
        level: 3,
        formulaText: {
          ja: "熱の使用量 × 排出係数（蒸気（産業用のものは除く）、温水、冷水）",
          en: "heat used (MJ) × factor (non-industrial steam, hot or chilled water)",
        },
        inputs: [
          facilityName,
          {
            key: "mj",
            item: { ja: "熱の使用量（対象期間）", en: "Heat used (period covered)" },
            unit: "MJ",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_HEAT({mj})",
        citation: A2_OFFICE("他人から供給された熱の使用"),
      },
      {
        key: "office-heat.industrial-steam",
        name: {
          ja: "地方公共団体実行計画（事務・事業編）での算定方法（産業用蒸気）",
          en: "Municipal action plan method (industrial steam)",
        },
        level: 3,
        formulaText: {
          ja: "熱の使用量 × 排出係数（産業用蒸気）",
          en: "heat used (MJ) × factor (industrial steam)",
        },
        inputs: [
          facilityName,
          {
            key: "mj",
            item: { ja: "熱の使用量（対象期間）", en: "Heat used (period covered)" },
            unit: "MJ",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: 'GHG.CO2_HEAT({mj},"産業用蒸気")',
        citation: A2_OFFICE("他人から供給された熱の使用"),
      },
    ],
  },
  {
    key: "official-car",
    name: { ja: "庁有車の運行", en: "Official vehicles" },
    methods: [
      {
        key: "official-car.fuel",
        name: { ja: "燃料法", en: "Fuel method" },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数",
          en: "fuel used × fuel emission factor",
        },
        inputs: [
          vehicleName(),
          fuelKind("ガソリン"),
          {
            key: "litres",
            item: { ja: "燃料使用量", en: "Fuel used" },
            unit: "リットル",
            kind: "number",
            asked: BOTH,
            sample: 500,
          },
        ],
        formula: "GHG.CO2_FUEL({fuel},{litres})",
        factor: { input: "fuel" },
        citation: A2_CAR,
      },
      truckEconomyMethod({
        key: "official-car.economy",
        vehicle: vehicleName(),
        fuel: fuelKind("ガソリン"),
        distance: { ja: "走行距離", en: "Distance driven" },
        // A2's worked example: 100 km ÷ 6.57 km/ℓ（ガソリン・最大積載量 500kg・営業用）× 2.32 = 35.3 kg-CO2
        samples: { km: 100, maxLoad: 500, kmPerLitre: 6.57 },
        citation: A2_CAR,
      }),
    ],
  },
  {
    key: "community-bus",
    name: { ja: "コミュニティバスの運行", en: "Community bus service" },
    methods: [
      {
        key: "community-bus.fuel",
        name: { ja: "燃料法", en: "Fuel method" },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数",
          en: "fuel used × fuel emission factor",
        },
        inputs: [
          vehicleName(),
          fuelKind("軽油"),
          {
            key: "litres",
            item: { ja: "燃料使用量", en: "Fuel used" },
            unit: "リットル",
            kind: "number",
            asked: BOTH,
          },
        ],
        formula: "GHG.CO2_FUEL({fuel},{litres})",
        factor: { input: "fuel" },
        citation: A2_BUS("庁有車の運行の燃料法"),
      },
      {
        key: "community-bus.economy",
        name: {
          ja: "燃費法（当該バス車両の平均燃料消費率〔燃費〕が分かる場合）",
          en: "Fuel-economy method (the bus's own average economy)",
        },
        level: 2,
        formulaText: {
          ja: "走行距離 ÷ 平均燃料消費率 × 燃料種別排出係数",
          en: "distance ÷ average fuel economy × fuel factor",
        },
        inputs: [
          vehicleName(),
          fuelKind("軽油"),
          {
            key: "vehicle",
            item: { ja: "車種", en: "Vehicle class" },
            unit: "—",
            kind: "vehicle",
            asked: BOTH,
            sample: "バス",
          },
          {
            key: "km",
            item: { ja: "走行距離", en: "Distance driven" },
            unit: "km",
            kind: "number",
            asked: BOTH,
            sample: 60,
          },
          {
            key: "km_per_l",
            item: { ja: "平均燃料消費率（燃費）", en: "Average fuel economy" },
            unit: "km/リットル",
            kind: "number",
            asked: BOTH,
            sample: 5.3,
          },
        ],
        formula: "GHG.CO2_VEHICLE({km},{fuel},{vehicle},{km_per_l})",
        factor: { input: "fuel" },
        citation: A2_BUS("D1 バスの燃費法（レベル2）"),
      },
      {
        key: "community-bus.standard",
        name: {
          ja: "燃費法（燃料使用量及び燃料消費率が分からない場合：標準値）",
          en: "Fuel-economy method (standard economy)",
        },
        level: 1,
        formulaText: {
          ja: "走行距離 ÷ 燃費（自動車（自家用）燃料消費率の標準値：バス） × 燃料種別排出係数",
          en: "distance ÷ standard fuel economy (bus) × fuel factor",
        },
        inputs: [
          vehicleName(),
          fuelKind("軽油"),
          {
            key: "vehicle",
            item: { ja: "車種", en: "Vehicle class" },
            unit: "—",
            kind: "vehicle",
            asked: BOTH,
            sample: "バス",
          },
          {
            key: "km",
            item: { ja: "走行距離", en: "Distance driven" },
            unit: "km",
            kind: "number",
            asked: BOTH,
            sample: 60,
          },
        ],
        formula: "GHG.CO2_VEHICLE({km},{fuel},{vehicle})",
        factor: { input: "fuel" },
        citation: A2_BUS("D1 バスの燃費法（レベル1）"),
      },
    ],
  },
  {
    key: "staff-rail",
    name: { ja: "職員の通勤・移動（鉄道）", en: "Staff commuting and business travel (rail)" },
    methods: [
      {
        // A2 names it 燃料法 (A1 calls the same formula 燃費法).
        key: "staff-rail.operator",
        name: { ja: "燃料法", en: "Fuel method" },
        level: 2,
        formulaText: RAIL_TEXT,
        inputs: railInputs({ passengers: 1000, km: 10, operator: "JR東日本（在来線）" }),
        formula: RAIL_FORMULA,
        factor: { input: "operator" },
        citation: A2_RAIL,
      },
    ],
  },
  {
    key: "publications",
    name: { ja: "刊行物の製作", en: "Producing publications" },
    methods: [
      {
        key: "publications.cfp",
        name: {
          ja: "経済産業省カーボンフットプリント制度試行事業による商品種別算定基準（PCR）による算定方法",
          en: "METI carbon-footprint pilot: product category rule (PCR) method",
        },
        level: 3,
        formulaText: {
          ja: "部数 × 1部当たり CO2 排出量（Σ活動量 i × CO2 排出原単位 i：ライフサイクル全体） ÷ 1,000",
          en: "copies × g-CO2 per copy (Σ activity i × CO2 intensity i over the life cycle) ÷ 1,000",
        },
        inputs: [
          {
            key: "item_name",
            item: { ja: "刊行物の名称・仕様", en: "Publication (name, specification)" },
            unit: "—",
            kind: "text",
            asked: BOTH,
            sample: "環境ビジネスエコプロダクツ 2010 特別号",
          },
          {
            key: "copies",
            item: { ja: "部数", en: "Copies" },
            unit: "部",
            kind: "number",
            asked: BOTH,
            sample: 20000,
          },
          {
            key: "cfp",
            item: {
              ja: "1部当たりの CO2 排出量（カーボンフットプリント）または算定例の名前",
              en: "g-CO2 per copy (carbon footprint) or an example's name",
            },
            unit: "g-CO2/部",
            kind: "cfp",
            asked: BOTH,
            sample: "環境ビジネスエコプロダクツ 2010 特別号",
          },
        ],
        formula: "GHG.CO2_PRINT({copies},{cfp})",
        factor: { input: "cfp" },
        citation: A2_PRINT,
      },
    ],
  },
  {
    key: "goods-services",
    name: { ja: "物品・サービスの利用", en: "Goods and services used" },
    methods: [
      {
        key: "goods-services.cfp",
        name: {
          ja: "経済産業省カーボンフットプリント制度試行事業による商品種別算定基準（PCR）による算定方法",
          en: "METI carbon-footprint pilot: product category rule (PCR) method",
        },
        level: 3,
        formulaText: {
          ja: "数量 × 1個当たり CO2 排出量（Σ活動量 i × CO2 排出原単位 i：ライフサイクル全体） ÷ 1,000",
          en: "quantity × g-CO2 per item (Σ activity i × CO2 intensity i over the life cycle) ÷ 1,000",
        },
        inputs: [
          {
            key: "item_name",
            item: { ja: "物品・サービスの名称", en: "Product or service" },
            unit: "—",
            kind: "text",
            asked: BOTH,
            sample: "チューブファイル",
          },
          {
            key: "quantity",
            item: { ja: "数量", en: "Quantity" },
            unit: "個・枚・冊",
            kind: "number",
            asked: BOTH,
          },
          {
            key: "cfp",
            item: {
              ja: "1個（枚・冊）当たりの CO2 排出量（カーボンフットプリント、g-CO2）または算定例の名前",
              en: "g-CO2 per item (carbon footprint) or an example's name",
            },
            unit: "g-CO2/個",
            kind: "cfp",
            asked: BOTH,
            sample: "チューブファイル",
          },
        ],
        formula: "GHG.CO2_PRINT({quantity},{cfp})",
        factor: { input: "cfp" },
        citation: A2_PRINT,
      },
    ],
  },

  // ================================================ D1 エコツアー ====================================================
  {
    key: "participant-bus",
    name: { ja: "参加者の交通・移動（バス）", en: "Participants' travel (bus)" },
    methods: [
      {
        key: "participant-bus.fuel",
        name: {
          ja: "燃料法（当該バス車両の利用時の燃料使用量の実績値が分かる場合）",
          en: "Fuel method (the bus's actual fuel use is known)",
        },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数 ÷ 乗車人数（1人当たり排出量） × ツアー参加者数",
          en: "fuel used × fuel factor ÷ riders (per person) × tour participants",
        },
        inputs: [
          fuelKind("軽油"),
          {
            key: "litres",
            item: {
              ja: "燃料使用量（当該バス車両の利用時の実績値）",
              en: "Fuel used on the trip (actual)",
            },
            unit: "リットル",
            kind: "number",
            asked: POST,
            sample: 20,
          },
          riders("乗車人数", "Riders", 30),
          tourPassengers(30),
        ],
        formula: "GHG.CO2_FUEL_PER_PERSON({fuel},{litres},{riders})*{passengers}",
        factor: { input: "fuel" },
        citation: D1_BUS,
      },
      {
        key: "participant-bus.economy",
        name: {
          ja: "燃費法（当該バス車両の平均燃料消費率〔燃費〕が分かる場合）",
          en: "Fuel-economy method (the bus's average economy is known)",
        },
        level: 2,
        formulaText: {
          ja: "走行距離 ÷ 平均燃料消費率 × 燃料種別排出係数 ÷ 乗車人数（1人当たり排出量） × ツアー参加者数",
          en: "distance ÷ average fuel economy × fuel factor ÷ riders (per person) × tour participants",
        },
        inputs: [
          fuelKind("軽油"),
          {
            key: "km",
            item: { ja: "走行距離", en: "Distance driven" },
            unit: "km",
            kind: "number",
            asked: BOTH,
            sample: 60,
          },
          {
            key: "km_per_l",
            item: {
              ja: "平均燃料消費率（燃費）（バス事業者から入手）",
              en: "Average fuel economy (from the bus operator)",
            },
            unit: "km/リットル",
            kind: "number",
            asked: BOTH,
            sample: 5.3,
          },
          riders("乗車人数", "Riders", 30),
          tourPassengers(30),
        ],
        formula: "GHG.CO2_BUS({km},{riders},{fuel},{km_per_l})*{passengers}",
        factor: { input: "fuel" },
        citation: D1_BUS,
      },
      {
        // The seed prints 「走行距離 × 燃費」 here but its example divides (60km ÷ 6.25km/ℓ); we divide.
        key: "participant-bus.standard",
        name: {
          ja: "燃費法（当該バス車両の燃料使用量及び燃料消費率が分からない場合）",
          en: "Fuel-economy method (standard economy of a bus)",
        },
        level: 1,
        formulaText: {
          ja: "走行距離 ÷ 燃費（自動車（自家用）燃料消費率の標準値：バス） × 燃料種別排出係数 ÷ 乗車人数（1人当たり排出量） × ツアー参加者数",
          en: "distance ÷ standard bus fuel economy × fuel factor ÷ riders (per person) × tour participants",
        },
        inputs: [
          fuelKind("軽油"),
          {
            key: "km",
            item: { ja: "走行距離", en: "Distance driven" },
            unit: "km",
            kind: "number",
            asked: BOTH,
            sample: 60,
          },
          riders("乗車人数", "Riders", 30),
          tourPassengers(30),
        ],
        formula: "GHG.CO2_BUS({km},{riders},{fuel})*{passengers}",
        factor: { input: "fuel" },
        citation: D1_BUS,
      },
    ],
  },
  {
    key: "participant-ship",
    name: { ja: "参加者の交通・移動（旅客船）", en: "Participants' travel (passenger ship)" },
    methods: [
      {
        key: "participant-ship.fuel",
        name: {
          ja: "燃料法（当該船舶の利用時の燃料使用量の実績値が分かる場合）",
          en: "Fuel method (the ship's actual fuel use is known)",
        },
        level: 3,
        formulaText: {
          ja: "燃料使用量 × 燃料種別排出係数 ÷ 乗車人数（1人当たり排出量） × ツアー参加者数",
          en: "fuel used × fuel factor ÷ passengers aboard (per person) × tour participants",
        },
        inputs: [
          fuelKind("A重油", "例：A重油、軽油など"),
          {
            key: "litres",
            item: {
              ja: "燃料使用量（当該船舶の利用時の実績値）",
              en: "Fuel used on the voyage (actual)",
            },
            unit: "リットル",
            kind: "number",
            asked: POST,
            sample: 1000,
          },
          riders("乗車人数（乗船人数）", "Passengers aboard", 30),
          tourPassengers(30),
        ],
        formula: "GHG.CO2_FUEL_PER_PERSON({fuel},{litres},{riders})*{passengers}",
        factor: { input: "fuel" },
        citation: D1_SHIP,
      },
      {
        key: "participant-ship.economy",
        name: {
          ja: "燃費法（当該船舶の平均燃費が分かる場合〔定期便等〕）",
          en: "Fuel-economy method (the ship's average economy is known, e.g. scheduled service)",
        },
        level: 2,
        formulaText: {
          ja: "走行距離 ÷ 平均燃費 × 燃料種別排出係数 ÷ 乗車人数（1人当たり排出量） × ツアー参加者数",
          en: "distance ÷ average fuel economy × fuel factor ÷ passengers aboard (per person) × tour participants",
        },
        inputs: [
          fuelKind("A重油", "例：A重油、軽油など"),
          {
            key: "km",
            item: { ja: "走行距離（航行距離）", en: "Distance sailed" },
            unit: "km",
            kind: "number",
            asked: BOTH,
            sample: 60,
          },
          {
            key: "km_per_l",
            item: {
              ja: "平均燃費（旅客船事業者から当該船舶、同型の船舶または事業者合計の平均燃費を入手）",
              en: "Average fuel economy (from the ship operator)",
            },
            unit: "km/リットル",
            kind: "number",
            asked: BOTH,
            sample: 0.43,
          },
          riders("乗車人数（乗船人数）", "Passengers aboard", 30),
          tourPassengers(30),
        ],
        formula: "GHG.CO2_SHIP({km},{riders},{fuel},{km_per_l})*{passengers}",
        factor: { input: "fuel" },
        citation: D1_SHIP,
      },
    ],
  },
  {
    key: "lodging",
    name: { ja: "宿泊施設の利用", en: "Lodging" },
    methods: [
      {
        key: "lodging.energy",
        name: {
          ja: "燃料法（施設のエネルギー消費量の実績値が分かる場合）",
          en: "Fuel method (the facility's actual energy use is known)",
        },
        level: 3,
        formulaText: {
          ja: "施設全体の年間エネルギー消費量 × 電気・燃料種別排出係数 × 施設全体に占める客室部門のエネルギー消費割合 ÷ 客室部門総面積 × 客室面積 ÷ 年間稼働日数（1室1泊当たり排出量） × 室・泊数",
          en: "facility's annual energy × electricity/fuel factor × guest rooms' share ÷ total guest-room area × room area ÷ operating days (per room-night) × room-nights",
        },
        inputs: [
          {
            key: "facility_name",
            item: { ja: "宿泊施設の名称", en: "Lodging facility" },
            unit: "—",
            kind: "text",
            asked: BOTH,
          },
          {
            key: "annual_energy",
            item: { ja: "施設全体の年間エネルギー消費量", en: "Facility's annual energy use" },
            unit: "kWh/年（燃料は リットル/年 など）",
            kind: "number",
            asked: BOTH,
            sample: 3000000,
          },
          {
            key: "energy_factor",
            item: {
              ja: "電気・燃料種別排出係数（係数名または数値）",
              en: "Electricity or fuel factor (name or number)",
            },
            unit: "—",
            kind: "energy-factor",
            asked: BOTH,
            sample: "東京電力・調整後排出係数",
          },
          {
            key: "room_share",
            item: {
              ja: "施設全体に占める客室部門のエネルギー消費割合（30% は 0.3）",
              en: "Guest rooms' share of the facility's energy (30% is 0.3)",
            },
            unit: "割合",
            kind: "number",
            asked: BOTH,
            sample: 0.3,
          },
          {
            key: "total_room_m2",
            item: { ja: "客室部門総面積", en: "Total guest-room floor area" },
            unit: "m²",
            kind: "number",
            asked: BOTH,
            sample: 3000,
          },
          {
            key: "room_m2",
            item: { ja: "客室面積", en: "Floor area of the room" },
            unit: "m²",
            kind: "number",
            asked: BOTH,
            sample: 30,
          },
          {
            key: "days",
            item: { ja: "年間稼働日数", en: "Operating days per year" },
            unit: "日",
            kind: "number",
            asked: BOTH,
            sample: 365,
          },
          {
            key: "room_nights",
            item: { ja: "利用室数 × 宿泊数（室・泊）", en: "Rooms × nights (room-nights)" },
            unit: "室・泊",
            kind: "number",
            asked: BOTH,
            sample: 1,
          },
        ],
        formula:
          "GHG.CO2_LODGING({annual_energy},{energy_factor},{room_share},{total_room_m2},{room_m2},{days})*{room_nights}",
        factor: { input: "energy_factor" },
        citation: D1_LODGING,
      },
    ],
  },
] as const satisfies readonly ActivityType[];
