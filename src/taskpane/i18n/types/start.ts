/** The start page (はじめに): the guidebook's flow as steps, each opening the sections that do it. */

/** The steps of the guidebook's flow, in its order. */
export type StartStepKey = "plan" | "calculate" | "reduce" | "credits" | "inform" | "review";

/** The kinds of sheet the pane builds that show a step's progress in a workbook. */
export type StartSheetKind =
  "plan" | "boundary" | "questionnaire" | "collection" | "ledger" | "certificate" | "disclosure";

export interface StartStepStrings {
  readonly title: string;
  /** What the step means, in one line. */
  readonly text: string;
}

export interface StartStrings {
  readonly start: {
    readonly heading: string;
    readonly intro: string;
    readonly steps: Readonly<Record<StartStepKey, StartStepStrings>>;
    /** The label of a button that opens a section (its tab's name). */
    readonly open: (section: string) => string;
    /** The sheets of a kind found in the workbook, e.g. "調査票 3 枚". */
    readonly sheets: Readonly<Record<StartSheetKind, (count: number) => string>>;
    readonly done: string;
    readonly notYet: string;
    readonly checking: string;
    readonly refresh: string;
    /** Outside Excel the pane cannot see a workbook. */
    readonly statusInExcelOnly: string;
    readonly statusFailed: string;
  };
}
