/** The 森林吸収プロジェクト sheet's key, the scenarios it serves and its defaults. */
import type { ForestProjectRequest } from "./project-options";

export const FOREST_PROJECT_KEY = "forest";
export const DEFAULT_SPARE_STANDS = 2;

/** The scenarios a forest project serves, as the guidebook names them (取組方法 B2, C1, C2). */
export const FOREST_SCENARIO_NAMES = {
  B2: "B2：吸収活動によるクレジット創出",
  C1: "C1：企業等への排出削減・吸収価値の提供【特定者間完結型】",
  C2: "C2：自治体同士での排出削減・吸収価値の交換【特定者間完結型】",
} as const satisfies Record<ForestProjectRequest["scenario"], string>;

export interface ForestLayoutOptions {
  /** Blank stand rows (with their year rows) after the request's stands; default 2. */
  readonly spareStands?: number;
}
