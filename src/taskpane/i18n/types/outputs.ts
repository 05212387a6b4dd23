/** 算定シート, 調査票, 情報開示 and the files (.xlsx) saved from the pane. */
export interface OutputStrings {
  readonly sheetHelp: string;
  readonly outputsHeading: string;
  readonly withQuestionnaires: string;
  readonly withDisclosure: string;
  readonly participantsPay: string;
  readonly questionnaireHelp: string;
  readonly questionnaireActor: string;
  readonly replyBy: string;
  readonly replyByPlaceholder: string;
  readonly contact: string;
  readonly contactPlaceholder: string;
  readonly saveQuestionnaireFile: string;
  readonly questionnaireFileHelp: string;
  readonly questionnaireFilePrefix: string;
  readonly savePortable: string;
  readonly portableHelp: string;
  readonly portableFilePrefix: string;
  readonly makingFile: string;
  readonly savedTitle: string;
  readonly saved: (fileName: string) => string;
  readonly saveFailedTitle: string;
  readonly saveFailed: (detail: string) => string;
  readonly fileToolsLoadFailed: (detail: string) => string;
  readonly disclosureHelp: string;
  readonly whoPaysIrrelevant: string;
}
