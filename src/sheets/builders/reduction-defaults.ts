/** The 排出削減プロジェクト sheet's key and the defaults it is built with. */
export const REDUCTION_PROJECT_KEY = "reduction";
/** Blank rows after the methodology's activities in each block. */
export const BLANK_ACTIVITY_ROWS = 3;
/** Crediting period written into the sheet (an input cell): the guidebook's examples run 4–5 years. */
export const DEFAULT_CREDITING_YEARS = 5;
