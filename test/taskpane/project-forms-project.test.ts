/** The project form: pure functions from what the user typed to the project builders' requests. */
import { type BuildSettings } from "../../src/sheets/builders/options";
import { type Checked } from "../../src/taskpane/state/issues";
import { FIRST_METHODOLOGY } from "../../src/taskpane/state/project-drafts";
import {
  PREFECTURE_OPTIONS,
  REDUCTION_METHODOLOGIES,
  addStand,
  forestExample,
  initialProjectForm,
  removeStand,
  speciesOptions,
  toForestRequest,
  toReductionRequest,
  updateStand,
} from "../../src/taskpane/state/project-form";
import { forestLayouts, reductionLayouts } from "../../src/taskpane/state/project-layouts";
import { SETTINGS, word } from "./project-forms-fixtures";

describe("project form", () => {
  test("species come from the coefficient table, with the regional その他針葉樹 / その他広葉樹 once each", () => {
    const names = speciesOptions().map((o) => o.value);
    expect(names).toEqual(
      expect.arrayContaining(["スギ", "ヒノキ", "カラマツ", "その他針葉樹", "その他広葉樹"])
    );
    expect(names.filter((n) => n === "その他針葉樹")).toHaveLength(1);
    expect(
      speciesOptions()
        .filter((o) => o.regional)
        .map((o) => o.value)
    ).toEqual(["その他針葉樹", "その他広葉樹"]);
    expect(PREFECTURE_OPTIONS).toHaveLength(47);
    expect(FIRST_METHODOLOGY).toBe(REDUCTION_METHODOLOGIES[0]?.id);
    expect(REDUCTION_METHODOLOGIES.map((m) => m.id)).toEqual(
      expect.arrayContaining(["E001", "E024", "L001"])
    );
    expect(REDUCTION_METHODOLOGIES.some((m) => m.id.startsWith("R"))).toBe(false);
  });

  test("the first form asks for the stand's figures; the example builds", () => {
    const form = initialProjectForm(2026);
    const first = toForestRequest(form.forest, SETTINGS);
    expect(first.ok).toBe(false);
    expect(
      !first.ok && first.issues.filter((i) => i.severity === "error").map((i) => word(i))
    ).toEqual([
      "林分 1: 面積（ha）を入力してください。",
      "林分 1: 林齢（開始年度）を入力してください。",
      "林分 1: 成長量（m³/ha・年）を入力してください。",
    ]);
    const example = toForestRequest(forestExample(form.forest), SETTINGS);
    if (!example.ok) throw new Error(JSON.stringify(example.issues));
    expect(example.value).toMatchObject({ scenario: "B2", firstYear: 2026, years: 5 });
    expect(
      example.value.stands.map((s) => [
        s.species,
        s.areaHa,
        s.ageAtStart,
        s.growthM3PerHaYear,
        s.prefecture,
      ])
    ).toEqual([
      ["スギ", 12.5, 35, 8, "東京都"],
      ["ヒノキ", 8, 28, 6.5, "東京都"],
      ["その他広葉樹", 5, 45, 3, "東京都"],
    ]);
    const layouts = forestLayouts(example.value);
    expect(layouts.map((l) => l.key)).toEqual(["forest"]);
  });
});

describe("project form", () => {
  test("stands: added rows copy species and prefecture; a regional species needs its prefecture; bad numbers are named", () => {
    let forest = forestExample(initialProjectForm(2026).forest);
    forest = addStand(forest);
    expect(forest.stands[3]).toMatchObject({
      id: "s4",
      species: "その他広葉樹",
      prefecture: "東京都",
      areaHa: "",
    });
    forest = removeStand(forest, "s4");
    forest = updateStand(forest, "s3", { prefecture: "" });
    forest = updateStand(forest, "s1", { areaHa: "0", ageAtStart: "3.5", species: "バオバブ" });
    const request = toForestRequest({ ...forest, years: "0", firstYear: "26" }, SETTINGS);
    expect(!request.ok && request.issues.map((i) => word(i))).toEqual([
      "開始年度は 1990 以上にしてください。",
      "年数は 1 以上にしてください。",
      "林分 1: 樹種「バオバブ」は係数の表にありません。",
      "林分 1: 面積（ha）は 0 より大きい数で入力してください。",
      "林分 1: 林齢（開始年度）は整数で入力してください。",
      "林分 3: 都道府県を入力してください。",
    ]);
    expect(toForestRequest({ ...forest, stands: [] }, SETTINGS)).toMatchObject({
      ok: true,
      warnings: [{ field: "stand", code: "none-selected" }],
    });
    expect(word({ field: "stand", code: "none-selected", severity: "warning" })).toBe(
      "林分がありません。見出しだけのシートになります。"
    );
  });

  test("invalid settings block the project sheets", () => {
    const bad: Checked<BuildSettings> = {
      ok: false,
      issues: [{ field: "yenPerTonne", code: "positive-number", severity: "error" }],
    };
    const forest = toForestRequest(forestExample(initialProjectForm(2026).forest), bad);
    expect(!forest.ok && forest.issues.map((i) => word(i))).toEqual([
      "設定タブの値に誤りがあります。設定を確認してください。",
    ]);
    expect(toReductionRequest(initialProjectForm(2026).reduction, bad).ok).toBe(false);
  });

  test("a reduction project: the methodology must be one of E001–E024, L001", () => {
    const ok = toReductionRequest(
      { projectName: "木質ペレットストーブ", methodology: "E003" },
      SETTINGS
    );
    if (!ok.ok) throw new Error("refused");
    expect(ok.value).toMatchObject({ projectName: "木質ペレットストーブ", methodology: "E003" });
    expect(reductionLayouts(ok.value)).toHaveLength(1);
    const removal = toReductionRequest({ projectName: "x", methodology: "R001" }, SETTINGS);
    expect(!removal.ok && removal.issues.map((i) => word(i))).toEqual([
      "方法論「R001」が見つかりません。",
    ]);
    expect(toReductionRequest({ projectName: "", methodology: "E001" }, SETTINGS)).toMatchObject({
      ok: true,
      warnings: [{ input: "projectName" }],
    });
  });
});
