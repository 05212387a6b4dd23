/** The sections after the blocks: ■ 算定式, ■ 排出削減量 (the totals other sheets quote), the guidebook's example, ■ 留意点. */
import { absolute, cellAddress, formula, rangeAddress, SheetGrid } from "../grid";
import { PROJECT_CONSIDERATIONS } from "./forest-texts";
import {
  COL,
  FORMULA_CITATION,
  VALUE_COLUMN,
  YEARS_CELL,
  fullRow,
  labelCell,
} from "./reduction-cells";
import { COLORS, NUMBER_FORMATS } from "./styles";

/** Absolute addresses of the figures other sheets quote. */
export interface ReductionCells {
  readonly baselineKg: string;
  readonly projectKg: string;
  readonly reductionKgPerYear: string;
  readonly reductionTPerYear: string;
  readonly periodT: string;
}

/** The guidebook's worked examples (B1・B2 4(1)④), seed 002 lines 1845-1900: monitoring items and the printed result. */
export const REDUCTION_EXAMPLES: Partial<
  Record<string, { readonly title: string; readonly lines: readonly string[] }>
> = {
  E002: {
    title:
      "化石燃料から木質ペレットボイラー燃料代替（ガイドブック B1・B2 4(1)④ 方法論によるモニタリング項目及び排出削減量の算定方法の例）",
    lines: [
      "○ベースライン排出量：灯油ボイラーの使用に伴う排出（ボイラーにおける灯油の消費量）",
      "○プロジェクト排出量：未利用材の運搬に伴う排出（運搬車両の軽油等の消費量又は平均燃費・走行距離）",
      "○プロジェクト排出量：木質ペレットの製造に伴う排出（ペレット製造設備で使用する化石燃料・電力等の消費量）",
      "○プロジェクト排出量：木質ペレットの運搬に伴う排出（運搬車両の軽油等の消費量又は平均燃費・走行距離）",
      "○プロジェクト排出量：ペレットボイラーの使用に伴う排出（補助燃料の消費量）",
      "具体的な算定結果の例：埼玉県もくねん工房の木質ペレットを活用した化石燃料代替プロジェクト（温浴施設の灯油焚きボイラー〔さわらびの湯 1 基、名栗げんきプラザ 2 基〕で使用される灯油をペレット燃料により代替）　クレジット期間：5 年間（2008～2012 年度）　排出削減量：1,149t-CO2（229.8t-CO2/年）",
    ],
  },
  E004: {
    title:
      "廃食用由来のバイオディーゼル燃料の車両等における利用（ガイドブック B1・B2 4(1)④ 方法論によるモニタリング項目及び排出削減量の算定方法の例）",
    lines: [
      "○ベースライン排出量：コミュニティバス運行に伴う排出（コミュニティバス燃料である軽油の消費量）",
      "○プロジェクト排出量：バイオディーゼル燃料（BDF）を使用したトラック等による収集運搬に伴う排出（運搬車両の化石燃料の消費量又は平均燃費・走行距離、重量等）",
      "○プロジェクト排出量：廃食用油から BDF を製造する過程に伴う排出（製造プラント等で用いられる化石燃料や電力消費量）",
      "○プロジェクト排出量：BDF 製造工で投入されるメタノールに由来する排出（メタノール使用量）",
      "○プロジェクト排出量：精製された BDF の給油場所までの運搬に伴う排出（運搬車両の化石燃料の消費量又は平均燃費・走行距離、重量等）",
      "具体的な算定結果の例：当別ふれあいバスによる廃食用油由来バイオディーゼル燃料活用プロジェクト（コミュニティバスの燃料として使用されていた軽油〔バス 6 台分、41kℓ/年相当〕をバイオディーゼル燃料により代替）　クレジット期間：4 年間（2009～2012 年度）　排出削減量：226t-CO2（56.5t-CO2/年）",
    ],
  },
};

/** ■ 算定式, with where the emission factors come from. Returns the row after it. */
export function addFormula(grid: SheetGrid, row: number): number {
  grid.section(`■ 算定式（${FORMULA_CITATION}）`, row);
  fullRow(
    grid,
    row + 1,
    2,
    "排出削減量 = ベースライン排出量 − プロジェクト排出量　／　温室効果ガス排出量 = 活動量 × 排出係数（活動量毎、温室効果ガス毎に算定した排出量を合算）"
  );
  fullRow(
    grid,
    row + 2,
    2,
    "排出係数: 「オフセット・クレジット（J-VER）制度モニタリング方法ガイドライン（排出削減プロジェクト用）（Ver. 2.4）」や「オフセット・クレジット（J-VER）制度における温室効果ガス算定用デフォルト値一覧 Ver1.1」等（係数セットの値を使います）",
    { italic: true }
  );
  return row + 4;
}

/** ■ 排出削減量: baseline − project, per year and over the crediting period, as defined names. Returns the last row. */
export function addReduction(
  grid: SheetGrid,
  row: number,
  baselineTotal: number,
  projectTotal: number
): { cells: ReductionCells; row: number } {
  grid.section("■ 排出削減量", row);
  const s = {
    baseline: row + 1,
    project: row + 2,
    reductionKg: row + 3,
    reductionT: row + 4,
    period: row + 5,
  };
  const v = (r: number) => cellAddress(r, VALUE_COLUMN);
  const summary: [number, string, string, string, string][] = [
    [
      s.baseline,
      "ベースライン排出量 (kg-CO2/年)",
      cellAddress(baselineTotal, COL.kg),
      NUMBER_FORMATS.kg,
      "",
    ],
    [
      s.project,
      "プロジェクト排出量 (kg-CO2/年)",
      cellAddress(projectTotal, COL.kg),
      NUMBER_FORMATS.kg,
      "",
    ],
    [
      s.reductionKg,
      "排出削減量 (kg-CO2/年)",
      `GHG.EMISSION_REDUCTION(${v(s.baseline)},${v(s.project)})`,
      NUMBER_FORMATS.kg,
      "ベースライン排出量 − プロジェクト排出量（負なら排出が増えています）",
    ],
    [s.reductionT, "排出削減量 (t-CO2/年)", `${v(s.reductionKg)}/1000`, NUMBER_FORMATS.t, ""],
    [
      s.period,
      "クレジット期間の排出削減量 (t-CO2)",
      `${v(s.reductionT)}*${YEARS_CELL}`,
      NUMBER_FORMATS.t,
      "排出削減量 (t-CO2/年) × クレジット期間（年）",
    ],
  ];
  for (const [r, label, expression, numberFormat, note] of summary) {
    labelCell(grid, r, label);
    grid.set(r, VALUE_COLUMN, formula(expression));
    if (note) grid.set(r, VALUE_COLUMN + 1, note);
    grid.format({
      range: rangeAddress(r, 2, r, VALUE_COLUMN),
      bold: true,
      fill: COLORS.total,
      border: true,
    });
    grid.format({ range: v(r), numberFormat });
  }
  grid.conditionalFormats.push({
    range: rangeAddress(s.reductionKg, VALUE_COLUMN, s.period, VALUE_COLUMN),
    formula: `=${v(s.reductionKg)}<0`,
    fontColor: "#C00000",
  });
  const cells: ReductionCells = {
    baselineKg: absolute(s.baseline, VALUE_COLUMN),
    projectKg: absolute(s.project, VALUE_COLUMN),
    reductionKgPerYear: absolute(s.reductionKg, VALUE_COLUMN),
    reductionTPerYear: absolute(s.reductionT, VALUE_COLUMN),
    periodT: absolute(s.period, VALUE_COLUMN),
  };
  addReductionNames(grid, s);
  return { cells, row: s.period };
}

/** Defined names of the reduction's figures, which the plan sheet quotes. */
function addReductionNames(
  grid: SheetGrid,
  s: {
    readonly baseline: number;
    readonly project: number;
    readonly reductionT: number;
    readonly period: number;
  }
): void {
  const v = (r: number) => cellAddress(r, VALUE_COLUMN);
  grid.names.push(
    {
      key: "reduction-baseline-kg",
      name: "削減_ベースライン排出量_kg",
      refersTo: v(s.baseline),
      comment: "ベースライン排出量 (kg-CO2/年)",
    },
    {
      key: "reduction-project-kg",
      name: "削減_プロジェクト排出量_kg",
      refersTo: v(s.project),
      comment: "プロジェクト排出量 (kg-CO2/年)",
    },
    {
      key: "reduction-annual-t",
      name: "削減_排出削減量_t年",
      refersTo: v(s.reductionT),
      comment: "排出削減量 (t-CO2/年)",
    },
    {
      key: "reduction-period-t",
      name: "削減_期間排出削減量_t",
      refersTo: v(s.period),
      comment: "クレジット期間の排出削減量 (t-CO2)",
    }
  );
}

/** ■ ガイドブックの算定例 of the methodology, when the guidebook gives one. Returns the last row. */
export function addExample(
  grid: SheetGrid,
  start: number,
  methodologyId: string | undefined
): number {
  let row = start;
  const example = methodologyId ? REDUCTION_EXAMPLES[methodologyId] : undefined;
  if (example) {
    row += 2;
    grid.section("■ ガイドブックの算定例", row);
    row += 1;
    fullRow(grid, row, 2, example.title, { italic: true });
    for (const line of example.lines) {
      row += 1;
      fullRow(grid, row, 2, line);
    }
  }
  return row;
}

/** ■ 留意点: リーケージ, quoted. */
export function addConsiderations(grid: SheetGrid, start: number): void {
  let row = start;
  grid.section("■ 留意点（ガイドブックより）", row);
  row += 1;
  grid.set(row, 2, PROJECT_CONSIDERATIONS.leakage.title);
  grid.format({ range: cellAddress(row, 2), bold: true, wrap: true });
  fullRow(grid, row, 3, PROJECT_CONSIDERATIONS.leakage.text);
  row += 1;
  fullRow(
    grid,
    row,
    2,
    "出典: ガイドブック 取組方法 C1 3(1)② ●排出削減・吸収活動の設定にあたっての留意点（122頁）",
    { italic: true }
  );
}
