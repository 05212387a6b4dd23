/**
 * 情報開示: the guidebook's 「提供すべき情報」 table(s) for the scenario — ◎/○/◆ per stage, a column where the user
 * writes what they disclose, and a status that flags what is required and still empty — then the guidebook's
 * notice texts with the computed numbers filled in by formula, and the items an offset certificate (証書) carries.
 */
import { findScenario } from "../../scenarios";
import { CERTIFICATE_ITEMS } from "../../scenarios/certificate";
import { DISCLOSURE_LEGEND } from "../../scenarios/disclosure";
import type { DisclosureTable, NoticeTemplate, Scenario } from "../../scenarios/types";
import { cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import type { BoundaryCells } from "./boundary";
import type { DisclosureRequest } from "./options";
import { COLORS } from "./styles";

export const DISCLOSURE_KEY = "disclosure";
const MAX_STAGES = 4;
// A 情報開示事項, B 詳細, C–F stages, G 提供する内容, H 状況, I 関連法令に関する注意事項
const COLUMN_WIDTHS = [24, 44, 10, 10, 10, 10, 44, 16, 40];
const CONTENT = 7;
const STATUS = 8;
const LEGAL = 9;
const LAST_COLUMN = COLUMN_WIDTHS.length;

const MUST = "未記入（必須）";
const SHOULD = "未記入（推奨）";
const DONE = "記入済";

/** Which tables apply: A2's single table, or A1/D1's table for whether participants pay. Blank uses A1's. */
function tablesFor(
  scenario: Scenario | undefined,
  participantsPay: boolean
): readonly DisclosureTable[] {
  const source = scenario && scenario.disclosure.length > 0 ? scenario : findScenario("A1");
  const wanted = participantsPay ? "participants-pay" : "participants-free";
  const tables = source?.disclosure ?? [];
  const matching = tables.filter((t) => t.appliesWhen === "always" || t.appliesWhen === wanted);
  // D1 prints only the table for paying participants: it is the closest guidance when they do not pay either.
  return matching.length > 0 ? matching : tables;
}

function addTable(grid: SheetGrid, table: DisclosureTable): void {
  grid.section(`● ${table.title.ja}`);
  const legend = grid.addRow([
    [...DISCLOSURE_LEGEND.map((l) => `${l.mark} ${l.label.ja}`), "- 該当なし"].join("　"),
  ]);
  grid.merges.push(rangeAddress(legend, 1, legend, LAST_COLUMN));
  const stages = table.stages.slice(0, MAX_STAGES);
  const header = grid.addRow(["情報開示事項", "詳細"]);
  stages.forEach((stage, i) => grid.set(header, 3 + i, stage.label.ja));
  grid.set(header, CONTENT, "提供する内容（記入）");
  grid.set(header, STATUS, "状況");
  grid.set(header, LEGAL, "関連法令に関する注意事項");
  grid.format({
    range: rangeAddress(header, 1, header, LAST_COLUMN),
    bold: true,
    fill: COLORS.header,
    wrap: true,
    horizontal: "Center",
  });

  const first = grid.nextRow;
  for (const item of table.items) {
    const row = grid.addRow([item.category, item.item]);
    stages.forEach((stage, i) => grid.set(row, 3 + i, item.marks[stage.key] ?? ""));
    grid.set(row, CONTENT, null);
    grid.set(row, LEGAL, item.legalNote ?? "");
    const marks = rangeAddress(row, 3, row, 3 + MAX_STAGES - 1);
    const content = cellAddress(row, CONTENT);
    grid.set(
      row,
      STATUS,
      formula(
        `IF(${content}<>"",${quote(DONE)},IF(COUNTIF(${marks},"◎")+COUNTIF(${marks},"◆")>0,${quote(MUST)},IF(COUNTIF(${marks},"○")>0,${quote(SHOULD)},"")))`
      )
    );
    grid.unlocked.push(content);
  }
  const last = Math.max(first, grid.nextRow - 1);
  grid.format({ range: rangeAddress(first, 1, last, LAST_COLUMN), border: true, wrap: true });
  grid.format({ range: rangeAddress(first, 3, last, 3 + MAX_STAGES - 1), horizontal: "Center" });
  grid.format({ range: rangeAddress(first, CONTENT, last, CONTENT), fill: COLORS.input });
  const status = rangeAddress(first, STATUS, last, STATUS);
  const topLeft = cellAddress(first, STATUS);
  grid.conditionalFormats.push(
    {
      range: status,
      formula: `=${topLeft}=${quote(MUST)}`,
      fill: COLORS.must,
      fontColor: "#9C0006",
    },
    {
      range: status,
      formula: `=${topLeft}=${quote(SHOULD)}`,
      fill: COLORS.should,
      fontColor: "#7F6000",
    }
  );
  grid.addRow();
}

/** Inputs for the credit details the notices quote (not computed: they come from the provider). */
const CREDIT_FIELDS = [
  ["CREDIT_TYPE", "クレジットの種類", "オフセット・クレジット（J-VER）"],
  ["PROJECT_NAME", "プロジェクト名", ""],
  ["PROJECT_NUMBER", "プロジェクト番号", ""],
  ["SERIAL_FROM", "クレジットシリアル番号（から）", ""],
  ["SERIAL_TO", "クレジットシリアル番号（まで）", ""],
] as const;

/** A notice line as a formula: literal text joined with the cells its placeholders stand for. */
function lineFormula(line: string, values: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of line.matchAll(/\{([A-Z_]+)\}/g)) {
    if (match.index > last) parts.push(quote(line.slice(last, match.index)));
    parts.push(values.get(match[1] as string) ?? quote("〇〇"));
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push(quote(line.slice(last)));
  return parts.length === 0 ? '=""' : `=${parts.join("&")}`;
}

function addNotices(
  grid: SheetGrid,
  notices: readonly NoticeTemplate[],
  boundary: { key: string; cells: BoundaryCells } | undefined
): void {
  grid.section("■ 表示・報告の文例（ガイドブックの例に算定結果を当てはめたもの）");
  const values = new Map<string, string>();
  for (const [key, label, initial] of CREDIT_FIELDS) {
    const row = grid.addRow([label, initial]);
    grid.unlocked.push(cellAddress(row, 2));
    grid.format({ range: cellAddress(row, 2), fill: COLORS.input, border: true });
    values.set(key, `${cellAddress(row, 2)}`);
  }
  if (boundary) {
    const ref = (address: string) => `{{sheet:${boundary.key}}}!${address}`;
    const { cells } = boundary;
    // Before the event only the estimate exists; afterwards the actual figures replace it.
    const totalKg = `IF(${ref(cells.totalPostKg)}>0,${ref(cells.totalPostKg)},${ref(cells.totalPreKg)})`;
    const credits = `IF(${ref(cells.creditsPost)}>0,${ref(cells.creditsPost)},${ref(cells.creditsPre)})`;
    values.set("NAME", `${ref(cells.name)}&""`);
    values.set("DATES", `${ref(cells.dates)}&""`);
    values.set("PLACE", `${ref(cells.place)}&""`);
    values.set("ORGANIZER", `${ref(cells.organizer)}&""`);
    // Plain TEXT formats: thousands separators in TEXT are not read alike by every spreadsheet program.
    values.set("TOTAL_KG", `TEXT(${totalKg},"0.0")`);
    values.set("TOTAL_T", `TEXT(${totalKg}/1000,"0.00")`);
    values.set("CREDITS_T", `TEXT(${credits},"0")`);
    values.set("PARTICIPANTS", `TEXT(${ref(cells.participants)},"0")`);
  }
  grid.addRow();
  for (const notice of notices) {
    const title = grid.addRow([`● ${notice.title.ja}`]);
    grid.format({ range: cellAddress(title, 1), bold: true });
    for (const line of notice.lines) {
      const row = grid.addRow([formula(lineFormula(line, values))]);
      grid.merges.push(rangeAddress(row, 1, row, LAST_COLUMN));
    }
    grid.addRow();
  }
}

function addCertificateItems(grid: SheetGrid): void {
  grid.section("■ 証書に記載する事項（望ましい証書への記載事項）");
  const header = grid.addRow(["記載事項", "記載する内容（記入）"]);
  grid.format({ range: rangeAddress(header, 1, header, 2), bold: true, fill: COLORS.header });
  for (const item of CERTIFICATE_ITEMS) {
    const row = grid.addRow([item.label.ja, null]);
    grid.unlocked.push(cellAddress(row, 2));
    grid.format({ range: rangeAddress(row, 1, row, 2), border: true });
    grid.format({ range: cellAddress(row, 2), fill: COLORS.input });
  }
}

export function layoutDisclosure(
  request: DisclosureRequest,
  boundary?: { key: string; cells: BoundaryCells }
): SheetLayout {
  const scenario = findScenario(request.scenario);
  const grid = new SheetGrid(
    DISCLOSURE_KEY,
    `情報開示_${request.event.name || scenario?.name.ja || ""}`,
    COLUMN_WIDTHS
  );
  grid.title(
    `情報開示チェックリスト（${scenario?.name.ja ?? "白紙"}、参加者の費用負担${request.participantsPay ? "あり" : "なし"}）`
  );
  grid.addRow([
    "各段階で提供する内容を「提供する内容」に記入してください。◎・◆ で未記入の行は赤、○ で未記入の行は黄色で示します。",
  ]);
  grid.merges.push(rangeAddress(1, 1, 1, LAST_COLUMN), rangeAddress(2, 1, 2, LAST_COLUMN));
  grid.addRow();
  for (const table of tablesFor(scenario, request.participantsPay)) addTable(grid, table);
  const notices =
    scenario && scenario.notices.length > 0
      ? scenario.notices
      : (findScenario("A1")?.notices ?? []);
  addNotices(grid, notices, boundary);
  addCertificateItems(grid);
  return grid.toLayout({ protect: false, tabColor: COLORS.section });
}
