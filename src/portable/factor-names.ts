/**
 * What the translated formulas and the 係数表 sheet agree on: the characters names are matched without, the kinds
 * of factors, the defined names of the sheet's columns and blocks, and the special values (軽, the open load band).
 */

/** Characters removed from names before matching; each is also ignored by the core's normalizeName. */
export const NAME_IGNORED: readonly string[] = [
  " ",
  "\u3000",
  "・",
  "･",
  "(",
  ")",
  "（",
  "）",
  "「",
  "」",
  "-",
  "_",
  "/",
  "／",
];

/** A name as the 検索名 columns hold it (what the formulas' SUBSTITUTE chain makes of a cell). */
export function matchText(name: string): string {
  let text = name;
  for (const ch of NAME_IGNORED) text = text.split(ch).join("");
  return text;
}

/** The 区分 of a scalar factor: which GHG function argument may name it. */
export const FACTOR_KINDS = {
  fuel: "燃料",
  electricity: "電力",
  heat: "熱",
  rail: "鉄道",
  cfp: "CFP",
  constant: "定数",
} as const;
export type FactorKind = (typeof FACTOR_KINDS)[keyof typeof FACTOR_KINDS];

/** 鉄道の動力 of a rail rate: a diesel rate is in MJ/人・km and needs a kg-CO2/MJ factor. */
export const RAIL_DIESEL = "軽油";
export const RAIL_ELECTRIC = "電力";

/**
 * 最大積載量 names meaning 軽貨物車 (transport.ts's KEI_NAMES; test/portable checks them against the core). The
 * formulas read 軽 as the load -1, which only the 軽 rows' band (判定用下限 -1, 判定用上限 0) contains.
 */
export const KEI_NAMES: readonly string[] = [
  "軽",
  "軽貨物",
  "軽貨物車",
  "軽トラ",
  "軽トラック",
  "kei",
];
export const KEI_LOAD = -1;
/** 判定用上限 of the open band (2,000 kg 以上): any load below it. */
export const OPEN_BAND_LIMIT = 1e300;

/** Every column or block a translated formula reads, by defined name. */
export const FACTOR_NAMES = {
  lookup: "係数_検索名",
  kindLookup: "係数_区分検索名",
  value: "係数_値",
  unit: "係数_単位",
  kind: "係数_区分",
  railEnergy: "係数_動力",
  cfpGrams: "係数_CFP_g",
  set: "係数_セット",
  key: "係数_キー",
  setKey: "係数_セットキー",
  name: "係数_名称",
  source: "係数_出典",
  date: "係数_公表日",
  table: "係数_表",
  info: "係数_情報",
  vehicleLookup: "車種_検索名",
  vehicleEconomy: "車種_燃費",
  vehicleFuels: "車種_燃料キー",
  truckFuel: "トラック_燃料キー",
  truckUse: "トラック_用途キー",
  truckMin: "トラック_判定下限",
  truckLimit: "トラック_判定上限",
  truckEconomy: "トラック_燃費",
  useNames: "用途_検索名",
  useKeys: "用途_キー",
  keiNames: "軽_検索名",
} as const;
export type FactorRef = keyof typeof FACTOR_NAMES;
/** What a formula writes for each block: a `{{name:KEY}}` placeholder (resolve-names.ts), or a range in tests. */
export type FactorRefs = Readonly<Record<FactorRef, string>>;

export const DEFAULT_FACTOR_SHEET_KEY = "factors";
export const FACTOR_SHEET_NAME = "係数表";

/** Key of the defined name of one block in the factor sheet whose layout key is `layoutKey`. */
export const factorNameKey = (layoutKey: string, ref: FactorRef): string => `${layoutKey}.${ref}`;

/** Placeholders for the defined names of the factor sheet with this layout key. */
export function factorRefs(layoutKey: string = DEFAULT_FACTOR_SHEET_KEY): FactorRefs {
  const refs = {} as Record<FactorRef, string>;
  for (const ref of Object.keys(FACTOR_NAMES) as FactorRef[])
    refs[ref] = `{{name:${factorNameKey(layoutKey, ref)}}}`;
  return refs;
}

/** The visible note, in the factor sheet and in each translated sheet. */
export const PORTABLE_NOTE = "この互換ブックはアドインなしで計算できます（係数表シート参照）";
