/**
 * Command line over the same core the custom functions use.
 *   npm run --silent cli -- eval 'CO2_FUEL("軽油",100)'   → 259
 *   npm run --silent cli -- factors [--set jver-2011]
 *   npm run --silent cli -- functions
 *   npm run --silent cli -- survey --scenario A1 --actor organizer --out 調査票.xlsx
 *   npm run --silent cli -- collect 回答1.xlsx 回答2.xlsx … --out 回収一覧.xlsx
 *   npm run --silent cli -- boundary --scenario A1 [--portable] --out 算定.xlsx
 * Add --en for English messages. An Excel error goes to stderr with its message, exit code 1.
 */
import {
  CALC_FUNCTIONS,
  FACTOR_SETS,
  SOURCES,
  callFunction,
  isCalcError,
  lookupsOf,
} from "../core";
import { FormulaSyntaxError, parseFormula } from "./parse-formula";

import * as boundary from "./commands/boundary";
import * as collect from "./commands/collect";
import * as survey from "./commands/survey";
import type { Io, Lang } from "./io";

const USAGE = `使い方 / usage:
  cli eval '<式>'            例: cli eval 'CO2_FUEL("軽油",100)'
  cli factors [--set <id>]   同梱の係数と出典の一覧 / bundled factors with citations
  cli functions              関数の一覧 / list of functions
  cli survey --scenario <A1|A2|D1> --actor <主体> --out <file.xlsx>   調査票ファイル / questionnaire file
  cli collect <files…> --out <summary.xlsx>                          回収 / collect returned questionnaires
  cli boundary --scenario <A1|A2|D1> [--portable] --out <file.xlsx>  算定シート / boundary workbook
  --en                       英語のメッセージ / English messages`;

function evaluate(formula: string | undefined, lang: Lang, io: Io): number {
  if (!formula) {
    io.err(USAGE);
    return 2;
  }
  let call;
  try {
    call = parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  // An unknown function is #N/A with the list, as in Excel; every error is printed with its message (#NUM!, whose
  // message Excel does not show, included).
  const result = callFunction(call.name, call.args);
  if (isCalcError(result)) {
    io.err(`${result.code} ${result.message[lang]}`);
    return 1;
  }
  io.out(String(result));
  return 0;
}

function listFactors(setId: string | undefined, lang: Lang, io: Io): number {
  const sets = setId ? FACTOR_SETS.filter((set) => set.id === setId) : FACTOR_SETS;
  if (sets.length === 0) {
    io.err(`#N/A factor set ${setId}: ${FACTOR_SETS.map((s) => s.id).join(", ")}`);
    return 1;
  }
  io.out(["set", "key", "name", "value", "unit", "source", "date", "table"].join("\t"));
  for (const set of sets) {
    for (const factor of lookupsOf(set).scalar.rows) {
      const source = SOURCES[factor.citation.source];
      io.out(
        [
          set.id,
          factor.key,
          factor.name[lang],
          factor.value,
          factor.unit,
          source.title[lang],
          source.date,
          factor.citation.table,
        ].join("\t")
      );
    }
  }
  return 0;
}

function listFunctions(lang: Lang, io: Io): number {
  for (const fn of CALC_FUNCTIONS) {
    const params = fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    io.out(`${fn.name}(${params})\t${fn.unit}\t${fn.description[lang]}`);
  }
  return 0;
}

const FILE_COMMANDS: Record<string, (argv: readonly string[], io: Io) => Promise<number>> = {
  survey: survey.run,
  collect: collect.run,
  boundary: boundary.run,
};

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang: Lang = argv.includes("--en") ? "en" : "ja";
  const args = argv.filter((a) => a !== "--en");
  const [command, ...rest] = args;
  const fileCommand = command ? FILE_COMMANDS[command] : undefined;
  if (fileCommand) return fileCommand(rest, io);
  switch (command) {
    case "eval":
      return evaluate(rest.join(" ") || undefined, lang, io);
    case "factors": {
      const setIndex = rest.indexOf("--set");
      return listFactors(setIndex >= 0 ? rest[setIndex + 1] : undefined, lang, io);
    }
    case "functions":
      return listFunctions(lang, io);
    default:
      io.err(USAGE);
      return command === undefined || command === "help" || command === "--help" ? 0 : 2;
  }
}

if (require.main === module) {
  // `cli factors | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  void main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
