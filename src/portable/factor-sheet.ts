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
import { FACTOR_SETS } from "../core";
import type { FactorSet } from "../core/factor-sets/factor-set";
import { COLORS } from "../sheets/builders/styles";
import { rangeAddress, SheetGrid } from "../sheets/grid";
import type { SheetLayout } from "../sheets/layout";
import { addFactors, addSets, block, COLUMN_WIDTHS, LAST_COLUMN } from "./factor-blocks";
import { DEFAULT_FACTOR_SHEET_KEY, FACTOR_SHEET_NAME, PORTABLE_NOTE } from "./factor-names";
import { addKei, addTrucks, addUses, addVehicles } from "./factor-transport-blocks";

export {
  DEFAULT_FACTOR_SHEET_KEY,
  FACTOR_KINDS,
  FACTOR_NAMES,
  FACTOR_SHEET_NAME,
  KEI_LOAD,
  KEI_NAMES,
  NAME_IGNORED,
  PORTABLE_NOTE,
  RAIL_DIESEL,
  factorNameKey,
  factorRefs,
  matchText,
  type FactorKind,
  type FactorRef,
  type FactorRefs,
} from "./factor-names";

const FACTOR_SHEET_NOTE =
  "このシートは、カーボン・オフセット算定アドインの係数セットをそのまま埋め込んだものです。互換ブックの式は GHG.* 関数の代わりに、" +
  "この表を Excel の標準関数（INDEX・MATCH・SUMIFS など）で参照して計算するので、アドインがなくても Excel、Excel on the web、" +
  "LibreOffice で同じ数値になります。各行に出典（資料名・公表日・ガイドブックの表）を記載しています。値を書き換えると計算結果が変わります。";

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
