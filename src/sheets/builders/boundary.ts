/**
 * バウンダリ・算定シート: the header (event, factor set, electricity factor, ¥/t — visible cells every formula refers
 * to), one row per activity computing 事前算定 and 事後算定 with the GHG.* functions, totals per actor, credits
 * (rounded up), cost, the guidebook's pre/post reconciliation and the prefectural thresholds, then the activity
 * data (one row per input, the questionnaire's items) the formulas read.
 */
import { FACTOR_SETS, lookupsOf, defaultFactorSet } from "../../core";
import { findMethod, findScenario } from "../../scenarios";
import { PRE_POST_RECONCILIATION } from "../../scenarios/reconciliation";
import { OFFSET_THRESHOLDS } from "../../scenarios/thresholds";
import type { ActivityInput, CalculationMethod } from "../../scenarios/types";
import { absolute, cellAddress, formula, quote, rangeAddress, SheetGrid } from "../grid";
import type { CellContent, SheetLayout } from "../layout";
import { blankAsText, placeholderArguments, takesBlankCellStraight } from "./blank-cells";
import { hintOf, isNameKind, isSetQualified, validationOf } from "./inputs";
import type { ActivityChoice, BoundaryRequest } from "./options";
import { COLORS, NUMBER_FORMATS } from "./styles";

/** Where a questionnaire answer for (activity row, input) lives: formula references, e.g. `{{sheet:q-organizer}}!$E$12`. */
export type AnswerLinks = (
  activityIndex: number,
  inputKey: string
) => { pre?: string; post?: string } | undefined;

/** Absolute addresses of the cells other sheets quote (the disclosure notices). */
export interface BoundaryCells {
  readonly name: string;
  readonly dates: string;
  readonly place: string;
  readonly organizer: string;
  readonly participants: string;
  readonly totalPreKg: string;
  readonly totalPostKg: string;
  readonly creditsPre: string;
  readonly creditsPost: string;
  readonly costPreYen: string;
  readonly costPostYen: string;
  readonly yenPerTonne: string;
}

const COLUMN_WIDTHS = [5, 18, 28, 26, 10, 14, 14, 44, 30];
const LAST_COLUMN = COLUMN_WIDTHS.length;
const RESULT_HEADERS = [
  "No",
  "主体",
  "対象活動",
  "算定方法",
  "レベル",
  "事前算定 (kg-CO2)",
  "事後算定 (kg-CO2)",
  "係数・出典",
  "算定式",
];
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

interface ResolvedActivity {
  readonly index: number;
  readonly choice: ActivityChoice;
  readonly actorName: string;
  readonly activityName: string;
  readonly method: CalculationMethod;
}

function resolveActivities(request: BoundaryRequest): ResolvedActivity[] {
  const scenario = findScenario(request.scenario);
  return request.activities.flatMap((choice, index) => {
    const found = findMethod(choice.methodKey);
    if (!found) return [];
    const actor = scenario?.actors.find((a) => a.key === choice.actorKey);
    const activityName = choice.note
      ? `${found.activity.name.ja}（${choice.note}）`
      : found.activity.name.ja;
    return [
      {
        index: index + 1,
        choice,
        actorName: actor?.name.ja ?? choice.actorKey,
        activityName,
        method: found.method,
      },
    ];
  });
}

/** The header block's cell positions (column C holds the values). */
const HEADER = {
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
const VALUE_COLUMN = 3;
const at = (row: number) => absolute(row, VALUE_COLUMN);
const SET_CELL = at(HEADER.set);
const ELEC_NAME_CELL = at(HEADER.electricity);
const ELEC_VALUE_CELL = absolute(HEADER.electricity, 4);

function addHeader(grid: SheetGrid, request: BoundaryRequest, scenarioName: string): void {
  const { event, settings } = request;
  grid.title(`バウンダリ・算定シート（${scenarioName}）`);
  grid.set(
    2,
    1,
    "「自治体向けカーボン・オフセットガイドブック」第2章の方法で、事前算定と事後算定を行います。黄色のセルに入力してください。"
  );
  grid.merges.push(rangeAddress(1, 1, 1, LAST_COLUMN), rangeAddress(2, 1, 2, LAST_COLUMN));
  grid.format({ range: "A2", wrap: true });
  grid.section("■ 基本情報", 4);

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

type Stage = "pre" | "post";

/**
 * The reference a formula uses for one input at one stage; undefined when the input is not asked at that stage.
 * `blankText`: the input cell is passed as IF(ISBLANK(x),"",x), for a GHG argument where desktop Excel's blank (0)
 * would not mean blank (blank-cells.ts). A set-qualified name is "" when blank in such an argument, "set:name" otherwise.
 */
function inputReference(
  input: ActivityInput,
  row: number,
  stage: Stage,
  blankText = false
): string | undefined {
  const pre = cellAddress(row, 6);
  const post = cellAddress(row, 7);
  const cell = (ref: string) => (blankText && !isSetQualified(input.kind) ? blankAsText(ref) : ref);
  let ref: string | undefined;
  if (stage === "pre") ref = input.asked.pre ? cell(pre) : undefined;
  else if (!input.asked.post) ref = input.asked.pre ? cell(pre) : undefined;
  // A name not repeated for the actual figures (the same fuel, the same operator) carries over from the estimate.
  else
    ref =
      isNameKind(input.kind) && input.asked.pre
        ? `IF(${post}="",${cell(pre)},${post})`
        : cell(post);
  if (ref === undefined) return undefined;
  if (!isSetQualified(input.kind)) return ref;
  const qualified = `${SET_CELL}&":"&${ref}`;
  // Into an optional argument a blank name is "" — the function's default (乗用車, the standard rail rate) — rather
  // than "set:", which reads as a blank name and is an error for a required one.
  return blankText ? `IF(${ref}="","",${qualified})` : qualified;
}

/** 事前/事後 result of one activity: the method's formula over the input cells, 0 while no quantity is entered. */
function resultFormula(
  method: CalculationMethod,
  inputRows: Map<string, number>,
  stage: Stage
): CellContent {
  const { call, args } = placeholderArguments(method.formula);
  // Inside the GHG call an input may need "" for blank (an optional or a blank-sensitive argument); in the tail
  // (*{passengers}) a blank multiplies as 0 on every host.
  const refs = new Map<string, string>();
  const argumentRefs = new Map<string, string>();
  for (const input of method.inputs) {
    const row = inputRows.get(input.key) as number;
    const ref = inputReference(input, row, stage);
    if (ref === undefined && method.formula.includes(`{${input.key}}`)) return "—";
    if (ref === undefined) continue;
    refs.set(input.key, ref);
    const target = args.get(input.key);
    const blankText = target !== undefined && !takesBlankCellStraight(target.name, target.index);
    argumentRefs.set(
      input.key,
      blankText ? (inputReference(input, row, stage, true) as string) : ref
    );
  }
  const substitute = (text: string, from: Map<string, string>) =>
    text.replace(/\{([A-Za-z0-9_]+)\}/g, (_, key: string) =>
      key === "ELEC" ? ELEC_VALUE_CELL : (from.get(key) ?? "0")
    );
  const body = substitute(call, argumentRefs) + substitute(method.formula.slice(call.length), refs);
  const quantities = method.inputs
    .filter((input) => input.kind === "number" && method.formula.includes(`{${input.key}}`))
    .map((input) =>
      cellAddress(inputRows.get(input.key) as number, stage === "pre" || !input.asked.post ? 6 : 7)
    );
  return quantities.length === 0
    ? formula(body)
    : formula(`IF(COUNT(${quantities.join(",")})=0,0,${body})`);
}

function citationFormula(method: CalculationMethod, inputRows: Map<string, number>): CellContent {
  if (method.factor && "electricity" in method.factor) return formula(`${at(HEADER.source)}`);
  if (method.factor && "input" in method.factor) {
    const row = inputRows.get(method.factor.input);
    if (row !== undefined)
      return formula(
        `IFERROR(GHG.FACTOR_INFO(${SET_CELL}&":"&IF(${cellAddress(row, 7)}="",${cellAddress(row, 6)},${cellAddress(row, 7)})),"")`
      );
  }
  return `ガイドブック ${method.citation.table}`;
}

/** Where the ■ 算定結果 rows are: one per activity (at least one, an Excel table needs a body row). */
interface ResultRows {
  readonly rows: readonly number[];
  readonly first: number;
  readonly last: number;
}

export function layoutBoundary(
  request: BoundaryRequest,
  links?: AnswerLinks
): { layout: SheetLayout; cells: BoundaryCells } {
  const scenario = findScenario(request.scenario);
  const scenarioName = scenario?.name.ja ?? "白紙";
  const grid = new SheetGrid(
    "boundary",
    `算定_${request.event.name || scenarioName}`,
    COLUMN_WIDTHS
  );
  addHeader(grid, request, scenarioName);
  const setId = request.settings.factorSetId;
  const activities = resolveActivities(request);

  const results = addResults(grid, activities);
  const { row: summaryEnd, totalRow } = addSummary(grid, activities, results);
  const cells = boundaryCells(totalRow);
  addNames(grid, totalRow);
  let row = addReconciliation(grid, summaryEnd + 2, totalRow);
  row = addThresholds(grid, row + 2, cells, totalRow);
  const inputRowsByActivity = addInputs(grid, row + 2, activities, setId, links);
  activities.forEach((activity, i) => {
    const resultRow = results.rows[i] as number;
    const inputRows = inputRowsByActivity[i] as Map<string, number>;
    grid.set(resultRow, 6, resultFormula(activity.method, inputRows, "pre"));
    grid.set(resultRow, 7, resultFormula(activity.method, inputRows, "post"));
    grid.set(resultRow, 8, citationFormula(activity.method, inputRows));
  });

  return { layout: grid.toLayout({ tabColor: COLORS.tab }), cells };
}

/** ■ 算定結果: rows are placed now, their formulas filled once the input rows' addresses are known. */
function addResults(grid: SheetGrid, activities: readonly ResolvedActivity[]): ResultRows {
  grid.section("■ 算定結果（kg-CO2）", 18);
  const resultHeader = 19;
  RESULT_HEADERS.forEach((header, i) => grid.set(resultHeader, i + 1, header));
  const resultRows = activities.map((activity, i) => {
    const row = resultHeader + 1 + i;
    const { method } = activity;
    [
      activity.index,
      activity.actorName,
      activity.activityName,
      method.name.ja,
      `レベル${method.level}`,
    ].forEach((value, c) => grid.set(row, c + 1, value));
    grid.set(row, 9, method.formulaText.ja);
    return row;
  });
  const firstResult = resultHeader + 1;
  // An Excel table needs at least one body row.
  const lastResult = Math.max(firstResult, resultHeader + activities.length);
  if (activities.length === 0) grid.set(firstResult, 3, "（活動が選ばれていません）");
  grid.tables.push({
    key: "results",
    name: "算定結果",
    range: rangeAddress(resultHeader, 1, lastResult, LAST_COLUMN),
    style: "TableStyleLight9",
  });
  grid.format({
    range: rangeAddress(firstResult, 6, lastResult, 7),
    numberFormat: NUMBER_FORMATS.kg,
  });
  grid.format({ range: rangeAddress(firstResult, 8, lastResult, 9), wrap: true });
  return { rows: resultRows, first: firstResult, last: lastResult };
}

/** ■ 集計: subtotals by actor, the totals, credits needed, cost and per person, before and after. Returns the last row. */
function addSummary(
  grid: SheetGrid,
  activities: readonly ResolvedActivity[],
  { first: firstResult, last: lastResult }: ResultRows
): { row: number; totalRow: number } {
  let row = lastResult + 2;
  grid.section("■ 集計", row);
  row += 1;
  grid.set(row, 2, "主体");
  grid.set(row, 6, "事前算定");
  grid.set(row, 7, "事後算定");
  grid.format({ range: rangeAddress(row, 2, row, 7), bold: true, fill: COLORS.header });
  const results = (column: number) => rangeAddress(firstResult, column, lastResult, column);
  const actorNames = [...new Set(activities.map((a) => a.actorName))];
  for (const actorName of actorNames) {
    row += 1;
    grid.set(row, 2, actorName);
    grid.set(row, 3, "小計 (kg-CO2)");
    for (const column of [6, 7])
      grid.set(
        row,
        column,
        formula(`SUMIFS(${results(column)},${results(2)},${cellAddress(row, 2)})`)
      );
    grid.format({ range: rangeAddress(row, 6, row, 7), numberFormat: NUMBER_FORMATS.kg });
  }
  const totalRow = row + 1;
  const summary: [string, (column: number) => string, string][] = [
    ["合計 (kg-CO2)", (c) => `SUM(${results(c)})`, NUMBER_FORMATS.kg],
    ["合計 (t-CO2)", (c) => `${cellAddress(totalRow, c)}/1000`, NUMBER_FORMATS.t],
    [
      "必要クレジット量 (t-CO2、整数に切り上げ)",
      (c) => `GHG.CREDITS_NEEDED(${cellAddress(totalRow, c)})`,
      NUMBER_FORMATS.wholeT,
    ],
    [
      "概算費用 (円)",
      (c) => `GHG.OFFSET_COST(${cellAddress(totalRow + 2, c)},${at(HEADER.price)})`,
      NUMBER_FORMATS.yen,
    ],
    [
      "1人当たり排出量 (kg-CO2/人)",
      (c) =>
        `IF(${at(HEADER.participants)}>0,${cellAddress(totalRow, c)}/${at(HEADER.participants)},"—")`,
      NUMBER_FORMATS.kg,
    ],
  ];
  for (const [label, build, numberFormat] of summary) {
    row += 1;
    grid.set(row, 2, label);
    for (const column of [6, 7]) grid.set(row, column, formula(build(column)));
    grid.format({
      range: rangeAddress(row, 2, row, 7),
      bold: true,
      fill: COLORS.total,
      numberFormat,
    });
  }
  return { row, totalRow };
}

function boundaryCells(totalRow: number): BoundaryCells {
  const creditsRow = totalRow + 2;
  return {
    name: at(HEADER.name),
    dates: at(HEADER.dates),
    place: at(HEADER.place),
    organizer: at(HEADER.organizer),
    participants: at(HEADER.participants),
    totalPreKg: absolute(totalRow, 6),
    totalPostKg: absolute(totalRow, 7),
    creditsPre: absolute(creditsRow, 6),
    creditsPost: absolute(creditsRow, 7),
    costPreYen: absolute(creditsRow + 1, 6),
    costPostYen: absolute(creditsRow + 1, 7),
    yenPerTonne: at(HEADER.price),
  };
}

/** Defined names of the totals, credits and cost, which the disclosure and plan sheets quote. */
function addNames(grid: SheetGrid, totalRow: number): void {
  const creditsRow = totalRow + 2;
  grid.names.push(
    {
      key: "total-pre",
      name: "算定_事前合計_kg",
      refersTo: cellAddress(totalRow, 6),
      comment: "事前算定の合計 (kg-CO2)",
    },
    {
      key: "total-post",
      name: "算定_事後合計_kg",
      refersTo: cellAddress(totalRow, 7),
      comment: "事後算定の合計 (kg-CO2)",
    },
    {
      key: "credits-pre",
      name: "算定_事前クレジット_t",
      refersTo: cellAddress(creditsRow, 6),
      comment: "事前算定に基づく必要クレジット量 (t-CO2)",
    },
    {
      key: "credits-post",
      name: "算定_事後クレジット_t",
      refersTo: cellAddress(creditsRow, 7),
      comment: "事後算定に基づく必要クレジット量 (t-CO2)",
    },
    {
      key: "cost-post",
      name: "算定_概算費用_円",
      refersTo: cellAddress(creditsRow + 1, 7),
      comment: "事後算定に基づく概算費用 (円)",
    }
  );
}

/** ■ 事前・事後の照合: the guidebook's table for a gap between credits secured and the actual figures. Returns the last row. */
function addReconciliation(grid: SheetGrid, start: number, totalRow: number): number {
  let row = start;
  const creditsRow = totalRow + 2;
  grid.section("■ 事前・事後の照合", row);
  const gapRow = row + 3;
  const [larger, smaller] = [
    PRE_POST_RECONCILIATION.find((r) => r.when === "post-larger"),
    PRE_POST_RECONCILIATION.find((r) => r.when === "post-smaller"),
  ];
  const largerText = `${larger?.condition.ja ?? "事後算定結果の方が大きい"}: ${(larger?.options ?? []).map((o) => o.ja).join(" ")}`;
  const smallerText = `${smaller?.condition.ja ?? "事後算定結果の方が小さい"}: ${(smaller?.options ?? []).map((o) => o.ja).join(" ／ ")}`;
  const reconciliation: [string, string][] = [
    ["調達・確保したクレジット量（事前算定, t-CO2）", `${cellAddress(creditsRow, 6)}`],
    ["事後算定に基づく必要量 (t-CO2)", `${cellAddress(creditsRow, 7)}`],
    ["差（事後 − 事前, t-CO2）", `${cellAddress(gapRow - 1, 3)}-${cellAddress(gapRow - 2, 3)}`],
    [
      "対応",
      `IF(${cellAddress(totalRow, 7)}=0,"事後算定の入力待ち",IF(${cellAddress(gapRow, 3)}>0,${quote(largerText)},IF(${cellAddress(gapRow, 3)}<0,${quote(smallerText)},"調達量と必要量が一致しています")))`,
    ],
  ];
  for (const [label, expression] of reconciliation) {
    row += 1;
    grid.set(row, 2, label);
    grid.set(row, 3, formula(expression));
  }
  grid.merges.push(rangeAddress(row, 3, row, LAST_COLUMN));
  grid.format({ range: cellAddress(row, 3), wrap: true });
  return row;
}

/** ■ オフセット実施の目安（都道府県の例）: whether the event meets each prefecture's conditions. Returns the last row. */
function addThresholds(
  grid: SheetGrid,
  start: number,
  cells: BoundaryCells,
  totalRow: number
): number {
  let row = start;
  grid.section("■ オフセット実施の目安（都道府県の例）", row);
  for (const threshold of OFFSET_THRESHOLDS) {
    row += 1;
    grid.set(row, 2, threshold.prefecture.ja);
    grid.set(row, 3, formula(thresholdFormula(threshold.conditions, cells, totalRow)));
    grid.set(row, 4, threshold.rule.ja);
    grid.merges.push(rangeAddress(row, 4, row, LAST_COLUMN));
    grid.format({ range: cellAddress(row, 4), wrap: true });
  }
  return row;
}

/** ■ 活動量（入力）: the input rows of every activity. Returns each activity's input rows by input key. */
function addInputs(
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

type ThresholdConditions = (typeof OFFSET_THRESHOLDS)[number]["conditions"];

/** 該当/非該当 by the prefecture's conditions, all of which must hold. */
function thresholdFormula(
  conditions: ThresholdConditions,
  cells: BoundaryCells,
  totalRow: number
): string {
  const c = conditions as Partial<
    Record<"participants" | "participantsPerDay" | "tCo2" | "kwhPerDay", number>
  > & { paidEntry?: boolean };
  const days = `MAX(1,${at(HEADER.days)})`;
  const tonnes = `MAX(${cellAddress(totalRow, 6)},${cellAddress(totalRow, 7)})/1000`;
  const tests = [
    c.participants !== undefined ? `${cells.participants}>=${c.participants}` : undefined,
    c.participantsPerDay !== undefined
      ? `${cells.participants}/${days}>=${c.participantsPerDay}`
      : undefined,
    c.tCo2 !== undefined ? `${tonnes}>=${c.tCo2}` : undefined,
    c.kwhPerDay !== undefined ? `N(${at(HEADER.kwhPerDay)})>=${c.kwhPerDay}` : undefined,
    c.paidEntry ? `${at(HEADER.paid)}="有料"` : undefined,
  ].filter((t): t is string => t !== undefined);
  return `IF(AND(${tests.join(",")}),"該当","非該当")`;
}
