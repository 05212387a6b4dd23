/** The pane around the sections: title, notices, tabs, loading. */
export type SectionKey =
  | "start"
  | "functions"
  | "sheet"
  | "questionnaire"
  | "collect"
  | "disclosure"
  | "settings"
  | "ledger"
  | "certificate"
  | "project"
  | "plan";

/** The pane's texts around the sections. */
export interface AppStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly inExcel: string;
  readonly outsideExcelTitle: string;
  readonly outsideExcel: string;
  /** Excel without custom functions (GHG.*): what the pane does instead. */
  readonly noCustomFunctionsTitle: string;
  readonly noCustomFunctions: string;
  readonly sectionsLabel: string;
  readonly sections: Readonly<Record<SectionKey, string>>;
  readonly loading: string;
  readonly sectionLoadFailedTitle: string;
  readonly sectionLoadFailed: (detail: string) => string;
  readonly dismiss: string;
}
