/** 算定シート, 調査票, 情報開示 and the files (.xlsx) saved from the pane. (English) */
import type { OutputStrings } from "../types/outputs";

export const outputs: OutputStrings = {
  sheetHelp: "Creates the boundary and calculation sheet from the scenario and the event details.",
  outputsHeading: "Also create",
  withQuestionnaires: "Surveys",
  withDisclosure: "Disclosure sheet",
  participantsPay: "Participants pay for the offset",
  questionnaireHelp: "Creates a survey per actor, asking for the activity data.",
  questionnaireActor: "Actor (respondent)",
  replyBy: "Reply by",
  replyByPlaceholder: "e.g. 30 November 2011",
  contact: "Return to / contact",
  contactPlaceholder: "e.g. Environment Policy Division, ext. 1234",
  saveQuestionnaireFile: "Save as file (.xlsx)",
  questionnaireFileHelp:
    "Send the saved file to the respondent, e.g. by email. They fill in the input cells, save and send it back — no add-in needed. Read the returned files on the Collect tab.",
  questionnaireFilePrefix: "survey",
  savePortable: "Save as portable workbook (.xlsx)",
  portableHelp:
    "A workbook that computes without the add-in (Excel, Excel on the web and other spreadsheet programs).",
  portableFilePrefix: "calculation",
  makingFile: "Making the file…",
  savedTitle: "File saved",
  saved: (fileName) => `Saved “${fileName}”. If you cannot find it, look in your Downloads folder.`,
  saveFailedTitle: "Could not make the file",
  saveFailed: (detail) => `The file could not be made. (${detail})`,
  fileToolsLoadFailed: (detail) =>
    `The file tools could not be loaded; check the network and reopen the task pane. (${detail})`,
  disclosureHelp:
    "Creates the guidebook's table of information to provide, with notice and report templates.",
  whoPaysIrrelevant: "This scenario's table is the same whoever pays.",
};
