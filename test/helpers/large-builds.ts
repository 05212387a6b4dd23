/**
 * The biggest builds a clerk can ask for, from the real builders: what the request-size tests and `npm run bench`
 * write through office.js. Generated, not read from files, so they cost no .xlsx parsing.
 */
import { collectParsed } from "../../src/collect/collect";
import { buildCollectionWorkbook } from "../../src/collect/builders/collection";
import { buildWorkbook } from "../../src/sheets/builders";
import { buildLedgerSheet } from "../../src/ledger/builders/ledger";
import {
  DEFAULT_SETTINGS,
  defaultActivities,
  type EventInfo,
} from "../../src/sheets/builders/options";
import type { Allocation, Holding, OffsetTarget } from "../../src/ledger/types";
import type { SheetLayout } from "../../src/sheets/layout";
import { exhibitorResponse } from "./forms";

export const LARGE_EVENT: EventInfo = {
  name: "環境フェア",
  dates: "2011年11月3日",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1000,
  days: 1,
  paidEntry: false,
};

/** `count` returned exhibitor questionnaires, every one answered in full by a different respondent, collected. */
export function largeCollection(count: number): SheetLayout[] {
  const responses = Array.from({ length: count }, (_, i) =>
    exhibitorResponse(
      `回答${i + 1}.xlsx`,
      {
        organization: `出展団体${i + 1}`,
        person: `担当者${i + 1}`,
        contact: `03-0000-${String(i).padStart(4, "0")}`,
      },
      {
        "6.count.pre": 10 + (i % 50),
        "6.watts.pre": 40,
        "6.hours.pre": 8,
        "7.fuel.pre": "軽油",
        "7.km.pre": i % 30,
        "7.max_load.pre": 2000,
        "7.use.pre": "営業用",
      },
      { digest: `digest-${i + 1}` }
    )
  );
  return buildCollectionWorkbook(collectParsed(responses), {
    settings: DEFAULT_SETTINGS,
    event: LARGE_EVENT,
  });
}

const serial = (n: number) => `JP-200-000-000-011-${String(n).padStart(6, "0")}`;

/** A ledger with `rows` holdings, `rows` offset targets and `rows` allocations (one tonne each). */
export function largeLedger(rows: number): SheetLayout {
  const holdings: Holding[] = [];
  const targets: OffsetTarget[] = [];
  const allocations: Allocation[] = [];
  for (let i = 1; i <= rows; i++) {
    holdings.push({
      id: `H${i}`,
      kind: "j-ver",
      projectName: `森林整備によるJ-VERプロジェクト ${i}`,
      projectNumber: String(i).padStart(4, "0"),
      projectType: "森林管理（間伐）",
      region: "東北地方",
      period: "2009-04～2012-03",
      projectTotalT: 1000,
      serialFrom: serial(i * 10),
      serialTo: serial(i * 10 + 9),
      acquired: "2011-08-01",
      provider: "○○社",
    });
    targets.push({
      id: `T${i}`,
      name: `会議・イベント ${i}`,
      kind: "event",
      municipality: "○○区",
      activityEnd: "2011-11-03",
      creditsNeededT: 1,
    });
    allocations.push({
      holdingId: `H${i}`,
      targetId: `T${i}`,
      serialFrom: serial(i * 10),
      serialTo: serial(i * 10),
      retired: "2012-02-20",
      retiredBy: "○○社",
    });
  }
  return buildLedgerSheet({ holdings, targets, allocations });
}

/** Every actor of every scenario with every activity and its default method: boundary, questionnaires, disclosure. */
export function allActorsWorkbooks(): { scenario: string; layouts: SheetLayout[] }[] {
  return (["A1", "A2", "D1"] as const).map((id) => {
    const activities = defaultActivities(id);
    const layouts = buildWorkbook({
      scenario: id,
      event: LARGE_EVENT,
      activities,
      settings: DEFAULT_SETTINGS,
      withQuestionnaires: true,
      withDisclosure: true,
      participantsPay: false,
    });
    return { scenario: id, layouts };
  });
}
