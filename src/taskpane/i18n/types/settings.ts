/** 設定: the defaults written into new sheets. */
export interface SettingsStrings {
  readonly settingsHeading: string;
  readonly settingsHelp: string;
  readonly factorSet: string;
  readonly electricity: string;
  readonly electricityCustom: string;
  readonly customElectricity: string;
  readonly electricitySource: (title: string, table: string) => string;
  readonly yenPerTonne: string;
  readonly yenHelp: (min: number, max: number) => string;
  readonly resetSettings: string;
  readonly settingsNotSaved: string;
  readonly settingsInvalid: string;
  /** What is typed in the forms, kept for this workbook (drafts), and clearing it. */
  readonly draftsHeading: string;
  readonly draftsHelp: (inExcel: boolean) => string;
  readonly clearDrafts: string;
  readonly clearDraftsConfirm: string;
  readonly clearDraftsYes: string;
  readonly clearDraftsCancel: string;
  readonly draftsCleared: string;
  readonly draftsNotSaved: string;
}
