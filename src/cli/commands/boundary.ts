/**
 * `cli boundary --scenario <A1|A2|D1> [--portable] [--with-questionnaires] --out <file.xlsx> [--name 名称]` — writes the
 * バウンダリ・算定シート of a scenario with its default activities (each with its default method). `--portable` writes
 * the copy for someone without the add-in: native formulas over an embedded 係数表 sheet instead of GHG.* calls.
 */
import { writeFile } from "node:fs/promises";
import { portableLayouts } from "../../portable/to-portable";
import { findScenario } from "../../scenarios";
import type { ScenarioId } from "../../scenarios/types";
import { buildWorkbook, type WorkbookRequest } from "../../sheets/builders";
import { DEFAULT_SETTINGS, defaultActivities } from "../../sheets/builders/options";
import { planNames, resolveLayouts } from "../../sheets/resolve-names";
import { describeProblem, validateLayouts } from "../../sheets/validate-layout";
import { renderXlsx } from "../../xlsx/render-xlsx";
import { option, type Io } from "../io";

const USAGE =
  "使い方 / usage: cli boundary --scenario <A1|A2|D1> [--portable] [--with-questionnaires] --out <file.xlsx> [--name 名称]";
const SCENARIOS: readonly ScenarioId[] = ["A1", "A2", "D1"];
const FLAGS = new Set(["--portable", "--with-questionnaires", "--en"]);
const OPTIONS = new Set(["--scenario", "--out", "--name"]);

/** The first argument that is neither a known flag nor a known option with its value, if any. */
function unknownArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (OPTIONS.has(arg)) i++;
    else if (!FLAGS.has(arg)) return arg;
  }
  return undefined;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const scenario = option(argv, "--scenario")?.toUpperCase();
  const out = option(argv, "--out");
  const unknown = unknownArgument(argv);
  if (unknown !== undefined) {
    io.err(`boundary: 不明な引数 / unknown argument: ${unknown}`);
    io.err(USAGE);
    return 2;
  }
  if (!scenario || !SCENARIOS.includes(scenario as ScenarioId) || !out || out.startsWith("--")) {
    io.err(USAGE);
    return 2;
  }
  const id = scenario as ScenarioId;
  const found = findScenario(id);
  const name = option(argv, "--name") ?? found?.name.ja ?? id;
  const request: WorkbookRequest = {
    scenario: id,
    event: {
      name,
      dates: "",
      place: "",
      organizer: "",
      participants: 0,
      days: 1,
      paidEntry: false,
    },
    activities: defaultActivities(id),
    settings: DEFAULT_SETTINGS,
    withQuestionnaires: argv.includes("--with-questionnaires"),
    withDisclosure: false,
    participantsPay: false,
  };
  try {
    const built = buildWorkbook(request);
    const layouts = argv.includes("--portable") ? portableLayouts(built) : built;
    const resolved = resolveLayouts(
      layouts,
      planNames(layouts, { sheets: [], tables: [], names: [] })
    );
    const errors = validateLayouts(resolved).filter((p) => p.severity === "error");
    if (errors.length > 0) {
      for (const problem of errors) io.err(describeProblem(problem));
      return 2;
    }
    const bytes = await renderXlsx(resolved, { title: `バウンダリ・算定シート（${name}）` });
    await writeFile(out, bytes);
  } catch (error) {
    io.err(`boundary: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  io.out(out);
  return 0;
}
