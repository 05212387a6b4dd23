/** The credit form filled with the guidebook's examples, to try the ledger with. */
import type { AllocationDraft, LedgerForm, TargetDraft } from "./form-drafts";
import { blankHolding } from "./ledger-form";

/**
 * The guidebook's example (A1 3(5)③ 開催中の情報提供, 資料：港区): エコライフ・フェアMINATO 2010 offset 1.67 t-CO2 with
 * 2.00 t of J-VER from 長野県木質ペレットストーブの使用によるJ-VERプロジェクト (0014, 排出削減量 217.31 t-CO2), serials
 * JP-200-000-000-011-157～158. The guidebook gives no dates, provider or retirement: those stay empty to fill in.
 */
export function minatoExample(): LedgerForm {
  return {
    holdings: [
      {
        ...blankHolding("H1"),
        kind: "j-ver",
        projectName: "長野県木質ペレットストーブの使用によるJ-VERプロジェクト",
        projectNumber: "0014",
        projectType: "木質ペレットストーブの使用",
        region: "長野県",
        projectTotalT: "217.31",
        serialFrom: "JP-200-000-000-011-157",
        serialTo: "JP-200-000-000-011-158",
      },
    ],
    targets: [
      {
        id: "T1",
        name: "エコライフ・フェアMINATO 2010",
        kind: "event",
        municipality: "港区",
        activityEnd: "",
        creditsNeededT: "2",
      },
    ],
    allocations: [
      {
        id: "A1",
        holdingId: "H1",
        targetId: "T1",
        serialFrom: "JP-200-000-000-011-157",
        serialTo: "JP-200-000-000-011-158",
        retired: "",
        retiredBy: "",
        certificateNumber: "",
      },
    ],
    withCertificates: false,
  };
}

/**
 * A joint purchase in the manner of the all-Tokyo municipalities' クレジット共同購入 (2011): 100 t of J-VER from a
 * forest project in Tohoku, bought once and shared among events of several municipalities. Names, dates and serials
 * are made up for the example (marked （例）); one event is covered but not yet retired, one not covered at all, and
 * 53 t are left for later.
 */
export function jointPurchaseExample(): LedgerForm {
  const serial = (n: number) => `JP-200-000-000-100-${String(n).padStart(3, "0")}`;
  const targets: TargetDraft[] = [
    {
      id: "T1",
      name: "環境フェスティバル（例）",
      kind: "event",
      municipality: "港区",
      activityEnd: "2011-10-16",
      creditsNeededT: "12",
    },
    {
      id: "T2",
      name: "環境講演会（例）",
      kind: "event",
      municipality: "港区",
      activityEnd: "2011-11-05",
      creditsNeededT: "2",
    },
    {
      id: "T3",
      name: "市民エコフェア（例）",
      kind: "event",
      municipality: "八王子市",
      activityEnd: "2011-11-20",
      creditsNeededT: "25",
    },
    {
      id: "T4",
      name: "産業まつり（例）",
      kind: "event",
      municipality: "武蔵野市",
      activityEnd: "2011-11-03",
      creditsNeededT: "8",
    },
    {
      id: "T5",
      name: "環境学習会（例）",
      kind: "event",
      municipality: "檜原村",
      activityEnd: "2012-01-21",
      creditsNeededT: "3",
    },
  ];
  const retiredBy = "オフセット・プロバイダー（○○社）";
  const allocations: AllocationDraft[] = [
    {
      id: "A1",
      holdingId: "H1",
      targetId: "T1",
      serialFrom: serial(1),
      serialTo: serial(12),
      retired: "2012-02-20",
      retiredBy,
      certificateNumber: "",
    },
    {
      id: "A2",
      holdingId: "H1",
      targetId: "T2",
      serialFrom: serial(13),
      serialTo: serial(14),
      retired: "2012-02-20",
      retiredBy,
      certificateNumber: "",
    },
    {
      id: "A3",
      holdingId: "H1",
      targetId: "T3",
      serialFrom: serial(15),
      serialTo: serial(39),
      retired: "2012-03-15",
      retiredBy,
      certificateNumber: "",
    },
    {
      id: "A4",
      holdingId: "H1",
      targetId: "T4",
      serialFrom: serial(40),
      serialTo: serial(47),
      retired: "",
      retiredBy: "",
      certificateNumber: "",
    },
  ];
  return {
    holdings: [
      {
        ...blankHolding("H1"),
        kind: "j-ver",
        projectName: "東北地方の森林整備によるJ-VERプロジェクト（例）",
        projectType: "森林管理プロジェクト",
        region: "岩手県",
        period: "2009-04〜2013-03",
        serialFrom: serial(1),
        serialTo: serial(100),
        acquired: "2011-09-30",
        provider: "○○社（共同購入）",
      },
    ],
    targets,
    allocations,
    withCertificates: false,
  };
}
