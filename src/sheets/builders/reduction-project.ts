/**
 * 排出削減プロジェクト (B1 排出削減活動によるクレジット創出): 排出削減量 = ベースライン排出量 − プロジェクト排出量, with
 * the J-VER methodology's emission activities (guidebook 「●排出削減量の算定で考慮する排出活動」) as rows.
 *
 * Every row is the same generic calculation, 温室効果ガス排出量 = 活動量 × 排出係数: 区分 (燃料/電力/熱/その他),
 * 種類 (a fuel, a kind of heat, or an electricity factor — blank electricity uses the header's factor), annual
 * amount; the unit follows the 区分 and fuel. その他 (methane, N2O, waste incineration … that no GHG function
 * computes) takes the CO2 equivalent in kg-CO2 computed by the methodology. An activity naming both fuel and
 * electricity gets two rows. Each block has blank rows for more items. Amounts are per year; the crediting period
 * cell multiplies the annual reduction.
 */
import { FACTOR_SETS, defaultFactorSet, lookupsOf } from "../../core";
import { JVER_METHODOLOGIES, type Methodology } from "../../core/data/jver-methodologies";
import { absolute, cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import type { CellContent, SheetLayout } from "../layout";
import { PROJECT_CONSIDERATIONS } from "./forest-texts";
import type { ReductionProjectRequest } from "./project-options";
import { COLORS, NUMBER_FORMATS, promptMessage } from "./styles";

export const REDUCTION_PROJECT_KEY = "reduction";
/** Blank rows after the methodology's activities in each block. */
export const BLANK_ACTIVITY_ROWS = 3;
/** Crediting period written into the sheet (an input cell): the guidebook's examples run 4–5 years. */
export const DEFAULT_CREDITING_YEARS = 5;

export type ActivityCategory = "燃料" | "電力" | "熱" | "その他";
const CATEGORIES: readonly ActivityCategory[] = ["燃料", "電力", "熱", "その他"];

/** Absolute addresses of the figures other sheets quote. */
export interface ReductionCells {
  readonly baselineKg: string;
  readonly projectKg: string;
  readonly reductionKgPerYear: string;
  readonly reductionTPerYear: string;
  readonly periodT: string;
}

// A No, B 排出活動, C 区分, D 種類, E 年間使用量, F 単位, G 排出量, H 係数・出典
const COLUMN_WIDTHS = [5, 40, 10, 32, 14, 9, 18, 52];
const LAST_COLUMN = COLUMN_WIDTHS.length;
const COL = {
  no: 1,
  activity: 2,
  category: 3,
  kind: 4,
  amount: 5,
  unit: 6,
  kg: 7,
  source: 8,
} as const;
const BLOCK_HEADERS = [
  "No",
  "排出活動",
  "区分",
  "種類（燃料・熱・電力排出係数）",
  "年間使用量",
  "単位",
  "排出量 (kg-CO2/年)",
  "係数・出典",
];

/** Header and summary: labels merged over B:C, values in D (wide enough for an electricity factor's name). */
const VALUE_COLUMN = 4;
const HEADER = {
  name: 5,
  methodology: 6,
  type: 7,
  years: 8,
  set: 9,
  electricity: 10,
  source: 11,
} as const;
const at = (row: number) => absolute(row, VALUE_COLUMN);
const SET_CELL = at(HEADER.set);
const ELEC_NAME_CELL = at(HEADER.electricity);
const ELEC_VALUE_CELL = absolute(HEADER.electricity, VALUE_COLUMN + 1);
const YEARS_CELL = at(HEADER.years);

const FORMULA_CITATION =
  "ガイドブック B1・B2 4(1)① 算定式、② 排出削減量の算定、モニタリングの流れ（104～105頁）";

/** A row of a block: the activity as printed, and the 区分 (and 種類) it starts with (the user may change them). */
export interface ActivityRow {
  readonly activity: string;
  readonly category: ActivityCategory | null;
  /** Transport starts as 軽油: the guidebook's monitoring items say 「運搬車両の軽油等の消費量」. */
  readonly kind?: string;
}

/**
 * The rows of one printed activity. Fossil fuel and electricity named together give two rows; transport is fuel;
 * (軽油 to start with); processing (製造, 加工, 処理, 稼働) may use either, so it gets both; the rest (methane, N2O, incineration, leaks)
 * is その他. An initial choice only: 区分 is an input cell.
 */
export function activityRows(activity: string): ActivityRow[] {
  const fuel = /化石燃料|補助燃料/.test(activity);
  const electricity = /電力/.test(activity);
  if (fuel || electricity) {
    return [
      ...(fuel ? [{ activity, category: "燃料" as const }] : []),
      ...(electricity ? [{ activity, category: "電力" as const }] : []),
    ];
  }
  if (/運搬|運行|トラック/.test(activity)) return [{ activity, category: "燃料", kind: "軽油" }];
  if (/製造|加工|処理|稼働|稼動/.test(activity))
    return [
      { activity, category: "燃料" },
      { activity, category: "電力" },
    ];
  return [{ activity, category: "その他" }];
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

function factorSetOf(id: string) {
  return FACTOR_SETS.find((s) => s.id === id) ?? defaultFactorSet();
}

/** A label merged over B:C. */
function labelCell(grid: SheetGrid, row: number, label: string): void {
  grid.set(row, 2, label);
  grid.merges.push(rangeAddress(row, 2, row, 3));
}

function fullRow(
  grid: SheetGrid,
  row: number,
  column: number,
  text: string,
  format: { italic?: boolean } = {}
): void {
  grid.set(row, column, text);
  grid.merges.push(rangeAddress(row, column, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, column), wrap: true, ...format });
}

function addHeader(
  grid: SheetGrid,
  request: ReductionProjectRequest,
  methodology: Methodology | undefined
): void {
  const { settings } = request;
  const set = factorSetOf(settings.factorSetId);
  grid.title("排出削減プロジェクト（B1：排出削減活動によるクレジット創出）");
  grid.set(
    2,
    1,
    "排出削減量 = ベースライン排出量 − プロジェクト排出量。方法論の排出活動ごとに、区分・種類・年間使用量を黄色のセルに入力してください（温室効果ガス排出量 = 活動量 × 排出係数）。"
  );
  grid.merges.push(rangeAddress(1, 1, 1, LAST_COLUMN), rangeAddress(2, 1, 2, LAST_COLUMN));
  grid.format({ range: "A2", wrap: true });
  grid.section("■ 基本情報", 4);

  const electricity = settings.electricityFactor;
  const electricityName =
    typeof electricity === "number"
      ? electricity
      : (lookupsOf(set).electricity.find(electricity)?.name.ja ?? electricity);
  let typeText: string;
  if (!methodology) typeText = "（一覧にない方法論です。排出活動は空欄の行に入力してください）";
  else if (methodology.kind === "removal")
    typeText = `${methodology.projectType.ja}（吸収プロジェクト: 森林吸収プロジェクトのシートで算定します）`;
  else typeText = methodology.projectType.ja;
  const rows: [number, string, CellContent, string][] = [
    [HEADER.name, "プロジェクト名", request.projectName, ""],
    [
      HEADER.methodology,
      "方法論（J-VER）",
      request.methodology,
      methodology ? `ガイドブック ${methodology.citation.table}` : "",
    ],
    [HEADER.type, "プロジェクト種類", typeText, ""],
    [
      HEADER.years,
      "クレジット期間（年）",
      DEFAULT_CREDITING_YEARS,
      "ガイドブックの例: 5 年間（2008～2012 年度）",
    ],
    [HEADER.set, "係数セット", set.id, set.title.ja],
    [HEADER.electricity, "電力排出係数", electricityName, ""],
  ];
  for (const [row, label, value, note] of rows) {
    labelCell(grid, row, label);
    grid.set(row, VALUE_COLUMN, value);
    if (note) grid.set(row, VALUE_COLUMN + 1, note);
  }
  grid.set(
    HEADER.electricity,
    VALUE_COLUMN + 1,
    formula(
      `IF(ISNUMBER(${ELEC_NAME_CELL}),${ELEC_NAME_CELL},GHG.FACTOR(${SET_CELL}&":"&${ELEC_NAME_CELL}))`
    )
  );
  grid.set(
    HEADER.electricity,
    VALUE_COLUMN + 2,
    "kg-CO2/kWh（係数名または数値）。種類が空欄の電力の行に使います"
  );
  labelCell(grid, HEADER.source, "電力排出係数の出典");
  grid.set(
    HEADER.source,
    VALUE_COLUMN,
    formula(
      `IF(ISNUMBER(${ELEC_NAME_CELL}),"利用者が指定した値",GHG.FACTOR_INFO(${SET_CELL}&":"&${ELEC_NAME_CELL}))`
    )
  );
  grid.merges.push(
    rangeAddress(HEADER.source, VALUE_COLUMN, HEADER.source, LAST_COLUMN),
    rangeAddress(HEADER.type, VALUE_COLUMN, HEADER.type, LAST_COLUMN)
  );
  grid.format({
    range: rangeAddress(HEADER.name, 2, HEADER.source, 3),
    bold: true,
    fill: COLORS.header,
    border: true,
  });
  grid.format({
    range: rangeAddress(HEADER.name, VALUE_COLUMN, HEADER.electricity, VALUE_COLUMN),
    border: true,
  });
  for (const row of [HEADER.name, HEADER.years, HEADER.set, HEADER.electricity])
    grid.format({ range: cellAddress(row, VALUE_COLUMN), fill: COLORS.input });
  grid.format({ range: cellAddress(HEADER.source, VALUE_COLUMN), wrap: true });
  grid.format({
    range: ELEC_VALUE_CELL.replace(/\$/g, ""),
    numberFormat: NUMBER_FORMATS.factor,
    bold: true,
  });

  grid.validations.push(
    {
      range: cellAddress(HEADER.years, VALUE_COLUMN),
      rule: { kind: "whole", min: 1, max: 100 },
      prompt: {
        title: "クレジット期間",
        message: "排出削減量を計上する年数。年間の排出削減量にこの年数を掛けます",
      },
      error: { title: "入力できない値です", message: "1 以上の整数（年）を入力してください。" },
    },
    {
      range: cellAddress(HEADER.set, VALUE_COLUMN),
      rule: { kind: "list", choices: FACTOR_SETS.map((s) => s.id) },
      prompt: { title: "係数セット", message: "係数の表の版。式はこのセルの版の係数で計算します" },
    }
  );
  grid.names.push(
    {
      key: "reduction-factor-set",
      name: "削減_係数セット",
      refersTo: cellAddress(HEADER.set, VALUE_COLUMN),
    },
    {
      key: "reduction-electricity-factor",
      name: "削減_電力排出係数",
      refersTo: ELEC_VALUE_CELL.replace(/\$/g, ""),
      comment: "kg-CO2/kWh",
    },
    {
      key: "reduction-years",
      name: "削減_クレジット期間_年",
      refersTo: cellAddress(HEADER.years, VALUE_COLUMN),
    }
  );
}

/** The unit of the amount: by 区分, and for fuels by the fuel (ℓ, LPG kg, city gas Nm³) from the factor set. */
function unitFormula(row: number, setId: string): string {
  const category = cellAddress(row, COL.category);
  const kind = cellAddress(row, COL.kind);
  const fuels = lookupsOf(factorSetOf(setId)).fuel.rows;
  const counts = new Map<string, number>();
  for (const f of fuels) counts.set(f.activityUnit, (counts.get(f.activityUnit) ?? 0) + 1);
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "ℓ";
  const fuelUnit = fuels
    .filter((f) => f.activityUnit !== usual)
    .reduceRight(
      (otherwise, f) => `IF(${kind}=${quote(f.name.ja)},${quote(f.activityUnit)},${otherwise})`,
      quote(usual)
    );
  return `IF(${category}="電力","kWh",IF(${category}="熱","MJ",IF(${category}="その他","kg-CO2",IF(${category}="燃料",${fuelUnit},""))))`;
}

/** kg-CO2/年 of one row: 0 while no amount; #N/A when an amount has no 区分 (so the total shows the gap). */
function emissionFormula(row: number): string {
  const category = cellAddress(row, COL.category);
  const kind = cellAddress(row, COL.kind);
  const amount = cellAddress(row, COL.amount);
  const named = `${SET_CELL}&":"&${kind}`;
  const electricity = `IF(${kind}="",GHG.CO2_ELEC(${amount},${ELEC_VALUE_CELL}),GHG.CO2_ELEC(${amount},${named}))`;
  const heat = `IF(${kind}="",GHG.CO2_HEAT(${amount}),GHG.CO2_HEAT(${amount},${named}))`;
  return (
    `IF(${amount}="",0,IF(${category}="電力",${electricity},IF(${category}="熱",${heat},` +
    `IF(${category}="燃料",GHG.CO2_FUEL(${named},${amount}),IF(${category}="その他",${amount},NA())))))`
  );
}

function sourceFormula(row: number, defaultHeat: string): string {
  const category = cellAddress(row, COL.category);
  const kind = cellAddress(row, COL.kind);
  const info = (name: string) => `IFERROR(GHG.FACTOR_INFO(${SET_CELL}&":"&${name}),"")`;
  return (
    `IF(${category}="燃料",${info(kind)},IF(${category}="電力",IF(${kind}="",${at(HEADER.source)},IF(ISNUMBER(${kind}),"利用者が指定した値",${info(kind)})),` +
    `IF(${category}="熱",${info(`IF(${kind}="",${quote(defaultHeat)},${kind})`)},IF(${category}="その他","方法論に従って算定した CO2 換算量 (kg-CO2/年) を年間使用量の欄に入力",""))))`
  );
}

interface Block {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow: number;
}

function addBlock(
  grid: SheetGrid,
  startRow: number,
  key: string,
  title: string,
  tableName: string,
  activities: readonly string[],
  setId: string
): Block {
  grid.section(title, startRow);
  const header = startRow + 1;
  BLOCK_HEADERS.forEach((h, i) => grid.set(header, i + 1, h));
  const rows: ActivityRow[] = [
    ...activities.flatMap(activityRows),
    ...Array.from({ length: BLANK_ACTIVITY_ROWS }, () => ({ activity: "", category: null })),
  ];
  const set = factorSetOf(setId);
  const lookups = lookupsOf(set);
  const defaultHeat = lookups.heat.find(set.defaultHeatKey)?.name.ja ?? "";
  const kinds = [...lookups.fuel.choices, ...lookups.heat.choices, ...lookups.electricity.choices];
  rows.forEach((r, i) => {
    const row = header + 1 + i;
    grid.set(row, COL.no, i + 1);
    grid.set(row, COL.activity, r.activity || null);
    grid.set(row, COL.category, r.category);
    grid.set(row, COL.kind, r.kind !== undefined && lookups.fuel.find(r.kind) ? r.kind : null);
    grid.set(row, COL.amount, null);
    grid.set(row, COL.unit, formula(unitFormula(row, setId)));
    grid.set(row, COL.kg, formula(emissionFormula(row)));
    grid.set(row, COL.source, formula(sourceFormula(row, defaultHeat)));
  });
  const firstRow = header + 1;
  const lastRow = header + rows.length;
  const column = (c: number) => rangeAddress(firstRow, c, lastRow, c);
  grid.tables.push({
    key,
    name: tableName,
    range: rangeAddress(header, 1, lastRow, LAST_COLUMN),
    style: "TableStyleLight9",
  });
  for (const c of [COL.activity, COL.category, COL.kind, COL.amount])
    grid.format({ range: column(c), fill: COLORS.input });
  grid.format({ range: column(COL.amount), numberFormat: "#,##0.##" });
  grid.format({ range: column(COL.kg), numberFormat: NUMBER_FORMATS.kg });
  grid.format({ range: column(COL.source), wrap: true });
  grid.format({ range: column(COL.activity), wrap: true });
  grid.validations.push(
    {
      range: column(COL.category),
      rule: { kind: "list", choices: CATEGORIES },
      prompt: {
        title: "区分",
        message:
          "燃料・電力・熱・その他。その他（メタン、N2O、廃棄物の焼却など）は CO2 換算量 (kg-CO2/年) を年間使用量に入力",
      },
      error: { title: "一覧にない値です", message: "燃料、電力、熱、その他から選んでください。" },
    },
    {
      range: column(COL.kind),
      rule: { kind: "list", choices: kinds },
      prompt: {
        title: "種類",
        message: promptMessage(
          "燃料は燃料の種類、熱は熱の種類、電力は排出係数（空欄なら上の電力排出係数）を選んでください"
        ),
      },
      error: {
        title: "一覧にない値です",
        message: "一覧から選んでください（電力で空欄のときは上の電力排出係数を使います）。",
      },
    },
    {
      range: column(COL.amount),
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title: "年間使用量",
        message: "1年間の使用量（単位は右の欄: ℓ、kg、Nm³、kWh、MJ。その他は kg-CO2）",
      },
      error: { title: "入力できない値です", message: "0 以上の数値を入力してください。" },
    }
  );
  const totalRow = lastRow + 1;
  grid.set(totalRow, COL.activity, "小計 (kg-CO2/年)");
  grid.set(totalRow, COL.kg, formula(`SUM(${column(COL.kg)})`));
  grid.format({
    range: rangeAddress(totalRow, COL.activity, totalRow, COL.kg),
    bold: true,
    fill: COLORS.total,
  });
  grid.format({ range: cellAddress(totalRow, COL.kg), numberFormat: NUMBER_FORMATS.kg });
  return { firstRow, lastRow, totalRow };
}

/** The 排出削減プロジェクト sheet and the addresses of its totals. */
export function layoutReductionProject(request: ReductionProjectRequest): {
  layout: SheetLayout;
  cells: ReductionCells;
} {
  const methodology: Methodology | undefined = JVER_METHODOLOGIES.find(
    (m) => m.id === request.methodology.trim().toUpperCase()
  );
  const reduction = methodology?.kind === "reduction" ? methodology : undefined;
  const setId = request.settings.factorSetId;
  const grid = new SheetGrid(
    REDUCTION_PROJECT_KEY,
    `排出削減_${request.projectName || request.methodology || "プロジェクト"}`,
    COLUMN_WIDTHS
  );
  addHeader(grid, request, methodology);

  let row = addFormula(grid, HEADER.source + 2);

  const baselineTitle =
    "■ ベースライン排出量（プロジェクトが実施されなかった場合に想定される排出量）";
  const baseline = addBlock(
    grid,
    row,
    "reduction-baseline",
    baselineTitle,
    "削減_ベースライン排出",
    reduction?.baselineActivities ?? [],
    setId
  );
  row = baseline.totalRow + 2;
  const project = addBlock(
    grid,
    row,
    "reduction-project",
    "■ プロジェクト排出量（プロジェクトの実施に伴う排出量）",
    "削減_プロジェクト排出",
    reduction?.projectActivities ?? [],
    setId
  );
  row = project.totalRow + 1;
  fullRow(
    grid,
    row,
    2,
    methodology
      ? `排出活動は ${methodology.id} の「ベースライン排出量に係る排出活動」「プロジェクト排出量に係る排出活動」（ガイドブック ${methodology.citation.table}、2011年3月15日現在）。電力と化石燃料の両方にかかる活動は2行。区分は初期値なので、実際の排出源に合わせて変えてください。`
      : "方法論の排出活動は空欄の行に入力してください。",
    { italic: true }
  );
  const { cells, row: summaryEnd } = addReduction(
    grid,
    row + 2,
    baseline.totalRow,
    project.totalRow
  );
  row = addExample(grid, summaryEnd, reduction?.id);
  addConsiderations(grid, row + 2);
  return { layout: grid.toLayout({ tabColor: COLORS.tab }), cells };
}

/** ■ 算定式, with where the emission factors come from. Returns the row after it. */
function addFormula(grid: SheetGrid, row: number): number {
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
function addReduction(
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
  return { cells, row: s.period };
}

/** ■ ガイドブックの算定例 of the methodology, when the guidebook gives one. Returns the last row. */
function addExample(grid: SheetGrid, start: number, methodologyId: string | undefined): number {
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
function addConsiderations(grid: SheetGrid, start: number): void {
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

/** 排出削減プロジェクト sheet for the pane. */
export function buildReductionProjectSheet(request: ReductionProjectRequest): SheetLayout {
  return layoutReductionProject(request).layout;
}
