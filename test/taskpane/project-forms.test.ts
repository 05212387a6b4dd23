/** The credit, certificate, project and plan forms: pure functions from what the user typed to the builders' requests. */
import { DEFAULT_SETTINGS, type BuildSettings } from "../../src/sheets/builders/options";
import type { SheetLayout } from "../../src/sheets/layout";
import { paneStrings } from "../../src/taskpane/i18n";
import {
  INITIAL_CERTIFICATE,
  toCertificateRequest,
} from "../../src/taskpane/state/certificate-form";
import { parseDateText, todayIso } from "../../src/taskpane/state/dates";
import {
  checked,
  combineChecked,
  type Checked,
  type FormIssue,
} from "../../src/taskpane/state/issues";
import { cardChecks, checkPlace, ledgerChecks } from "../../src/taskpane/state/ledger-card-checks";
import { jointPurchaseExample, minatoExample } from "../../src/taskpane/state/ledger-examples";
import {
  EMPTY_LEDGER,
  addAllocation,
  addHolding,
  addTarget,
  reassignAllocation,
  removeHolding,
  removeTarget,
  updateAllocation,
  updateHolding,
  updateTarget,
} from "../../src/taskpane/state/ledger-form";
import { allocatedTo, rangeTonnes, suggestRange } from "../../src/taskpane/state/ledger-ranges";
import {
  draftLedgerRequest,
  ledgerFormIssues,
  toLedgerRequest,
} from "../../src/taskpane/state/ledger-request";
import type { LedgerForm } from "../../src/taskpane/state/form-drafts";
import { INITIAL_PLAN, planSourceOf, toPlanRequest } from "../../src/taskpane/state/plan-form";
import { prepareLayouts } from "../../src/taskpane/state/prepare";
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
import {
  certificateLayouts,
  forestLayouts,
  ledgerLayouts,
  planLayouts,
  reductionLayouts,
} from "../../src/taskpane/state/project-layouts";

const ja = paneStrings("ja");
const en = paneStrings("en");
const SETTINGS: Checked<BuildSettings> = checked(DEFAULT_SETTINGS, []);
const word = (issue: FormIssue, strings = ja) => strings.issue(issue, (k) => k);

/** A ledger with one 10 t holding and two targets, typed as a user would. */
function smallLedger(): LedgerForm {
  let form = addTarget(addTarget(addHolding(EMPTY_LEDGER)));
  form = updateHolding(form, "H1", {
    projectName: "森林 J-VER",
    serialFrom: "JP-200-000-000-050-001",
    serialTo: "JP-200-000-000-050-010",
  });
  form = updateTarget(form, "T1", {
    name: "環境フェア",
    creditsNeededT: "3",
    activityEnd: "2011/10/16",
  });
  form = updateTarget(form, "T2", {
    name: "講演会",
    creditsNeededT: "2",
    activityEnd: "2011-11-05",
  });
  return form;
}

describe("dates", () => {
  test("typed and picked dates read as ISO; impossible days do not", () => {
    expect(parseDateText("2011-10-16")).toBe("2011-10-16");
    expect(parseDateText("2011/1/6")).toBe("2011-01-06");
    expect(parseDateText("２０１１年１０月１６日")).toBe("2011-10-16");
    expect(parseDateText("2011-02-30")).toBeNull();
    expect(parseDateText("来月")).toBeNull();
    expect(todayIso(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});

describe("ledger form: rows and ids", () => {
  test("holdings and targets are numbered H1, T1 …; removing one renumbers the rest and their allocations follow", () => {
    let form = smallLedger();
    form = addHolding(form);
    form = updateHolding(form, "H2", {
      serialFrom: "JP-200-000-000-060-001",
      serialTo: "JP-200-000-000-060-005",
    });
    form = addAllocation(form, "H1", "T1");
    form = addAllocation(form, "H2", "T2");
    expect(form.holdings.map((h) => h.id)).toEqual(["H1", "H2"]);
    const removed = removeHolding(form, "H1");
    expect(removed.holdings.map((h) => h.id)).toEqual(["H1"]);
    expect(removed.holdings[0]?.serialFrom).toBe("JP-200-000-000-060-001");
    expect(removed.allocations).toEqual([
      expect.objectContaining({ id: "A1", holdingId: "H1", targetId: "T2" }),
    ]);
    const noTarget = removeTarget(form, "T1");
    expect(noTarget.targets.map((t) => [t.id, t.name])).toEqual([["T1", "講演会"]]);
    expect(noTarget.allocations.map((a) => [a.holdingId, a.targetId])).toEqual([["H2", "T1"]]);
  });

  test("a new allocation takes the holding's next free serials, for what the target still needs", () => {
    let form = addAllocation(smallLedger(), "H1", "T1");
    expect(form.allocations[0]).toMatchObject({
      serialFrom: "JP-200-000-000-050-001",
      serialTo: "JP-200-000-000-050-003",
    });
    form = addAllocation(form, "H1", "T2");
    expect(form.allocations[1]).toMatchObject({
      serialFrom: "JP-200-000-000-050-004",
      serialTo: "JP-200-000-000-050-005",
    });
    expect(allocatedTo(form, "T1")).toBe(3);
    expect(rangeTonnes(form.allocations[1] as { serialFrom: string; serialTo: string })).toBe(2);
    // Nothing left: no suggestion; a holding whose serials do not read: none either.
    const full = updateAllocation(form, "A2", { serialTo: "JP-200-000-000-050-010" });
    expect(suggestRange(full, "H1", "T2")).toBeNull();
    expect(suggestRange(updateHolding(form, "H1", { serialFrom: "?" }), "H1", "T1")).toBeNull();
  });

  test("without arguments an allocation goes to the first target not yet covered", () => {
    const form = addAllocation(addAllocation(smallLedger()));
    expect(form.allocations.map((a) => a.targetId)).toEqual(["T1", "T2"]);
  });

  test("choosing another target moves a suggested range, but never one the user typed", () => {
    let form = addAllocation(smallLedger(), "H1", "T1");
    form = reassignAllocation(form, "A1", { targetId: "T2" });
    expect(form.allocations[0]).toMatchObject({
      targetId: "T2",
      serialTo: "JP-200-000-000-050-002",
    });
    form = updateAllocation(form, "A1", {
      serialFrom: "JP-200-000-000-050-007",
      serialTo: "JP-200-000-000-050-009",
    });
    form = reassignAllocation(form, "A1", { targetId: "T1" });
    expect(form.allocations[0]).toMatchObject({
      targetId: "T1",
      serialFrom: "JP-200-000-000-050-007",
      serialTo: "JP-200-000-000-050-009",
    });
  });
});

describe("ledger form: what the form itself finds", () => {
  test("a serial that does not read is an error worded in Japanese, naming the row as the ledger does", () => {
    const form = updateHolding(smallLedger(), "H1", { serialFrom: "JP200000000050001" });
    const request = toLedgerRequest(form);
    expect(request.ok).toBe(false);
    const issue = ledgerFormIssues(form).find((i) => i.code === "serial");
    expect(issue).toMatchObject({
      field: "holding",
      row: 1,
      input: "serialFrom",
      severity: "error",
    });
    expect(word(issue as FormIssue)).toMatch(
      /^保有「H1」: シリアル番号「JP200000000050001」がハイフンで区切られていません/
    );
    expect(word(issue as FormIssue, en)).toMatch(
      /^Holding "H1": The serial number "JP200000000050001" has no hyphen-separated blocks/
    );
  });

  test("the last serial may be empty (1 t) or its last block alone; one before the first is blamed on the last", () => {
    const ok = updateHolding(smallLedger(), "H1", { serialTo: "" });
    expect(ledgerFormIssues(ok)).toEqual([]);
    expect(rangeTonnes(ok.holdings[0] as { serialFrom: string; serialTo: string })).toBe(1);
    const short = updateHolding(smallLedger(), "H1", { serialTo: "010" });
    expect(rangeTonnes(short.holdings[0] as { serialFrom: string; serialTo: string })).toBe(10);
    const backwards = updateHolding(smallLedger(), "H1", {
      serialFrom: "JP-200-000-000-050-009",
      serialTo: "JP-200-000-000-050-002",
    });
    const [issue] = ledgerFormIssues(backwards);
    expect(issue).toMatchObject({ input: "serialTo", code: "serial" });
    expect(word(issue as FormIssue)).toContain("始め（9）が終わり（2）より大きく");
  });

  test("full-width serials with IME dashes are stored as the registry prints them", () => {
    const form = updateHolding(smallLedger(), "H1", {
      serialFrom: "ＪＰ－２００－０００－０００－０５０－００１",
      serialTo: "ｊｐ−200−000−000−050−010",
    });
    expect(ledgerFormIssues(form)).toEqual([]);
    expect(draftLedgerRequest(form).holdings[0]).toMatchObject({
      serialFrom: "JP-200-000-000-050-001",
      serialTo: "JP-200-000-000-050-010",
    });
  });

  test("numbers and dates that do not read are errors; an empty target name only a warning", () => {
    let form = updateTarget(smallLedger(), "T1", {
      creditsNeededT: "たくさん",
      activityEnd: "10月頃",
      name: "",
    });
    form = updateHolding(form, "H1", { acquired: "2011-13-01", projectTotalT: "-5" });
    const issues = ledgerFormIssues(form);
    const texts = issues.map((i) => [i.severity, word(i)]);
    expect(texts).toEqual(
      expect.arrayContaining([
        [
          "error",
          "保有「H1」: プロジェクトの排出削減・吸収量（t-CO2）は 0 以上の数で入力してください。",
        ],
        ["error", "保有「H1」: 取得日「2011-13-01」を日付として読み取れません（例: 2011-10-16）。"],
        ["warning", "対象「T1」: 名称が空欄です。"],
        ["error", "対象「T1」: 必要量（t-CO2）は 0 以上の数で入力してください。"],
        ["error", "対象「T1」: 終了日「10月頃」を日付として読み取れません（例: 2011-10-16）。"],
      ])
    );
    const empty = ledgerFormIssues(updateTarget(smallLedger(), "T2", { creditsNeededT: " " }));
    expect(empty.map((i) => word(i))).toEqual(["対象「T2」: 必要量（t-CO2）を入力してください。"]);
  });

  test("the request carries ISO dates, numbers and the certificate number only when given", () => {
    let form = addAllocation(smallLedger(), "H1", "T1");
    form = updateAllocation(form, "A1", {
      retired: "2012/2/20",
      retiredBy: " ○○社 ",
      certificateNumber: "ＣＯ-０００１",
    });
    const request = toLedgerRequest(form);
    if (!request.ok) throw new Error(JSON.stringify(request.issues));
    expect(request.value.targets[0]).toMatchObject({
      id: "T1",
      activityEnd: "2011-10-16",
      creditsNeededT: 3,
    });
    expect(request.value.allocations[0]).toEqual({
      holdingId: "H1",
      targetId: "T1",
      serialFrom: "JP-200-000-000-050-001",
      serialTo: "JP-200-000-000-050-003",
      retired: "2012-02-20",
      retiredBy: "○○社",
      certificateNumber: "CO-0001",
    });
    expect(draftLedgerRequest(addAllocation(smallLedger())).allocations[0]).not.toHaveProperty(
      "certificateNumber"
    );
  });
});

describe("ledger checks as the user types", () => {
  test("the guidebook's example (エコライフ・フェアMINATO): no errors, warnings for what the guidebook leaves open", () => {
    const form = minatoExample();
    expect(ledgerFormIssues(form)).toEqual([]);
    expect(rangeTonnes(form.holdings[0] as { serialFrom: string; serialTo: string })).toBe(2);
    const checks = ledgerChecks(form, "2026-01-01");
    if (!checks.ok) throw new Error(checks.message);
    expect(checks.issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "missing-activity-end"],
      ["warning", "missing-retirement-date"],
      ["warning", "retirement-pending"],
    ]);
    expect(checks.issues.map(checkPlace)).toEqual([
      { field: "target", row: 1 },
      { field: "allocation", row: 1 },
      { field: "target", row: 1 },
    ]);
  });

  test("the joint purchase: 100 t shared by events of several municipalities, one overdue and one not covered", () => {
    const form = jointPurchaseExample();
    expect(ledgerFormIssues(form)).toEqual([]);
    expect(rangeTonnes(form.holdings[0] as { serialFrom: string; serialTo: string })).toBe(100);
    expect(new Set(form.targets.map((t) => t.municipality)).size).toBeGreaterThan(2);
    const checks = ledgerChecks(form, "2026-01-01");
    if (!checks.ok) throw new Error(checks.message);
    expect(checks.issues.map((i) => [i.severity, i.code, checkPlace(i)])).toEqual([
      ["error", "retirement-overdue", { field: "allocation", row: 4 }],
      ["warning", "retirement-pending", { field: "target", row: 4 }],
      ["error", "not-covered", { field: "target", row: 5 }],
    ]);
    // Without today nothing is judged overdue.
    const undated = ledgerChecks(form);
    expect(undated.ok && undated.issues.map((i) => i.code)).toContain("missing-retirement-date");
  });

  test("a card leaves out the checks its fields already show (a serial or date that does not read)", () => {
    const form = updateHolding(minatoExample(), "H1", { serialFrom: "JP200" });
    const checks = ledgerChecks(form);
    expect(checks.ok && checks.issues.map((i) => i.code)).toContain("serial-invalid");
    expect(cardChecks(checks, "holding", 1, ledgerFormIssues(form)).map((i) => i.code)).toEqual([]);
    const dated = updateTarget(minatoExample(), "T1", { activityEnd: "いつか" });
    const datedChecks = ledgerChecks(dated);
    expect(
      cardChecks(datedChecks, "target", 1, ledgerFormIssues(dated)).map((i) => i.code)
    ).toEqual(["retirement-pending"]);
    expect(cardChecks(datedChecks, "target", 1, []).map((i) => i.code)).toEqual([
      "invalid-date",
      "retirement-pending",
    ]);
  });

  test("double use is found while typing: two allocations of the same serials", () => {
    let form = addAllocation(smallLedger(), "H1", "T1");
    form = addAllocation(form, "H1", "T2");
    form = updateAllocation(form, "A2", {
      serialFrom: "JP-200-000-000-050-003",
      serialTo: "JP-200-000-000-050-004",
    });
    const checks = ledgerChecks(form);
    expect(
      checks.ok && checks.issues.filter((i) => i.severity === "error").map((i) => i.code)
    ).toEqual(["double-allocation"]);
  });
});

describe("ledger and certificate layouts", () => {
  test("the ledger builds, alone or with the certificate sheet that names it", () => {
    const request = toLedgerRequest(minatoExample());
    const alone = prepareLayouts(request, (r) => ledgerLayouts({ ledger: r }));
    expect(alone.kind).toBe("ok");
    const both = prepareLayouts(
      combineChecked({ ledger: request, certificate: toCertificateRequest(INITIAL_CERTIFICATE) }),
      (r) => ledgerLayouts(r)
    );
    if (both.kind !== "ok") throw new Error(both.kind);
    expect(both.layouts.map((l) => l.key)).toEqual(["ledger", "certificates-received"]);
    const formulas = JSON.stringify(both.layouts[1]?.cells);
    expect(formulas).toContain("{{name:");
  });

  test("an empty ledger still builds (a sheet to fill in)", () => {
    const prepared = prepareLayouts(toLedgerRequest(EMPTY_LEDGER), (r) =>
      ledgerLayouts({ ledger: r })
    );
    expect(prepared.kind).toBe("ok");
  });

  test("the certificate form: numbering from a whole number ≥ 1, issuer empty is a warning", () => {
    expect(toCertificateRequest(INITIAL_CERTIFICATE)).toMatchObject({
      ok: true,
      value: { direction: "received", firstNumber: 1 },
    });
    const issued = toCertificateRequest({
      direction: "issued",
      issuer: " 港区 ",
      issuerContact: "",
      prefix: "ＣＯ－",
      firstNumber: "１２",
    });
    expect(issued).toEqual({
      ok: true,
      value: {
        direction: "issued",
        issuer: "港区",
        issuerContact: "",
        prefix: "CO-",
        firstNumber: 12,
      },
      warnings: [],
    });
    const bad = toCertificateRequest({ ...INITIAL_CERTIFICATE, firstNumber: "1.5" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => word(i))).toContain(
      "証書の最初の番号は整数で入力してください。"
    );
    const zero = toCertificateRequest({ ...INITIAL_CERTIFICATE, firstNumber: "0" });
    expect(!zero.ok && zero.issues.map((i) => word(i))).toContain(
      "証書の最初の番号は 1 以上にしてください。"
    );
    const certs = prepareLayouts(toCertificateRequest(INITIAL_CERTIFICATE), (r) =>
      certificateLayouts({ certificate: r })
    );
    expect(certs.kind === "ok" && certs.layouts.length).toBe(1);
  });
});

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

describe("plan form", () => {
  test("each scenario quotes the ledger (A1, A2) or the forest project (B2, C1, C2)", () => {
    expect(["A1", "A2", "B2", "C1", "C2"].map((s) => planSourceOf(s as "A1"))).toEqual([
      "ledger",
      "ledger",
      "forest",
      "forest",
      "forest",
    ]);
  });

  test("an empty department is a warning (the plan prints 〇〇部〇〇課)", () => {
    const request = toPlanRequest(INITIAL_PLAN);
    expect(request).toMatchObject({
      ok: true,
      value: { scenario: "A1", title: "", department: "" },
    });
    expect(request.ok && request.warnings.map((i) => word(i))).toEqual([
      "担当部署が空欄です。企画書には「〇〇部〇〇課」と表示されます。",
    ]);
  });

  const formulasOf = (layout: SheetLayout | undefined) =>
    (layout?.cells ?? [])
      .flat()
      .filter((c): c is { formula: string } => typeof c === "object" && c !== null)
      .map((c) => c.formula);

  test("alone, the plan quotes nothing; with the forest sheet it refers to it, and names it among its sources", () => {
    const plan = toPlanRequest({ ...INITIAL_PLAN, scenario: "B2", department: "環境部" });
    if (!plan.ok) throw new Error("refused");
    const alone = planLayouts({ plan: plan.value });
    expect(alone.map((l) => l.key)).toEqual(["plan"]);
    expect(formulasOf(alone[0]).some((f) => f.includes("{{sheet:forest}}"))).toBe(false);
    const forest = toForestRequest(
      { ...forestExample(initialProjectForm(2026).forest), scenario: "B2" },
      SETTINGS
    );
    if (!forest.ok) throw new Error("refused");
    const together = planLayouts({ plan: plan.value, forest: forest.value });
    expect(together.map((l) => l.key)).toEqual(["plan", "forest"]);
    expect(formulasOf(together[0]).some((f) => f.includes("{{sheet:forest}}"))).toBe(true);
  });

  test("A1 with the ledger; C2's providing side has its own plan", () => {
    const plan = toPlanRequest({ ...INITIAL_PLAN, department: "環境部" });
    const ledger = toLedgerRequest(minatoExample());
    if (!plan.ok || !ledger.ok) throw new Error("refused");
    expect(planLayouts({ plan: plan.value, ledger: ledger.value }).map((l) => l.key)).toEqual([
      "plan",
      "ledger",
    ]);
    const c2 = toPlanRequest({ ...INITIAL_PLAN, scenario: "C2" });
    if (!c2.ok) throw new Error("refused");
    expect(planLayouts({ plan: c2.value, side: "provider" })[0]?.name).toBe("企画書_C2提供側");
  });
});

describe("combineChecked", () => {
  test("ok with every part's warnings, or refused with every part's issues", () => {
    const warn: FormIssue = {
      field: "plan",
      input: "department",
      code: "required",
      severity: "warning",
    };
    const error: FormIssue = {
      field: "certificate",
      input: "firstNumber",
      code: "whole-number",
      severity: "error",
    };
    expect(combineChecked({ a: checked(1, [warn]), b: checked("x", []) })).toEqual({
      ok: true,
      value: { a: 1, b: "x" },
      warnings: [warn],
    });
    expect(combineChecked({ a: checked(1, [warn]), b: checked("x", [error]) })).toEqual({
      ok: false,
      issues: [warn, error],
    });
  });
});

describe("wording", () => {
  test("every issue of these forms has its own text in both languages", () => {
    const all: FormIssue[] = [
      ...ledgerFormIssues(
        updateTarget(updateHolding(smallLedger(), "H1", { serialFrom: "", acquired: "x" }), "T1", {
          creditsNeededT: "y",
          name: "",
        })
      ),
      ...ledgerFormIssues(addAllocation(EMPTY_LEDGER)),
    ];
    const forest = toForestRequest(
      { ...initialProjectForm(2026).forest, firstYear: "x", years: "9999" },
      SETTINGS
    );
    if (!forest.ok) all.push(...forest.issues);
    expect(all.length).toBeGreaterThan(8);
    for (const issue of all) {
      for (const strings of [ja, en]) {
        const text = word(issue, strings);
        expect(text).not.toMatch(
          /: (required|serial|date|not-a-number|missing-ref|unknown|whole-number|too-large)$/
        );
        expect(text.length).toBeGreaterThan(8);
      }
    }
  });
});
