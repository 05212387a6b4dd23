/**
 * The guidebook's terms the pane uses, each explained in one or two sentences in the guidebook's own sense, so a
 * clerk meeting a word on a form can read what it means where it stands (hover or focus). Sources: the Tokyo
 * municipalities' guidebook, chapter 2 (A1 3(2)〜(4), 別表：排出係数一覧, B1 on methodologies, B2's forest
 * coefficients, the note on J-VER); 林班・小班 are the forest-planning units of the 森林簿, which the guidebook's
 * forest sheets take as given.
 */

export interface GlossaryEntry {
  /** The word as the pane shows it. */
  readonly term: string;
  readonly ja: string;
  readonly en: string;
  /** Where the guidebook says it. */
  readonly source: string;
}

export const GLOSSARY = [
  {
    term: "バウンダリ",
    ja: "埋め合わせる対象活動の範囲。会議・イベントで排出が見込まれる活動のうち、どこまでを算定しオフセットするかを、目的や活動量データを集められるかを考えて、なるべく広めに決めます。",
    en: "The boundary: which activities of the event are counted and offset. Chosen by the organiser, as wide as the purpose and the data that can be collected allow.",
    source: "第2章 A1 3(2)① 埋め合わせる対象活動の範囲（バウンダリ）の設定",
  },
  {
    term: "レベル",
    ja: "GHG算定方法ガイドラインによる算定の正確さの段階（1〜3）。数字が大きいほど実績値（固有データ）に基づく正確な算定です。自治体の取り組みでは原則レベル2以上とします。",
    en: "The accuracy level (1–3) of a calculation method in the GHG calculation guideline: the higher, the more it rests on measured data. Municipal offsets use level 2 or above in principle.",
    source: "第2章 A1 3(2)③ 事前算定（算定方法・式の例示の注）",
  },
  {
    term: "積み上げ法",
    ja: "電灯数 × 消費電力 × 使用時間のように、機器ごとの使用量を積み上げて電力使用量を求める方法（レベル2）。",
    en: "Bottom-up method: electricity from each device's count, power and hours of use, added up (level 2).",
    source: "第2章 A1 算定方法・式の例示（会場での電力使用）",
  },
  {
    term: "按分法",
    ja: "建物全体の延床面積当たり排出量に会場の面積と使用期間を掛けて、会場分を割り当てる方法（レベル2）。",
    en: "Apportioning method: the building's emissions per floor area, times the venue's area and days of use (level 2).",
    source: "第2章 A1 算定方法・式の例示（会場での電力使用）",
  },
  {
    term: "燃料法",
    ja: "実際に使った燃料の量 × 燃料種別排出係数で求める方法。燃料使用量が分かるときに使います（主にレベル3）。",
    en: "Fuel method: fuel actually used × the fuel's emission factor; for when the amount of fuel is known (mostly level 3).",
    source: "第2章 A1 算定方法・式の例示（車両の運行、燃料の使用）",
  },
  {
    term: "燃費法",
    ja: "走行距離 ÷ 燃費 × 燃料種別排出係数で燃料使用量を推計する方法。燃料使用量が分からないときに使います（レベル2）。",
    en: "Fuel-economy method: distance ÷ fuel economy × the fuel's factor, estimating the fuel when its amount is not known (level 2).",
    source: "第2章 A1 算定方法・式の例示（車両の運行）",
  },
  {
    term: "受電端",
    ja: "電気を使う側で測った値による排出係数。送電ロスの分だけ発電端より大きくなります。",
    en: "Receiving end: an electricity factor per kWh as delivered to the user (after grid losses), so higher than at the generating end.",
    source:
      "第2章 別表：排出係数一覧（二酸化炭素〔CO2〕）— 小規模電源の導入等により代替される系統電力",
  },
  {
    term: "発電端",
    ja: "発電所で測った値による排出係数。送電ロスを含みません。",
    en: "Generating end: an electricity factor per kWh as generated at the plant, before grid losses.",
    source:
      "第2章 別表：排出係数一覧（二酸化炭素〔CO2〕）— 小規模電源の導入等により代替される系統電力",
  },
  {
    term: "調整後排出係数",
    ja: "電気事業者がクレジット等で調整した後の排出係数。地域特性を考慮した取り組みでは、電気事業者別の調整後排出係数を使うこともできます。",
    en: "Adjusted emission factor: a utility's factor after the credits it used are taken into account; a regional offset may use its utility's adjusted factor.",
    source: "第2章 別表：排出係数一覧（二酸化炭素〔CO2〕）とその注",
  },
  {
    term: "J-VER",
    ja: "オフセット・クレジット（J-VER）制度で、国内のプロジェクトによる排出削減・吸収量を認証したクレジット。環境省が2008年11月に運用を始めました（2013年に J-クレジット制度へ統合）。",
    en: "Offset credits certified under Japan's J-VER scheme for emission reductions and removals by domestic projects, run by the Ministry of the Environment from November 2008 (merged into J-Credit in 2013).",
    source: "第2章 資料編 オフセット・クレジット（J-VER）制度",
  },
  {
    term: "方法論",
    ja: "J-VER 制度で認められた排出削減・吸収プロジェクトの種類ごとの算定と条件の決まり。プロジェクトは方法論とその適格性基準に沿って計画します。",
    en: "Methodology: the J-VER scheme's rules for one kind of reduction or removal project — how it is calculated and which eligibility criteria it must meet.",
    source: "第2章 B1 排出削減・吸収プロジェクトの計画",
  },
  {
    term: "BEF",
    ja: "拡大係数。幹の量から枝・葉を含む地上部全体の量を求める比率（地上バイオマス ÷ 幹バイオマス）。林齢20年以下と超で値が変わります。",
    en: "Biomass expansion factor: above-ground biomass (stem, branches, leaves) per stem biomass; its value changes above a stand age of 20 years.",
    source: "第2章 B2 森林吸収量の算定式（拡大係数）と係数の表",
  },
  {
    term: "林班",
    ja: "森林計画で森林を区切る単位。尾根や沢などで区切った区域で、さらに小班に分かれます。",
    en: "Forest compartment: the forest-planning unit bounded by ridges or streams, divided into sub-compartments.",
    source: "森林計画（森林簿）の区分",
  },
  {
    term: "小班",
    ja: "林班をさらに樹種や林齢ごとに分けた、森林簿の最小単位。林分ごとの面積・樹種・林齢はここから取ります。",
    en: "Sub-compartment: the smallest unit of the forest register, by species and age; a stand's area, species and age come from it.",
    source: "森林計画（森林簿）の区分",
  },
  {
    term: "無効化",
    ja: "購入したクレジットを登録簿上で使えない状態にして、オフセットに使ったことを確定させる手続き。オフセット・プロバイダーに委託することもできます。",
    en: "Cancellation (retirement): making bought credits unusable in the registry, so they count for this offset only; often done by the offset provider.",
    source: "第2章 A1 3(3) クレジットの調達",
  },
  {
    term: "証書",
    ja: "カーボン・オフセットの対象やオフセット量などを記して、資金を出した参加者等に発行する書面。オフセット・プロバイダーが発行する場合もあります。",
    en: "Certificate: a document for those who paid towards the offset, stating what was offset and how much; sometimes issued by the offset provider.",
    source: "第2章 A1 3(4) 開催前の周知・情報提供（カーボン・オフセット証書の例）",
  },
  {
    term: "特定者間完結型",
    ja: "自治体が創出した排出削減・吸収価値を、企業や他の自治体など特定の相手との間だけでやり取りする取り組み（C1・C2）。クレジット制度の認証を経ません。",
    en: "Closed between named parties: reduction or removal value created by a municipality and passed only to a named company or municipality (C1, C2), without certified credits.",
    source: "第2章 C 特定者間完結型の取り組み",
  },
] as const satisfies readonly GlossaryEntry[];

const byTerm = new Map<string, GlossaryEntry>(GLOSSARY.map((entry) => [entry.term, entry]));

/** The entry for a term as the pane shows it ("レベル2" finds レベル). */
export function glossaryEntry(word: string): GlossaryEntry | undefined {
  return byTerm.get(word) ?? byTerm.get(word.replace(/[0-9０-９〜～-]+$/u, ""));
}
