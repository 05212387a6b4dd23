/**
 * UI texts of the task pane: Japanese first, English where Office runs in English. One folder per language, one file
 * per section in each (and its interface in types/), as HyperFormula keeps its languages.
 */
import type { DisplayLanguage } from "../office/excel-gateway";
import { en } from "./en";
import { ja } from "./ja";
import type { PaneStrings } from "./types/pane";

export type { SectionKey } from "./types/app";
export type { PaneStrings } from "./types/pane";

export function paneStrings(language: DisplayLanguage): PaneStrings {
  return language === "en" ? en : ja;
}
