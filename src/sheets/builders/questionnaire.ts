/**
 * 調査票 for one actor, as in the guidebook's form (A1 「活動量データ等を把握するための調査票の例」): 団体名・担当者名・連絡先,
 * then per activity its 調査項目, 記入単位 and answer cells for 事前算定用 and 事後算定用 ("—" where the form asks
 * nothing). Answer cells are highlighted, validated (lists, numbers ≥ 0) and the only unlocked cells of a
 * protected sheet.
 */
import { findMethod, findScenario } from "../../scenarios";
import { absolute, cellAddress, rangeAddress, SheetGrid } from "../grid";
import type { SheetLayout } from "../layout";
import { hintOf, validationOf } from "./inputs";
import type { AnswerLinks } from "./boundary";
import type { QuestionnaireRequest } from "./options";
import { COLORS, promptMessage } from "./styles";

const COLUMN_WIDTHS = [24, 40, 12, 16, 16, 40];
const LAST_COLUMN = COLUMN_WIDTHS.length;
const PRE = 4;
const POST = 5;

export const questionnaireKey = (actorKey: string): string => `questionnaire-${actorKey}`;

/**
 * @param activityNumbers the number of each requested activity in the boundary sheet built alongside (its "No"),
 *   so answers can be linked; defaults to 1, 2, 3 …
 */
export function layoutQuestionnaire(
  request: QuestionnaireRequest,
  activityNumbers?: readonly number[]
): { layout: SheetLayout; links: AnswerLinks } {
  const scenario = findScenario(request.scenario);
  const actor = scenario?.actors.find((a) => a.key === request.actorKey);
  const actorName = actor?.name.ja ?? request.actorKey;
  const key = questionnaireKey(request.actorKey);
  // Sheet names are short (31 characters): the actor's name without its parenthesised explanation.
  const grid = new SheetGrid(key, `調査票_${actorName.replace(/[（(].*$/, "")}`, COLUMN_WIDTHS);
  const setId = "jver-2011";

  addGreeting(grid, request, actorName);
  addRespondent(grid);
  const header = addTableHeader(grid);
  const answers = addActivities(grid, request, activityNumbers, setId);
  addClosing(grid);

  return {
    layout: grid.toLayout({ protect: true, freeze: { rows: header }, tabColor: COLORS.input }),
    links: (activityNumber, inputKey) => answers.get(`${activityNumber}:${inputKey}`),
  };
}

/** Title, the event, the instructions, reply-by date and contact. */
function addGreeting(grid: SheetGrid, request: QuestionnaireRequest, actorName: string): void {
  const { event } = request;
  grid.title("温室効果ガス排出量 調査票");
  grid.addRow([
    [event.name, [event.dates, event.place].filter(Boolean).join("、")]
      .filter(Boolean)
      .join("　") || "（名称）",
  ]);
  grid.addRow([
    `${actorName}の皆さまへ: 黄色の欄にご記入ください。「—」の欄は記入不要です。事前算定用は見込み、事後算定用は実績をご記入ください。`,
  ]);
  grid.addRow([
    [
      request.replyBy ? `回答期限: ${request.replyBy}` : "",
      request.contact ? `問合せ先: ${request.contact}` : "",
    ]
      .filter(Boolean)
      .join("　"),
  ]);
  for (const r of [1, 2, 3, 4]) grid.merges.push(rangeAddress(r, 1, r, LAST_COLUMN));
  grid.format({ range: "A3", wrap: true });
  grid.addRow();
}

/** 団体名, 担当者名, 連絡先: answers merged over the answer columns. */
function addRespondent(grid: SheetGrid): void {
  for (const label of ["団体名", "担当者名", "連絡先"]) {
    const row = grid.addRow([label]);
    // The whole merged answer is unlocked: Excel may refuse to edit a merged cell that is locked in part.
    grid.merges.push(rangeAddress(row, 2, row, POST));
    grid.unlocked.push(rangeAddress(row, 2, row, POST));
    grid.format({ range: cellAddress(row, 1), bold: true, fill: COLORS.header, border: true });
    grid.format({ range: rangeAddress(row, 2, row, POST), fill: COLORS.input, border: true });
  }
  grid.addRow();
}

/** The table's header row; returns it (the sheet freezes down to it). */
function addTableHeader(grid: SheetGrid): number {
  const header = grid.addRow([
    "対象活動",
    "調査項目",
    "記入単位",
    "事前算定用",
    "事後算定用",
    "記入例・選択肢",
  ]);
  grid.format({
    range: rangeAddress(header, 1, header, LAST_COLUMN),
    bold: true,
    fill: COLORS.header,
    border: true,
    horizontal: "Center",
  });
  return header;
}

/**
 * One block of rows per activity, one row per input; returns where each answer is, by "activity number:input key"
 * (the boundary sheet's links).
 */
function addActivities(
  grid: SheetGrid,
  request: QuestionnaireRequest,
  activityNumbers: readonly number[] | undefined,
  setId: string
): Map<string, { pre?: string; post?: string }> {
  const key = grid.key;
  const answers = new Map<string, { pre?: string; post?: string }>();
  request.activities.forEach((choice, i) => {
    const found = findMethod(choice.methodKey);
    if (!found) return;
    const number = activityNumbers?.[i] ?? i + 1;
    const name = choice.note
      ? `${found.activity.name.ja}（${choice.note}）`
      : found.activity.name.ja;
    const first = grid.nextRow;
    for (const input of found.method.inputs) {
      const row = grid.addRow([null, input.item.ja, input.unit, "—", "—", hintOf(input, setId)]);
      const answer: { pre?: string; post?: string } = {};
      for (const [column, asked, stage] of [
        [PRE, input.asked.pre, "pre"],
        [POST, input.asked.post, "post"],
      ] as const) {
        const address = cellAddress(row, column);
        if (!asked) {
          grid.format({ range: address, fill: COLORS.notAsked, horizontal: "Center" });
          continue;
        }
        grid.set(row, column, null);
        grid.unlocked.push(address);
        grid.format({ range: address, fill: COLORS.input });
        const validation = validationOf(input, address, setId);
        if (validation) grid.validations.push(validation);
        answer[stage] = `{{sheet:${key}}}!${absolute(row, column)}`;
      }
      answers.set(`${number}:${input.key}`, answer);
    }
    const last = grid.nextRow - 1;
    grid.set(first, 1, name);
    if (last > first) grid.merges.push(rangeAddress(first, 1, last, 1));
    grid.format({
      range: rangeAddress(first, 1, last, LAST_COLUMN),
      border: true,
      wrap: true,
      vertical: "Top",
    });
  });
  if (answers.size === 0) grid.addRow([null, "（調査する活動が選ばれていません）"]);
  return answers;
}

function addClosing(grid: SheetGrid): void {
  grid.addRow();
  grid.addRow([
    promptMessage(
      "ご記入後、このファイルを保存して問合せ先へお送りください。ご協力ありがとうございました。"
    ),
  ]);
  grid.merges.push(rangeAddress(grid.nextRow - 1, 1, grid.nextRow - 1, LAST_COLUMN));
}
