/** The ベースライン and プロジェクト blocks: one row per emission activity, 活動量 × 排出係数, and the block's subtotal. */
import { lookupsOf } from "../../core";
import { cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import {
  BLOCK_HEADERS,
  COL,
  ELEC_VALUE_CELL,
  HEADER,
  LAST_COLUMN,
  SET_CELL,
  at,
  factorSetOf,
} from "./reduction-cells";
import { BLANK_ACTIVITY_ROWS } from "./reduction-defaults";
import { COLORS, NUMBER_FORMATS, promptMessage } from "./styles";

export type ActivityCategory = "燃料" | "電力" | "熱" | "その他";
const CATEGORIES: readonly ActivityCategory[] = ["燃料", "電力", "熱", "その他"];

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

export interface Block {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly totalRow: number;
}

export function addBlock(
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
  formatBlock(grid, column);
  validateBlock(grid, column, kinds);
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

type BlockColumn = (column: number) => string;

function formatBlock(grid: SheetGrid, column: BlockColumn): void {
  for (const c of [COL.activity, COL.category, COL.kind, COL.amount])
    grid.format({ range: column(c), fill: COLORS.input });
  grid.format({ range: column(COL.amount), numberFormat: "#,##0.##" });
  grid.format({ range: column(COL.kg), numberFormat: NUMBER_FORMATS.kg });
  grid.format({ range: column(COL.source), wrap: true });
  grid.format({ range: column(COL.activity), wrap: true });
}

function validateBlock(grid: SheetGrid, column: BlockColumn, kinds: readonly string[]): void {
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
}
