/**
 * 排出削減プロジェクト sheets: their cells, validations and formulas, and — loaded into HyperFormula with the GHG
 * functions — the numbers they compute against hand calculations from the J-VER default emission factors.
 */
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import type { ReductionProjectRequest } from "../../src/sheets/builders/project-options";
import {
  activityRows,
  buildReductionProjectSheet,
  layoutReductionProject,
  BLANK_ACTIVITY_ROWS,
} from "../../src/sheets/builders/reduction-project";
import type { SheetLayout } from "../../src/sheets/layout";
import { validateLayouts } from "../../src/sheets/validate-layout";
import { loadSheets, setValue, valueAt } from "../helpers/sheet-engine";
import { at, bare, num, rowWhere, text } from "./projects-fixtures";

function reductionRequest(methodology: string): ReductionProjectRequest {
  return { projectName: "○○温浴施設", methodology, settings: DEFAULT_SETTINGS };
}

/** Row numbers of a block's rows, from its header to its 小計. */
function blockRows(layout: SheetLayout, title: string): number[] {
  const start = rowWhere(layout, { 1: title });
  const total =
    layout.cells.findIndex((row, i) => i > start && text(row[1]) === "小計 (kg-CO2/年)") + 1;
  return Array.from({ length: total - start - 2 }, (_, i) => start + 2 + i);
}
const BASELINE = "■ ベースライン排出量（プロジェクトが実施されなかった場合に想定される排出量）";
const PROJECT = "■ プロジェクト排出量（プロジェクトの実施に伴う排出量）";

describe("排出削減プロジェクト: layout", () => {
  test("activities become rows by 区分: fuel and electricity together give two rows, the rest その他", () => {
    expect(activityRows("化石燃料の使用")).toEqual([
      { activity: "化石燃料の使用", category: "燃料" },
    ]);
    expect(activityRows("系統電力、化石燃料の使用").map((r) => r.category)).toEqual([
      "燃料",
      "電力",
    ]);
    expect(activityRows("未利用材や木質チップなどの運搬")).toEqual([
      { activity: "未利用材や木質チップなどの運搬", category: "燃料", kind: "軽油" },
    ]);
    expect(activityRows("木質ペレットの製造").map((r) => r.category)).toEqual(["燃料", "電力"]);
    expect(activityRows("下水汚泥の埋立によるメタン放出").map((r) => r.category)).toEqual([
      "その他",
    ]);
    expect(
      activityRows("ボイラーにおける化石燃料使用（既存のボイラー稼働）").map((r) => r.category)
    ).toEqual(["燃料"]);
  });

  test("E001: the header names the methodology; one row per activity plus blank rows, each computing kg-CO2", () => {
    const { layout, cells } = layoutReductionProject(reductionRequest("E001"));
    expect(validateLayouts([layout])).toEqual([]);
    expect(at(layout, "D6")).toBe("E001");
    expect(at(layout, "D7")).toBe("化石燃料から未利用の木質バイオマスへのボイラー燃料代替");
    expect(at(layout, "D8")).toBe("5");
    expect(at(layout, "D9")).toBe("jver-2011");
    expect(at(layout, "D10")).toBe("東京電力・実排出係数（2009年度実績）");
    expect(at(layout, "E10")).toBe('=IF(ISNUMBER($D$10),$D$10,GHG.FACTOR($D$9&":"&$D$10))');

    const baseline = blockRows(layout, BASELINE);
    expect(baseline.map((r) => [at(layout, `B${r}`), at(layout, `C${r}`)])).toEqual([
      ["化石燃料の使用", "燃料"],
      ...Array(BLANK_ACTIVITY_ROWS).fill(["", ""]),
    ]);
    const project = blockRows(layout, PROJECT);
    expect(project.map((r) => [at(layout, `B${r}`), at(layout, `C${r}`)])).toEqual([
      ["未利用材や木質チップなどの運搬", "燃料"],
      ["未利用材の事前処理", "燃料"],
      ["未利用材の事前処理", "電力"],
      ["設備利用時の補助燃料の使用", "燃料"],
      ...Array(BLANK_ACTIVITY_ROWS).fill(["", ""]),
    ]);
    expect(at(layout, `D${project[0]}`)).toBe("軽油"); // 運搬車両の軽油等
    expect(at(layout, `D${baseline[0]}`)).toBe("");
    const r = baseline[0]!;
    expect(at(layout, `G${r}`)).toBe(
      `=IF(E${r}="",0,IF(C${r}="電力",IF(D${r}="",GHG.CO2_ELEC(E${r},$E$10),GHG.CO2_ELEC(E${r},$D$9&":"&D${r})),` +
        `IF(C${r}="熱",IF(D${r}="",GHG.CO2_HEAT(E${r}),GHG.CO2_HEAT(E${r},$D$9&":"&D${r})),` +
        `IF(C${r}="燃料",GHG.CO2_FUEL($D$9&":"&D${r},E${r}),IF(C${r}="その他",E${r},NA())))))`
    );
    expect(at(layout, bare(cells.reductionKgPerYear))).toBe(
      `=GHG.EMISSION_REDUCTION(${bare(cells.baselineKg)},${bare(cells.projectKg)})`
    );
    expect(at(layout, bare(cells.periodT))).toBe(`=${bare(cells.reductionTPerYear)}*$D$8`);
    const kinds = layout.validations.find((v) => v.range === `D${baseline[0]}:D${baseline.at(-1)}`);
    expect(kinds?.rule).toEqual({
      kind: "list",
      choices: expect.arrayContaining([
        "灯油",
        "LPガス",
        "産業用蒸気",
        "限界電源平均排出係数（受電端・調整前）",
      ]),
    });
    const categories = layout.validations.find(
      (v) => v.range === `C${baseline[0]}:C${baseline.at(-1)}`
    );
    expect(categories?.rule).toEqual({ kind: "list", choices: ["燃料", "電力", "熱", "その他"] });
    expect(layout.tables.map((t) => t.name)).toEqual([
      "削減_ベースライン排出",
      "削減_プロジェクト排出",
    ]);
    expect(layout.cells.flat().map(text).join("\n")).toContain("「リーケージ」といいます");
  });
});

describe("排出削減プロジェクト: layout", () => {
  test("E024: one electricity row in each block", () => {
    const layout = buildReductionProjectSheet(reductionRequest("E024"));
    expect(validateLayouts([layout])).toEqual([]);
    expect(at(layout, "D7")).toBe("太陽光発電による系統電力の代替");
    const [b] = blockRows(layout, BASELINE);
    const [p] = blockRows(layout, PROJECT);
    expect([at(layout, `B${b}`), at(layout, `C${b}`)]).toEqual(["系統電力の使用", "電力"]);
    expect([at(layout, `B${p}`), at(layout, `C${p}`)]).toEqual([
      "系統電力の使用（導入後）",
      "電力",
    ]);
  });

  test("a removal or unknown methodology gives blank rows only, and says so", () => {
    for (const id of ["R001", "X999"]) {
      const layout = buildReductionProjectSheet(reductionRequest(id));
      expect(validateLayouts([layout])).toEqual([]);
      expect(blockRows(layout, BASELINE).map((r) => at(layout, `B${r}`))).toEqual(
        Array(BLANK_ACTIVITY_ROWS).fill("")
      );
    }
    expect(at(buildReductionProjectSheet(reductionRequest("R001")), "D7")).toContain(
      "森林吸収プロジェクトのシートで算定します"
    );
  });
});

describe("排出削減プロジェクト: computed in HyperFormula", () => {
  test("E001: baseline 灯油 10,000 ℓ, project 電力 2,000 kWh → 24,900 − 768 = 24,132 kg-CO2/年", () => {
    const { layout, cells } = layoutReductionProject(reductionRequest("E001"));
    const engine = loadSheets([layout]);
    const [kerosene] = blockRows(layout, BASELINE);
    const electricity = blockRows(layout, PROJECT)[2]!; // 未利用材の事前処理 (電力)
    setValue(engine, layout.name, `D${kerosene}`, "灯油");
    setValue(engine, layout.name, `E${kerosene}`, 10000);
    setValue(engine, layout.name, `E${electricity}`, 2000);
    expect(valueAt(engine, layout.name, `F${kerosene}`)).toBe("ℓ");
    expect(valueAt(engine, layout.name, `F${electricity}`)).toBe("kWh");
    expect(num(valueAt(engine, layout.name, `G${kerosene}`))).toBeCloseTo(24900, 9); // 10,000 ℓ × 2.49 kg-CO2/ℓ
    expect(num(valueAt(engine, layout.name, `G${electricity}`))).toBeCloseTo(768, 9); // 2,000 kWh × 0.384 (header factor)
    expect(num(valueAt(engine, layout.name, bare(cells.baselineKg)))).toBeCloseTo(24900, 9);
    expect(num(valueAt(engine, layout.name, bare(cells.projectKg)))).toBeCloseTo(768, 9);
    expect(num(valueAt(engine, layout.name, bare(cells.reductionKgPerYear)))).toBeCloseTo(24132, 9);
    expect(num(valueAt(engine, layout.name, bare(cells.reductionTPerYear)))).toBeCloseTo(24.132, 9);
    expect(num(valueAt(engine, layout.name, bare(cells.periodT)))).toBeCloseTo(120.66, 9); // × 5 years
    expect(String(valueAt(engine, layout.name, `H${kerosene}`))).toContain("灯油: 2.49 kg-CO2/ℓ");
  });

  test("E024: a row's own electricity factor overrides the header's", () => {
    const { layout, cells } = layoutReductionProject(reductionRequest("E024"));
    const engine = loadSheets([layout]);
    const [b] = blockRows(layout, BASELINE);
    const [p] = blockRows(layout, PROJECT);
    setValue(engine, layout.name, `D${b}`, "限界電源平均排出係数（受電端・調整前）");
    setValue(engine, layout.name, `E${b}`, 10000);
    setValue(engine, layout.name, `E${p}`, 2000);
    expect(num(valueAt(engine, layout.name, `G${b}`))).toBeCloseTo(5500, 9); // × 0.55
    expect(num(valueAt(engine, layout.name, bare(cells.reductionKgPerYear)))).toBeCloseTo(
      5500 - 768,
      9
    );
    setValue(engine, layout.name, `D${p}`, 0.5); // a number typed as the factor
    expect(num(valueAt(engine, layout.name, `G${p}`))).toBeCloseTo(1000, 9);
  });

  test("blank rows: heat, LPG, その他 in kg-CO2, and an amount without 区分 is #N/A", () => {
    const { layout } = layoutReductionProject(reductionRequest("E024"));
    const engine = loadSheets([layout]);
    const [, heat, lpg, other] = blockRows(layout, PROJECT);
    setValue(engine, layout.name, `C${heat!}`, "熱");
    setValue(engine, layout.name, `E${heat!}`, 1000);
    expect(num(valueAt(engine, layout.name, `G${heat!}`))).toBeCloseTo(57, 9); // 蒸気・温水・冷水 0.057 by default
    expect(valueAt(engine, layout.name, `F${heat!}`)).toBe("MJ");
    setValue(engine, layout.name, `C${lpg!}`, "燃料");
    setValue(engine, layout.name, `D${lpg!}`, "LPガス");
    setValue(engine, layout.name, `E${lpg!}`, 100);
    expect(valueAt(engine, layout.name, `F${lpg!}`)).toBe("kg");
    expect(num(valueAt(engine, layout.name, `G${lpg!}`))).toBeCloseTo(304, 9); // × 3.04
    setValue(engine, layout.name, `C${other!}`, "その他");
    setValue(engine, layout.name, `E${other!}`, 1234.5);
    expect(num(valueAt(engine, layout.name, `G${other!}`))).toBeCloseTo(1234.5, 9);
    expect(valueAt(engine, layout.name, `F${other!}`)).toBe("kg-CO2");
    setValue(engine, layout.name, `C${other!}`, null);
    expect(valueAt(engine, layout.name, `G${other!}`)).toMatchObject({ type: "NA" });
  });

  test("E002, the guidebook's さわらびの湯・名栗げんきプラザ example: 229.8 t-CO2/年, 1,149 t-CO2 over 5 years", () => {
    // The guidebook prints only the result (排出削減量：1,149t-CO2（229.8t-CO2/年）, クレジット期間 5 年間). These
    // inputs are illustrative, chosen to give that result: 灯油 100,000 ℓ × 2.49 = 249,000 kg-CO2 baseline;
    // pellet production 50,000 kWh × 0.384 = 19,200 kg-CO2 project; 249,000 − 19,200 = 229,800 kg-CO2/年.
    const { layout, cells } = layoutReductionProject(reductionRequest("E002"));
    expect(validateLayouts([layout])).toEqual([]);
    expect(layout.cells.flat().map(text).join("\n")).toContain(
      "排出削減量：1,149t-CO2（229.8t-CO2/年）"
    );
    const engine = loadSheets([layout]);
    const [kerosene] = blockRows(layout, BASELINE);
    const production = rowWhere(layout, { 2: "木質ペレットの製造", 3: "電力" });
    setValue(engine, layout.name, `D${kerosene}`, "灯油");
    setValue(engine, layout.name, `E${kerosene}`, 100000);
    setValue(engine, layout.name, `E${production}`, 50000);
    expect(num(valueAt(engine, layout.name, bare(cells.reductionTPerYear)))).toBeCloseTo(229.8, 9);
    expect(num(valueAt(engine, layout.name, bare(cells.periodT)))).toBeCloseTo(1149, 9);
  });
});
