/**
 * 回収一覧: every returned file and every answer (respondent × question) with its unit and status, written as values —
 * text from outside is never a formula — and a boundary sheet that computes from the collected answers.
 *
 * The boundary has one row per respondent and activity (出展団体A の会場の電力使用, 出展団体B の …): its input cells
 * refer to that respondent's answers, and the per-actor subtotal sums the respondents. Summing the answers per
 * activity first would be wrong for the methods that multiply inputs (台数 × 消費電力 × 使用時間: the sum of products is
 * not the product of sums), so the sum is taken over the computed emissions instead.
 */
import type { AnswerRow, AnswerStatus, CollectionResult } from "../types";
import type { ActivityChoice } from "../../sheets/builders/options";
import { absolute, cellAddress, rangeAddress, SheetGrid } from "../../sheets/grid";
import type { SheetLayout } from "../../sheets/layout";
import { sanitizeSheetName } from "../../sheets/resolve-names";
import { layoutBoundary, type AnswerLinks } from "../../sheets/builders/boundary";
import type { BuildSettings, EventInfo } from "../../sheets/builders/options";
import { COLORS } from "../../sheets/builders/styles";

export interface CollectionWorkbookOptions {
  readonly settings: BuildSettings;
  readonly event: EventInfo;
}

export const COLLECTION_KEY = "collection";

export const STATUS_LABELS: Record<AnswerStatus, string> = {
  ok: "ok",
  missing: "未回答",
  "not-a-number": "数値ではない",
  negative: "負の値",
  "unknown-choice": "一覧にない選択肢",
  "unknown-form": "不明な様式",
};
const FILE_STATUS_LABELS = {
  collected: "回収",
  duplicate: "重複（集計から除外）",
  skipped: "読み込めず",
} as const;
const STAGE_LABELS = { pre: "事前算定用", post: "事後算定用" } as const;
const ANSWER_COLUMN = 9;

function layoutCollection(result: CollectionResult): {
  layout: SheetLayout;
  answerCells: Map<AnswerRow, string>;
} {
  const grid = new SheetGrid(
    COLLECTION_KEY,
    "回収一覧",
    [6, 28, 22, 8, 26, 36, 10, 10, 22, 16, 16]
  );
  addSummary(grid, result);
  addFiles(grid, result);
  const answerCells = addAnswers(grid, result);
  return { layout: grid.toLayout({ tabColor: COLORS.section }), answerCells };
}

/** The title, a note that answers are values, and the counts. */
function addSummary(grid: SheetGrid, result: CollectionResult): void {
  grid.title("回収一覧（返送された調査票の回答）");
  grid.addRow([
    "回答は値として記録しています（式としては扱いません）。状況が ok 以外の回答は算定シートに反映されません。",
  ]);
  grid.merges.push("A1:K1", "A2:K2");
  grid.addRow();
  const { summary } = result;
  const summaryRow = grid.addRow([
    "",
    "ファイル数",
    summary.files,
    "",
    "回収",
    summary.collected,
    "記入完了",
    summary.complete,
    "重複",
    summary.duplicates,
    `読み込めず ${summary.skipped}`,
  ]);
  grid.format({
    range: rangeAddress(summaryRow, 2, summaryRow, 11),
    bold: true,
    fill: COLORS.total,
  });
  grid.addRow();
}

/** ■ ファイル: one row per file read, with its status and respondent. */
function addFiles(grid: SheetGrid, result: CollectionResult): void {
  grid.addRow(["■ ファイル"]);
  // Every column of a table needs a header: Excel names a blank one 「列4」 itself.
  const fileHeader = grid.addRow([
    "No",
    "ファイル名",
    "状況",
    "記入完了",
    "団体名",
    "担当者名",
    "連絡先",
    "重複元",
    "様式ID",
    "問題のある回答",
    "メッセージ",
  ]);
  result.files.forEach((file, i) =>
    grid.addRow([
      i + 1,
      file.fileName,
      FILE_STATUS_LABELS[file.status],
      file.status === "collected" ? (file.complete ? "はい" : "いいえ") : "",
      file.respondent?.organization ?? "",
      file.respondent?.person ?? "",
      file.respondent?.contact ?? "",
      file.duplicateOf ?? "",
      file.form?.formId ?? "",
      file.problems.length,
      file.message?.ja ?? "",
    ])
  );
  const lastFile = Math.max(fileHeader + 1, grid.nextRow - 1);
  if (result.files.length === 0) grid.addRow(["", "（ファイルがありません）"]);
  grid.tables.push({
    key: "collection-files",
    name: "回収ファイル",
    range: rangeAddress(fileHeader, 1, lastFile, 11),
    style: "TableStyleLight1",
  });
  grid.addRow();
}

/** ■ 回答: one row per answer; returns the cell of each, which the boundary rows read. */
function addAnswers(grid: SheetGrid, result: CollectionResult): Map<AnswerRow, string> {
  grid.addRow(["■ 回答"]);
  const answerHeader = grid.addRow([
    "No",
    "ファイル名",
    "団体名",
    "活動No",
    "対象活動",
    "調査項目",
    "単位",
    "段階",
    "回答",
    "状況",
    "質問ID",
  ]);
  const answerCells = new Map<AnswerRow, string>();
  result.rows.forEach((row, i) => {
    const r = grid.addRow([
      i + 1,
      row.fileName,
      row.respondent.organization,
      row.question.activityNumber,
      row.question.activityKey,
      row.question.item,
      row.question.unit,
      STAGE_LABELS[row.question.stage],
      row.value,
      STATUS_LABELS[row.status],
      row.question.id,
    ]);
    answerCells.set(row, absolute(r, ANSWER_COLUMN));
  });
  if (result.rows.length === 0) grid.addRow(["", "（回答がありません）"]);
  const lastAnswer = Math.max(answerHeader + 1, grid.nextRow - 1);
  grid.tables.push({
    key: "collection-answers",
    name: "回収回答",
    range: rangeAddress(answerHeader, 1, lastAnswer, 11),
    style: "TableStyleLight9",
  });
  const statusRange = rangeAddress(answerHeader + 1, 10, lastAnswer, 10);
  grid.conditionalFormats.push({
    range: statusRange,
    formula: `=AND(${cellAddress(answerHeader + 1, 10)}<>"ok",${cellAddress(answerHeader + 1, 10)}<>"")`,
    fill: COLORS.should,
    fontColor: "#7F6000",
  });
  return answerCells;
}

/** One boundary row per collected respondent and activity, each reading that respondent's ok answers. */
function boundaryFromCollection(
  result: CollectionResult,
  answerCells: Map<AnswerRow, string>,
  options: CollectionWorkbookOptions
): SheetLayout | undefined {
  const usable = result.files.filter(
    (f) =>
      f.status === "collected" && f.form && !f.problems.some((p) => p.status === "unknown-form")
  );
  const first = usable[0]?.form;
  if (!first) return undefined;
  const activities: ActivityChoice[] = [];
  const sources: { fileName: string; activityNumber: number }[] = [];
  for (const file of usable) {
    for (const activity of file.form?.activities ?? []) {
      activities.push({
        actorKey: file.form?.actorKey ?? activity.actorKey,
        activityKey: activity.activityKey,
        methodKey: activity.methodKey,
        note: file.respondent?.organization || file.fileName,
      });
      sources.push({ fileName: file.fileName, activityNumber: activity.number });
    }
  }
  // Indexed once: a collection of a thousand files has tens of thousands of answers.
  const okCells = new Map<string, string>();
  const answerKey = (fileName: string, activityNumber: number, inputKey: string, stage: string) =>
    `${fileName}\u0000${activityNumber}\u0000${inputKey}\u0000${stage}`;
  for (const row of result.rows) {
    const cell = answerCells.get(row);
    if (row.status === "ok" && cell)
      okCells.set(
        answerKey(
          row.fileName,
          row.question.activityNumber,
          row.question.inputKey,
          row.question.stage
        ),
        cell
      );
  }
  const links: AnswerLinks = (number, inputKey) => {
    const source = sources[number - 1];
    if (!source) return undefined;
    const ref = (stage: "pre" | "post") => {
      const cell = okCells.get(answerKey(source.fileName, source.activityNumber, inputKey, stage));
      return cell ? `{{sheet:${COLLECTION_KEY}}}!${cell}` : undefined;
    };
    const pre = ref("pre");
    const post = ref("post");
    return { ...(pre ? { pre } : {}), ...(post ? { post } : {}) };
  };
  const { layout } = layoutBoundary(
    { scenario: first.scenario, event: options.event, activities, settings: options.settings },
    links
  );
  return {
    ...layout,
    name: sanitizeSheetName(options.event.name ? `算定_回収_${options.event.name}` : "算定_回収"),
  };
}

export function buildCollectionWorkbook(
  result: CollectionResult,
  options: CollectionWorkbookOptions
): SheetLayout[] {
  const { layout, answerCells } = layoutCollection(result);
  const boundary = boundaryFromCollection(result, answerCells, options);
  return boundary ? [layout, boundary] : [layout];
}
