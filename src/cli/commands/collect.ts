/**
 * `cli collect <files…> --out <summary.xlsx> [--expect <formId>]…` — collects returned questionnaires in batch (for a
 * municipality collecting from many departments): prints the summary and writes 回収一覧 and a boundary sheet that
 * computes from the answers.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { collectResponses, DEFAULT_MAX_BYTES } from "../../collect/collect";
import type { CollectionResult } from "../../collect/types";
import { buildCollectionWorkbook, STATUS_LABELS } from "../../collect/builders/collection";
import { DEFAULT_SETTINGS } from "../../sheets/builders/options";
import { planNames, resolveLayouts } from "../../sheets/resolve-names";
import { renderXlsx } from "../../xlsx/render-xlsx";
import { langOf, option, type Io } from "../io";

const USAGE =
  "使い方 / usage: cli collect <回答ファイル.xlsx…> --out <回収一覧.xlsx> [--expect <様式ID>]";

/** File arguments: everything that is not an option or an option's value. */
function fileArguments(argv: readonly string[]): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--out" || arg === "--expect") i++;
    else if (!arg.startsWith("--")) files.push(arg);
  }
  return files;
}

function report(result: CollectionResult, io: Io, lang: "ja" | "en"): void {
  const s = result.summary;
  io.out(
    lang === "ja"
      ? `ファイル ${s.files}、回収 ${s.collected}、記入完了 ${s.complete}、重複 ${s.duplicates}、読み込めず ${s.skipped}`
      : `files ${s.files}, collected ${s.collected}, complete ${s.complete}, duplicates ${s.duplicates}, skipped ${s.skipped}`
  );
  for (const file of result.files) {
    const who = file.respondent?.organization ? `（${file.respondent.organization}）` : "";
    if (file.message) io.out(`${file.fileName}${who}: ${file.message[lang]}`);
    for (const problem of file.problems)
      io.out(
        `${file.fileName}${who}: ${problem.question.item} [${problem.question.stage}] ${STATUS_LABELS[problem.status]}`
      );
  }
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const out = option(argv, "--out");
  const paths = fileArguments(argv);
  if (!out || paths.length === 0) {
    io.err(USAGE);
    return 2;
  }
  const expected = argv.flatMap((arg, i) =>
    arg === "--expect" && argv[i + 1] ? [argv[i + 1] as string] : []
  );
  const files = [];
  for (const path of paths) {
    // A file too large is not read: a stand-in just over the limit gets the reader's too-large message.
    const size = (await stat(path).catch(() => undefined))?.size;
    if (size === undefined) {
      io.err(`${path}: ファイルがありません / not found`);
      return 2;
    }
    files.push({
      name: basename(path),
      data:
        size > DEFAULT_MAX_BYTES
          ? new Uint8Array(DEFAULT_MAX_BYTES + 1)
          : new Uint8Array(await readFile(path)),
    });
  }
  const result = await collectResponses(
    files,
    expected.length > 0 ? { expectedFormIds: expected } : {}
  );
  report(result, io, langOf(argv));
  const event = {
    name: "回収",
    dates: "",
    place: "",
    organizer: "",
    participants: 0,
    days: 1,
    paidEntry: false,
  };
  const layouts = buildCollectionWorkbook(result, { settings: DEFAULT_SETTINGS, event });
  const resolved = resolveLayouts(
    layouts,
    planNames(layouts, { sheets: [], tables: [], names: [] })
  );
  await writeFile(out, await renderXlsx(resolved, { title: "回収一覧" }));
  io.out(out);
  return 0;
}
