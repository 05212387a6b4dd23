/** The plan form: pure functions from what the user typed to the plan builder's request. */
import type { SheetLayout } from "../../src/sheets/layout";
import { minatoExample } from "../../src/taskpane/state/ledger-examples";
import { toLedgerRequest } from "../../src/taskpane/state/ledger-request";
import { INITIAL_PLAN, planSourceOf, toPlanRequest } from "../../src/taskpane/state/plan-form";
import {
  forestExample,
  initialProjectForm,
  toForestRequest,
} from "../../src/taskpane/state/project-form";
import { planLayouts } from "../../src/taskpane/state/project-layouts";
import { SETTINGS, word } from "./project-forms-fixtures";

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
