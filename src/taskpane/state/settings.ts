/**
 * 設定: the defaults written into newly built sheets as visible cells (factor set, electricity factor, ¥/t).
 * They live in the pane's state and, where the browser allows it, in localStorage — never in the workbook as a
 * hidden setting: a sheet's formulas refer to the cells the builders write, so changing a setting here never
 * changes a result already in a workbook.
 */
import { FACTOR_SETS, DEFAULT_FACTOR_SET_ID, lookupsOf } from "../../core";
import { SOURCES } from "../../core/data/sources";
import type { Label, SourceId } from "../../core/data/types";
import type { FactorSet } from "../../core/factor-sets/factor-set";
import { DEFAULT_SETTINGS, type BuildSettings } from "../../sheets/builders/options";
import { checked, parseNumberText, type Checked, type FormIssue } from "./issues";

export interface SettingsState {
  readonly factorSetId: string;
  /** A factor of the set, or a number typed by the user. */
  readonly electricityMode: "factor" | "custom";
  /** Factor key of the set's electricity factors (used when electricityMode is "factor"). */
  readonly electricityKey: string;
  /** kg-CO2/kWh as typed (used when electricityMode is "custom"). */
  readonly customElectricity: string;
  /** 円/t-CO2 as typed. */
  readonly yenPerTonne: string;
}

export interface ElectricityOption {
  readonly key: string;
  readonly name: Label;
  readonly value: number;
  readonly unit: string;
  readonly source: SourceId;
  readonly sourceTitle: Label;
  readonly table: string;
}

/** The guidebook's range for the credit price, from the set's constants (5,000–20,000 円/t-CO2). */
export interface PriceRange {
  readonly min: number;
  readonly max: number;
}

export const SETTINGS_STORAGE_KEY = "ghg-offset.pane.settings.v1";

export function factorSetById(
  id: string,
  sets: readonly FactorSet[] = FACTOR_SETS
): FactorSet | undefined {
  return sets.find((s) => s.id === id);
}

function setOrDefault(id: string, sets: readonly FactorSet[]): FactorSet {
  return (
    factorSetById(id, sets) ?? factorSetById(DEFAULT_FACTOR_SET_ID, sets) ?? (sets[0] as FactorSet)
  );
}

export function electricityOptions(set: FactorSet): readonly ElectricityOption[] {
  return lookupsOf(set).electricity.rows.map((row) => ({
    key: row.key,
    name: row.name,
    value: row.value,
    unit: row.unit,
    source: row.citation.source,
    sourceTitle: SOURCES[row.citation.source].title,
    table: row.citation.table,
  }));
}

export function creditPriceRange(set: FactorSet): PriceRange {
  const constant = (key: string, fallback: number) =>
    set.constants.find((c) => c.key === key)?.value ?? fallback;
  return { min: constant("credit-price-min", 5000), max: constant("credit-price-max", 20000) };
}

/** DEFAULT_SETTINGS as form state. */
export function defaultSettingsState(sets: readonly FactorSet[] = FACTOR_SETS): SettingsState {
  return fromBuildSettings(DEFAULT_SETTINGS, sets);
}

function fromBuildSettings(settings: BuildSettings, sets: readonly FactorSet[]): SettingsState {
  const set = setOrDefault(settings.factorSetId, sets);
  const custom = typeof settings.electricityFactor === "number";
  return {
    factorSetId: set.id,
    electricityMode: custom ? "custom" : "factor",
    electricityKey: validElectricityKey(set, custom ? "" : String(settings.electricityFactor)),
    customElectricity: custom ? String(settings.electricityFactor) : "",
    yenPerTonne: String(settings.yenPerTonne),
  };
}

function validElectricityKey(set: FactorSet, key: string): string {
  const keys = electricityOptions(set).map((o) => o.key);
  if (keys.includes(key)) return key;
  return keys.includes(set.defaultElectricityKey) ? set.defaultElectricityKey : (keys[0] ?? "");
}

/** Another factor set keeps the electricity factor when the new set has it, else takes the set's default. */
export function changeFactorSet(
  state: SettingsState,
  factorSetId: string,
  sets: readonly FactorSet[] = FACTOR_SETS
): SettingsState {
  const set = setOrDefault(factorSetId, sets);
  return {
    ...state,
    factorSetId: set.id,
    electricityKey: validElectricityKey(set, state.electricityKey),
  };
}

/** BuildSettings for the builders, or what is wrong. A price outside the guide range is a warning only. */
export function toBuildSettings(
  state: SettingsState,
  sets: readonly FactorSet[] = FACTOR_SETS
): Checked<BuildSettings> {
  const issues: FormIssue[] = [];
  const set = factorSetById(state.factorSetId, sets);
  if (!set)
    issues.push({
      field: "factorSet",
      code: "unknown",
      severity: "error",
      detail: state.factorSetId,
    });

  let electricityFactor: string | number = state.electricityKey;
  if (state.electricityMode === "custom") {
    const value = parseNumberText(state.customElectricity);
    if (value === null || value <= 0)
      issues.push({ field: "electricity", code: "positive-number", severity: "error" });
    else electricityFactor = value;
  } else if (set && !electricityOptions(set).some((o) => o.key === state.electricityKey)) {
    issues.push({
      field: "electricity",
      code: "unknown",
      severity: "error",
      detail: state.electricityKey,
    });
  }

  const yen = parseNumberText(state.yenPerTonne);
  if (yen === null || yen <= 0) {
    issues.push({ field: "yenPerTonne", code: "positive-number", severity: "error" });
  } else if (set) {
    const range = creditPriceRange(set);
    if (yen < range.min || yen > range.max) {
      issues.push({
        field: "yenPerTonne",
        code: "outside-guide-range",
        severity: "warning",
        detail: `${range.min}–${range.max}`,
      });
    }
  }
  return checked(
    { factorSetId: state.factorSetId, electricityFactor, yenPerTonne: yen ?? 0 },
    issues
  );
}

/** Restores saved settings; anything unknown or malformed falls back to the default, field by field. */
export function restoreSettings(
  json: string | null,
  sets: readonly FactorSet[] = FACTOR_SETS
): SettingsState {
  const defaults = defaultSettingsState(sets);
  if (!json) return defaults;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return defaults;
  }
  if (typeof raw !== "object" || raw === null) return defaults;
  const saved = raw as Record<string, unknown>;
  const text = (key: string, fallback: string) =>
    typeof saved[key] === "string" ? (saved[key] as string) : fallback;
  const set = setOrDefault(text("factorSetId", defaults.factorSetId), sets);
  return {
    factorSetId: set.id,
    electricityMode: saved.electricityMode === "custom" ? "custom" : "factor",
    electricityKey: validElectricityKey(set, text("electricityKey", defaults.electricityKey)),
    customElectricity: text("customElectricity", ""),
    yenPerTonne: text("yenPerTonne", defaults.yenPerTonne),
  };
}

/** The part of Storage the pane uses (localStorage may be missing or throw in some Office webviews). */
export type SettingsStorage = Pick<Storage, "getItem" | "setItem">;

export function browserStorage(): SettingsStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadSettings(
  storage: SettingsStorage | null,
  sets: readonly FactorSet[] = FACTOR_SETS
): SettingsState {
  try {
    return restoreSettings(storage?.getItem(SETTINGS_STORAGE_KEY) ?? null, sets);
  } catch {
    return defaultSettingsState(sets);
  }
}

/** Returns false when the settings could not be stored (they still apply for this session). */
export function saveSettings(storage: SettingsStorage | null, state: SettingsState): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}
