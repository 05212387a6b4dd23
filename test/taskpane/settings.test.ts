/** 設定: defaults for new sheets, kept in the pane (and localStorage), never in the workbook. */
import { FACTOR_SETS, defaultFactorSet } from "../../src/core";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import {
  SETTINGS_STORAGE_KEY,
  changeFactorSet,
  creditPriceRange,
  defaultSettingsState,
  electricityOptions,
  loadSettings,
  restoreSettings,
  saveSettings,
  toBuildSettings,
  type SettingsState,
  type SettingsStorage,
} from "../../src/taskpane/state/settings";

const defaults = defaultSettingsState();

test("the defaults are DEFAULT_SETTINGS and build back to them", () => {
  expect(defaults).toEqual({
    factorSetId: DEFAULT_SETTINGS.factorSetId,
    electricityMode: "factor",
    electricityKey: DEFAULT_SETTINGS.electricityFactor,
    customElectricity: "",
    yenPerTonne: "10000",
  });
  expect(toBuildSettings(defaults)).toEqual({ ok: true, value: DEFAULT_SETTINGS, warnings: [] });
});

test("electricity options list the set's electricity factors with value, unit and source", () => {
  const options = electricityOptions(defaultFactorSet());
  expect(options.length).toBeGreaterThan(1);
  const tepco = options.find((o) => o.key === "tepco-2009-actual");
  expect(tepco).toMatchObject({ value: 0.384, unit: "kg-CO2/kWh", source: "elec-operator-2009" });
  expect(tepco?.sourceTitle.ja).toContain("電気事業者別");
});

test("the guide range for the credit price comes from the set (5,000–20,000 円/t-CO2)", () => {
  expect(creditPriceRange(defaultFactorSet())).toEqual({ min: 5000, max: 20000 });
});

test("a custom electricity factor is a number; a price outside the guide range is only a warning", () => {
  const custom: SettingsState = {
    ...defaults,
    electricityMode: "custom",
    customElectricity: "０．４５",
    yenPerTonne: "25,000",
  };
  const result = toBuildSettings(custom);
  expect(result.ok && result.value).toEqual({
    factorSetId: "jver-2011",
    electricityFactor: 0.45,
    yenPerTonne: 25000,
  });
  expect(result.ok && result.warnings).toEqual([
    {
      field: "yenPerTonne",
      code: "outside-guide-range",
      severity: "warning",
      detail: "5000–20000",
    },
  ]);
});

test("non-numbers, zero and unknown keys are errors", () => {
  const bad = toBuildSettings({
    ...defaults,
    electricityMode: "custom",
    customElectricity: "0",
    yenPerTonne: "abc",
  });
  expect(!bad.ok && bad.issues.map((i) => `${i.field}/${i.code}`)).toEqual([
    "electricity/positive-number",
    "yenPerTonne/positive-number",
  ]);
  const unknown = toBuildSettings({ ...defaults, factorSetId: "nope", electricityKey: "nope" });
  expect(!unknown.ok && unknown.issues.map((i) => `${i.field}/${i.code}`)).toContain(
    "factorSet/unknown"
  );
  const key = toBuildSettings({ ...defaults, electricityKey: "nope" });
  expect(!key.ok && key.issues.map((i) => `${i.field}/${i.code}`)).toEqual(["electricity/unknown"]);
});

test("changing the factor set keeps an electricity factor the set has", () => {
  const state = { ...defaults, electricityKey: "tepco-2009-adjusted" };
  expect(changeFactorSet(state, FACTOR_SETS[0]!.id).electricityKey).toBe("tepco-2009-adjusted");
  // An unknown set falls back to the default set.
  expect(changeFactorSet(state, "nope").factorSetId).toBe("jver-2011");
});

test("saved settings are restored field by field; anything unknown falls back to the default", () => {
  const saved: SettingsState = {
    ...defaults,
    electricityKey: "tepco-2009-adjusted",
    yenPerTonne: "12000",
  };
  expect(restoreSettings(JSON.stringify(saved))).toEqual(saved);
  expect(restoreSettings(null)).toEqual(defaults);
  expect(restoreSettings("{not json")).toEqual(defaults);
  expect(restoreSettings("42")).toEqual(defaults);
  expect(
    restoreSettings(JSON.stringify({ factorSetId: "gone", electricityKey: "gone", yenPerTonne: 5 }))
  ).toEqual(defaults);
  expect(
    restoreSettings(JSON.stringify({ electricityMode: "custom", customElectricity: "0.5" }))
  ).toMatchObject({ electricityMode: "custom", customElectricity: "0.5" });
});

test("load and save go through the storage given, and survive a storage that throws", () => {
  const map = new Map<string, string>();
  const storage: SettingsStorage = {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
  };
  const state = { ...defaults, yenPerTonne: "15000" };
  expect(saveSettings(storage, state)).toBe(true);
  expect(map.has(SETTINGS_STORAGE_KEY)).toBe(true);
  expect(loadSettings(storage)).toEqual(state);

  const broken: SettingsStorage = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  };
  expect(loadSettings(broken)).toEqual(defaults);
  expect(saveSettings(broken, state)).toBe(false);
  expect(saveSettings(null, state)).toBe(false);
  expect(loadSettings(null)).toEqual(defaults);
});
