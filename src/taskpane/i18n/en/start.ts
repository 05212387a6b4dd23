/** Start: the guidebook's flow. (English) */
import type { StartStrings } from "../types/start";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const start: StartStrings["start"] = {
  heading: "Carbon offsetting, step by step",
  intro:
    "Work through the guidebook's steps. Each step's buttons open the part of the pane that does it.",
  steps: {
    plan: {
      title: "Plan",
      text: "Decide which emissions are offset, by whom and with which credits, and write the plan.",
    },
    calculate: {
      title: "Calculate",
      text: "Estimate the activities' emissions on a calculation sheet; collect participants' data with questionnaires.",
    },
    reduce: {
      title: "Reduce",
      text: "Use the calculation sheet's results to cut what can be cut; only the rest is offset.",
    },
    credits: {
      title: "Obtain and cancel credits",
      text: "Obtain the credits needed, cancel them, and record them in the ledger and certificates.",
    },
    inform: {
      title: "Inform",
      text: "Show participants and residents the results and the offset on a disclosure sheet.",
    },
    review: {
      title: "Review",
      text: "After the event, calculate again (the sheet's after-event column, the returned questionnaires) and improve the next plan.",
    },
  },
  open: (section) => `Open ${section}`,
  sheets: {
    plan: (n) => plural(n, "plan sheet", "plan sheets"),
    boundary: (n) => plural(n, "calculation sheet", "calculation sheets"),
    questionnaire: (n) => plural(n, "questionnaire", "questionnaires"),
    collection: (n) => plural(n, "collection sheet", "collection sheets"),
    ledger: (n) => plural(n, "credit ledger", "credit ledgers"),
    certificate: (n) => plural(n, "certificate sheet", "certificate sheets"),
    disclosure: (n) => plural(n, "disclosure sheet", "disclosure sheets"),
  },
  done: "In this workbook",
  notYet: "Not in this workbook yet",
  checking: "Reading the workbook's sheets…",
  refresh: "Refresh",
  statusInExcelOnly: "Opened inside Excel, the pane shows how far this workbook has got.",
  statusFailed: "The workbook's sheets could not be read, so progress is not shown.",
};
