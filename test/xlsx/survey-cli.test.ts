/** `cli survey`: writes a questionnaire file that readResponse reads back. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readResponse } from "../../src/xlsx/read-response";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "survey-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

test("writes the actor's questionnaire, prints the path and formId; readResponse reads it", async () => {
  const path = join(dir, "出展団体.xlsx");
  const result = await cli(
    "survey",
    "--scenario",
    "A1",
    "--actor",
    "exhibitors",
    "--out",
    path,
    "--name",
    "環境フェア",
    "--dates",
    "2024年6月1日",
    "--reply-by",
    "5月20日",
    "--contact",
    "環境課"
  );
  expect(result.err).toEqual([]);
  expect(result.code).toBe(0);
  expect(result.out[0]).toBe(path);
  const formId = /^formId: ([0-9a-f]{16})$/.exec(result.out[1] ?? "")?.[1];
  expect(formId).toBeDefined();

  const response = await readResponse(readFileSync(path), "出展団体.xlsx");
  if (!response.ok) throw new Error(response.message.en);
  expect(response.form.formId).toBe(formId);
  expect(response.form).toMatchObject({ scenario: "A1", actorKey: "exhibitors" });
  // numbered as in A1's default boundary: the organizer's five activities come first
  expect(response.form.activities.map((a) => [a.number, a.activityKey, a.methodKey])).toEqual([
    [6, "venue-electricity", "venue-electricity.equipment"],
    [7, "equipment-transport", "equipment-transport.economy"],
  ]);
  expect(response.answers.length).toBeGreaterThan(10);
  expect(response.answers.every((a) => a.raw === null)).toBe(true);

  // the same request gives the same formId
  const again = await cli(
    "survey",
    "--scenario",
    "A1",
    "--actor",
    "exhibitors",
    "--out",
    join(dir, "again.xlsx"),
    "--name",
    "環境フェア",
    "--dates",
    "2024年6月1日"
  );
  expect(again.out[1]).toBe(result.out[1]);
});

test("the actor may be given by its Japanese name, with or without its explanation", async () => {
  for (const actor of ["主催者", "主催者（自治体〔実施担当〕、実行委員会）"]) {
    const path = join(dir, `organizer-${actor.length}.xlsx`);
    const result = await cli("survey", "--scenario", "A1", "--actor", actor, "--out", path);
    expect(result.code).toBe(0);
    const response = await readResponse(readFileSync(path), "organizer.xlsx");
    expect(response.ok && response.form.actorKey).toBe("organizer");
    expect(response.ok && response.form.activities.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
  }
  const bus = await cli(
    "survey",
    "--scenario",
    "a2",
    "--actor",
    "vehicles",
    "--out",
    join(dir, "bus.xlsx")
  );
  expect(bus.code).toBe(0);
});

test("usage errors go to stderr with exit 2 and list the valid choices", async () => {
  const scenario = await cli(
    "survey",
    "--scenario",
    "Z9",
    "--actor",
    "organizer",
    "--out",
    join(dir, "x.xlsx")
  );
  expect(scenario.code).toBe(2);
  expect(scenario.out).toEqual([]);
  expect(scenario.err[0]).toContain("A1, A2, D1");

  const actor = await cli(
    "survey",
    "--scenario",
    "A1",
    "--actor",
    "宇宙人",
    "--out",
    join(dir, "x.xlsx")
  );
  expect(actor.code).toBe(2);
  expect(actor.err[0]).toMatch(/organizer.*exhibitors.*participants/);

  const out = await cli("survey", "--scenario", "A1", "--actor", "organizer");
  expect(out.code).toBe(2);
  expect(out.err[0]).toContain("--out");

  const noActivities = await cli(
    "survey",
    "--scenario",
    "A1",
    "--actor",
    "event-company",
    "--out",
    join(dir, "x.xlsx")
  );
  expect(noActivities.code).toBe(2);
});

test("a file that cannot be written: exit 1", async () => {
  const result = await cli(
    "survey",
    "--scenario",
    "A1",
    "--actor",
    "organizer",
    "--out",
    join(dir, "no-such-dir", "x.xlsx")
  );
  expect(result.code).toBe(1);
  expect(result.err[0]).toContain("could not write");
});
