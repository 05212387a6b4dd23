/** The scenarios' data: actors and their boundary activities, roles and retirement timing quoted from the seed. */
import { ACTIVITY_TYPES, SCENARIOS, findActivityType, findScenario } from "../../src/scenarios";
import { DISCLOSURE_TABLES } from "../../src/scenarios/disclosure";
import { NOTICES } from "../../src/scenarios/notices";
import type { Scenario, ScenarioId } from "../../src/scenarios/types";
import { seeds } from "../helpers/seeds";

const scenarios: readonly Scenario[] = SCENARIOS;
const byId = (id: ScenarioId): Scenario => {
  const scenario = findScenario(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
};
const normalize = (text: string): string => text.normalize("NFKC").replace(/\s/g, "");
/** The guidebook (seed 002); its cross-checks are skipped, with a note, where the seeds are not beside the project. */
const SEEDS = seeds("002");
let normalized: string | undefined;
const seed = (): string => (normalized ??= normalize(SEEDS.text("002")));

/** Methods available for the scenario's pre-selected activities (each activity counted once). */
const methodCount = (scenario: Scenario): number =>
  [...new Set(scenario.actors.flatMap((a) => a.activities))].reduce(
    (n, key) => n + (findActivityType(key)?.methods.length ?? 0),
    0
  );

describe("scenarios", () => {
  test("A1, A2, D1 and blank, in that order, with their units", () => {
    expect(scenarios.map((s) => [s.id, s.unit])).toEqual([
      ["A1", "event"],
      ["A2", "office"],
      ["D1", "per-participant"],
      ["blank", "event"],
    ]);
    expect(findScenario("D1")?.name.ja).toBe("住民等が取り組む機会の提供（エコツアー）");
  });

  test("counts of actors, boundary activities and their methods", () => {
    const counts = scenarios.map((s) => ({
      id: s.id,
      actors: s.actors.length,
      activities: new Set(s.actors.flatMap((a) => a.activities)).size,
      rows: s.actors.reduce((n, a) => n + a.activities.length, 0),
      methods: methodCount(s),
    }));
    expect(counts).toEqual([
      { id: "A1", actors: 5, activities: 6, rows: 8, methods: 14 },
      { id: "A2", actors: 5, activities: 8, rows: 8, methods: 12 },
      { id: "D1", actors: 3, activities: 4, rows: 4, methods: 8 },
      { id: "blank", actors: 1, activities: 0, rows: 0, methods: 0 },
    ]);
  });

  test("every activity of every actor exists; actor keys are unique within a scenario; no activity twice for one actor", () => {
    for (const scenario of scenarios) {
      expect(new Set(scenario.actors.map((a) => a.key)).size).toBe(scenario.actors.length);
      for (const actor of scenario.actors) {
        expect(new Set(actor.activities).size).toBe(actor.activities.length);
        for (const key of actor.activities) expect(findActivityType(key)?.key).toBe(key);
      }
    }
  });

  test("every activity type is in the boundary of at least one guidebook scenario", () => {
    const used = new Set(scenarios.flatMap((s) => s.actors.flatMap((a) => a.activities)));
    expect(ACTIVITY_TYPES.filter((a) => !used.has(a.key)).map((a) => a.key)).toEqual([]);
  });

  test("boundary examples: who does what", () => {
    const activitiesOf = (id: ScenarioId, actor: string) =>
      byId(id).actors.find((a) => a.key === actor)?.activities;
    expect(activitiesOf("A1", "organizer")).toEqual([
      "venue-electricity",
      "equipment-transport",
      "generator-fuel",
      "flyers",
      "staff-travel",
    ]);
    expect(activitiesOf("A1", "exhibitors")).toEqual(["venue-electricity", "equipment-transport"]);
    expect(activitiesOf("A1", "participants")).toEqual(["participant-rail"]);
    expect(activitiesOf("A2", "facilities")).toEqual([
      "office-electricity",
      "office-fuel",
      "office-heat",
      "staff-rail",
    ]);
    expect(activitiesOf("A2", "vehicles")).toEqual(["official-car", "community-bus"]);
    expect(activitiesOf("A2", "publications")).toEqual(["publications", "goods-services"]);
    expect(activitiesOf("D1", "organizer")).toEqual([
      "participant-bus",
      "participant-ship",
      "lodging",
    ]);
    expect(activitiesOf("D1", "participants")).toEqual(["participant-rail"]);
  });

  test("the blank scenario has one generic organizer with nothing pre-selected and no guidebook tables", () => {
    const blank = byId("blank");
    expect(blank.actors).toHaveLength(1);
    expect(blank.actors[0]?.name.ja).toBe("主催者");
    expect(blank.actors[0]?.activities).toEqual([]);
    expect(blank.disclosure).toEqual([]);
    expect(blank.notices).toEqual([]);
  });

  test("disclosure tables and notices are the scenario's own", () => {
    for (const id of ["A1", "A2", "D1"] as const) {
      expect(byId(id).disclosure).toBe(DISCLOSURE_TABLES[id]);
      expect(byId(id).notices).toBe(NOTICES[id]);
    }
  });

  test("labels are filled in both languages and every scenario cites the guidebook", () => {
    for (const scenario of scenarios) {
      expect(scenario.citation.source).toBe("guidebook-2011");
      for (const label of [
        scenario.name,
        scenario.retirement,
        ...scenario.actors.flatMap((a) => [a.name, a.role]),
      ]) {
        expect(label.ja).not.toBe("");
        expect(label.en).not.toBe("");
      }
    }
  });
});

describe("scenarios: Japanese texts quoted from the seed", () => {
  SEEDS.test.each(["A1", "A2", "D1"] as const)(
    "%s: the retirement timing is the guidebook's sentence",
    (id) => {
      expect(seed().includes(normalize(byId(id).retirement.ja))).toBe(true);
    }
  );

  test("retirement periods", () => {
    expect(byId("A1").retirement.ja).toContain("半年から1年以内");
    expect(byId("A2").retirement.ja).toContain("概ね半年以内");
    expect(byId("D1").retirement.ja).toContain("概ね数週間から1か月以内");
  });

  SEEDS.test.each(["A1", "A2", "D1"] as const)(
    "%s: every role (each ／ part) is printed in the seed",
    (id) => {
      for (const actor of byId(id).actors) {
        for (const part of actor.role.ja.split("／"))
          expect([actor.key, seed().includes(normalize(part)) ? "ok" : part]).toEqual([
            actor.key,
            "ok",
          ]);
      }
    }
  );

  /** Actor names as 役割分担 and the boundary examples print them. */
  const PRINTED_NAMES = [
    "主催者（自治体〔実施担当〕、 実行委員会※）",
    "協力団体、出展団体",
    "イベント企画会社",
    "オフセット・プロバイダー",
    "自治体（実施担当）",
    "庁舎・公共施設",
    "参加者または利用者（住民等）",
  ];

  SEEDS.test("actor names from 役割分担 and the boundary examples are printed in the seed", () => {
    for (const name of PRINTED_NAMES)
      expect([name, seed().includes(normalize(name))]).toEqual([name, true]);
  });

  test("the scenarios' actors carry the printed names of 役割分担", () => {
    const actorNames = scenarios.flatMap((s) => s.actors.map((a) => normalize(a.name.ja)));
    expect(actorNames).toContain(normalize("主催者（自治体〔実施担当〕、実行委員会）"));
    expect(actorNames).toContain(normalize("参加者または利用者（住民等）"));
  });
});
