/**
 * プロジェクト: a forest absorption project (B2, C1, C2: stands × years) or an emission-reduction project (B1: a J-VER
 * methodology), as typed, and the requests they become (pure).
 */
import { defaultFactorSet, lookupsOf } from "../../core";
import { JVER_METHODOLOGIES, type Methodology } from "../../core/data/jver-methodologies";
import { PREFECTURES } from "../../core/data/prefectures";
import type { Label } from "../../core/data/types";
import type { FactorSet } from "../../core/factor-sets/factor-set";
import type { BuildSettings } from "../../sheets/builders/options";
import type {
  ForestProjectRequest,
  ForestStand,
  ReductionProjectRequest,
} from "../../sheets/builders/project-options";
import type { ForestDraft, ForestScenario, ReductionDraft, StandDraft } from "./form-drafts";
import { checked, parseNumberText, type Checked, type FormIssue } from "./issues";
import { blankStand } from "./project-drafts";

export const FOREST_SCENARIOS: readonly ForestScenario[] = ["B2", "C1", "C2"];

export interface SpeciesOption {
  /** What the request carries: the Japanese name. */
  readonly value: string;
  readonly name: Label;
  /** その他針葉樹 / その他広葉樹: the coefficients depend on the prefecture. */
  readonly regional: boolean;
}

/** The species of the forest coefficient table, as users name them (the regional rows once each). */
export function speciesOptions(set: FactorSet = defaultFactorSet()): readonly SpeciesOption[] {
  return lookupsOf(set).forestSpecies.rows.map((choice) => ({
    value: choice.name.ja,
    name: choice.name,
    regional: choice.rows.some((row) => row.region !== undefined),
  }));
}

export interface PrefectureOption {
  readonly value: string;
  readonly name: Label;
}

export const PREFECTURE_OPTIONS: readonly PrefectureOption[] = PREFECTURES.map((p) => ({
  value: p.name.ja,
  name: p.name,
}));

/** The reduction (E) and L methodologies, in the table's order; removal ones (R) belong to the forest form. */
export const REDUCTION_METHODOLOGIES: readonly Methodology[] = JVER_METHODOLOGIES.filter(
  (m) => m.kind === "reduction"
);

export { initialProjectForm } from "./project-drafts";

function nextStandId(stands: readonly StandDraft[]): string {
  const max = stands.reduce((m, s) => Math.max(m, Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0)), 0);
  return `s${max + 1}`;
}

/** A new row under the others; it takes the species and prefecture of the last row (stands are often alike). */
export function addStand(forest: ForestDraft): ForestDraft {
  const last = forest.stands[forest.stands.length - 1];
  const stand = {
    ...blankStand(nextStandId(forest.stands), last?.species),
    prefecture: last?.prefecture ?? "",
  };
  return { ...forest, stands: [...forest.stands, stand] };
}

export function updateStand(
  forest: ForestDraft,
  id: string,
  patch: Partial<Omit<StandDraft, "id">>
): ForestDraft {
  return { ...forest, stands: forest.stands.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

export function removeStand(forest: ForestDraft, id: string): ForestDraft {
  return { ...forest, stands: forest.stands.filter((s) => s.id !== id) };
}

/**
 * An example in the shape of the guidebook's plans (公有林の植栽・間伐, 5 years, スギ・ヒノキ). The guidebook prints no
 * figures (〇〇 ha): the areas, ages and growth here are made up for the example.
 */
export function forestExample(forest: ForestDraft): ForestDraft {
  return {
    ...forest,
    projectName: "○○市公有林の森林整備プロジェクト（例）",
    years: "5",
    stands: [
      {
        id: "s1",
        name: "1林班い小班",
        areaHa: "12.5",
        species: "スギ",
        ageAtStart: "35",
        growth: "8",
        prefecture: "東京都",
      },
      {
        id: "s2",
        name: "1林班ろ小班",
        areaHa: "8",
        species: "ヒノキ",
        ageAtStart: "28",
        growth: "6.5",
        prefecture: "東京都",
      },
      {
        id: "s3",
        name: "2林班は小班",
        areaHa: "5",
        species: "その他広葉樹",
        ageAtStart: "45",
        growth: "3",
        prefecture: "東京都",
      },
    ],
  };
}

function wholeNumber(
  text: string,
  input: string,
  min: number,
  max: number,
  row?: number
): number | FormIssue {
  const at =
    row === undefined
      ? { field: "project" as const, input }
      : { field: "stand" as const, input, row };
  if (text.trim() === "") return { ...at, code: "required", severity: "error" };
  const value = parseNumberText(text);
  if (value === null || !Number.isInteger(value))
    return { ...at, code: "whole-number", severity: "error", detail: text.trim() };
  if (value < min) return { ...at, code: "too-small", severity: "error", detail: String(min) };
  if (value > max) return { ...at, code: "too-large", severity: "error", detail: String(max) };
  return value;
}

function positiveNumber(
  text: string,
  input: string,
  row: number,
  allowZero: boolean
): number | FormIssue {
  if (text.trim() === "")
    return { field: "stand", row, input, code: "required", severity: "error" };
  const value = parseNumberText(text);
  if (value === null || value < 0 || (!allowZero && value === 0))
    return {
      field: "stand",
      row,
      input,
      code: allowZero ? "not-a-number" : "positive-number",
      severity: "error",
      detail: text.trim(),
    };
  return value;
}

export function toForestRequest(
  forest: ForestDraft,
  settings: Checked<BuildSettings>,
  set: FactorSet = defaultFactorSet()
): Checked<ForestProjectRequest> {
  const issues: FormIssue[] = [];
  const take = (v: number | FormIssue, fallback: number): number => {
    if (typeof v === "number") return v;
    issues.push(v);
    return fallback;
  };
  if (forest.projectName.trim() === "")
    issues.push({ field: "project", input: "projectName", code: "required", severity: "warning" });
  const firstYear = take(wholeNumber(forest.firstYear, "firstYear", 1990, 2100), 0);
  const years = take(wholeNumber(forest.years, "years", 1, 50), 0);
  if (forest.stands.length === 0)
    issues.push({ field: "stand", code: "none-selected", severity: "warning" });
  const species = speciesOptions(set);
  const stands: ForestStand[] = forest.stands.map((s, i) => {
    const row = i + 1;
    const choice = species.find((o) => o.value === s.species);
    if (!choice)
      issues.push({
        field: "stand",
        row,
        input: "species",
        code: "unknown",
        severity: "error",
        detail: s.species,
      });
    const prefecture = s.prefecture.trim();
    if (prefecture === "" && choice?.regional)
      issues.push({
        field: "stand",
        row,
        input: "prefecture",
        code: "required",
        severity: "error",
        detail: s.species,
      });
    if (prefecture !== "" && !PREFECTURE_OPTIONS.some((p) => p.value === prefecture))
      issues.push({
        field: "stand",
        row,
        input: "prefecture",
        code: "unknown",
        severity: "error",
        detail: prefecture,
      });
    return {
      name: s.name.trim() || `${row}`,
      areaHa: take(positiveNumber(s.areaHa, "areaHa", row, false), 0),
      species: s.species,
      ageAtStart: take(wholeNumber(s.ageAtStart, "ageAtStart", 0, 300, row), 0),
      growthM3PerHaYear: take(positiveNumber(s.growth, "growth", row, true), 0),
      prefecture,
    };
  });
  if (!settings.ok) issues.push({ field: "settings", code: "unknown", severity: "error" });
  else issues.push(...settings.warnings);
  const request: ForestProjectRequest = {
    scenario: forest.scenario,
    projectName: forest.projectName.trim(),
    firstYear,
    years,
    stands,
    settings: settings.ok
      ? settings.value
      : { factorSetId: set.id, electricityFactor: 0, yenPerTonne: 0 },
  };
  return checked(request, issues);
}

export function toReductionRequest(
  reduction: ReductionDraft,
  settings: Checked<BuildSettings>
): Checked<ReductionProjectRequest> {
  const issues: FormIssue[] = [];
  if (reduction.projectName.trim() === "")
    issues.push({ field: "project", input: "projectName", code: "required", severity: "warning" });
  if (!REDUCTION_METHODOLOGIES.some((m) => m.id === reduction.methodology)) {
    issues.push({
      field: "project",
      input: "methodology",
      code: "unknown",
      severity: "error",
      detail: reduction.methodology,
    });
  }
  if (!settings.ok) issues.push({ field: "settings", code: "unknown", severity: "error" });
  else issues.push(...settings.warnings);
  const request: ReductionProjectRequest = {
    projectName: reduction.projectName.trim(),
    methodology: reduction.methodology,
    settings: settings.ok
      ? settings.value
      : { factorSetId: "", electricityFactor: 0, yenPerTonne: 0 },
  };
  return checked(request, issues);
}
