/** ■ 活動量（入力）of the バウンダリ・算定シート: one row per input of each activity, typed or linked to a questionnaire. */
import { cellAddress, formula, rangeAddress, SheetGrid } from "../grid";
import type { CellContent } from "../layout";
import type { AnswerLinks, ResolvedActivity } from "./boundary-activities";
import { LAST_COLUMN } from "./boundary-header";
import { hintOf, validationOf } from "./inputs";
import { COLORS } from "./styles";

const INPUT_HEADERS = [
  "No",
  "主体",
  "対象活動",
  "項目",
  "単位",
  "事前算定用",
  "事後算定用",
  "記入例・選択肢",
  "備考",
];

/** Input rows of one activity: returns the row of each input, keyed by input key. */
function addInputRows(
  grid: SheetGrid,
  activity: ResolvedActivity,
  setId: string,
  links: AnswerLinks | undefined
): Map<string, number> {
  const rows = new Map<string, number>();
  for (const input of activity.method.inputs) {
    const row = grid.addRow([
      activity.index,
      activity.actorName,
      activity.activityName,
      input.item.ja,
      input.unit,
    ]);
    rows.set(input.key, row);
    const link = links?.(activity.index, input.key);
    const cell = (asked: boolean, ref: string | undefined): CellContent => {
      if (!asked) return "—";
      // A linked answer: blank stays blank ("" rather than 0), so an unanswered questionnaire computes 0, not an error.
      return ref ? formula(`IF(${ref}="","",${ref})`) : null;
    };
    grid.set(row, 6, cell(input.asked.pre, link?.pre));
    grid.set(row, 7, cell(input.asked.post, link?.post));
    grid.set(row, 8, hintOf(input, setId));
    // Fills are set once for the whole block (see inputBlockFormats). A cell that reads an answer is checked where the
    // answer is typed (the questionnaire's own validation, or collect's classification): only typed cells get one.
    for (const [column, asked, linked] of [
      [6, input.asked.pre, link?.pre],
      [7, input.asked.post, link?.post],
    ] as const) {
      if (!asked || linked) continue;
      const validation = validationOf(input, cellAddress(row, column), setId);
      if (validation) grid.validations.push(validation);
    }
  }
  return rows;
}

/**
 * The input columns' look, as one format and two conditional formats for the whole block instead of one fill per
 * cell (a thousand returned questionnaires make 14,000 input rows): yellow to type in, grey for 「—」 (not asked at
 * that stage), blue for a cell that reads a questionnaire answer — and yellow again if the user types over it.
 */
function inputBlockFormats(grid: SheetGrid, first: number, last: number): void {
  const block = rangeAddress(first, 6, last, 7);
  const topLeft = cellAddress(first, 6);
  grid.format({ range: block, fill: COLORS.input });
  grid.conditionalFormats.push(
    { range: block, formula: `=${topLeft}="—"`, fill: COLORS.notAsked },
    { range: block, formula: `=ISFORMULA(${topLeft})`, fill: COLORS.linked }
  );
}

/** ■ 活動量（入力）: the input rows of every activity. Returns each activity's input rows by input key. */
export function addInputs(
  grid: SheetGrid,
  row: number,
  activities: readonly ResolvedActivity[],
  setId: string,
  links: AnswerLinks | undefined
): Map<string, number>[] {
  grid.section(
    links
      ? "■ 活動量（入力）— 水色のセルは調査票の回答を読みます。黄色のセルに入力。「—」は不要な欄"
      : "■ 活動量（入力）— 黄色のセルに入力。「—」は不要な欄",
    row
  );
  const inputHeader = row + 1;
  INPUT_HEADERS.forEach((header, i) => grid.set(inputHeader, i + 1, header));
  while (grid.nextRow <= inputHeader) grid.addRow();
  const inputRowsByActivity = activities.map((activity) =>
    addInputRows(grid, activity, setId, links)
  );
  const lastInput = Math.max(inputHeader + 1, grid.nextRow - 1);
  if (grid.nextRow <= inputHeader + 1) grid.set(inputHeader + 1, 3, "（活動が選ばれていません）");
  else inputBlockFormats(grid, inputHeader + 1, lastInput);
  grid.tables.push({
    key: "inputs",
    name: "活動量",
    range: rangeAddress(inputHeader, 1, lastInput, LAST_COLUMN),
    style: "TableStyleLight1",
  });
  return inputRowsByActivity;
}
