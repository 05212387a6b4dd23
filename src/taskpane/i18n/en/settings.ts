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
  draftsHeading: "Saved inputs",
  draftsHelp: (inExcel) =>
    inExcel
      ? "What you type for the event, activity choices, ledger, certificates, project and plan is saved in this workbook automatically and is still there when the pane is reopened. Sheets already built do not change."
      : "What you type for the event, activity choices, ledger, certificates, project and plan is saved in this browser automatically and is still there when the page is reopened.",
  clearDrafts: "Clear inputs",
  clearDraftsConfirm:
    "Clear what is typed on every tab (except the settings) and start again? Sheets already built are not removed.",
  clearDraftsYes: "Clear",
  clearDraftsCancel: "Cancel",
  draftsCleared: "The inputs were cleared.",
  draftsNotSaved: "The inputs could not be saved; they stay until the pane is closed.",
};
