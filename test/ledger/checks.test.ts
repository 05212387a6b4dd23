import {
  checkLedger,
  ledgerTotals,
  summarizeIssues,
  type LedgerIssue,
} from "../../src/ledger/checks";
import { addMonths, excelDate, isoDate } from "../../src/sheets/excel-dates";
import type { LedgerRequest } from "../../src/ledger/types";
import { holding, PROBLEM_LEDGER, tokyo62 } from "./fixtures";

const S = (block: string, n: number) => `JP-200-000-000-${block}-${n}`;
const brief = (issues: readonly LedgerIssue[]) =>
  issues.map(
    (i) =>
      `${i.severity} ${i.code} ${i.where.table}[${i.where.index}]${i.where.otherIndex === undefined ? "" : `~${i.where.otherIndex}`}`
  );
const find = (issues: readonly LedgerIssue[], code: string, index?: number) => {
  const found = issues.find(
    (i) => i.code === code && (index === undefined || i.where.index === index)
  );
  if (!found) throw new Error(`no ${code} at ${index}: ${brief(issues).join("\n")}`);
  return found;
};

const event = (id: string, activityEnd: string, creditsNeededT = 1) => ({
  id,
  name: `イベント${id}`,
  kind: "event" as const,
  municipality: "○○区",
  activityEnd,
  creditsNeededT,
});

describe("dates as Excel day numbers", () => {
  test("ISO ↔ serial, and EDATE's month arithmetic", () => {
    expect(excelDate("1900-03-01")).toBe(61);
    expect(excelDate("2011-12-10")).toBe(40887);
    expect(isoDate(40887)).toBe("2011-12-10");
    expect(excelDate("2011-02-30")).toBeNull();
    expect(excelDate("2011/12/10")).toBeNull();
    expect(isoDate(addMonths(excelDate("2011-08-31")!, 6))).toBe("2012-02-29");
    expect(isoDate(addMonths(excelDate("2012-03-31")!, 6))).toBe("2012-09-30");
    expect(isoDate(addMonths(excelDate("2011-11-03")!, 12))).toBe("2012-11-03");
  });
});

describe("checkLedger", () => {
  const issues = checkLedger(PROBLEM_LEDGER);

  test("every problem of the problem ledger, and nothing else", () => {
    expect(brief(issues).sort()).toEqual(
      [
        "error double-holding holdings[2]~0",
        "error over-allocated holdings[1]",
        "warning missing-activity-end targets[3]",
        "error double-allocation allocations[1]~0",
        "warning late-retirement allocations[1]",
        "error outside-holding allocations[2]",
        "warning late-retirement allocations[2]",
        "warning missing-retirement-date allocations[4]",
        "error late-retirement allocations[5]",
        "error unknown-holding allocations[6]",
        "error serial-invalid allocations[7]",
        "warning missing-retirement-date allocations[8]",
        "error not-covered targets[1]",
        "warning retirement-pending targets[3]",
        "error not-covered targets[4]",
      ].sort()
    );
    expect(summarizeIssues(issues)).toEqual({ errors: 9, warnings: 6 });
  });

  test("a serial allocated twice is double counting, with the tonne named in Japanese", () => {
    const issue = find(issues, "double-allocation");
    expect(issue.severity).toBe("error");
    expect(issue.where).toMatchObject({
      table: "allocations",
      index: 1,
      otherIndex: 0,
      holdingId: "H1",
      targetId: "T2",
    });
    expect(issue.message.ja).toBe(
      "シリアル番号 JP-200-000-000-011-104（1 t）が割当 1 行目（対象「T1」）と割当 2 行目（対象「T2」）の両方に割り当てられています。同じクレジットを二つのオフセットに使うダブルカウント（二重使用）です。"
    );
    expect(issue.message.en).toMatch(/double counting/);
  });

  test("more tonnes allocated than held, and serials outside the holding", () => {
    expect(find(issues, "over-allocated").message.ja).toBe(
      "保有「H2」から 7 t を割り当てていますが、保有量は 5 t です。"
    );
    expect(find(issues, "outside-holding").message.ja).toMatch(
      /^割当 3 行目のシリアル番号 JP-200-000-000-012-3～JP-200-000-000-012-7 は、保有「H2」の範囲 JP-200-000-000-012-1～JP-200-000-000-012-5 の外です。/
    );
  });

  test("a serial block recorded twice", () => {
    expect(find(issues, "double-holding").message.ja).toBe(
      "保有「H3」と保有「H1」のシリアル番号が重なっています（JP-200-000-000-011-108～JP-200-000-000-011-110、3 t）。同じクレジットを二重に台帳へ記録しています。"
    );
  });

  test("late retirement: an event after 12 months is an error, an office year after 6 and a tour after 1 month warnings", () => {
    const event = find(issues, "late-retirement", 5);
    expect(event.severity).toBe("error");
    expect(event.message.ja).toBe(
      "割当 6 行目の無効化日 2013-01-10 は、対象「環境フェア」（T1）の終了日 2011-11-03 から約14か月後です。ガイドブックの目安は会議・イベントでは「開催後に速やかに。時間的な制約がある場合などは半年から1年以内」です。"
    );
    expect(find(issues, "late-retirement", 1)).toMatchObject({ severity: "warning" });
    expect(find(issues, "late-retirement", 1).message.ja).toMatch(
      /約7か月後です。ガイドブックの目安は事務事業では「対象活動の終了・算定後できるだけ早期に、概ね半年以内」/
    );
    expect(find(issues, "late-retirement", 2).message.ja).toMatch(
      /約2か月後です。ガイドブックの目安はエコツアーでは「実施後に速やかに、概ね数週間から1か月以内」/
    );
  });

  test("the time frames to the day: 6 months is fine, the day after is not; retiring before the end is fine", () => {
    const ledger = (retired: string, kind: "event" | "office" | "ecotour"): LedgerRequest => ({
      holdings: [holding("H", S("011", 1), S("011", 1))],
      targets: [{ ...event("T", "2011-08-31"), kind }],
      allocations: [
        {
          holdingId: "H",
          targetId: "T",
          serialFrom: S("011", 1),
          serialTo: "",
          retired,
          retiredBy: "",
        },
      ],
    });
    const codes = (retired: string, kind: "event" | "office" | "ecotour") =>
      brief(checkLedger(ledger(retired, kind)));
    expect(codes("2012-02-29", "event")).toEqual([]);
    expect(codes("2012-03-01", "event")).toEqual(["warning late-retirement allocations[0]"]);
    expect(codes("2012-08-31", "event")).toEqual(["warning late-retirement allocations[0]"]);
    expect(codes("2012-09-01", "event")).toEqual(["error late-retirement allocations[0]"]);
    expect(codes("2012-09-01", "office")).toEqual(["warning late-retirement allocations[0]"]);
    expect(codes("2011-09-30", "ecotour")).toEqual([]);
    expect(codes("2011-10-01", "ecotour")).toEqual(["warning late-retirement allocations[0]"]);
    expect(codes("2011-06-01", "event")).toEqual([]);
    expect(codes("2011-31-01", "event")).toEqual(["error invalid-date allocations[0]"]);
  });

  test("today: a retirement still missing past the time frame is overdue", () => {
    expect(
      brief(checkLedger(PROBLEM_LEDGER, "2012-09-30")).filter((b) => b.includes("allocations[8]"))
    ).toEqual(["warning missing-retirement-date allocations[8]"]);
    const overdue = checkLedger(PROBLEM_LEDGER, "2012-10-01").filter(
      (i) => i.where.table === "allocations" && i.where.index === 8
    );
    expect(brief(overdue)).toEqual(["warning retirement-overdue allocations[8]"]);
    expect(overdue[0]?.message.ja).toMatch(
      /^割当 9 行目（対象「本庁舎の電力（2011年度）」（T2））はまだ無効化されていませんが、目安の 2012-09-30 を過ぎています。/
    );
    // An event's retirement missing a year after: an error.
    const late: LedgerRequest = {
      ...PROBLEM_LEDGER,
      allocations: [{ ...PROBLEM_LEDGER.allocations[0]!, retired: "" }],
    };
    expect(brief(checkLedger(late, "2012-11-04")).filter((b) => b.includes("allocations"))).toEqual(
      ["error retirement-overdue allocations[0]"]
    );
    // Without an end date nothing can be overdue.
    expect(
      brief(checkLedger(PROBLEM_LEDGER, "2030-01-01")).filter((b) => b.includes("allocations[4]"))
    ).toEqual(["warning missing-retirement-date allocations[4]"]);
  });

  test("ids: missing, duplicated, unknown", () => {
    const ledger: LedgerRequest = {
      holdings: [
        holding("H", S("011", 1), S("011", 2)),
        holding("H", S("011", 3), S("011", 4)),
        holding("", S("011", 5), S("011", 5)),
      ],
      targets: [event("T", "2011-10-01", 0), event("T", "2011-10-01", 0)],
      allocations: [
        {
          holdingId: "",
          targetId: "X",
          serialFrom: S("011", 1),
          serialTo: "",
          retired: "2011-10-02",
          retiredBy: "",
        },
      ],
    };
    expect(brief(checkLedger(ledger))).toEqual([
      "error duplicate-id holdings[1]~0",
      "error missing-id holdings[2]",
      "error duplicate-id targets[1]~0",
      "error missing-id allocations[0]",
      "error unknown-target allocations[0]",
    ]);
    expect(checkLedger(ledger)[0]?.message.ja).toBe(
      "保有ID「H」が 1 行目と 2 行目で重複しています。"
    );
  });

  test("a malformed serial of a holding is reported with the parser's message; its allocations are not judged against it", () => {
    const ledger: LedgerRequest = {
      holdings: [holding("H", S("011", 5), S("011", 1))],
      targets: [event("T", "2011-10-01")],
      allocations: [
        {
          holdingId: "H",
          targetId: "T",
          serialFrom: S("011", 1),
          serialTo: "",
          retired: "2011-10-02",
          retiredBy: "",
        },
      ],
    };
    const found = checkLedger(ledger);
    expect(brief(found)).toEqual(["error serial-invalid holdings[0]"]);
    expect(found[0]?.message.ja).toBe(
      "保有「H」のシリアル番号: シリアル番号の始め（5）が終わり（1）より大きくなっています。始めと終わりを確認してください。"
    );
  });

  test("the Tokyo 62 joint purchase: 100 t of one block over 47 events of 35 municipalities passes", () => {
    const ledger = tokyo62();
    expect(ledger.targets).toHaveLength(47);
    expect(new Set(ledger.targets.map((t) => t.municipality)).size).toBe(35);
    expect(ledger.targets.filter((t) => t.municipality.startsWith("区"))).toHaveLength(29);
    expect(ledger.targets.reduce((sum, t) => sum + t.creditsNeededT, 0)).toBe(100);
    expect(checkLedger(ledger, "2012-03-01")).toEqual([]);
    expect(ledgerTotals(ledger)).toEqual({
      heldT: 100,
      allocatedT: 100,
      retiredT: 100,
      neededT: 100,
    });
  });

  test("the Tokyo 62 purchase handing the same tonnes to two events is caught", () => {
    const ledger = tokyo62();
    const allocations = ledger.allocations.map((a, i) =>
      i === 46 ? { ...a, serialFrom: "JP-200-000-000-045-1001", serialTo: "1002" } : a
    );
    const found = checkLedger({ ...ledger, allocations });
    // The event is still covered (2 t), but by tonnes already used for the first event; 1099～1100 lie unused.
    expect(brief(found)).toEqual(["error double-allocation allocations[46]~0"]);
    expect(found[0]?.message.ja).toMatch(/JP-200-000-000-045-1001～JP-200-000-000-045-1002（2 t）/);
  });

  test("totals count valid ranges only", () => {
    expect(ledgerTotals(PROBLEM_LEDGER)).toEqual({
      heldT: 20,
      allocatedT: 18,
      retiredT: 16,
      neededT: 14,
    });
  });
});
