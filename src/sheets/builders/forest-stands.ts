/** ■ 林分（入力）of the 森林吸収プロジェクト sheet: the stands typed in, and what each cell accepts. */
import { lookupsOf } from "../../core";
import { PREFECTURES } from "../../core/data/prefectures";
import { cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import {
  DETAIL,
  ForestRows,
  LAST_COLUMN,
  STAND,
  STAND_HEADERS,
  detailColumn,
  factorSetOf,
  regionalSpecies,
  standColumn,
} from "./forest-rows";
import type { ForestProjectRequest } from "./project-options";
import { COLORS, NUMBER_FORMATS, promptMessage } from "./styles";

/** ■ 林分（入力）: one row per stand, then the spare ones; each totals its uptake and asks for a prefecture when needed. */
export function addStands(
  grid: SheetGrid,
  request: ForestProjectRequest,
  rows: ForestRows,
  setId: string
): void {
  const { standSection, standHeader, firstStand, lastStand, standCount, standNote } = rows;
  grid.section("■ 林分（入力）— 黄色のセルに入力", standSection);
  STAND_HEADERS.forEach((header, i) => grid.set(standHeader, i + 1, header));
  const regional = regionalSpecies(setId);
  for (let s = 0; s < standCount; s++) {
    const row = firstStand + s;
    const stand = request.stands[s];
    grid.set(row, STAND.no, s + 1);
    // A blank text is left an empty cell (not ""), so the sheet reads as unfilled.
    grid.set(row, STAND.name, stand?.name || null);
    grid.set(row, STAND.area, stand?.areaHa ?? null);
    grid.set(row, STAND.species, stand?.species || null);
    grid.set(row, STAND.age, stand?.ageAtStart ?? null);
    grid.set(row, STAND.growth, stand?.growthM3PerHaYear ?? null);
    grid.set(row, STAND.prefecture, stand?.prefecture || null);
    grid.set(
      row,
      STAND.total,
      formula(
        `SUMIFS(${detailColumn(rows, DETAIL.uptake)},${detailColumn(rows, DETAIL.no)},${cellAddress(row, STAND.no)})`
      )
    );
    const species = cellAddress(row, STAND.species);
    const prefecture = cellAddress(row, STAND.prefecture);
    const needsPrefecture = regional.map((name) => `${species}=${quote(name)}`).join(",");
    grid.set(
      row,
      STAND.note,
      needsPrefecture
        ? formula(
            `IF(AND(OR(${needsPrefecture}),${prefecture}=""),${quote("その他針葉樹・その他広葉樹は都道府県で係数が異なります。都道府県を選んでください")},"")`
          )
        : ""
    );
  }
  grid.tables.push({
    key: "forest-stands",
    name: "森林_林分",
    range: rangeAddress(standHeader, 1, lastStand, LAST_COLUMN),
    style: "TableStyleLight9",
  });
  const inputRange = (column: number) => standColumn(rows, column);
  for (const column of [
    STAND.name,
    STAND.area,
    STAND.species,
    STAND.age,
    STAND.growth,
    STAND.prefecture,
  ])
    grid.format({ range: inputRange(column), fill: COLORS.input });
  grid.format({ range: inputRange(STAND.area), numberFormat: "#,##0.00" });
  grid.format({ range: inputRange(STAND.growth), numberFormat: "#,##0.0#" });
  grid.format({ range: inputRange(STAND.total), numberFormat: NUMBER_FORMATS.t });
  grid.format({ range: inputRange(STAND.note), wrap: true });
  standValidations(grid, rows, setId);
  grid.set(
    standNote,
    2,
    `林分は ${standCount} 行まで（空欄の行に入力するとすぐ計算されます）。さらに増やすときやクレジット期間を変えるときは、作業ウィンドウでシートを作り直してください。`
  );
  grid.merges.push(rangeAddress(standNote, 2, standNote, LAST_COLUMN));
  grid.format({ range: cellAddress(standNote, 2), italic: true, wrap: true });
}

function standValidations(grid: SheetGrid, rows: ForestRows, setId: string): void {
  const lookups = lookupsOf(factorSetOf(setId));
  const inputRange = (column: number) => standColumn(rows, column);
  grid.validations.push(
    {
      range: inputRange(STAND.area),
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title: "面積 (ha)",
        message: "対象となる森林の面積 (ha)。森林 GIS の活用または実測（森林測量）",
      },
      error: { title: "入力できない値です", message: "0 以上の数値（ha）を入力してください。" },
    },
    {
      range: inputRange(STAND.species),
      rule: { kind: "list", choices: lookups.forestSpecies.choices },
      prompt: {
        title: "樹種",
        message: promptMessage(
          "一覧から選んでください。その他針葉樹・その他広葉樹は都道府県で係数（BEF・R・容積密度）が異なります"
        ),
      },
      error: {
        title: "一覧にない樹種です",
        message: "一覧から選んでください（ガイドブックの係数表の樹種）。",
      },
    },
    {
      range: inputRange(STAND.age),
      rule: { kind: "whole", min: 1, max: 300 },
      prompt: {
        title: "林齢（開始年度）",
        message: "クレジット期間の1年目の林齢（年）。植栽した年度を1年生として数えます",
      },
      error: { title: "入力できない値です", message: "1 以上の整数（年）を入力してください。" },
    },
    {
      range: inputRange(STAND.growth),
      rule: { kind: "decimal", min: 0 },
      prompt: {
        title: "幹材積の成長量",
        message:
          "単位面積あたりの幹材積の年間成長量 (m³/ha・年)。既存資料または収穫予想表作成システム LYCS 等",
      },
      error: {
        title: "入力できない値です",
        message: "0 以上の数値（m³/ha・年）を入力してください。",
      },
    },
    {
      range: inputRange(STAND.prefecture),
      rule: { kind: "list", choices: PREFECTURES.map((p) => p.name.ja) },
      prompt: {
        title: "都道府県",
        message: "森林の所在地。その他針葉樹・その他広葉樹の係数を選ぶのに使います",
      },
      error: { title: "一覧にない値です", message: "47 都道府県の一覧から選んでください。" },
    }
  );
}
