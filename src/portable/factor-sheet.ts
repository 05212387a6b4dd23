/**
 * 係数表: the add-in's factor sets as a worksheet, so a portable copy of a sheet (native Excel formulas instead of
 * GHG.*, see native-formulas.ts) computes without the add-in — in Excel, Excel on the web and LibreOffice.
 *
 * Every table the translated formulas read, one block under another, each column with a defined name
 * (`係数_値`, `係数_区分検索名` …) so a formula reads `INDEX(係数_値,MATCH(…,係数_区分検索名,0))`:
 *  - 係数: every scalar factor of `lookupsOf(set).scalar` (emission factors, rail rates, CFP examples, constants),
 *    one row per name a sheet may hold (the Japanese name first, then the key, the English name and the aliases),
 *    each row with its set, key, names, value, unit, source, date and guidebook table;
 *  - 自動車（自家用）燃料消費率（標準値）: the private-vehicle standard fuel economy by vehicle class and fuel;
 *  - 車両の平均燃費: the truck table by fuel, maximum-load band (or 軽) and use, one row per use;
 *  - the names of 営業用／自家用 and of 軽貨物車.
 *
 * Matching: the core compares names after NFKC, lower-casing and removing spaces and punctuation (normalize.ts).
 * A formula cannot do NFKC, but it can remove characters: the 検索名 columns hold each name without the characters
 * of NAME_IGNORED (a subset of the core's), and the formulas remove the same characters from the cell before MATCH
 * (case-insensitive, as the core). Two texts equal this way are equal for the core too, so a portable formula never
 * finds a row the add-in would not; a variant only the core understands (full-width letters, other brackets) gives
 * #N/A in the portable copy.
 */
import { FACTOR_SETS, SOURCES, findFunction, lookupsOf } from "../core";
import type { FactorSet, ScalarFactor } from "../core/factor-sets/factor-set";
import type { Label } from "../core/data/types";
import { TRUCK_USES } from "../core/data/truck-fuel-economy";
import { COLORS } from "../sheets/builders/styles";
import { rangeAddress, SheetGrid } from "../sheets/grid";
import type { CellContent, SheetLayout } from "../sheets/layout";

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
const RAIL_ELECTRIC = "電力";

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
const OPEN_BAND_LIMIT = 1e300;

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
const FACTOR_SHEET_NOTE =
  "このシートは、カーボン・オフセット算定アドインの係数セットをそのまま埋め込んだものです。互換ブックの式は GHG.* 関数の代わりに、" +
  "この表を Excel の標準関数（INDEX・MATCH・SUMIFS など）で参照して計算するので、アドインがなくても Excel、Excel on the web、" +
  "LibreOffice で同じ数値になります。各行に出典（資料名・公表日・ガイドブックの表）を記載しています。値を書き換えると計算結果が変わります。";

function kindOf(set: FactorSet, row: ScalarFactor): FactorKind {
  const ef = set.emissionFactors.find((f) => f === row);
  if (ef) return FACTOR_KINDS[ef.kind];
  if ((set.railFuelRates as readonly ScalarFactor[]).includes(row)) return FACTOR_KINDS.rail;
  if ((set.cfpExamples as readonly ScalarFactor[]).includes(row)) return FACTOR_KINDS.cfp;
  return FACTOR_KINDS.constant;
}

interface NameVariant {
  readonly text: string;
  /** 名称 / キー / 英語名 / 別名 */
  readonly what: string;
}

/** The names a row answers to, the Japanese name first, without variants that match the same (case-insensitively). */
function variantsOf(row: {
  readonly key: string;
  readonly name: Label;
  readonly aliases: readonly string[];
}): NameVariant[] {
  const all: NameVariant[] = [
    { text: row.name.ja, what: "名称" },
    { text: row.key, what: "キー" },
    { text: row.name.en, what: "英語名" },
    ...row.aliases.map((text) => ({ text, what: "別名" })),
  ];
  const seen = new Set<string>();
  return all.filter((v) => {
    const id = matchText(v.text).toUpperCase();
    if (id === "" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const infoOf = (set: FactorSet, row: ScalarFactor): string => {
  const result = findFunction("FACTOR_INFO")?.call([`${set.id}:${row.key}`]);
  return typeof result === "string" ? result : "";
};

/** Column widths: the 係数 block's 17 columns (A–Q); the other blocks reuse them. */
const COLUMN_WIDTHS = [12, 24, 34, 30, 10, 14, 8, 10, 12, 40, 12, 40, 36, 10, 40, 26, 60];
const LAST_COLUMN = COLUMN_WIDTHS.length;

const FACTOR_HEADERS = [
  "係数セット",
  "キー",
  "名称",
  "名称（英語）",
  "値",
  "単位",
  "区分",
  "鉄道の動力",
  "g-CO2/個（CFP）",
  "出典",
  "公表日",
  "ガイドブックの表",
  "検索名（式が照合する文字列）",
  "名前の種類",
  "区分付き検索名",
  "セット:キー",
  "FACTOR_INFO の文字列",
];

interface Block {
  readonly grid: SheetGrid;
  /** Adds a section title row and a header row; returns the header row. */
  header(title: string, headers: readonly string[], startColumn?: number): number;
  /** Defined name over rows first..last of a column. */
  name(
    ref: FactorRef,
    first: number,
    last: number,
    column: number,
    lastColumn?: number,
    comment?: string
  ): void;
}

function block(grid: SheetGrid, layoutKey: string): Block {
  return {
    grid,
    header(title, headers, startColumn = 1) {
      grid.addRow();
      grid.section(title);
      const row = grid.addRow();
      headers.forEach((h, i) => grid.set(row, startColumn + i, h));
      grid.format({
        range: rangeAddress(row, startColumn, row, startColumn + headers.length - 1),
        bold: true,
        fill: COLORS.header,
        border: true,
        wrap: true,
      });
      return row;
    },
    name(ref, first, last, column, lastColumn = column, comment) {
      grid.names.push({
        key: factorNameKey(layoutKey, ref),
        name: FACTOR_NAMES[ref],
        refersTo: rangeAddress(first, column, Math.max(first, last), lastColumn),
        ...(comment ? { comment } : {}),
      });
    },
  };
}

function addSets(b: Block, sets: readonly FactorSet[]): void {
  b.header("■ 係数セット", ["係数セット", "名称", "日付"]);
  for (const set of sets) b.grid.addRow([set.id, set.title.ja, set.date]);
}

function addFactors(b: Block, sets: readonly FactorSet[]): void {
  const header = b.header(
    "■ 係数（FACTOR と各関数が使う値。1行が1つの名前：名称の行の後にキー・英語名・別名の行）",
    FACTOR_HEADERS
  );
  const rows: CellContent[][] = [];
  const later: CellContent[][] = [];
  for (const set of sets) {
    for (const row of lookupsOf(set).scalar.rows) {
      const kind = kindOf(set, row);
      const source = SOURCES[row.citation.source];
      const rail = set.railFuelRates.find((r) => r === row);
      const cfp = set.cfpExamples.find((c) => c === row);
      const info = infoOf(set, row);
      variantsOf(row).forEach((variant, i) => {
        const lookup = `${set.id}:${matchText(variant.text)}`;
        const cells: CellContent[] = [
          set.id,
          row.key,
          row.name.ja,
          row.name.en,
          row.value,
          row.unit,
          kind,
          rail ? (rail.energy === "diesel" ? RAIL_DIESEL : RAIL_ELECTRIC) : null,
          cfp ? cfp.gramsPerUnit : null,
          source.title.ja,
          source.date,
          row.citation.table,
          lookup,
          variant.what,
          `${kind}|${lookup}`,
          `${set.id}:${row.key}`,
          info,
        ];
        (i === 0 ? rows : later).push(cells);
      });
    }
  }
  for (const cells of [...rows, ...later]) b.grid.addRow(cells);
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  const columns: [FactorRef, number][] = [
    ["set", 1],
    ["key", 2],
    ["name", 3],
    ["value", 5],
    ["unit", 6],
    ["kind", 7],
    ["railEnergy", 8],
    ["cfpGrams", 9],
    ["source", 10],
    ["date", 11],
    ["table", 12],
    ["lookup", 13],
    ["kindLookup", 15],
    ["setKey", 16],
    ["info", 17],
  ];
  for (const [ref, column] of columns) b.name(ref, first, last, column);
  b.grid.format({ range: rangeAddress(first, 1, last, LAST_COLUMN), border: true });
  b.grid.format({ range: rangeAddress(first, 5, last, 5), bold: true });
}

function addVehicles(b: Block, sets: readonly FactorSet[]): void {
  // The fuel keys of the economy columns (the core looks a vehicle's km/ℓ up by the fuel's key).
  const fuels = [
    ...new Set(
      sets.flatMap((set) => set.vehicleFuelEconomy.flatMap((v) => Object.keys(v.kmPerLitre)))
    ),
  ];
  const fuelName = (key: string) =>
    sets[0]?.emissionFactors.find((f) => f.key === key)?.name.ja ?? key;
  const headers = [
    "係数セット",
    "キー",
    "名称",
    "名称（英語）",
    ...fuels.map((f) => `${fuelName(f)} (km/ℓ)`),
    "出典",
    "公表日",
    "ガイドブックの表",
    "検索名（式が照合する文字列）",
    "名前の種類",
  ];
  b.grid.addRow();
  b.grid.section(
    "■ 自動車（自家用）燃料消費率（標準値）— CO2_VEHICLE・CO2_BUS が燃費を省略したときの値（「—」は標準値なし）"
  );
  const keyRow = b.grid.addRow(["（式用の燃料キー）", null, null, null, ...fuels]);
  b.grid.format({
    range: rangeAddress(keyRow, 1, keyRow, 4 + fuels.length),
    italic: true,
    fontColor: "#666666",
  });
  b.name("vehicleFuels", keyRow, keyRow, 5, 4 + Math.max(1, fuels.length));
  const header = b.grid.addRow(headers);
  b.grid.format({
    range: rangeAddress(header, 1, header, headers.length),
    bold: true,
    fill: COLORS.header,
    border: true,
    wrap: true,
  });
  for (const set of sets) {
    for (const vehicle of lookupsOf(set).vehicle.rows) {
      const source = SOURCES[vehicle.citation.source];
      const economy = vehicle.kmPerLitre as Partial<Record<string, number>>;
      for (const variant of variantsOf(vehicle)) {
        b.grid.addRow([
          set.id,
          vehicle.key,
          vehicle.name.ja,
          vehicle.name.en,
          ...fuels.map((f) => economy[f] ?? "—"),
          source.title.ja,
          source.date,
          vehicle.citation.table,
          `${set.id}:${matchText(variant.text)}`,
          variant.what,
        ]);
      }
    }
  }
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  b.name("vehicleEconomy", first, last, 5, 4 + Math.max(1, fuels.length));
  b.name("vehicleLookup", first, last, 8 + fuels.length);
  b.grid.format({ range: rangeAddress(first, 1, last, headers.length), border: true });
}

function addTrucks(b: Block, sets: readonly FactorSet[]): void {
  const header = b.header(
    "■ 車両の平均燃費（燃費法：燃料・最大積載量・営業用／自家用）— CO2_TRUCK が燃費を省略したときの値",
    [
      "係数セット",
      "燃料",
      "最大積載量 (kg)",
      "営業用／自家用",
      "燃費 (km/ℓ)",
      "出典",
      "公表日",
      "ガイドブックの表",
      "燃料キー（セット:キー）",
      "用途キー",
      "判定用下限（kg 以上。軽は -1）",
      "判定用上限（kg 未満。上限なしは 1E+300）",
    ]
  );
  for (const set of sets) {
    for (const row of set.truckFuelEconomy) {
      const fuel = set.emissionFactors.find((f) => f.key === row.fuel);
      const source = SOURCES[row.citation.source];
      const [min, limit] =
        "kei" in row.band
          ? [KEI_LOAD, 0]
          : [row.band.minKg, row.band.maxKg === null ? OPEN_BAND_LIMIT : row.band.maxKg + 1];
      for (const use of TRUCK_USES) {
        b.grid.addRow([
          set.id,
          fuel?.name.ja ?? row.fuel,
          row.label.ja,
          use.name.ja,
          row.kmPerLitre[use.key],
          source.title.ja,
          source.date,
          row.citation.table,
          `${set.id}:${row.fuel}`,
          use.key,
          min,
          limit,
        ]);
      }
    }
  }
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  const columns: [FactorRef, number][] = [
    ["truckEconomy", 5],
    ["truckFuel", 9],
    ["truckUse", 10],
    ["truckMin", 11],
    ["truckLimit", 12],
  ];
  for (const [ref, column] of columns) b.name(ref, first, last, column);
  b.grid.format({ range: rangeAddress(first, 1, last, 12), border: true });
}

function addUses(b: Block, sets: readonly FactorSet[]): void {
  const header = b.header("■ 営業用・自家用の別（CO2_TRUCK の用途。省略・空欄は営業用）", [
    "検索名（式が照合する文字列）",
    "用途キー",
    "名称",
  ]);
  const seen = new Set<string>();
  for (const use of TRUCK_USES) {
    const names = variantsOf(use).map((v) => v.text);
    // A name may also come with a set ("jver-2011:営業用"), which the core accepts too.
    for (const text of [...names, ...sets.flatMap((set) => names.map((n) => `${set.id}:${n}`))]) {
      const lookup = matchText(text);
      if (seen.has(lookup.toUpperCase())) continue;
      seen.add(lookup.toUpperCase());
      b.grid.addRow([lookup, use.key, use.name.ja]);
    }
  }
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  b.name("useNames", first, last, 1);
  b.name("useKeys", first, last, 2);
  b.grid.format({ range: rangeAddress(first, 1, last, 3), border: true });
}

function addKei(b: Block): void {
  const header = b.header(
    "■ 軽貨物車の表記（CO2_TRUCK の最大積載量にこの名前を書くと軽貨物車の燃費）",
    ["検索名（式が照合する文字列）"]
  );
  for (const name of KEI_NAMES) b.grid.addRow([matchText(name)]);
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  b.name("keiNames", first, last, 1);
  b.grid.format({ range: rangeAddress(first, 1, last, 1), border: true });
}

export interface FactorSheetOptions {
  /** Layout key (default "factors"); the defined names' keys derive from it (factorNameKey). */
  readonly key?: string;
  readonly name?: string;
  /** The sets embedded (default: every bundled set, so the header's set cell may name any of them). */
  readonly sets?: readonly FactorSet[];
}

/** The 係数表 layout: every table the translated formulas read, with citations and defined names. */
export function factorSheetLayout(options: FactorSheetOptions = {}): SheetLayout {
  const key = options.key ?? DEFAULT_FACTOR_SHEET_KEY;
  const sets = options.sets ?? FACTOR_SETS;
  const grid = new SheetGrid(key, options.name ?? FACTOR_SHEET_NAME, COLUMN_WIDTHS);
  grid.title(`係数表（${sets.map((s) => s.id).join("、")}）`);
  grid.set(2, 1, PORTABLE_NOTE);
  grid.set(3, 1, FACTOR_SHEET_NOTE);
  grid.merges.push(
    rangeAddress(1, 1, 1, LAST_COLUMN),
    rangeAddress(2, 1, 2, LAST_COLUMN),
    rangeAddress(3, 1, 3, LAST_COLUMN)
  );
  grid.format({ range: "A2", bold: true });
  grid.format({ range: "A3", wrap: true });
  const b = block(grid, key);
  addSets(b, sets);
  addFactors(b, sets);
  addVehicles(b, sets);
  addTrucks(b, sets);
  addUses(b, sets);
  addKei(b);
  return grid.toLayout({ tabColor: COLORS.tab, freeze: { rows: 3 }, protect: true });
}
