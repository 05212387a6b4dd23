/**
 * 企画書: the templates against the guidebook's example plans (seed 002), the placeholders they use, the layouts, and
 * — loaded into a formula engine with a boundary, forest and ledger sheet — the figures the plan's lines quote.
 */
import {
  findPlanPlaceholder,
  parsePlanLine,
  PLAN_PLACEHOLDERS,
  PLAN_TEMPLATES,
  renderPlanLine,
  type PlanTemplateId,
} from "../../src/scenarios/plans";
import { buildWorkbook, type WorkbookRequest } from "../../src/sheets/builders";
import { layoutBoundary } from "../../src/sheets/builders/boundary";
import {
  DEFAULT_SETTINGS,
  defaultActivities,
  type EventInfo,
} from "../../src/sheets/builders/options";
import {
  buildPlanSheet,
  planLineCell,
  type PlanRefs,
  type PlanSheetRequest,
} from "../../src/sheets/builders/plan";
import type { ForestCells, LedgerCells } from "../../src/sheets/builders/project-options";
import { SheetGrid } from "../../src/sheets/grid";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { parseRange } from "../../src/sheets/addresses";
import { planNames, resolveLayouts } from "../../src/sheets/resolve-names";
import { validateLayouts } from "../../src/sheets/validate-layout";
import { seeds } from "../helpers/seeds";
import { loadSheets, setValue, valueAt } from "../helpers/sheet-engine";

/** The guidebook (seed 002); its cross-check is skipped, with a note, where the seeds are not beside the project. */
const SEEDS = seeds("002");
const IDS = Object.keys(PLAN_TEMPLATES) as PlanTemplateId[];
const REQUESTS: Record<PlanTemplateId, PlanSheetRequest> = {
  A1: { scenario: "A1", title: "", department: "" },
  A2: { scenario: "A2", title: "", department: "" },
  B2: { scenario: "B2", title: "", department: "" },
  C1: { scenario: "C1", title: "", department: "" },
  C2: { scenario: "C2", title: "", department: "" },
  "C2-provider": { scenario: "C2", side: "provider", title: "", department: "" },
};

const text = (cell: CellContent | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);
function rowWhere(layout: SheetLayout, match: Record<number, string>): number {
  const index = layout.cells.findIndex((row) =>
    Object.entries(match).every(([c, value]) => text(row[Number(c) - 1]) === value)
  );
  if (index < 0) throw new Error(`no row ${JSON.stringify(match)}`);
  return index + 1;
}
/** The rows of the plan table: 項目 and the content cells below it until the next 項目. */
function contentRows(layout: SheetLayout, item: string): number[] {
  const first = rowWhere(layout, { 1: item });
  const rows = [first];
  for (
    let r = first + 1;
    r <= layout.cells.length &&
    text(layout.cells[r - 1]?.[0]) === "" &&
    text(layout.cells[r - 1]?.[1]) !== "";
    r++
  )
    rows.push(r);
  return rows;
}

describe("templates against the guidebook's examples", () => {
  test("row counts", () => {
    const counts = Object.fromEntries(IDS.map((id) => [id, PLAN_TEMPLATES[id].rows.length]));
    expect(counts).toEqual({ A1: 10, A2: 9, B2: 10, C1: 10, C2: 11, "C2-provider": 9 });
  });

  test("a few texts as printed", () => {
    const lines = (id: PlanTemplateId, item: string) =>
      PLAN_TEMPLATES[id].rows.find((r) => r.item === item)!.lines.map(renderPlanLine);
    expect(lines("A1", "目的")).toEqual([
      "住民が参加する環境イベントにおいてカーボン・オフセットを実施し、イベント開催に伴う温室効果ガスをオフセットするとともに、地球温暖化防止の普及啓発を図る。",
    ]);
    expect(lines("A1", "購入するクレジット")).toEqual([
      "オフセット・クレジット（J-VER） 〇〇t-CO₂分（t当たり15,000円）",
    ]);
    expect(lines("B2", "創出する吸収価値（予定）")).toEqual([
      "◇吸収量：〇〇t-CO₂（〇〇t-CO₂/年）",
      "◇面積当たり吸収量：〇〇t-CO₂（〇〇t-CO₂/ha・年）",
      "◇クレジット期間：5年間",
    ]);
    expect(lines("C1", "資金提供の募集")[1]).toBe(
      "（広告媒体について：ホームページの掲載及びプレスに発表）"
    );
    expect(lines("C2", "連携する自治体")).toEqual(["**自治体"]);
    expect(lines("C2-provider", "スケジュール（1年目）（概要）")[0]).toBe(
      "◇▲▲自治体と協定締結 〇〇月"
    );
    expect(PLAN_TEMPLATES.A1.rows.map((r) => r.item)).toEqual([
      "目的",
      "事業の概要",
      "イベント内容",
      "埋め合わせる対象活動の範囲及び温室効果ガス量（概算）",
      "購入するクレジット",
      "購入方法",
      "温室効果ガス削減努力の実施",
      "カーボン・オフセットに係る住民等への情報提供等",
      "カーボン・オフセットに係る費用",
      "スケジュール（概要）",
    ]);
  });

  SEEDS.test("every row and line is the seed's, extraction artefacts undone (see plans.ts)", () => {
    const lines = SEEDS.text("002").split("\n");
    const jaLatin =
      /([A-Za-z0-9]) +(?=[\u3040-\u30ff\u4e00-\u9fff])|([\u3040-\u30ff\u4e00-\u9fff]) +(?=[A-Za-z0-9])/g;
    const normalize = (s: string) =>
      s
        .replace(/CO ₂ ?/g, "CO₂")
        .replace(/\s*\(\s*/g, "（")
        .replace(/\s*\)/g, "）")
        .replace(jaLatin, (_m, a?: string, b?: string) => a ?? b ?? "")
        .trim();
    const split = (content: string) =>
      content
        .replace(/<\/?(?:ul|p)\b[^>]*>/g, "\n")
        .split(/\n|\s+(?=[◇・①②③【]|<(?:開催前|開催中|開催後|その他)>|（内容）|（広告媒体|合計)/)
        .map(normalize)
        .filter((s) => s !== "");
    const captions: Record<PlanTemplateId, number> = {
      A1: 864,
      A2: 1324,
      B2: 2122,
      C1: 2568,
      C2: 2993,
      "C2-provider": 3009,
    };
    for (const id of IDS) {
      const template = PLAN_TEMPLATES[id];
      const caption = lines.findIndex((l) => l.includes(`企画書の例（${template.title.ja}）`));
      expect(caption + 1).toBe(captions[id]);
      const rows: { item: string; lines: string[] }[] = [];
      for (let i = caption + 1; i < lines.length; i++) {
        const [item = "", content = ""] = (lines[i] as string).split("\t");
        if (item.trim() !== "" && (lines[i] as string).includes("\t"))
          rows.push({ item: normalize(item.replace(/\s/g, "")), lines: split(content) });
        else if (rows.length > 0 && (lines[i] as string).trim() === "") break;
      }
      expect(
        template.rows.map((r) => ({ item: r.item, lines: r.lines.map(renderPlanLine) }))
      ).toEqual(rows);
    }
  });
});

describe("placeholders", () => {
  test("every placeholder used is declared, and keys are unique", () => {
    const keys = PLAN_PLACEHOLDERS.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const id of IDS) {
      for (const row of PLAN_TEMPLATES[id].rows) {
        for (const line of row.lines) {
          for (const part of parsePlanLine(line))
            if ("key" in part)
              expect([id, line, findPlanPlaceholder(part.key)?.key]).toEqual([id, line, part.key]);
          expect(renderPlanLine(line)).not.toMatch(/[{}]/);
        }
      }
    }
  });

  test("each declared placeholder has ja/en descriptions and is used by a template or listed from the ledger", () => {
    const used = new Set(
      IDS.flatMap((id) =>
        PLAN_TEMPLATES[id].rows.flatMap((r) =>
          r.lines.flatMap((l) => parsePlanLine(l).flatMap((p) => ("key" in p ? [p.key] : [])))
        )
      )
    );
    for (const p of PLAN_PLACEHOLDERS) {
      expect(p.label.ja).not.toBe("");
      expect(p.label.en).not.toBe("");
      if (!["PLACE", "ORGANIZER", "HELD_T", "ALLOCATED_T", "RETIRED_T"].includes(p.key))
        expect(used).toContain(p.key);
    }
  });

  test("a long line is split into string literals within Excel's 255 characters", () => {
    const cell = planLineCell(`${"あ".repeat(300)}{TOTAL_T}t-CO₂`, { TOTAL_T: "X" });
    const formula = text(cell);
    expect(formula.startsWith("=")).toBe(true);
    for (const literal of formula.match(/"(?:[^"]|"")*"/g) ?? [])
      expect(literal.length - 2).toBeLessThanOrEqual(255);
    expect(formula).toContain('IF(N(X)=0,"〇〇",TEXT(X,"0.00"))');
  });
});

describe("layouts", () => {
  test.each(IDS)(
    "%s without links: the guidebook's text, every 内容 line yellow, no problems",
    (id) => {
      const layout = buildPlanSheet(REQUESTS[id]);
      expect(validateLayouts([layout])).toEqual([]);
      expect(layout.key).toBe("plan");
      expect(layout.name).toBe(id === "C2-provider" ? "企画書_C2提供側" : `企画書_${id}`);
      expect(text(layout.cells[1]?.[1])).toBe("〇〇部〇〇課");
      const header = rowWhere(layout, { 1: "項目", 2: "内容" });
      const template = PLAN_TEMPLATES[id];
      const lineCount = template.rows.reduce((n, r) => n + r.lines.length, 0);
      const body = layout.cells.slice(header, header + lineCount);
      expect(body.map((row) => row[1])).toEqual(
        template.rows.flatMap((r) => r.lines.map(renderPlanLine))
      );
      expect(body.filter((row) => text(row[0]) !== "").map((row) => row[0])).toEqual(
        template.rows.map((r) => r.item)
      );
      expect(layout.formats).toContainEqual({
        range: `B${header + 1}:B${header + lineCount}`,
        fill: "#FFF8D6",
      });
      expect(layout.formats).toContainEqual({
        range: `A${header + 1}:B${header + lineCount}`,
        border: true,
        wrap: true,
      });
    }
  );

  test("title and department from the request", () => {
    const layout = buildPlanSheet({
      scenario: "A2",
      title: "本庁舎のカーボン・オフセット実施計画",
      department: "環境部環境政策課",
    });
    expect(layout.cells[0]?.[0]).toBe("本庁舎のカーボン・オフセット実施計画");
    expect(layout.cells[1]?.[1]).toBe("環境部環境政策課");
  });
});

const EVENT: EventInfo = {
  name: "環境フェア",
  dates: "2026-06-01",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 1,
  paidEntry: false,
};

function resolved(layouts: readonly SheetLayout[]): SheetLayout[] {
  return resolveLayouts(layouts, planNames(layouts, { sheets: [], tables: [], names: [] }));
}

/** A stand-in for the forest / ledger sheets: numbers at the given absolute addresses. */
function numbersAt(key: string, name: string, numbers: Record<string, number>): SheetLayout {
  const grid = new SheetGrid(key, name, [20, 20, 20]);
  grid.set(1, 1, name);
  for (const [address, value] of Object.entries(numbers)) {
    const range = parseRange(address)!;
    grid.set(range.top, range.left, value);
  }
  return grid.toLayout();
}

describe("A1 plan with the boundary sheet, recomputed", () => {
  const request: WorkbookRequest = {
    scenario: "A1",
    event: EVENT,
    activities: defaultActivities("A1"),
    settings: DEFAULT_SETTINGS,
    withQuestionnaires: false,
    withDisclosure: false,
    participantsPay: false,
  };
  const [boundary] = buildWorkbook(request) as [SheetLayout];
  const { cells } = layoutBoundary(request);
  const costRow = rowWhere(boundary, { 2: "概算費用 (円)" });
  const refs: PlanRefs = {
    boundary: {
      key: boundary.key,
      cells: {
        ...cells,
        costPreYen: `$F$${costRow}`,
        costPostYen: `$G$${costRow}`,
        yenPerTonne: "$C$15",
      },
    },
  };
  const plan = buildPlanSheet({ scenario: "A1", title: "", department: "環境部環境課" }, refs);
  const layouts = resolved([boundary, plan]);
  const [b, p] = layouts as [SheetLayout, SheetLayout];
  const engine = loadSheets(layouts);
  const line = (item: string, index = 0) =>
    valueAt(engine, p.name, `B${contentRows(plan, item)[index]}`);
  const input = (item: string) => rowWhere(boundary, { 1: "1", 4: item });
  const totalRow = rowWhere(boundary, { 2: "合計 (kg-CO2)" });
  const creditsRow = totalRow + 2;

  test("the layouts validate together and every placeholder resolves", () => {
    expect(
      validateLayouts([boundary, plan]).filter(
        (problem) => problem.severity === "error" || problem.layout === "plan"
      )
    ).toEqual([]);
    expect(text(plan.cells[rowWhere(plan, { 1: "事業の概要" }) - 1]?.[1])).toContain(
      `{{sheet:boundary}}!${cells.name}`
    );
  });

  test("before any figure: the name, dates and participants are quoted, the emissions still 〇〇", () => {
    expect(line("事業の概要")).toBe(
      "2026-06-01の環境フェアにおいて、開催に伴う温室効果ガス排出量〇〇t-CO₂を、カーボン・オフセットクレジットを購入して埋め合わせ（オフセット）する。"
    );
    expect(line("イベント内容", 2)).toBe("・来場者（想定） 1200名");
    expect(line("購入するクレジット")).toBe(
      "オフセット・クレジット（J-VER） 〇〇t-CO₂分（t当たり10000円）"
    );
    expect(line("スケジュール（概要）", 3)).toBe("・イベント実施 2026-06-01");
    expect(line("目的")).toBe(PLAN_TEMPLATES.A1.rows[0]!.lines[0]);
  });

  test("the estimate's emissions, credits and cost appear once the activity data is entered", () => {
    setValue(engine, b.name, `F${input("使用機材の台数（電灯数）")}`, 200);
    setValue(engine, b.name, `F${input("使用機材の消費電力")}`, 36);
    setValue(engine, b.name, `F${input("使用機材の使用時間")}`, 8);
    const totalKg = valueAt(engine, b.name, `F${totalRow}`) as number;
    expect(totalKg).toBeCloseTo(22.1184, 8);
    expect(valueAt(engine, b.name, `F${creditsRow}`)).toBe(1);
    expect(line("事業の概要")).toBe(
      "2026-06-01の環境フェアにおいて、開催に伴う温室効果ガス排出量0.02t-CO₂を、カーボン・オフセットクレジットを購入して埋め合わせ（オフセット）する。"
    );
    expect(line("埋め合わせる対象活動の範囲及び温室効果ガス量（概算）", 3)).toBe("合計 0.02t-CO₂※");
    expect(line("購入するクレジット")).toBe(
      "オフセット・クレジット（J-VER） 1t-CO₂分（t当たり10000円）"
    );
    expect(line("カーボン・オフセットに係る費用")).toBe("◇クレジット購入費 10000円");
  });

  test("the actual figures replace the estimate; a blank name shows the example", () => {
    setValue(engine, b.name, `G${input("使用機材の台数（電灯数）")}`, 20000);
    setValue(engine, b.name, `G${input("使用機材の消費電力")}`, 36);
    setValue(engine, b.name, `G${input("使用機材の使用時間")}`, 8);
    const postKg = valueAt(engine, b.name, `G${totalRow}`) as number;
    expect(postKg).toBeGreaterThan(2000);
    const credits = valueAt(engine, b.name, `G${creditsRow}`) as number;
    expect(credits).toBe(Math.ceil(postKg / 1000));
    expect(line("事業の概要")).toContain(`排出量${(postKg / 1000).toFixed(2)}t-CO₂を`);
    expect(line("購入するクレジット")).toBe(
      `オフセット・クレジット（J-VER） ${credits}t-CO₂分（t当たり10000円）`
    );
    expect(line("カーボン・オフセットに係る費用")).toBe(`◇クレジット購入費 ${credits * 10000}円`);
    const figures = rowWhere(plan, { 1: "温室効果ガス排出量（t-CO₂）" });
    expect(valueAt(engine, p.name, `B${figures}`)).toBeCloseTo(postKg / 1000, 10);
    setValue(engine, b.name, "C5", null);
    expect(line("事業の概要")).toMatch(/^2026-06-01の環境イベントにおいて/);
  });
});

describe("forest and ledger figures, recomputed", () => {
  const forestCells: ForestCells = {
    totalT: "$C$5",
    annualT: "$C$6",
    areaHa: "$C$7",
    perHaYearT: "$C$8",
  };
  const ledgerCells: LedgerCells = { heldT: "$D$10", allocatedT: "$D$11", retiredT: "$D$12" };
  const forest = numbersAt("forest", "森林吸収_公有林", {
    $C$5: 250,
    $C$6: 50,
    $C$7: 12.5,
    $C$8: 4,
  });
  const ledger = numbersAt("ledger", "クレジット台帳", { $D$10: 30, $D$11: 12, $D$12: 5 });
  const refs: PlanRefs = {
    forest: { key: "forest", cells: forestCells },
    ledger: { key: "ledger", cells: ledgerCells },
  };

  test.each(["B2", "C1", "C2", "C2-provider"] as const)("%s quotes the area and removals", (id) => {
    const plan = buildPlanSheet(REQUESTS[id], refs);
    expect(validateLayouts([forest, ledger, plan])).toEqual([]);
    const layouts = resolved([forest, ledger, plan]);
    const engine = loadSheets(layouts);
    const name = (layouts[2] as SheetLayout).name;
    const lines = (item: string) =>
      contentRows(plan, item).map((row) => valueAt(engine, name, `B${row}`));
    expect(lines("創出する吸収価値（予定）").slice(0, 2)).toEqual([
      "◇吸収量：250.0t-CO₂（50.0t-CO₂/年）",
      "◇面積当たり吸収量：20.0t-CO₂（4.00t-CO₂/ha・年）",
    ]);
    const area = {
      B2: "公有林12.50haの植栽・間伐",
      C1: "公有林12.50haの植栽・間伐",
      C2: "**自治体の山林12.50haの植栽・間伐",
      "C2-provider": "公有林12.50haの植栽・間伐",
    }[id];
    expect(lines("森林吸収プロジェクトの内容")[0]).toBe(area);
    for (const [label, value] of [
      ["保有クレジット量（t-CO₂）", 30],
      ["割当済みクレジット量（t-CO₂）", 12],
      ["無効化済みクレジット量（t-CO₂）", 5],
    ] as const) {
      expect(valueAt(engine, name, `B${rowWhere(plan, { 1: label })}`)).toBe(value);
    }
    setValue(engine, "森林吸収_公有林", "C7", 0);
    expect(lines("森林吸収プロジェクトの内容")[0]).toBe(area.replace("12.50", "〇〇"));
    expect(lines("創出する吸収価値（予定）")[1]).toBe(
      "◇面積当たり吸収量：〇〇t-CO₂（4.00t-CO₂/ha・年）"
    );
  });

  test("C2 (offsetting side) quotes both the forest and the boundary's emissions", () => {
    const plan = buildPlanSheet(
      { scenario: "C2", title: "", department: "" },
      {
        ...refs,
        boundary: {
          key: "boundary",
          cells: {
            name: "$C$5",
            dates: "$C$6",
            place: "$C$7",
            organizer: "$C$8",
            participants: "$C$9",
            totalPreKg: "$F$30",
            totalPostKg: "$G$30",
            creditsPre: "$F$32",
            creditsPost: "$G$32",
            costPreYen: "$F$33",
            costPostYen: "$G$33",
            yenPerTonne: "$C$15",
          },
        },
      }
    );
    const boundary = numbersAt("boundary", "算定_庁舎", {
      $F$30: 123456,
      $G$30: 0,
      $F$32: 124,
      $G$32: 0,
    });
    const layouts = resolved([boundary, forest, ledger, plan]);
    const engine = loadSheets(layouts);
    const row = contentRows(plan, "埋め合わせる対象活動の範囲及び温室効果ガス量（概算）")[0];
    expect(valueAt(engine, (layouts[3] as SheetLayout).name, `B${row}`)).toBe(
      "当自治体の事務事業に伴って排出する温室効果ガス排出量の一部（庁舎等から排出される温室効果ガス123.46t-CO₂分）"
    );
  });
});
