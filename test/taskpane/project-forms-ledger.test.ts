/**
 * The ledger form: pure functions from what the user typed — its rows and ids, and what the form itself finds.
 */
import { type FormIssue } from "../../src/taskpane/state/issues";
import {
  addAllocation,
  addHolding,
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
import { en, smallLedger, word } from "./project-forms-fixtures";

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
});

describe("ledger form: what the form itself finds", () => {
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
