/** 設定: the defaults written into new sheets. (English) */
import type { SettingsStrings } from "../types/settings";

const usd = (n: number) => n.toLocaleString("en-US");

export const settings: SettingsStrings = {
  settingsHeading: "Defaults for new sheets",
  settingsHelp:
    "These values are written into the sheets you create, as visible cells. Sheets already created keep their results. The values are kept in this task pane only, never as a hidden setting in the workbook.",
  factorSet: "Factor set",
  electricity: "Electricity emission factor",
  electricityCustom: "Other (enter a number)",
  customElectricity: "Electricity factor (kg-CO2/kWh)",
  electricitySource: (title, table) => `Source: ${title} (${table})`,
  yenPerTonne: "Credit price (yen/t-CO2)",
  yenHelp: (min, max) =>
    `The guidebook's guide range is ${usd(min)}–${usd(max)} yen/t-CO2. Used for the cost estimate.`,
  resetSettings: "Restore defaults",
  settingsNotSaved:
    "The settings could not be saved on this computer; they apply until the pane is closed.",
  settingsInvalid: "A value on the Settings tab is invalid.",
};
