/**
 * J-VER methodologies and the activities each counts, as of 2011-03-15 (「2011〔平成23〕年3月15日現在」):
 * - 「●排出削減量の算定で考慮する排出活動」 — guidebook B1・B2 4(1)③ (104～110頁), seed 002 lines 1811-1842: E001–E024, L001;
 * - 「●CO2 吸収量の算定で考慮する吸収・排出活動」 — B1・B2 4(2)③ (110～114頁), seed lines 2023-2031: R001–R003.
 * ja strings are as printed, including the seed's own inconsistencies (稼動/稼働, ボイラ/ボイラー, spaces around CO2 in R rows),
 * so they can be matched against the guidebook text. For R rows the two columns are headed 「ベースライン排出量に係る吸収活動」
 * and 「プロジェクト排出量に係る吸収・排出活動」; they map to baselineActivities / projectActivities.
 */
import type { Citation, Label } from "./types";

export type MethodologyId =
  | "E001"
  | "E002"
  | "E003"
  | "E004"
  | "E005"
  | "E006"
  | "E007"
  | "E008"
  | "E009"
  | "E010"
  | "E011"
  | "E012"
  | "E013"
  | "E014"
  | "E015"
  | "E016"
  | "E017"
  | "E018"
  | "E019"
  | "E020"
  | "E021"
  | "E022"
  | "E023"
  | "E024"
  | "L001"
  | "R001"
  | "R002"
  | "R003";

export interface Methodology {
  readonly id: MethodologyId;
  /** E/L: emission reduction; R: removal (forest management, afforestation). */
  readonly kind: "reduction" | "removal";
  readonly projectType: Label;
  /** Bullets of the baseline column, as printed. */
  readonly baselineActivities: readonly string[];
  /** Bullets of the project column, as printed. */
  readonly projectActivities: readonly string[];
  readonly citation: Citation;
}

const REDUCTION = {
  source: "jver-methodologies-2011",
  table: "●排出削減量の算定で考慮する排出活動（B1・B2 4(1)③、104～110頁）",
} as const satisfies Citation;

const REMOVAL = {
  source: "jver-methodologies-2011",
  table: "●CO2 吸収量の算定で考慮する吸収・排出活動（B1・B2 4(2)③、110～114頁）",
} as const satisfies Citation;

export const JVER_METHODOLOGIES = [
  {
    id: "E001",
    kind: "reduction",
    projectType: {
      ja: "化石燃料から未利用の木質バイオマスへのボイラー燃料代替",
      en: "Replacing boiler fossil fuel with unused woody biomass",
    },
    baselineActivities: ["化石燃料の使用"],
    projectActivities: [
      "未利用材や木質チップなどの運搬",
      "未利用材の事前処理",
      "設備利用時の補助燃料の使用",
    ],
    citation: REDUCTION,
  },
  {
    id: "E002",
    kind: "reduction",
    projectType: {
      ja: "化石燃料から木質ペレットへのボイラー燃料代替",
      en: "Replacing boiler fossil fuel with wood pellets",
    },
    baselineActivities: ["化石燃料の使用"],
    projectActivities: [
      "未利用材や木質ペレットの運搬",
      "木質ペレットの製造",
      "設備利用時の補助燃料の使用",
    ],
    citation: REDUCTION,
  },
  {
    id: "E003",
    kind: "reduction",
    projectType: { ja: "木質ペレットストーブの使用", en: "Use of wood-pellet stoves" },
    baselineActivities: ["化石燃料等の使用"],
    projectActivities: ["未利用材や木質ペレットの運搬", "木質ペレットの製造"],
    citation: REDUCTION,
  },
  {
    id: "E004",
    kind: "reduction",
    projectType: {
      ja: "廃食用油由来バイオディーゼル燃料の車両等における利用",
      en: "Use of biodiesel from waste cooking oil in vehicles etc.",
    },
    baselineActivities: ["化石燃料の使用"],
    projectActivities: [
      "廃食用油の収集運搬",
      "バイオディーゼル燃料の製造",
      "メタノール由来のCO2排出",
      "バイオディーゼル燃料の運搬",
      "ボイラーにおける補助燃料の利用",
    ],
    citation: REDUCTION,
  },
  {
    id: "E005",
    kind: "reduction",
    projectType: {
      ja: "下水汚泥由来バイオマス固形燃料による化石燃料代替",
      en: "Replacing fossil fuel with solid biomass fuel from sewage sludge",
    },
    baselineActivities: ["焼却施設における化石燃料の使用", "下水汚泥の埋立によるメタン放出"],
    projectActivities: [
      "下水汚泥の運搬",
      "バイオマス固形燃料化処理（化石燃料、電力）",
      "バイオマス固形燃料運搬における化石燃料使用",
      "燃焼施設における化石燃料の使用",
    ],
    citation: REDUCTION,
  },
  {
    id: "E006",
    kind: "reduction",
    projectType: { ja: "排熱回収・利用", en: "Waste-heat recovery and use" },
    baselineActivities: [
      "既存の熱源設備における化石燃料や電力の消費",
      "既存の電力消費設備における系統電力の消費",
    ],
    projectActivities: ["排熱回収装置の稼働"],
    citation: REDUCTION,
  },
  {
    id: "E007",
    kind: "reduction",
    projectType: { ja: "薪ストーブにおける薪の使用", en: "Use of firewood in wood stoves" },
    baselineActivities: ["化石燃料等の使用"],
    projectActivities: ["国産材や薪の運搬", "薪の加工"],
    citation: REDUCTION,
  },
  {
    id: "E008",
    kind: "reduction",
    projectType: {
      ja: "情報通信技術を活用した、輸送の効率化による燃料消費量削減",
      en: "Cutting fuel use by ICT-based transport efficiency",
    },
    baselineActivities: ["化石燃料の使用等（自動車運行）"],
    projectActivities: ["化石燃料の使用（自動車運行）", "電力の使用（ICT機器等）"],
    citation: REDUCTION,
  },
  {
    id: "E009",
    kind: "reduction",
    projectType: {
      ja: "情報通信技術を活用した、検針等用車両による燃料消費量削減",
      en: "Cutting fuel use of meter-reading and similar vehicles with ICT",
    },
    baselineActivities: ["化石燃料の使用等（自動車運行）"],
    projectActivities: ["化石燃料の使用（自動車運行）", "電力の使用（ICT機器等）"],
    citation: REDUCTION,
  },
  {
    id: "E010",
    kind: "reduction",
    projectType: { ja: "照明設備の更新", en: "Replacement of lighting equipment" },
    baselineActivities: ["電力の使用（代替される照明設備の利用）"],
    projectActivities: ["電力の使用（導入する照明設備の利用）"],
    citation: REDUCTION,
  },
  {
    id: "E011",
    kind: "reduction",
    projectType: {
      ja: "ボイラー装置の更新・燃料転換",
      en: "Boiler replacement and fuel switching",
    },
    baselineActivities: ["ボイラーにおける化石燃料使用（既存のボイラー稼働）"],
    projectActivities: ["ボイラーにおける化石燃料使用（更新後のボイラー稼働）"],
    citation: REDUCTION,
  },
  {
    id: "E012",
    kind: "reduction",
    projectType: {
      ja: "空調設備の圧縮機の更新",
      en: "Replacement of air-conditioning compressors",
    },
    baselineActivities: ["空調の圧縮機による電力の使用", "空調の圧縮機による化石燃料消費"],
    projectActivities: [
      "空調の圧縮機（高効率型）による電力の使用",
      "空調の圧縮機（高効率型）による化石燃料消費",
    ],
    citation: REDUCTION,
  },
  {
    id: "E013",
    kind: "reduction",
    projectType: {
      ja: "フリークーリング及び外気導入による空調の省エネルギー",
      en: "Air-conditioning energy saving by free cooling and outdoor-air intake",
    },
    baselineActivities: ["空調稼動に伴う電力の使用", "空調稼動に伴う化石燃料消費"],
    projectActivities: [
      "空調稼動（省エネ型）に伴う電力の使用",
      "空調稼動（省エネ型）に伴う化石燃料消費",
    ],
    citation: REDUCTION,
  },
  {
    id: "E014",
    kind: "reduction",
    projectType: { ja: "アイロン装置の更新", en: "Replacement of ironing equipment" },
    baselineActivities: [
      "ボイラー等の熱源設備における化石燃料",
      "ボイラー等の熱源設備における電力",
    ],
    projectActivities: [
      "ボイラー等の熱源設備における化石燃料（導入後）",
      "ボイラー等の熱源設備における電力（導入後）",
    ],
    citation: REDUCTION,
  },
  {
    id: "E015",
    kind: "reduction",
    projectType: {
      ja: "小水力発電による系統電力の代替",
      en: "Replacing grid electricity with small hydropower",
    },
    baselineActivities: ["系統電力の使用（小水力発電導入前）"],
    projectActivities: ["系統電力、化石燃料の使用"],
    citation: REDUCTION,
  },
  {
    id: "E016",
    kind: "reduction",
    projectType: { ja: "コージェネレーション設備の導入", en: "Introduction of cogeneration" },
    baselineActivities: ["ボイラー等熱供給設備での化石燃料の使用", "系統電力の使用"],
    projectActivities: ["コージェネレーション設備での化石燃料の使用"],
    citation: REDUCTION,
  },
  {
    id: "E017",
    kind: "reduction",
    projectType: {
      ja: "ファン、ポンプ類の換装またはインバータ制御、台数制御機器の導入",
      en: "Replacing fans and pumps, or introducing inverter or unit-number control",
    },
    baselineActivities: ["電力使用"],
    projectActivities: ["電力使用（導入後）"],
    citation: REDUCTION,
  },
  {
    id: "E018",
    kind: "reduction",
    projectType: {
      ja: "廃棄物由来のバイオガスによる熱および電力供給のための化石燃料代替",
      en: "Replacing fossil fuel for heat and power with biogas from waste",
    },
    baselineActivities: [
      "ボイラー・自家発電設備等での化石燃料の使用",
      "系統電力の使用",
      "未焼却の下水汚泥の埋立て",
      "排水からのメタンガスの大気放出",
    ],
    projectActivities: [
      "バイオガスによる熱／電気供給設備による化石燃料の使用",
      "バイオガスやその原料の収集・運搬",
      "事前処理における電力または化石燃料の使用",
      "事後処理における電力の使用",
      "バイオガスの漏洩",
    ],
    citation: REDUCTION,
  },
  {
    id: "E019",
    kind: "reduction",
    projectType: { ja: "ヒートポンプの導入", en: "Introduction of heat pumps" },
    baselineActivities: ["熱源設備稼動に伴う電力の使用", "熱源設備稼動に伴う化石燃料消費"],
    projectActivities: [
      "ヒートポンプ稼動に伴う電力の使用",
      "ヒートポンプ稼働に伴う化石燃料消費",
      "ボイラ等への温水の搬送に伴う電力の使用",
    ],
    citation: REDUCTION,
  },
  {
    id: "E020",
    kind: "reduction",
    projectType: {
      ja: "古紙廃プラ固形燃料(RPF)の製造・利用",
      en: "Production and use of refuse paper & plastic fuel (RPF)",
    },
    baselineActivities: ["化石燃料の使用", "廃プラ等の焼却"],
    projectActivities: [
      "廃プラ等の収集運搬",
      "古紙廃プラ固形燃料の製造",
      "古紙廃プラ固形燃料の運搬",
      "古紙廃プラ固形燃料の燃焼",
      "補助燃料の利用",
    ],
    citation: REDUCTION,
  },
  {
    id: "E021",
    kind: "reduction",
    projectType: {
      ja: "熱分解による廃棄物由来の油化燃料・ガス化燃料の利用",
      en: "Use of oil or gas fuel made from waste by pyrolysis",
    },
    baselineActivities: ["化石燃料の使用", "廃棄物の焼却"],
    projectActivities: [
      "廃棄物の収集運搬",
      "廃棄物由来の油化燃料・ガス化燃料の製造",
      "廃棄物由来の油化燃料・ガス化燃料の運搬",
      "廃棄物由来の油化燃料・ガス化燃料の燃焼",
    ],
    citation: REDUCTION,
  },
  {
    id: "E022",
    kind: "reduction",
    projectType: {
      ja: "廃棄物処理施設における熱回収による廃棄物のエネルギー利用",
      en: "Energy use of waste through heat recovery at waste-treatment facilities",
    },
    baselineActivities: ["化石燃料の使用", "電力の使用", "廃棄物の焼却処理"],
    projectActivities: ["廃棄物の焼却処理（熱の回収・利用あり）", "補助燃料の使用"],
    citation: REDUCTION,
  },
  {
    id: "E023",
    kind: "reduction",
    projectType: {
      ja: "デジタルタコグラフの装着によるエコドライブ",
      en: "Eco-driving with digital tachographs",
    },
    baselineActivities: ["トラックにおける化石燃料"],
    projectActivities: [
      "トラックにおける化石燃料",
      "デジタルタコグラフのデータ集計により消費される電力",
    ],
    citation: REDUCTION,
  },
  {
    id: "E024",
    kind: "reduction",
    projectType: {
      ja: "太陽光発電による系統電力の代替",
      en: "Replacing grid electricity with solar power",
    },
    baselineActivities: ["系統電力の使用"],
    projectActivities: ["系統電力の使用（導入後）"],
    citation: REDUCTION,
  },
  {
    id: "L001",
    kind: "reduction",
    projectType: {
      ja: "低タンパク配合飼料利用による豚のふん尿処理からのN2O排出抑制",
      en: "Reducing N2O from pig manure with low-protein compound feed",
    },
    baselineActivities: ["慣用飼料を使った豚の飼養に伴う排泄物管理"],
    projectActivities: ["低タンパク配合飼料を給餌した場合の豚の飼養に伴う排泄物管理"],
    citation: REDUCTION,
  },
  {
    id: "R001",
    kind: "removal",
    projectType: {
      ja: "森林経営活動による CO2 吸収量の増大(間伐促進型プロジェクト)",
      en: "Increasing CO2 removals by forest management (thinning-promotion project)",
    },
    baselineActivities: ["地上部・地下部バイオマス (2007 年度以降に間伐が実施されていない状態)"],
    projectActivities: ["地上部・地下部バイオマス (森林経営活動 [間伐] の実施による追加分)"],
    citation: REMOVAL,
  },
  {
    id: "R002",
    kind: "removal",
    projectType: {
      ja: "森林経営活動による CO2 吸収量の増大(持続可能な森林経営促進型プロジェクト)",
      en: "Increasing CO2 removals by forest management (sustainable-forest-management project)",
    },
    baselineActivities: [
      "地上部・地下部バイオマス (1990 年度以降に間伐・主伐・植栽が実施されていない状態)",
    ],
    projectActivities: [
      "地上部・地下部バイオマス (森林経営活動 [植栽、間伐] の実施による追加分)",
      "主伐に伴う CO2 排出",
    ],
    citation: REMOVAL,
  },
  {
    id: "R003",
    kind: "removal",
    projectType: {
      ja: "植林活動による CO2 吸収量の増大",
      en: "Increasing CO2 removals by afforestation",
    },
    baselineActivities: ["地上部・地下部バイオマス (植林前の土地利用の状態)"],
    projectActivities: [
      "地上部・地下部バイオマス (植林の実施による追加分)",
      "地上部・地下部バイオマス (植林活動による伐採・刈払いされる植林対象地)",
    ],
    citation: REMOVAL,
  },
] as const satisfies readonly Methodology[];
