/** ■ 基本情報 of the 排出削減プロジェクト sheet: project, methodology, crediting period, factor set and electricity factor. */
import { FACTOR_SETS, lookupsOf } from "../../core";
import type { Methodology } from "../../core/data/jver-methodologies";
import { cellAddress, formula, rangeAddress, SheetGrid } from "../grid";
import type { CellContent } from "../layout";
import type { ReductionProjectRequest } from "./project-options";
import {
  ELEC_NAME_CELL,
  ELEC_VALUE_CELL,
  HEADER,
  LAST_COLUMN,
  SET_CELL,
  VALUE_COLUMN,
  factorSetOf,
  labelCell,
} from "./reduction-cells";
import { DEFAULT_CREDITING_YEARS } from "./reduction-defaults";
import { COLORS, NUMBER_FORMATS } from "./styles";

export function addHeader(
  grid: SheetGrid,
  request: ReductionProjectRequest,
  methodology: Methodology | undefined
): void {
  grid.title("排出削減プロジェクト（B1：排出削減活動によるクレジット創出）");
  grid.set(
    2,
    1,
    "排出削減量 = ベースライン排出量 − プロジェクト排出量。方法論の排出活動ごとに、区分・種類・年間使用量を黄色のセルに入力してください（温室効果ガス排出量 = 活動量 × 排出係数）。"
  );
  grid.merges.push(rangeAddress(1, 1, 1, LAST_COLUMN), rangeAddress(2, 1, 2, LAST_COLUMN));
  grid.format({ range: "A2", wrap: true });
  grid.section("■ 基本情報", 4);
  addHeaderRows(grid, request, methodology);
  addElectricityCells(grid);
  formatHeader(grid);
  validateHeader(grid);
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

function addHeaderRows(
  grid: SheetGrid,
  request: ReductionProjectRequest,
  methodology: Methodology | undefined
): void {
  const { settings } = request;
  const set = factorSetOf(settings.factorSetId);
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
}

/** The electricity factor the rows with a blank 種類 use, and where it comes from. */
function addElectricityCells(grid: SheetGrid): void {
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
}

function formatHeader(grid: SheetGrid): void {
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
}

function validateHeader(grid: SheetGrid): void {
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
}
