/**
 * The builders' layouts: the cells, formulas, validations and protection they produce for given choices, and —
 * loaded into a real formula engine with the GHG functions — the numbers a filled sheet computes.
 */
import { findScenario } from "../../src/scenarios";
import type { ScenarioId } from "../../src/scenarios/types";
import {
  buildBoundarySheet,
  buildDisclosureSheet,
  buildQuestionnaire,
  buildWorkbook,
  type WorkbookRequest,
} from "../../src/sheets/builders";
import {
  DEFAULT_SETTINGS,
  defaultActivities,
  type ActivityChoice,
  type EventInfo,
} from "../../src/sheets/builders/options";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { planNames, resolveLayouts } from "../../src/sheets/resolve-names";
import { validateLayouts } from "../../src/sheets/validate-layout";
import { loadSheets, setValue, valueAt } from "../helpers/sheet-engine";

const EVENT: EventInfo = {
  name: "環境フェア",
  dates: "2026-06-01",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 1,
  paidEntry: false,
};

function request(scenario: ScenarioId, overrides: Partial<WorkbookRequest> = {}): WorkbookRequest {
  return {
    scenario,
    event: EVENT,
    activities: defaultActivities(scenario),
    settings: DEFAULT_SETTINGS,
    withQuestionnaires: false,
    withDisclosure: false,
    participantsPay: false,
    ...overrides,
  };
}

const text = (cell: CellContent | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);
const at = (layout: SheetLayout, address: string): string => {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return text(layout.cells[Number(match[2]) - 1]?.[column - 1]);
};
/** The row (1-based) whose columns match the given texts, e.g. {1: "1", 4: "使用機材の消費電力"}. */
function rowWhere(layout: SheetLayout, match: Record<number, string>): number {
  const index = layout.cells.findIndex((row) =>
    Object.entries(match).every(([c, value]) => text(row[Number(c) - 1]) === value)
  );
  if (index < 0) throw new Error(`no row ${JSON.stringify(match)}`);
  return index + 1;
}

function resolved(layouts: readonly SheetLayout[]): SheetLayout[] {
  return resolveLayouts(layouts, planNames(layouts, { sheets: [], tables: [], names: [] }));
}

describe.each(["A1", "A2", "D1", "blank"] as const)("scenario %s", (scenario) => {
  test("every layout of the full workbook is well-formed and every placeholder resolves", () => {
    const layouts = buildWorkbook(
      request(scenario, { withQuestionnaires: true, withDisclosure: true })
    );
    expect(validateLayouts(layouts).filter((p) => p.severity === "error")).toEqual([]);
    expect(() => resolved(layouts)).not.toThrow();
  });
});

describe("boundary sheet", () => {
  const layout = buildBoundarySheet(request("A1"));

  test("the header holds the visible settings every formula refers to", () => {
    expect(at(layout, "C5")).toBe("環境フェア");
    expect(at(layout, "C13")).toBe("jver-2011");
    expect(at(layout, "C14")).toBe("東京電力・実排出係数（2009年度実績）");
    expect(at(layout, "D14")).toBe('=IF(ISNUMBER($C$14),$C$14,GHG.FACTOR($C$13&":"&$C$14))');
    expect(at(layout, "C15")).toBe("10000");
    expect(layout.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["算定_電力排出係数", "算定_事後合計_kg", "算定_事後クレジット_t"])
    );
  });

  test("a custom number for the electricity factor is written as the number", () => {
    const custom = buildBoundarySheet({
      ...request("A1"),
      settings: { ...DEFAULT_SETTINGS, electricityFactor: 0.45 },
    });
    expect(custom.cells[13]?.[2]).toBe(0.45);
  });

  test("one result row per activity, computing 事前 and 事後 with the GHG functions over the input cells", () => {
    const row = rowWhere(layout, { 1: "1", 4: "積み上げ法" });
    const count = rowWhere(layout, { 1: "1", 4: "使用機材の台数（電灯数）" });
    expect(at(layout, `F${row}`)).toBe(
      `=IF(COUNT(F${count},F${count + 1},F${count + 2})=0,0,GHG.CO2_EQUIPMENT(F${count},F${count + 1},F${count + 2},$D$14))`
    );
    expect(at(layout, `G${row}`)).toContain("GHG.CO2_EQUIPMENT(G");
    expect(at(layout, `H${row}`)).toBe("=$C$16");
    expect(layout.tables.map((t) => t.name)).toEqual(["算定結果", "活動量"]);
  });

  test("names (fuel, operator) are prefixed with the factor-set cell and fall back to the estimate's answer", () => {
    const row = rowWhere(layout, { 1: "2", 4: "燃費法" });
    const fuel = rowWhere(layout, { 1: "2", 4: "燃料の種類（例：ガソリン、軽油など）" });
    expect(at(layout, `G${row}`)).toContain(`$C$13&":"&IF(G${fuel}="",F${fuel},G${fuel})`);
  });

  test("input cells get drop-downs and numeric validation with Japanese input messages", () => {
    const fuel = rowWhere(layout, { 1: "2", 4: "燃料の種類（例：ガソリン、軽油など）" });
    const watts = rowWhere(layout, { 1: "1", 4: "使用機材の消費電力" });
    const fuelRule = layout.validations.find((v) => v.range === `F${fuel}`);
    expect(fuelRule?.rule).toEqual({
      kind: "list",
      choices: ["ガソリン", "灯油", "軽油", "A重油", "B重油", "C重油", "LPガス", "都市ガス"],
    });
    const wattsRule = layout.validations.find((v) => v.range === `G${watts}`);
    expect(wattsRule?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(wattsRule?.prompt?.message).toBe("0 以上の数値を入力してください（単位: W）");
  });

  test("no activity still gives a valid sheet (a table needs a body row)", () => {
    const empty = buildBoundarySheet({ ...request("blank"), activities: [] });
    expect(validateLayouts([empty]).filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("a filled boundary sheet computes the guidebook's numbers (HyperFormula + the GHG functions)", () => {
  const activities: ActivityChoice[] = [
    {
      actorKey: "organizer",
      activityKey: "venue-electricity",
      methodKey: "venue-electricity.equipment",
    },
    {
      actorKey: "organizer",
      activityKey: "equipment-transport",
      methodKey: "equipment-transport.economy",
    },
    {
      actorKey: "participants",
      activityKey: "participant-rail",
      methodKey: "participant-rail.operator",
    },
  ];
  const [layout] = resolved([buildBoundarySheet({ ...request("A1"), activities })]) as [
    SheetLayout,
  ];
  const engine = loadSheets([layout]);
  const sheet = layout.name;
  const input = (no: number, item: string) => rowWhere(layout, { 1: String(no), 4: item });
  const fill = (
    no: number,
    item: string,
    pre: string | number | null,
    post: string | number | null = null
  ) => {
    const row = input(no, item);
    setValue(engine, sheet, `F${row}`, pre);
    setValue(engine, sheet, `G${row}`, post);
  };
  const result = (no: number, column: "F" | "G") =>
    valueAt(engine, sheet, `${column}${rowWhere(layout, { 1: String(no), 5: `レベル2` })}`);

  test("an empty sheet shows 0, not errors", () => {
    expect(result(1, "F")).toBe(0);
    expect(result(2, "G")).toBe(0);
    expect(
      valueAt(engine, sheet, "F34".replace("34", String(rowWhere(layout, { 2: "合計 (kg-CO2)" }))))
    ).toBe(0);
  });

  test("lighting 200 × 36 W × 8 h at 0.384 → 22.1 kg; truck 10 km 軽油 2,000 kg 営業用 → 5.7 kg; rail 1,000 × 10 km JR東日本（在来線）→ 107.5 kg", () => {
    fill(1, "使用機材の台数（電灯数）", 200, 200);
    fill(1, "使用機材の消費電力", 36, 36);
    fill(1, "使用機材の使用時間", 8, 6);
    fill(2, "燃料の種類（例：ガソリン、軽油など）", "軽油");
    fill(2, "走行距離（イベントに係るものに限る）", 10, 12);
    fill(2, "最大積載量（軽貨物車は「軽」）", 2000);
    fill(2, "営業用・自家用の別", "営業用");
    fill(3, "利用者数", 1000, 1300);
    fill(3, "旅客移動距離（駅間距離）", 10, 10);
    fill(3, "鉄道会社（燃料消費率）", "JR東日本（在来線）");
    expect(result(1, "F")).toBeCloseTo(22.1184, 10);
    expect(result(2, "F")).toBeCloseTo(5.655021834, 8);
    expect(result(3, "F")).toBeCloseTo(107.52, 10);
    // 事後: names carry over from 事前 (軽油, 2,000 kg, 営業用, JR東日本) while quantities are the actual ones.
    expect(result(1, "G")).toBeCloseTo((200 * 36 * 6 * 0.384) / 1000, 10);
    expect(result(2, "G")).toBeCloseTo((12 / 4.58) * 2.59, 10);
    expect(result(3, "G")).toBeCloseTo(1300 * 10 * 0.028 * 0.384, 10);

    const totalRow = rowWhere(layout, { 2: "合計 (kg-CO2)" });
    const preTotal = 22.1184 + (10 / 4.58) * 2.59 + 107.52;
    expect(valueAt(engine, sheet, `F${totalRow}`)).toBeCloseTo(preTotal, 8);
    expect(valueAt(engine, sheet, `F${totalRow + 1}`)).toBeCloseTo(preTotal / 1000, 10);
    expect(valueAt(engine, sheet, `F${totalRow + 2}`)).toBe(1); // credits: whole tonnes, rounded up
    expect(valueAt(engine, sheet, `F${totalRow + 3}`)).toBe(10000); // ¥10,000/t default
    expect(valueAt(engine, sheet, `F${totalRow + 4}`)).toBeCloseTo(preTotal / 1200, 10);
    const organizer = rowWhere(layout, {
      2: findScenario("A1")!.actors.find((a) => a.key === "organizer")!.name.ja,
      3: "小計 (kg-CO2)",
    });
    expect(valueAt(engine, sheet, `F${organizer}`)).toBeCloseTo(22.1184 + (10 / 4.58) * 2.59, 8);
  });

  test("the electricity factor cell drives every electric formula; the citation names its source", () => {
    setValue(engine, sheet, "C14", "東京電力・調整後排出係数");
    expect(valueAt(engine, sheet, "D14")).toBe(0.324);
    expect(result(1, "F")).toBeCloseTo((200 * 36 * 8 * 0.324) / 1000, 10);
    expect(valueAt(engine, sheet, "C16")).toMatch(
      /^東京電力・調整後排出係数（2009年度実績）: 0.324 kg-CO2\/kWh｜係数セット jver-2011｜出典: 電気事業者別の CO2 排出係数/
    );
    setValue(engine, sheet, "C14", 0.5);
    expect(result(1, "F")).toBeCloseTo((200 * 36 * 8 * 0.5) / 1000, 10);
    expect(valueAt(engine, sheet, "C16")).toBe("利用者が指定した値");
  });

  test("a wrong answer shows the function's message in the cell", () => {
    fill(2, "燃料の種類（例：ガソリン、軽油など）", "水素");
    expect(String((result(2, "F") as { message?: string }).message)).toMatch(
      /「水素」は燃料の種類の一覧にありません/
    );
    fill(2, "燃料の種類（例：ガソリン、軽油など）", "軽油");
  });

  test("pre/post reconciliation and the prefectural thresholds", () => {
    const gapRow = rowWhere(layout, { 2: "対応" });
    const thresholdRow = rowWhere(layout, { 2: "岐阜県" });
    // Post is larger than pre in the figures filled above, but both round up to 1 t: credits agree.
    expect(valueAt(engine, sheet, `C${gapRow}`)).toBe("調達量と必要量が一致しています");
    fill(3, "利用者数", 1000, 100000);
    expect(valueAt(engine, sheet, `C${gapRow}`)).toMatch(
      /^事後算定結果の方が大きく.*クレジットを補填し、購入（契約確定）$/
    );
    // 1,200 participants and > 5 t-CO2 now: Gifu's guideline applies; Hyogo's needs paid entry and 1,000 kWh/day too.
    expect(valueAt(engine, sheet, `C${thresholdRow}`)).toBe("該当");
    expect(valueAt(engine, sheet, `C${thresholdRow + 1}`)).toBe("非該当");
    setValue(engine, sheet, "C11", "有料");
    setValue(engine, sheet, "C12", 1500);
    expect(valueAt(engine, sheet, `C${thresholdRow + 1}`)).toBe("該当");
  });
});

describe("questionnaire", () => {
  const layout = buildQuestionnaire({
    scenario: "A1",
    actorKey: "exhibitors",
    activities: defaultActivities("A1").filter((a) => a.actorKey === "exhibitors"),
    event: EVENT,
    replyBy: "5月20日",
    contact: "環境課 03-0000-0000",
  });

  test("the guidebook's form: 団体名・担当者名・連絡先, then 対象活動 / 調査項目 / 記入単位 / 事前算定用 / 事後算定用", () => {
    expect(layout.name).toBe("調査票_協力団体、出展団体");
    expect(["A6", "A7", "A8"].map((a) => at(layout, a))).toEqual(["団体名", "担当者名", "連絡先"]);
    const header = rowWhere(layout, { 1: "対象活動" });
    expect(layout.cells[header - 1]?.slice(0, 5)).toEqual([
      "対象活動",
      "調査項目",
      "記入単位",
      "事前算定用",
      "事後算定用",
    ]);
    expect(at(layout, "A4")).toBe("回答期限: 5月20日　問合せ先: 環境課 03-0000-0000");
    // Each activity's name spans its questions and reads from the top, as on the printed form.
    const group = layout.merges.find((m) => m.startsWith(`A${header + 1}:`));
    expect(layout.formats.find((f) => f.range.startsWith(`A${header + 1}:`))).toMatchObject({
      vertical: "Top",
      wrap: true,
      border: true,
    });
    expect(group).toBeDefined();
  });

  test("answer cells are the only unlocked cells; a question not asked shows —", () => {
    const unlocked = layout.protection?.unlockedRanges ?? [];
    const watts = rowWhere(layout, { 2: "使用機材の消費電力" });
    // 団体名・担当者名・連絡先 are answered in cells merged B:E: the whole merge is unlocked, not only B.
    expect(layout.merges).toEqual(expect.arrayContaining(["B6:E6", "B7:E7", "B8:E8"]));
    expect(unlocked).toEqual(
      expect.arrayContaining(["B6:E6", "B7:E7", "B8:E8", `D${watts}`, `E${watts}`])
    );
    expect(unlocked).not.toContain("B6");
    expect(unlocked).not.toContain(`B${watts}`);
    const fuelMethod = buildQuestionnaire({
      scenario: "A1",
      actorKey: "organizer",
      activities: [
        {
          actorKey: "organizer",
          activityKey: "equipment-transport",
          methodKey: "equipment-transport.fuel",
        },
      ],
      event: EVENT,
    });
    const litres = rowWhere(fuelMethod, { 2: "燃料の使用量（イベントに係るものに限る）" });
    expect(at(fuelMethod, `D${litres}`)).toBe("—");
    expect(fuelMethod.protection?.unlockedRanges).not.toContain(`D${litres}`);
  });

  test("answers are validated with Japanese messages", () => {
    const fuel = rowWhere(layout, { 2: "燃料の種類（例：ガソリン、軽油など）" });
    const rule = layout.validations.find((v) => v.range === `D${fuel}`);
    expect(rule?.rule.kind).toBe("list");
    expect(rule?.error?.message).toMatch(/^次から選んでください: ガソリン、灯油、軽油/);
  });
});

describe("a returned questionnaire computes at once in the boundary sheet it feeds", () => {
  const layouts = resolved(buildWorkbook(request("A1", { withQuestionnaires: true })));
  const [boundary, organizer] = layouts as [SheetLayout, SheetLayout];
  const engine = loadSheets(layouts);

  test("answers typed into the organiser's questionnaire reach the boundary's totals", () => {
    const answer = (item: string, pre: number | string) =>
      setValue(engine, organizer.name, `D${rowWhere(organizer, { 2: item })}`, pre);
    answer("使用機材の台数（電灯数）", 200);
    answer("使用機材の消費電力", 36);
    answer("使用機材の使用時間", 8);
    const lighting = rowWhere(boundary, { 1: "1", 4: "積み上げ法" });
    expect(valueAt(engine, boundary.name, `F${lighting}`)).toBeCloseTo(22.1184, 10);
    expect(valueAt(engine, boundary.name, `G${lighting}`)).toBe(0); // no actual figures yet
    const totalRow = rowWhere(boundary, { 2: "合計 (kg-CO2)" });
    expect(valueAt(engine, boundary.name, `F${totalRow}`)).toBeCloseTo(22.1184, 10);
  });
});

describe("disclosure sheet", () => {
  test("A1, participants not paying: the guidebook's table with its marks, a content column and a status", () => {
    const layout = buildDisclosureSheet({ scenario: "A1", participantsPay: false, event: EVENT });
    const header = rowWhere(layout, { 1: "情報開示事項" });
    expect(layout.cells[header - 1]?.slice(0, 5)).toEqual([
      "情報開示事項",
      "詳細",
      "広告・周知",
      "開催中",
      "開催後",
    ]);
    const table = findScenario("A1")!.disclosure.find(
      (t) => t.appliesWhen === "participants-free"
    )!;
    const first = table.items[0]!;
    expect(layout.cells[header]?.slice(0, 5)).toEqual([
      first.category,
      first.item,
      first.marks.advertising,
      first.marks.during,
      first.marks.after,
    ]);
    expect(layout.conditionalFormats.map((c) => c.formula)).toEqual([
      `=H${header + 1}="未記入（必須）"`,
      `=H${header + 1}="未記入（推奨）"`,
    ]);
  });

  test("participants paying: four stages including チケット等販売時", () => {
    const layout = buildDisclosureSheet({ scenario: "A1", participantsPay: true, event: EVENT });
    const header = rowWhere(layout, { 1: "情報開示事項" });
    expect(layout.cells[header - 1]?.slice(2, 6)).toEqual([
      "広告・周知",
      "チケット等販売時",
      "開催中",
      "開催後",
    ]);
  });

  test("status turns from 未記入（必須） to 記入済 as the user writes; notices quote the boundary's totals", () => {
    const layouts = resolved(buildWorkbook(request("A1", { withDisclosure: true })));
    const boundary = layouts[0]!;
    const disclosure = layouts[layouts.length - 1]!;
    const engine = loadSheets(layouts);
    const header = rowWhere(disclosure, { 1: "情報開示事項" });
    expect(valueAt(engine, disclosure.name, `H${header + 1}`)).toBe("未記入（必須）");
    setValue(engine, disclosure.name, `G${header + 1}`, "チラシに記載");
    expect(valueAt(engine, disclosure.name, `H${header + 1}`)).toBe("記入済");

    const count = rowWhere(boundary, { 1: "1", 4: "使用機材の台数（電灯数）" });
    setValue(engine, boundary.name, `F${count}`, 200);
    setValue(engine, boundary.name, `F${count + 1}`, 36);
    setValue(engine, boundary.name, `F${count + 2}`, 8);
    const lines = disclosure.cells.flatMap((row, r) =>
      typeof row[0] === "object" && row[0] !== null
        ? [valueAt(engine, disclosure.name, `A${r + 1}`)]
        : []
    );
    expect(lines.some((line) => typeof line === "string" && line.includes("環境フェア"))).toBe(
      true
    );
    expect(lines.some((line) => typeof line === "string" && line.includes("0.02"))).toBe(true); // 22.1 kg = 0.02 t-CO2
    expect(lines.every((line) => typeof line === "string")).toBe(true);
  });
});
