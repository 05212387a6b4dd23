/** Ledgers the ledger tests share: one with every problem the checks know, and the Tokyo 62 joint purchase. */
import { formatSerial } from "../../src/ledger/serials";
import type { Holding, LedgerRequest, OffsetTarget } from "../../src/ledger/types";

export const holding = (
  id: string,
  serialFrom: string,
  serialTo: string,
  extra: Partial<Holding> = {}
): Holding => ({
  id,
  kind: "j-ver",
  projectName: "長野県木質ペレットストーブの使用によるJ-VERプロジェクト",
  projectNumber: "0014",
  projectType: "木質バイオマス",
  region: "長野県",
  period: "2009-04～2012-03",
  projectTotalT: 217.31,
  serialFrom,
  serialTo,
  acquired: "2011-09-01",
  provider: "○○社",
  ...extra,
});

const S = (block: string, n: number) => `JP-200-000-000-${block}-${n}`;

/**
 * Every problem at once (row numbers are 0-based indexes):
 * holdings 0 H1 011-101～110 (10 t), 1 H2 012-001～005 (5 t, over-allocated), 2 H3 011-108～112 (double holding with H1);
 * targets 0 T1 event OK, 1 T2 office short (5 needed, 4 allocated), 2 T3 ecotour OK, 3 T4 event without end date and not
 * retired, 4 T5 event with nothing allocated;
 * allocations 0 OK, 1 double-allocates 104 with 0 and retires 7 months after the office year, 2 outside H2 and late for a
 * tour, 3 OK, 4 no retirement date, 5 retired 14 months after the event, 6 unknown holding, 7 malformed serial,
 * 8 no retirement date (overdue once today is past 2012-09-30).
 */
export const PROBLEM_LEDGER: LedgerRequest = {
  holdings: [
    holding("H1", S("011", 101), S("011", 110)),
    holding("H2", S("012", 1), "ＪＰ－２００－０００－０００－０１２－５"),
    holding("H3", S("011", 108), "112"),
  ],
  targets: [
    {
      id: "T1",
      name: "環境フェア",
      kind: "event",
      municipality: "○○区",
      activityEnd: "2011-11-03",
      creditsNeededT: 4,
    },
    {
      id: "T2",
      name: "本庁舎の電力（2011年度）",
      kind: "office",
      municipality: "○○区",
      activityEnd: "2012-03-31",
      creditsNeededT: 5,
    },
    {
      id: "T3",
      name: "森林エコツアー",
      kind: "ecotour",
      municipality: "○○町",
      activityEnd: "2011-10-10",
      creditsNeededT: 2,
    },
    {
      id: "T4",
      name: "講演会",
      kind: "event",
      municipality: "○○市",
      activityEnd: "",
      creditsNeededT: 1,
    },
    {
      id: "T5",
      name: "市民まつり",
      kind: "event",
      municipality: "○○市",
      activityEnd: "2012-01-15",
      creditsNeededT: 2,
    },
  ],
  allocations: [
    {
      holdingId: "H1",
      targetId: "T1",
      serialFrom: S("011", 101),
      serialTo: S("011", 104),
      retired: "2011-12-01",
      retiredBy: "○○社",
    },
    {
      holdingId: "H1",
      targetId: "T2",
      serialFrom: S("011", 104),
      serialTo: "106",
      retired: "2012-11-01",
      retiredBy: "○○社",
    },
    {
      holdingId: "H2",
      targetId: "T3",
      serialFrom: S("012", 3),
      serialTo: S("012", 7),
      retired: "2011-12-15",
      retiredBy: "○○社",
    },
    {
      holdingId: "H2",
      targetId: "T3",
      serialFrom: S("012", 1),
      serialTo: S("012", 2),
      retired: "2011-10-20",
      retiredBy: "○○社",
    },
    {
      holdingId: "H1",
      targetId: "T4",
      serialFrom: S("011", 110),
      serialTo: "",
      retired: "",
      retiredBy: "",
    },
    {
      holdingId: "H1",
      targetId: "T1",
      serialFrom: S("011", 107),
      serialTo: "",
      retired: "2013-01-10",
      retiredBy: "○○社",
    },
    {
      holdingId: "H9",
      targetId: "T1",
      serialFrom: S("011", 200),
      serialTo: "",
      retired: "2011-12-01",
      retiredBy: "○○社",
    },
    {
      holdingId: "H1",
      targetId: "T1",
      serialFrom: "JP-200-000-000-011-10A",
      serialTo: "",
      retired: "2011-12-01",
      retiredBy: "○○社",
    },
    {
      holdingId: "H1",
      targetId: "T2",
      serialFrom: S("011", 108),
      serialTo: "",
      retired: "",
      retiredBy: "",
    },
  ],
};

/**
 * The Tokyo 62 joint purchase (seed 001 lines 474-492): J-VER from a forest project in Tōhoku, 100 t-CO2 offsetting
 * 47 meetings and events of 35 municipalities — 20 wards with 29 events, 12 cities with 15, 3 towns and villages with 3.
 * The split is generated (the report gives only the totals): the first wards and cities hold two events each, the first
 * six events take 3 t and the rest 2 t (6 × 3 + 41 × 2 = 100), serials 1001～1100 of one block handed out in order,
 * all retired together on 2012-02-20, within six months of every event (1 September – 25 December 2011).
 * Municipality names are placeholders, not the participants.
 */
export function tokyo62(): LedgerRequest {
  const prefix = "JP-200-000-000-045";
  const groups = [
    { suffix: "区", count: 20, events: 29 },
    { suffix: "市", count: 12, events: 15 },
    { suffix: "町村", count: 3, events: 3 },
  ];
  const municipalities: string[] = [];
  for (const g of groups) {
    const extra = g.events - g.count; // this many municipalities hold two events
    for (let i = 1; i <= g.count; i++) {
      const name = `${g.suffix}${String(i).padStart(2, "0")}`;
      municipalities.push(name);
      if (i <= extra) municipalities.push(name);
    }
  }
  const targets: OffsetTarget[] = municipalities.map((municipality, i) => ({
    id: `E${String(i + 1).padStart(2, "0")}`,
    name: `${municipality} カーボン・オフセット会議・イベント ${i + 1}`,
    kind: "event",
    municipality,
    activityEnd: new Date(Date.UTC(2011, 8, 1 + Math.floor((i * 115) / 46)))
      .toISOString()
      .slice(0, 10),
    creditsNeededT: i < 6 ? 3 : 2,
  }));
  let next = 1001;
  const allocations = targets.map((target) => {
    const from = next;
    next += target.creditsNeededT;
    return {
      holdingId: "TOKYO62",
      targetId: target.id,
      serialFrom: formatSerial(prefix, from, 4),
      serialTo: formatSerial(prefix, next - 1, 4),
      retired: "2012-02-20",
      retiredBy: "オフセット・プロバイダー",
    };
  });
  return {
    holdings: [
      holding("TOKYO62", formatSerial(prefix, 1001, 4), formatSerial(prefix, 1100, 4), {
        projectName: "東北地方の森林整備によるJ-VERプロジェクト",
        projectType: "森林管理（間伐）",
        region: "東北地方",
        acquired: "2011-08-01",
        provider: "オール東京62市区町村共同事業（共同購入）",
      }),
    ],
    targets,
    allocations,
  };
}
