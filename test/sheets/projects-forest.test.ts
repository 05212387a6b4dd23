/**
 * 森林吸収プロジェクト sheets: their cells, validations and formulas, and — loaded into HyperFormula with the GHG
 * functions — the numbers they compute against hand calculations from the guidebook's coefficients (seed 002:
 * BEF/R/D table lines 1944-1990).
 */
import {
  layoutForestProject,
  buildForestProjectSheet,
} from "../../src/sheets/builders/forest-project";
import { FOREST_MONITORING_ITEMS } from "../../src/sheets/builders/forest-texts";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import type { ForestProjectRequest, ForestStand } from "../../src/sheets/builders/project-options";
import { validateLayouts } from "../../src/sheets/validate-layout";
import { loadSheets, setValue, valueAt } from "../helpers/sheet-engine";
import { at, bare, num, rowsWhere, rowWhere, text } from "./projects-fixtures";

const uptake = (areaHa: number, growth: number, bef: number, r: number, d: number): number =>
  areaHa * growth * bef * (1 + r) * d * 0.5 * (44 / 12);

const SUGI: ForestStand = {
  name: "第1林班",
  areaHa: 10,
  species: "スギ",
  ageAtStart: 18,
  growthM3PerHaYear: 8,
  prefecture: "静岡県",
};

function forestRequest(
  stands: readonly ForestStand[],
  overrides: Partial<ForestProjectRequest> = {}
): ForestProjectRequest {
  return {
    scenario: "B2",
    projectName: "○○村森林整備",
    firstYear: 2026,
    years: 5,
    stands,
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

describe("森林吸収プロジェクト: layout", () => {
  const { layout } = layoutForestProject(forestRequest([SUGI]));

  test("is well-formed", () => {
    expect(validateLayouts([layout])).toEqual([]);
  });

  test("the header shows the settings the formulas use: factor set, carbon fraction, first year, period", () => {
    expect(at(layout, "C5")).toBe("○○村森林整備");
    expect(at(layout, "C6")).toBe("B2");
    expect(at(layout, "C7")).toBe("2026");
    expect(at(layout, "C8")).toBe("5");
    expect(at(layout, "C9")).toBe("jver-2011");
    expect(at(layout, "C10")).toBe('=GHG.FACTOR($C$9&":炭素含有率")');
    expect(layout.name).toBe("森林吸収_○○村森林整備");
  });

  test("one stand row per stand plus two blank ones, with species and prefecture drop-downs", () => {
    const first = rowWhere(layout, { 1: "1", 2: "第1林班" });
    expect([
      at(layout, `C${first}`),
      at(layout, `D${first}`),
      at(layout, `E${first}`),
      at(layout, `F${first}`),
      at(layout, `G${first}`),
    ]).toEqual(["10", "スギ", "18", "8", "静岡県"]);
    expect(at(layout, `A${first + 2}`)).toBe("3");
    expect(at(layout, `B${first + 2}`)).toBe("");
    const species = layout.validations.find((v) => v.range === `D${first}:D${first + 2}`);
    expect(species?.rule).toEqual({
      kind: "list",
      choices: expect.arrayContaining(["スギ", "ヒノキ", "その他針葉樹", "その他広葉樹", "カンバ"]),
    });
    const prefectures = layout.validations.find((v) => v.range === `G${first}:G${first + 2}`);
    expect(prefectures?.rule.kind === "list" && prefectures.rule.choices.length).toBe(47);
    expect(prefectures?.rule.kind === "list" && prefectures.rule.choices[0]).toBe("北海道");
    expect(layout.tables.map((t) => t.name)).toEqual([
      "森林_林分",
      "森林_年度別吸収量",
      "森林_林分年度別吸収量",
    ]);
  });

  test("one uptake row per stand × year: the age advances each year and FOREST_UPTAKE reads the stand row", () => {
    const first = rowWhere(layout, { 1: "1", 2: "第1林班" });
    const rows = rowsWhere(layout, { 1: "=$A$" + first });
    expect(rows).toHaveLength(5);
    const year4 = rows[3]!;
    expect(at(layout, `C${year4}`)).toBe("4");
    expect(at(layout, `D${year4}`)).toBe("=$C$7+3");
    expect(at(layout, `E${year4}`)).toBe(`=IF($E$${first}="","",$E$${first}+3)`);
    expect(at(layout, `G${year4}`)).toBe(
      `=IF(OR($C$${first}="",$D$${first}="",$E$${first}="",$F$${first}=""),"",GHG.FOREST_UPTAKE($C$${first},$F$${first},$C$9&":"&$D$${first},E${year4},IF(ISBLANK($G$${first}),"",$G$${first}),$C$10))`
    );
    // 3 stands (1 + 2 blank) × 5 years
    const uptakeTable = layout.tables.find((t) => t.key === "forest-uptake")!;
    const [top, bottom] = uptakeTable.range.split(":").map((a) => Number(/\d+/.exec(a)![0]));
    expect(bottom! - top!).toBe(15);
  });
});

describe("森林吸収プロジェクト: layout", () => {
  const { layout, cells } = layoutForestProject(forestRequest([SUGI]));

  test("ForestCells name the totals, each a defined name too", () => {
    expect(at(layout, bare(cells.areaHa))).toMatch(/^=SUM\(C\d+:C\d+\)$/);
    expect(at(layout, bare(cells.annualT))).toBe(`=${bare(cells.totalT)}/$C$8`);
    expect(at(layout, bare(cells.perHaYearT))).toBe(
      `=IF(${bare(cells.areaHa)}>0,${bare(cells.annualT)}/${bare(cells.areaHa)},"—")`
    );
    expect(layout.names.map((n) => n.refersTo)).toEqual(
      expect.arrayContaining(
        [cells.totalT, cells.annualT, cells.areaHa, cells.perHaYearT].map(bare)
      )
    );
  });

  test("quotes the guidebook: formula, monitoring items, 永続性, リーケージ, 伐採, the Hamamatsu example", () => {
    const all = layout.cells.flat().map(text).join("\n");
    for (const [item, summary, method] of FOREST_MONITORING_ITEMS) {
      expect(all).toContain(item);
      expect(all).toContain(summary);
      expect(all).toContain(method);
    }
    expect(all).toContain("森林火災での焼失、台風による倒木");
    expect(all).toContain("「リーケージ」といいます");
    expect(all).toContain("伐採などによる排出分を加味する必要があります");
    expect(all).toContain("面積当たり吸収量：5.8t-CO2/ha・年");
    expect(all).toContain("取組方法 C1 3(1)②");
    const c2 = buildForestProjectSheet(forestRequest([SUGI], { scenario: "C2" }))
      .cells.flat()
      .map(text)
      .join("\n");
    expect(c2).toContain("取組方法 C2 3(2)① ●排出削減・吸収活動の設定にあたっての留意点（143頁）");
    expect(c2).toContain("C2：自治体同士での排出削減・吸収価値の交換");
  });

  test("no blank rows when asked; an empty request still has stand rows ready", () => {
    const none = layoutForestProject(forestRequest([SUGI]), { spareStands: 0 }).layout;
    const header = rowWhere(none, { 1: "No", 2: "林分名" });
    expect(none.tables.find((t) => t.key === "forest-stands")?.range).toBe(
      `A${header}:I${header + 1}`
    );
    expect(rowsWhere(none, { 1: `=$A$${header + 1}` })).toHaveLength(5);
    expect(validateLayouts([none])).toEqual([]);
    const empty = buildForestProjectSheet(forestRequest([]));
    expect(validateLayouts([empty])).toEqual([]);
  });
});

describe("森林吸収プロジェクト: computed in HyperFormula", () => {
  test("スギ 10 ha, 8 m³/ha・年, age 18 at start over 5 years: BEF 1.57 for ages 18–20, 1.23 for 21–22", () => {
    const { layout, cells } = layoutForestProject(forestRequest([SUGI]));
    const engine = loadSheets([layout]);
    // スギ: BEF ≤20 1.57, >20 1.23, R 0.25, D 0.314.
    const young = uptake(10, 8, 1.57, 0.25, 0.314); // 10×8×1.57×1.25×0.314×0.5×44/12 = 90.3797 t-CO2/年
    const old = uptake(10, 8, 1.23, 0.25, 0.314); //   10×8×1.23×1.25×0.314×0.5×44/12 = 70.807 t-CO2/年
    expect(young).toBeCloseTo(90.37967, 4);
    expect(old).toBeCloseTo(70.807, 6);
    const expected = [young, young, young, old, old];

    const stand = rowWhere(layout, { 2: "第1林班" });
    const rows = rowsWhere(layout, { 1: `=$A$${stand}` });
    expect(rows).toHaveLength(5);
    rows.forEach((row, i) => {
      expect(valueAt(engine, layout.name, `E${row}`)).toBe(18 + i);
      expect(valueAt(engine, layout.name, `F${row}`)).toBe(i < 3 ? "20年以下" : "20年超");
      expect(num(valueAt(engine, layout.name, `G${row}`))).toBeCloseTo(expected[i]!, 9);
    });
    // Year totals (SUMIFS over the stands; the blank stands add nothing).
    const yearRow = rowWhere(layout, { 1: "年目" });
    for (let y = 1; y <= 5; y++) {
      expect(valueAt(engine, layout.name, `B${yearRow + y}`)).toBe(2025 + y);
      expect(num(valueAt(engine, layout.name, `C${yearRow + y}`))).toBeCloseTo(expected[y - 1]!, 9);
    }
    const total = 3 * young + 2 * old; // 412.7530 t-CO2
    expect(total).toBeCloseTo(412.753, 3);
    expect(num(valueAt(engine, layout.name, bare(cells.totalT)))).toBeCloseTo(total, 9);
    expect(num(valueAt(engine, layout.name, bare(cells.annualT)))).toBeCloseTo(total / 5, 9); // 82.5506
    expect(valueAt(engine, layout.name, bare(cells.areaHa))).toBe(10);
    expect(num(valueAt(engine, layout.name, bare(cells.perHaYearT)))).toBeCloseTo(
      total / 5 / 10,
      9
    ); // 8.255 t-CO2/ha・年
    expect(num(valueAt(engine, layout.name, `H${stand}`))).toBeCloseTo(total, 9);
  });

  test("a stand typed into a blank row computes at once", () => {
    const { layout, cells } = layoutForestProject(forestRequest([SUGI]));
    const engine = loadSheets([layout]);
    const spare = rowWhere(layout, { 1: "2" });
    setValue(engine, layout.name, `B${spare}`, "第2林班");
    setValue(engine, layout.name, `C${spare}`, 2);
    setValue(engine, layout.name, `D${spare}`, "ヒノキ");
    setValue(engine, layout.name, `E${spare}`, 30);
    setValue(engine, layout.name, `F${spare}`, 6);
    // ヒノキ >20: BEF 1.24, R 0.26, D 0.407.
    const hinoki = uptake(2, 6, 1.24, 0.26, 0.407);
    expect(num(valueAt(engine, layout.name, `H${spare}`))).toBeCloseTo(5 * hinoki, 9);
    const sugi = 3 * uptake(10, 8, 1.57, 0.25, 0.314) + 2 * uptake(10, 8, 1.23, 0.25, 0.314);
    expect(num(valueAt(engine, layout.name, bare(cells.totalT)))).toBeCloseTo(sugi + 5 * hinoki, 9);
    expect(valueAt(engine, layout.name, bare(cells.areaHa))).toBe(12);
  });
});

describe("森林吸収プロジェクト: computed in HyperFormula", () => {
  test("regional species take the prefecture's row; without a prefecture the cell is an error and the note asks for one", () => {
    const stands: ForestStand[] = [
      {
        name: "長野",
        areaHa: 1,
        species: "その他針葉樹",
        ageAtStart: 20,
        growthM3PerHaYear: 10,
        prefecture: "長野県",
      },
      {
        name: "沖縄",
        areaHa: 1,
        species: "その他針葉樹",
        ageAtStart: 20,
        growthM3PerHaYear: 10,
        prefecture: "沖縄県",
      },
      {
        name: "東京",
        areaHa: 1,
        species: "その他針葉樹",
        ageAtStart: 20,
        growthM3PerHaYear: 10,
        prefecture: "東京都",
      },
      {
        name: "三重",
        areaHa: 1,
        species: "その他広葉樹",
        ageAtStart: 20,
        growthM3PerHaYear: 10,
        prefecture: "三重県",
      },
      {
        name: "北海道",
        areaHa: 1,
        species: "その他広葉樹",
        ageAtStart: 20,
        growthM3PerHaYear: 10,
        prefecture: "北海道",
      },
      {
        name: "不明",
        areaHa: 1,
        species: "その他広葉樹",
        ageAtStart: 20,
        growthM3PerHaYear: 10,
        prefecture: "",
      },
    ];
    const { layout } = layoutForestProject(forestRequest(stands, { years: 2 }));
    expect(validateLayouts([layout])).toEqual([]);
    const engine = loadSheets([layout]);
    // [BEF ≤20, BEF >20, R, D] by the seed's regional rows.
    const expected: Record<string, [number, number, number, number]> = {
      長野: [2.55, 1.32, 0.34, 0.352], // 北海道、東北6県、栃木、群馬、埼玉、新潟、富山、山梨、長野、岐阜、静岡
      沖縄: [1.39, 1.36, 0.34, 0.464], // 沖縄県に適用
      東京: [1.4, 1.4, 0.4, 0.423], // 上記以外の県に適用
      三重: [1.52, 1.33, 0.26, 0.646], // 三重、和歌山、大分、熊本、宮崎、佐賀
      北海道: [1.4, 1.26, 0.26, 0.624], // 上記2区分以外の府県
    };
    for (const [name, [young, old, r, d]] of Object.entries(expected)) {
      const stand = rowWhere(layout, { 2: name });
      const rows = rowsWhere(layout, { 1: `=$A$${stand}` });
      expect(num(valueAt(engine, layout.name, `G${rows[0]}`))).toBeCloseTo(
        uptake(1, 10, young, r, d),
        9
      ); // age 20
      expect(num(valueAt(engine, layout.name, `G${rows[1]}`))).toBeCloseTo(
        uptake(1, 10, old, r, d),
        9
      ); // age 21
      expect(valueAt(engine, layout.name, `I${stand}`)).toBe("");
    }
    const unknown = rowWhere(layout, { 2: "不明" });
    const unknownRows = rowsWhere(layout, { 1: `=$A$${unknown}` });
    expect(valueAt(engine, layout.name, `G${unknownRows[0]}`)).toMatchObject({ type: "VALUE" });
    expect(valueAt(engine, layout.name, `I${unknown}`)).toContain("都道府県を選んでください");
  });
});
