/** The labels of the form inputs, and the wording of the forms' issues. */
import type { InputKey } from "../types/forms";
import type { IssueTexts } from "../types/issues";

export const inputs: Readonly<Record<InputKey, string>> = {
  kind: "Type",
  projectName: "Project name",
  projectNumber: "Project number",
  projectType: "Project type",
  region: "Region",
  period: "Project period",
  projectTotalT: "Project's total reductions (t-CO2)",
  serialFrom: "First serial",
  serialTo: "Last serial",
  acquired: "Acquired on",
  provider: "Bought from",
  name: "Name",
  municipality: "Municipality",
  activityEnd: "Ends on",
  creditsNeededT: "Needed (t-CO2)",
  holdingId: "Credits used",
  targetId: "Offset target",
  retired: "Retired on",
  retiredBy: "Retired by",
  certificateNumber: "Certificate number",
  direction: "Certificates",
  issuer: "Keeper",
  issuerContact: "Contact",
  prefix: "Number prefix",
  firstNumber: "First certificate number",
  firstYear: "First year",
  years: "Years",
  areaHa: "Area (ha)",
  species: "Species",
  ageAtStart: "Age (first year)",
  growth: "Growth (m³/ha·yr)",
  prefecture: "Prefecture",
  methodology: "Methodology",
  title: "Title",
  department: "Department",
  side: "Side",
};

export const issues: IssueTexts = {
  language: "en",
  fields: {
    "participants/whole-number": () =>
      "Enter the participants as a whole number of 0 or more (empty if unknown).",
    "participants/too-small": () =>
      "Enter the participants as a whole number of 0 or more (empty if unknown).",
    "days/whole-number": () => "Enter the days as a whole number of 1 or more.",
    "days/too-small": () => "Enter the days as a whole number of 1 or more.",
    "yenPerTonne/positive-number": () => "Enter the credit price as a number greater than 0.",
    "yenPerTonne/outside-guide-range": (d) =>
      `The credit price is outside the guidebook's range (${d} yen/t-CO2).`,
    "electricity/positive-number": () =>
      "Enter the electricity factor as a number greater than 0 (kg-CO2/kWh).",
    "electricity/unknown": () => "The chosen electricity factor is not in this factor set.",
    "factorSet/unknown": () => "The factor set was not found.",
    "settings/unknown": () => "A value on the Settings tab is invalid; please check it.",
    "actor/none-selected": () => "Choose an actor.",
    "activities/none-selected": () => "No activity is selected; the sheet will only have headings.",
    "method/no-method": (d, activityName) =>
      `“${activityName(d)}” has no calculation method and is left out.`,
    "stand/none-selected": () => "No stands: the sheet will only have headings.",
  },
  inputs: {
    required: (label, _, severity) =>
      severity === "error" ? `Enter the ${label.toLowerCase()}.` : `${label} is empty.`,
    serial: (label, d) =>
      `${label} “${d}” is not a serial number; enter letters and digit groups joined by hyphens, like JP-200-000-000-011-157.`,
    "serial-range": () =>
      "The last serial comes before the first, or the two differ in letters or digit groups.",
    date: (label, d) => `${label} “${d}” is not a date (e.g. 2011-10-16).`,
    "not-a-number": (label) => `Enter the ${label.toLowerCase()} as a number of 0 or more.`,
    "positive-number": (label) => `Enter the ${label.toLowerCase()} as a number greater than 0.`,
    "whole-number": (label) => `Enter the ${label.toLowerCase()} as a whole number.`,
    "too-small": (label, d) => `${label} must be at least ${d}.`,
    "too-large": (label, d) => `${label} must be at most ${d}.`,
    "missing-ref": (label) => `Choose the ${label.toLowerCase()}.`,
    unknown: (label, d) => `${label} “${d}” was not found.`,
  },
  places: {
    holding: (n) => `Holding "H${n}"`,
    target: (n) => `Target "T${n}"`,
    allocation: (n) => `Allocation row ${n}`,
    stand: (n) => `Stand ${n}`,
  },
  planRequired: (label) => `${label} is empty; the plan will show 〇〇部〇〇課.`,
  speciesUnknown: (d) => `Species “${d}” is not in the coefficient table.`,
};
