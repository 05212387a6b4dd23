/**
 * `cli survey --scenario <A1|A2|D1> --actor <key or Japanese name> --out <file.xlsx>
 *     [--name 名称] [--dates 日程] [--place 会場] [--organizer 主催者] [--reply-by 回答期限] [--contact 問合せ先]`
 *
 * Writes the actor's questionnaire as a standalone .xlsx (src/xlsx/questionnaire-file.ts) and prints its path and
 * formId. The activities are the actor's activities in the guidebook's boundary example, each with its default
 * method (defaultMethodOf). They are numbered as in the scenario's whole default boundary — every actor's activities
 * in order, from 1 — so the answers line up with a boundary sheet built for the same scenario with its defaults
 * (A1: the organizer's five activities are 1–5, the exhibitors' two are 6 and 7).
 *
 * Exit codes: 0 written; 2 usage (unknown scenario or actor — the valid ones are listed —, missing --out); 1 the file
 * could not be written.
 */
import { writeFile } from "node:fs/promises";
import { SCENARIOS, defaultMethodOf, findActivityType } from "../../scenarios";
import type { Actor, Scenario, ScenarioId } from "../../scenarios/types";
import type { ActivityChoice, QuestionnaireRequest } from "../../sheets/builders/options";
import { exportQuestionnaire, questionnaireFile } from "../../xlsx/questionnaire-file";
import { option, type Io } from "../io";

const SURVEY_SCENARIOS: readonly ScenarioId[] = ["A1", "A2", "D1"];

const USAGE =
  "使い方 / usage: cli survey --scenario <A1|A2|D1> --actor <主体のキーまたは名称 / actor key or name> --out <file.xlsx>" +
  " [--name 名称] [--dates 日程] [--place 会場] [--organizer 主催者] [--reply-by 回答期限] [--contact 問合せ先]";

/** "主催者（自治体〔実施担当〕、実行委員会）" → "主催者". */
const shortName = (name: string): string => name.replace(/[（(].*$/u, "").trim();

function findActor(scenario: Scenario, wanted: string): Actor | undefined {
  const w = wanted.trim().normalize("NFKC");
  const norm = (s: string) => s.normalize("NFKC");
  return (
    scenario.actors.find((a) => a.key === w) ??
    scenario.actors.find((a) => norm(a.name.ja) === w) ??
    scenario.actors.find((a) => norm(shortName(a.name.ja)) === w) ??
    scenario.actors.find((a) => a.name.en.toLowerCase() === w.toLowerCase())
  );
}

/** The scenario's default boundary: every actor's activities (known ones, each once per actor) with default methods. */
export function defaultBoundary(
  scenario: Scenario
): (ActivityChoice & { readonly number: number })[] {
  const rows: (ActivityChoice & { number: number })[] = [];
  for (const actor of scenario.actors) {
    for (const activityKey of new Set(actor.activities)) {
      const activity = findActivityType(activityKey);
      const method = activity && defaultMethodOf(activity);
      if (!method) continue;
      rows.push({
        actorKey: actor.key,
        activityKey,
        methodKey: method.key,
        number: rows.length + 1,
      });
    }
  }
  return rows;
}

function listActors(scenario: Scenario): string {
  return scenario.actors.map((a) => `${a.key}（${shortName(a.name.ja)}）`).join(", ");
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const scenarioArg = option(argv, "--scenario");
  const actorArg = option(argv, "--actor");
  const out = option(argv, "--out");

  const scenarioId = SURVEY_SCENARIOS.find(
    (id) => id.toLowerCase() === scenarioArg?.trim().toLowerCase()
  );
  const scenario = scenarioId && SCENARIOS.find((s) => s.id === scenarioId);
  if (!scenario) {
    io.err(
      scenarioArg === undefined
        ? `--scenario がありません / --scenario is missing: ${SURVEY_SCENARIOS.join(", ")}`
        : `シナリオ「${scenarioArg}」はありません / unknown scenario "${scenarioArg}": ${SURVEY_SCENARIOS.join(", ")}`
    );
    io.err(USAGE);
    return 2;
  }
  const actor = actorArg === undefined ? undefined : findActor(scenario, actorArg);
  if (!actor) {
    io.err(
      actorArg === undefined
        ? `--actor がありません / --actor is missing. ${scenario.id}: ${listActors(scenario)}`
        : `${scenario.id} に主体「${actorArg}」はありません / no actor "${actorArg}" in ${scenario.id}: ${listActors(scenario)}`
    );
    io.err(USAGE);
    return 2;
  }
  if (out === undefined || out.trim() === "" || out.startsWith("--")) {
    io.err("--out <file.xlsx> がありません / --out <file.xlsx> is missing");
    io.err(USAGE);
    return 2;
  }

  const rows = defaultBoundary(scenario).filter((row) => row.actorKey === actor.key);
  if (rows.length === 0) {
    io.err(
      `${scenario.id} の「${shortName(actor.name.ja)}」には調査する活動がありません / the actor "${actor.key}" has no activities to ask about.` +
        ` ${listActors(scenario)}`
    );
    return 2;
  }

  const request: QuestionnaireRequest = {
    scenario: scenario.id,
    actorKey: actor.key,
    activities: rows.map(({ actorKey, activityKey, methodKey }) => ({
      actorKey,
      activityKey,
      methodKey,
    })),
    event: {
      name: option(argv, "--name") ?? "",
      dates: option(argv, "--dates") ?? "",
      place: option(argv, "--place") ?? "",
      organizer: option(argv, "--organizer") ?? "",
      participants: 0,
      days: 1,
      paidEntry: false,
    },
    ...(option(argv, "--reply-by") !== undefined ? { replyBy: option(argv, "--reply-by") } : {}),
    ...(option(argv, "--contact") !== undefined ? { contact: option(argv, "--contact") } : {}),
  };
  const numbers = rows.map((row) => row.number);
  const { form } = questionnaireFile(request, numbers);
  const bytes = await exportQuestionnaire(request, numbers);
  try {
    await writeFile(out, bytes);
  } catch (error) {
    io.err(
      `書き込めませんでした / could not write ${out}: ${error instanceof Error ? error.message : String(error)}`
    );
    return 1;
  }
  io.out(out);
  io.out(`formId: ${form.formId}`);
  return 0;
}
