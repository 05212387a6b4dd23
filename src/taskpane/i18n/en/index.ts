/** The pane in English. */
import { issueText } from "../issue-text";
import type { PaneStrings } from "../types/pane";
import { app } from "./app";
import { build } from "./build";
import { collect } from "./collect";
import { event } from "./event";
import { functions } from "./functions";
import { inputs, issues } from "./issues";
import { certificate, ledger } from "./ledger";
import { outputs } from "./outputs";
import { plan, project } from "./project";
import { settings } from "./settings";
import { start } from "./start";

export const en: PaneStrings = {
  ...app,
  ...functions,
  ...event,
  ...outputs,
  ...collect,
  ...build,
  ...settings,
  start,
  ledger,
  certificate,
  project,
  plan,
  inputs,
  issue: (issue, activityName) => issueText(issue, activityName, issues, inputs),
};
