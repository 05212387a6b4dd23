/**
 * What the project-forms tests share: the pane's strings, default settings and a small ledger typed as a user would.
 */
import { DEFAULT_SETTINGS, type BuildSettings } from "../../src/sheets/builders/options";
import { paneStrings } from "../../src/taskpane/i18n";
import { checked, type Checked, type FormIssue } from "../../src/taskpane/state/issues";
import {
  EMPTY_LEDGER,
  addHolding,
  addTarget,
  updateHolding,
  updateTarget,
} from "../../src/taskpane/state/ledger-form";
import type { LedgerForm } from "../../src/taskpane/state/form-drafts";

export const ja = paneStrings("ja");
export const en = paneStrings("en");
export const SETTINGS: Checked<BuildSettings> = checked(DEFAULT_SETTINGS, []);
export const word = (issue: FormIssue, strings = ja) => strings.issue(issue, (k) => k);

/** A ledger with one 10 t holding and two targets, typed as a user would. */
export function smallLedger(): LedgerForm {
  let form = addTarget(addTarget(addHolding(EMPTY_LEDGER)));
  form = updateHolding(form, "H1", {
    projectName: "森林 J-VER",
    serialFrom: "JP-200-000-000-050-001",
    serialTo: "JP-200-000-000-050-010",
  });
  form = updateTarget(form, "T1", {
    name: "環境フェア",
    creditsNeededT: "3",
    activityEnd: "2011/10/16",
  });
  form = updateTarget(form, "T2", {
    name: "講演会",
    creditsNeededT: "2",
    activityEnd: "2011-11-05",
  });
  return form;
}
