/**
 * 企画書: the guidebook's example plan for the scenario (＜参考：企画書の例＞, src/scenarios/plans.ts) as a two-column
 * table 項目 | 内容 under the title, the department (〇〇部〇〇課) and the date. Each 内容 line is a cell of its own, yellow
 * for the clerk to complete; a line naming a figure another sheet built together knows (event name, emissions,
 * credits, forest removals …) is a formula quoting that cell, showing the guidebook's example (〇〇) while the figure
 * is still 0 or blank. Below the table: how to fill it in, where the quoted figures come from, and their values.
 */
import {
  findPlanPlaceholder,
  parsePlanLine,
  PLAN_PLACEHOLDERS,
  PLAN_TEMPLATES,
  renderPlanLine,
  type PlanPlaceholder,
  type PlanPlaceholderKey,
  type PlanSource,
  type PlanTemplate,
  type PlanTemplateId,
} from "../../scenarios/plans";
import { cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import type { CellContent, SheetLayout } from "../layout";
import type { BoundaryCells } from "./boundary";
import type { ForestCells, LedgerCells, PlanRequest } from "./project-options";
import { COLORS } from "./styles";

export const PLAN_KEY = "plan";

/** The boundary cells a plan quotes (cost and price included: {COST_YEN}, {PRICE_YEN}). */
export type PlanBoundaryCells = BoundaryCells;

/** The layouts built together whose figures the plan quotes: their keys and the absolute addresses of the figures. */
export interface PlanRefs {
  readonly boundary?: { readonly key: string; readonly cells: PlanBoundaryCells };
  readonly forest?: { readonly key: string; readonly cells: ForestCells };
  readonly ledger?: { readonly key: string; readonly cells: LedgerCells };
}

/** C2 prints a plan per side; `side` picks the providing municipality's (default: the offsetting one's). */
export type PlanSheetRequest = PlanRequest & { readonly side?: "offset" | "provider" };

// A 項目, B 内容, C 引用元 (the quoted figures' list only)
const COLUMN_WIDTHS = [28, 90, 34];
const ITEM = 1;
const CONTENT = 2;
const SOURCE = 3;
const QUOTED_FONT = "#1F4E79";
/** Excel refuses a string constant over 255 characters in a formula. */
const MAX_LITERAL = 255;

const SOURCE_NAMES: Readonly<Record<PlanSource, string>> = {
  boundary: "バウンダリ・算定シート",
  forest: "森林吸収プロジェクトシート",
  ledger: "クレジット管理台帳",
};

const SOURCE_NOTES: Readonly<Record<PlanSource, string>> = {
  boundary:
    "名称・日程・参加者数・排出量・クレジット量・費用：バウンダリ・算定シート（事後算定が入力されると事後算定、それまでは事前算定の値）",
  forest: "森林面積・吸収量・面積当たり吸収量：森林吸収プロジェクトシート",
  ledger:
    "保有・割当・無効化したクレジット量：クレジット管理台帳（一覧のみ。例の文には該当する箇所がありません）",
};

const CELL_FORMATS: Readonly<Record<PlanPlaceholder["format"], string | undefined>> = {
  text: undefined,
  date: undefined,
  "0": "#,##0",
  "0.0": "#,##0.0",
  "0.00": "#,##0.00",
};

export function planTemplateId(request: PlanSheetRequest): PlanTemplateId {
  return request.scenario === "C2" && request.side === "provider"
    ? "C2-provider"
    : request.scenario;
}

/** The expression (a number, or a text for text/date placeholders) of every figure the linked sheets provide. */
export function planValues(refs: PlanRefs): Partial<Record<PlanPlaceholderKey, string>> {
  const values: Partial<Record<PlanPlaceholderKey, string>> = {};
  const { boundary, forest, ledger } = refs;
  if (boundary) {
    const at = (address: string) => `{{sheet:${boundary.key}}}!${address}`;
    // Before the event only the estimate exists; once actual figures are entered they replace it.
    const latest = (pre: string, post: string) => `IF(${at(post)}>0,${at(post)},${at(pre)})`;
    const c = boundary.cells;
    values.NAME = at(c.name);
    values.DATES = at(c.dates);
    values.PLACE = at(c.place);
    values.ORGANIZER = at(c.organizer);
    values.PARTICIPANTS = at(c.participants);
    values.TOTAL_T = `${latest(c.totalPreKg, c.totalPostKg)}/1000`;
    values.CREDITS_T = latest(c.creditsPre, c.creditsPost);
    if (c.costPreYen && c.costPostYen) values.COST_YEN = latest(c.costPreYen, c.costPostYen);
    if (c.yenPerTonne) values.PRICE_YEN = at(c.yenPerTonne);
  }
  if (forest) {
    const at = (address: string) => `{{sheet:${forest.key}}}!${address}`;
    const c = forest.cells;
    values.FOREST_TOTAL_T = at(c.totalT);
    values.FOREST_ANNUAL_T = at(c.annualT);
    values.FOREST_AREA_HA = at(c.areaHa);
    values.FOREST_TOTAL_PER_HA_T = `IF(N(${at(c.areaHa)})>0,N(${at(c.totalT)})/${at(c.areaHa)},0)`;
    values.FOREST_PER_HA_T = at(c.perHaYearT);
  }
  if (ledger) {
    const at = (address: string) => `{{sheet:${ledger.key}}}!${address}`;
    values.HELD_T = at(ledger.cells.heldT);
    values.ALLOCATED_T = at(ledger.cells.allocatedT);
    values.RETIRED_T = at(ledger.cells.retiredT);
  }
  return values;
}

/** A text as formula string literals joined by &, each within Excel's 255 characters. */
function literal(text: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += MAX_LITERAL)
    chunks.push(quote(text.slice(i, i + MAX_LITERAL)));
  return chunks.join("&");
}

/** The figure as text inside a line; the example while it is blank (or 0 for a number). Plain TEXT formats only. */
function figureText(placeholder: PlanPlaceholder, value: string, example: string): string {
  const otherwise = literal(example);
  switch (placeholder.format) {
    case "text":
      return `IF(${value}="",${otherwise},${value}&"")`;
    case "date":
      // A date typed into the boundary becomes a serial number: write it the Japanese way, 2026/6/1.
      return `IF(${value}="",${otherwise},IF(ISNUMBER(${value}),TEXT(${value},"yyyy/m/d"),${value}&""))`;
    default:
      return `IF(N(${value})=0,${otherwise},TEXT(${value},${quote(placeholder.format)}))`;
  }
}

/** A 内容 line: a formula when one of its placeholders has a linked value, otherwise the guidebook's text. */
export function planLineCell(
  line: string,
  values: Partial<Record<PlanPlaceholderKey, string>>
): CellContent {
  const parts = parsePlanLine(line);
  const valueOf = (key: string): { placeholder: PlanPlaceholder; value: string } | undefined => {
    const placeholder = findPlanPlaceholder(key);
    const value = placeholder ? values[placeholder.key as PlanPlaceholderKey] : undefined;
    return placeholder && value !== undefined ? { placeholder, value } : undefined;
  };
  if (!parts.some((part) => "key" in part && valueOf(part.key))) return renderPlanLine(line);
  const pieces = parts.map((part) => {
    if ("text" in part) return literal(part.text);
    const linked = valueOf(part.key);
    return linked
      ? figureText(linked.placeholder, linked.value, part.example)
      : literal(part.example);
  });
  return formula(`=${pieces.join("&")}`);
}

function addTable(
  grid: SheetGrid,
  template: PlanTemplate,
  values: Partial<Record<PlanPlaceholderKey, string>>
): void {
  const header = grid.addRow(["項目", "内容"]);
  grid.format({
    range: rangeAddress(header, ITEM, header, CONTENT),
    bold: true,
    fill: COLORS.header,
    horizontal: "Center",
    border: true,
  });
  const first = grid.nextRow;
  for (const row of template.rows) {
    const top = grid.nextRow;
    row.lines.forEach((line, i) => {
      const cell = planLineCell(line, values);
      const at = grid.addRow([i === 0 ? row.item : null, cell]);
      if (typeof cell === "object" && cell !== null)
        grid.format({ range: cellAddress(at, CONTENT), fontColor: QUOTED_FONT });
    });
    const bottom = grid.nextRow - 1;
    if (bottom > top) grid.merges.push(rangeAddress(top, ITEM, bottom, ITEM));
  }
  const last = grid.nextRow - 1;
  grid.format({ range: rangeAddress(first, ITEM, last, CONTENT), border: true, wrap: true });
  grid.format({ range: rangeAddress(first, ITEM, last, ITEM), bold: true, fill: COLORS.header });
  grid.format({ range: rangeAddress(first, CONTENT, last, CONTENT), fill: COLORS.input });
  grid.unlocked.push(rangeAddress(first, CONTENT, last, CONTENT));
}

function addNotes(grid: SheetGrid, template: PlanTemplate, sources: readonly PlanSource[]): void {
  grid.section("■ 記入の手引き・数値の引用元");
  const notes = [
    "黄色の「内容」欄を記入・修正してください。〇〇 はガイドブックの例で空欄になっている箇所です。行が足りなければ挿入してください。",
    sources.length > 0
      ? "青字の行は、一緒に作成したシートの数値を式で引用しています（数値が 0 または空欄の間は例の表示のまま）。書き換えると引用は解除されます。"
      : "バウンダリ・算定シート、森林吸収プロジェクトシート、クレジット管理台帳と一緒に作成すると、名称・排出量・クレジット量・吸収量などが式で入ります。",
    ...sources.map((source) => `・${SOURCE_NOTES[source]}`),
    `出典：自治体向けカーボン・オフセットガイドブック ${template.citation.table}（文中の施設名・数値等は例です）`,
  ];
  for (const note of notes) {
    const row = grid.addRow([note]);
    grid.merges.push(rangeAddress(row, ITEM, row, CONTENT));
    grid.format({ range: cellAddress(row, ITEM), wrap: true });
  }
}

/** The figures quoted from each linked sheet, as numbers (with their number formats) and texts. */
function addFigures(grid: SheetGrid, values: Partial<Record<PlanPlaceholderKey, string>>): void {
  const listed = (PLAN_PLACEHOLDERS as readonly PlanPlaceholder[]).filter(
    (p) => values[p.key as PlanPlaceholderKey] !== undefined
  );
  if (listed.length === 0) return;
  grid.addRow();
  grid.section("■ 引用している数値");
  const header = grid.addRow(["数値", "値", "引用元"]);
  grid.format({
    range: rangeAddress(header, ITEM, header, SOURCE),
    bold: true,
    fill: COLORS.header,
    border: true,
  });
  for (const placeholder of listed) {
    const value = values[placeholder.key as PlanPlaceholderKey] as string;
    const { ja } = placeholder.label;
    // 吸収量（期間合計） + t-CO₂ → 吸収量（期間合計、t-CO₂）
    const label = !placeholder.unit
      ? ja
      : ja.endsWith("）")
        ? `${ja.slice(0, -1)}、${placeholder.unit}）`
        : `${ja}（${placeholder.unit}）`;
    const numeric = CELL_FORMATS[placeholder.format];
    const cell = formula(numeric ? `=${value}` : `=${figureText(placeholder, value, "")}`);
    const row = grid.addRow([label, cell, SOURCE_NAMES[placeholder.source]]);
    grid.format({ range: rangeAddress(row, ITEM, row, SOURCE), border: true });
    grid.format({
      range: cellAddress(row, CONTENT),
      horizontal: "Left",
      fontColor: QUOTED_FONT,
      ...(numeric ? { numberFormat: numeric } : {}),
    });
  }
}

/**
 * 企画書 for the scenario: the guidebook's example plan with the figures of the sheets built together quoted by
 * formula (`refs`: their layout keys and cells). Without refs every line is the guidebook's text, 〇〇 included.
 */
export function buildPlanSheet(request: PlanSheetRequest, refs: PlanRefs = {}): SheetLayout {
  const id = planTemplateId(request);
  const template = PLAN_TEMPLATES[id];
  const grid = new SheetGrid(
    PLAN_KEY,
    id === "C2-provider" ? "企画書_C2提供側" : `企画書_${id}`,
    COLUMN_WIDTHS
  );
  const values = planValues(refs);
  const sources = (["boundary", "forest", "ledger"] as const).filter(
    (source) => refs[source] !== undefined
  );

  grid.title(request.title.trim() || `カーボン・オフセット企画書（${template.title.ja}）`);
  grid.merges.push(rangeAddress(1, ITEM, 1, CONTENT));
  const department = grid.addRow([null, request.department.trim() || "〇〇部〇〇課"]);
  const date = grid.addRow([null, "令和〇〇年〇〇月〇〇日"]);
  grid.format({
    range: rangeAddress(department, CONTENT, date, CONTENT),
    horizontal: "Right",
    fill: COLORS.input,
  });
  grid.unlocked.push(rangeAddress(department, CONTENT, date, CONTENT));
  grid.addRow();

  addTable(grid, template, values);
  grid.addRow();
  addNotes(grid, template, sources);
  addFigures(grid, values);
  return grid.toLayout({ tabColor: COLORS.section });
}
