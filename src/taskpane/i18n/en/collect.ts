/** 回収: reading returned surveys and what they say. (English) */
import type { CollectStrings } from "../types/collect";
import { unitOf } from "../format";

export const collect: CollectStrings = {
  collectHelp:
    "Reads returned surveys (.xlsx) and lists the answers. Check what each respondent left missing or invalid, then write the collection list and calculation sheet into Excel.",
  collectPick: "Choose files",
  collectDrop: "Drop returned surveys here, or use “Choose files” (several at once).",
  collectPrivacy: "Files are read on this computer and sent nowhere.",
  collectReading: (done, total) => `Reading files (${done} of ${total})`,
  collectChecking: (done, total) => `Checking answers (${done} of ${total})`,
  collectClear: "Remove all chosen files",
  collectFailedTitle: "Could not read the files",
  collectFailed: (detail) => `The files could not be read. (${detail})`,
  collectSummaryTitle: "Collection status",
  summaryFiles: "Files",
  summaryCollected: "Collected",
  summaryComplete: "Complete",
  summaryDuplicates: "Duplicates",
  summarySkipped: "Unreadable",
  duplicatesTitle: "Duplicate files (not counted)",
  duplicateOf: (fileName) => `Same content as “${fileName}”.`,
  skippedTitle: "Files that could not be read",
  respondentsTitle: "By respondent",
  respondentComplete: "All answered",
  respondentProblems: (n) => `${n} answer${n === 1 ? "" : "s"} to check`,
  respondentNoAnswers: "No answers yet",
  stagePending: (stage, n) =>
    `No ${stage === "pre" ? "before-the-event" : "after-the-event"} answers yet (${n} question${n === 1 ? "" : "s"}).`,
  noRespondentName: "(no organization)",
  answerStatus: {
    missing: "missing",
    "not-a-number": "not a number",
    negative: "negative",
    "unknown-choice": "not in the list",
    "unknown-form": "unknown form",
  },
  questionLabel: (q) =>
    `No.${q.activityNumber} ${q.item}${unitOf(q) ? ` (${unitOf(q)})` : ""}, ${q.stage === "pre" ? "before" : "after"}`,
  collectSheetsHeading: "Collection list and calculation sheet",
  writeToExcel: "Write to Excel",
  collectWriteNote:
    "If a sheet of the same name exists, a new sheet with “(2)” etc. is written; existing sheets are left unchanged.",
};
