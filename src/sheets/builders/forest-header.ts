/** ■ 基本情報 of the 森林吸収プロジェクト sheet: project, scenario, crediting period, factor set and carbon fraction. */
import { FACTOR_SETS } from "../../core";
import { cellAddress, formula, rangeAddress, SheetGrid } from "../grid";
import { FOREST_SCENARIO_NAMES } from "./forest-defaults";
import { HEADER, LAST_COLUMN, SET_CELL, VALUE_COLUMN, factorSetOf } from "./forest-rows";
import type { ForestProjectRequest } from "./project-options";
import { COLORS } from "./styles";

export function addHeader(grid: SheetGrid, request: ForestProjectRequest, setId: string): void {
  const set = factorSetOf(setId);
  grid.title(`森林吸収プロジェクト（${FOREST_SCENARIO_NAMES[request.scenario]}）`);
  grid.set(
    2,
    1,
    "ガイドブックの算定式（J-VER 森林管理プロジェクト）で、林分ごと・年度ごとの CO2 吸収量を計算します。林齢は年度ごとに1年ずつ進み、20年を超えた年度から拡大係数 BEF が切り替わります。黄色のセルに入力してください。"
  );
  grid.merges.push(rangeAddress(1, 1, 1, LAST_COLUMN), rangeAddress(2, 1, 2, LAST_COLUMN));
  grid.format({ range: "A2", wrap: true });
  grid.section("■ 基本情報", 4);

  const rows: [number, string, string | number, string][] = [
    [HEADER.name, "プロジェクト名", request.projectName, ""],
    [HEADER.scenario, "取組方法", request.scenario, FOREST_SCENARIO_NAMES[request.scenario]],
    [
      HEADER.firstYear,
      "開始年度（1年目）",
      request.firstYear,
      "年度（西暦）。年度別の表の年度に使います",
    ],
    [
      HEADER.years,
      "クレジット期間（年）",
      request.years,
      "年数を変えるときは作業ウィンドウで作り直してください（年度別の行の数が変わるため）",
    ],
    [HEADER.set, "係数セット", set.id, set.title.ja],
  ];
  for (const [row, label, value, note] of rows) {
    grid.set(row, 2, label);
    grid.set(row, VALUE_COLUMN, value);
    if (note) grid.set(row, 4, note);
  }
  grid.set(HEADER.carbon, 2, "炭素含有率");
  grid.set(HEADER.carbon, VALUE_COLUMN, formula(`GHG.FACTOR(${SET_CELL}&":炭素含有率")`));
  grid.set(HEADER.carbon, 4, "係数セットの値（ガイドブック: 0.5）。吸収量の式はこのセルを使います");

  grid.format({
    range: rangeAddress(HEADER.name, 2, HEADER.carbon, 2),
    bold: true,
    fill: COLORS.header,
    border: true,
  });
  grid.format({
    range: rangeAddress(HEADER.name, VALUE_COLUMN, HEADER.carbon, VALUE_COLUMN),
    border: true,
  });
  for (const row of [HEADER.name, HEADER.firstYear, HEADER.set])
    grid.format({ range: cellAddress(row, VALUE_COLUMN), fill: COLORS.input });
  for (const row of [HEADER.scenario, HEADER.years, HEADER.carbon])
    grid.format({ range: cellAddress(row, VALUE_COLUMN), fill: COLORS.notAsked });
  grid.format({ range: cellAddress(HEADER.carbon, VALUE_COLUMN), numberFormat: "0.0##" });
  grid.validations.push(
    {
      range: cellAddress(HEADER.firstYear, VALUE_COLUMN),
      rule: { kind: "whole", min: 1990, max: 2100 },
      prompt: { title: "開始年度", message: "クレジット期間の1年目の年度（西暦、例: 2026）" },
      error: {
        title: "入力できない値です",
        message: "西暦の年度（1990～2100）を入力してください。",
      },
    },
    {
      range: cellAddress(HEADER.set, VALUE_COLUMN),
      rule: { kind: "list", choices: FACTOR_SETS.map((s) => s.id) },
      prompt: {
        title: "係数セット",
        message: "係数の表の版。吸収量の式はこのセルの版の係数（BEF・R・容積密度）で計算します",
      },
    }
  );
  grid.names.push({
    key: "forest-factor-set",
    name: "森林_係数セット",
    refersTo: cellAddress(HEADER.set, VALUE_COLUMN),
  });
}
