/**
 * The guidebook's flow as the start page shows it: each step, the sections that do it, and the sheets whose presence in
 * a workbook shows the step has been worked on (found by the names the builders give them).
 */
import type { SectionKey } from "../../i18n";
import type { StartSheetKind, StartStepKey } from "../../i18n/types/start";

export interface StartStep {
  readonly key: StartStepKey;
  /** The sections that do the step, in the order the clerk uses them. */
  readonly sections: readonly SectionKey[];
  /** The kinds of sheet that show progress; none where a workbook cannot tell (削減努力, 見直し). */
  readonly evidence: readonly StartSheetKind[];
}

export const START_STEPS: readonly StartStep[] = [
  { key: "plan", sections: ["plan"], evidence: ["plan"] },
  {
    key: "calculate",
    sections: ["sheet", "questionnaire", "collect"],
    evidence: ["boundary", "questionnaire", "collection"],
  },
  { key: "reduce", sections: ["sheet"], evidence: [] },
  { key: "credits", sections: ["ledger", "certificate"], evidence: ["ledger", "certificate"] },
  { key: "inform", sections: ["disclosure"], evidence: ["disclosure"] },
  { key: "review", sections: ["sheet", "collect"], evidence: [] },
];

/**
 * How the builders name each kind of sheet (src/sheets/builders boundary, questionnaire, disclosure, plan;
 * src/collect/builders/collection.ts; src/ledger/builders ledger-columns, certificate-columns). Written out rather than
 * imported, so the builders stay out of the pane's first chunks; the start page's test checks them against the builders.
 * Excel's " (2)" for a clash keeps the start.
 */
export const SHEET_NAME_PREFIXES: Readonly<Record<StartSheetKind, readonly string[]>> = {
  plan: ["企画書_"],
  boundary: ["算定_"],
  questionnaire: ["調査票_"],
  collection: ["回収一覧"],
  ledger: ["クレジット管理台帳"],
  certificate: ["証書_発行", "証書_受領"],
  disclosure: ["情報開示_"],
};

/** How many sheets of each of `kinds` the workbook has (kinds with none left out, in the order given). */
export function sheetsFound(
  kinds: readonly StartSheetKind[],
  sheetNames: readonly string[]
): readonly { readonly kind: StartSheetKind; readonly count: number }[] {
  return kinds
    .map((kind) => ({
      kind,
      count: sheetNames.filter((name) =>
        SHEET_NAME_PREFIXES[kind].some((prefix) => name.startsWith(prefix))
      ).length,
    }))
    .filter((found) => found.count > 0);
}
