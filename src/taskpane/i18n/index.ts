/**
 * UI texts of the task pane: Japanese first, English where Office runs in English. One folder per language, one file
 * per section in each (and its interface in types/), as HyperFormula keeps its languages.
 */
import type { DisplayLanguage } from "../office/excel-gateway";
import { en } from "./en";
import { ja } from "./ja";
import type { PaneStrings } from "./types/pane";

export type { AppStrings, SectionKey } from "./types/app";
export type { BuildStrings } from "./types/build";
export type { CollectStrings } from "./types/collect";
export type { EventStrings } from "./types/event";
export type { CertificateStrings, InputKey, LedgerStrings, PlanStrings, ProjectStrings } from "./types/forms";
export type { FunctionStrings } from "./types/functions";
export type { IssueTexts } from "./types/issues";
export type { OutputStrings } from "./types/outputs";
export type { PaneStrings } from "./types/pane";
export type { SettingsStrings } from "./types/settings";

export function paneStrings(language: DisplayLanguage): PaneStrings {
  return language === "en" ? en : ja;
}
