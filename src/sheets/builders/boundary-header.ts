/** バウンダリ・算定シート's header block: the event, factor set, electricity factor and ¥/t that every formula refers to. */
import { FACTOR_SETS, lookupsOf, defaultFactorSet } from "../../core";
import { absolute, cellAddress, formula, rangeAddress, SheetGrid } from "../grid";
import type { CellContent } from "../layout";
import type { BoundaryRequest } from "./options";
import { COLORS, NUMBER_FORMATS } from "./styles";

export const COLUMN_WIDTHS = [5, 18, 28, 26, 10, 14, 14, 44, 30];
export const LAST_COLUMN = COLUMN_WIDTHS.length;

/** The header block's cell positions (column C holds the values). */
export const HEADER = {
  name: 5,
  dates: 6,
  place: 7,
  organizer: 8,
  participants: 9,
  days: 10,
  paid: 11,
  kwhPerDay: 12,
  set: 13,
  electricity: 14,
  price: 15,
  source: 16,
} as const;
export const VALUE_COLUMN = 3;
export const at = (row: number) => absolute(row, VALUE_COLUMN);
export const SET_CELL = at(HEADER.set);
export const ELEC_NAME_CELL = at(HEADER.electricity);
export const ELEC_VALUE_CELL = absolute(HEADER.electricity, 4);

export function addHeader(grid: SheetGrid, request: BoundaryRequest, scenarioName: string): void {
  grid.title(`バウンダリ・算定シート（${scenarioName}）`);
  grid.set(
    2,
    1,
    "「自治体向けカーボン・オフセットガイドブック」第2章の方法で、事前算定と事後算定を行います。黄色のセルに入力してください。"
  );
  grid.merges.push(rangeAddress(1, 1, 1, LAST_COLUMN), rangeAddress(2, 1, 2, LAST_COLUMN));
  grid.format({ range: "A2", wrap: true });
  grid.section("■ 基本情報", 4);
  addHeaderRows(grid, request);
  addElectricityCells(grid);
  formatHeader(grid);
  validateHeader(grid);
  grid.names.push(
    {
      key: "electricity-factor",
      name: "算定_電力排出係数",
      refersTo: cellAddress(HEADER.electricity, 4),
      comment: "kg-CO2/kWh",
    },
    { key: "factor-set", name: "算定_係数セット", refersTo: cellAddress(HEADER.set, VALUE_COLUMN) }
  );
}

/** The labels and values of the header, one row each (column C holds the values, D or E a note). */
function addHeaderRows(grid: SheetGrid, request: BoundaryRequest): void {
  const { event, settings } = request;
  const electricity = settings.electricityFactor;
  const set = FACTOR_SETS.find((s) => s.id === settings.factorSetId) ?? defaultFactorSet();
  const electricityName =
    typeof electricity === "number"
      ? electricity
      : (lookupsOf(set).electricity.find(electricity)?.name.ja ?? electricity);
  const rows: [number, string, CellContent, string][] = [
    [HEADER.name, "名称", event.name, ""],
    [HEADER.dates, "日程・期間", event.dates, ""],
    [HEADER.place, "場所", event.place, ""],
    [HEADER.organizer, "主催者・実施者", event.organizer, ""],
    [
      HEADER.participants,
      "参加者数（見込み、人）",
      event.participants,
      "1人当たり排出量と都道府県の目安の判定に使います",
    ],
    [HEADER.days, "日数", event.days, ""],
    [HEADER.paid, "参加費", event.paidEntry ? "有料" : "無料", ""],
    [
      HEADER.kwhPerDay,
      "1日あたりエネルギー使用量（kWh/日）",
      null,
      "兵庫県の目安の判定に使います（任意）",
    ],
    [HEADER.set, "係数セット", set.id, set.title.ja],
    [HEADER.electricity, "電力排出係数", electricityName, "kg-CO2/kWh（係数名または数値）"],
    [
      HEADER.price,
      "クレジット単価（円/t-CO2）",
      settings.yenPerTonne,
      "ガイドブックの目安: 5,000～20,000 円/t-CO2",
    ],
  ];
  for (const [row, label, value, note] of rows) {
    grid.set(row, 2, label);
    grid.set(row, VALUE_COLUMN, value);
    if (note) grid.set(row, row === HEADER.electricity ? 5 : 4, note);
  }
}

/** The electricity factor every formula uses (D of its row) and where it comes from. */
function addElectricityCells(grid: SheetGrid): void {
  // The value every electricity formula uses: a number typed directly, or the named factor of the set.
  grid.set(
    HEADER.electricity,
    4,
    formula(
      `IF(ISNUMBER(${ELEC_NAME_CELL}),${ELEC_NAME_CELL},GHG.FACTOR(${SET_CELL}&":"&${ELEC_NAME_CELL}))`
    )
  );
  grid.set(HEADER.source, 2, "電力排出係数の出典");
  grid.set(
    HEADER.source,
    VALUE_COLUMN,
    formula(
      `IF(ISNUMBER(${ELEC_NAME_CELL}),"利用者が指定した値",GHG.FACTOR_INFO(${SET_CELL}&":"&${ELEC_NAME_CELL}))`
    )
  );
  grid.merges.push(rangeAddress(HEADER.source, VALUE_COLUMN, HEADER.source, LAST_COLUMN));
}

function formatHeader(grid: SheetGrid): void {
  grid.format({
    range: rangeAddress(HEADER.name, 2, HEADER.price, 2),
    bold: true,
    fill: COLORS.header,
    border: true,
  });
  grid.format({
    range: rangeAddress(HEADER.name, VALUE_COLUMN, HEADER.price, VALUE_COLUMN),
    fill: COLORS.input,
    border: true,
  });
  grid.format({
    range: cellAddress(HEADER.participants, VALUE_COLUMN),
    numberFormat: NUMBER_FORMATS.count,
  });
  grid.format({ range: cellAddress(HEADER.price, VALUE_COLUMN), numberFormat: NUMBER_FORMATS.yen });
  grid.format({
    range: cellAddress(HEADER.electricity, 4),
    numberFormat: NUMBER_FORMATS.factor,
    bold: true,
  });
}

function validateHeader(grid: SheetGrid): void {
  grid.validations.push(
    {
      range: cellAddress(HEADER.participants, VALUE_COLUMN),
      rule: { kind: "whole", min: 0 },
      prompt: { title: "参加者数", message: "見込みの参加者数（人）。分からなければ 0" },
    },
    {
      range: cellAddress(HEADER.days, VALUE_COLUMN),
      rule: { kind: "whole", min: 1 },
      prompt: { title: "日数", message: "開催・実施の日数（1 以上）" },
    },
    {
      range: cellAddress(HEADER.paid, VALUE_COLUMN),
      rule: { kind: "list", choices: ["有料", "無料"] },
    },
    { range: cellAddress(HEADER.kwhPerDay, VALUE_COLUMN), rule: { kind: "decimal", min: 0 } },
    {
      range: cellAddress(HEADER.set, VALUE_COLUMN),
      rule: { kind: "list", choices: FACTOR_SETS.map((s) => s.id) },
      prompt: { title: "係数セット", message: "係数の表の版。式はこのセルの版の係数で計算します" },
    },
    {
      range: cellAddress(HEADER.price, VALUE_COLUMN),
      rule: { kind: "decimal", min: 0 },
      prompt: { title: "クレジット単価", message: "円/t-CO2。ガイドブックの目安は 5,000～20,000" },
    }
  );
}
