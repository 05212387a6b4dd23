/** プレビュー / Excel に作成: the preview, building and what the build reports. */
export interface BuildStrings {
  readonly preview: string;
  readonly hidePreview: string;
  readonly build: string;
  readonly buildOnlyInExcel: string;
  readonly building: string;
  readonly builtTitle: string;
  readonly built: (names: readonly string[]) => string;
  readonly warningsTitle: string;
  readonly buildFailedTitle: string;
  readonly buildFailed: (detail: string) => string;
  readonly writerLoadFailed: (detail: string) => string;
  readonly invalidLayout: (detail: string) => string;
  readonly partialSheets: (names: readonly string[]) => string;
  /** Sheets a failed build finished before it failed. */
  readonly completeSheets: (names: readonly string[]) => string;
  readonly builderFailedTitle: string;
  readonly builderFailed: (detail: string) => string;
  /** Built with native formulas over the factor sheet `sheet` (Excel without custom functions). */
  readonly builtNative: (sheet: string) => string;
  readonly nativeFailedTitle: string;
  readonly untranslatableFunctions: (functions: readonly string[]) => string;
  readonly nativeFailed: (detail: string) => string;
  readonly previewNative: string;
  readonly checkInputTitle: string;
  readonly previewHeading: string;
  /** Said to screen readers when the preview opens: the sheets it shows. */
  readonly previewShown: (sheets: readonly string[]) => string;
  readonly previewNote: string;
  readonly previewSheets: string;
  readonly rowsTruncated: (shown: number, total: number) => string;
  readonly columnsTruncated: (shown: number, total: number) => string;
  readonly emptyLayout: string;
  readonly noLayouts: string;
  readonly summaryValidations: (n: number) => string;
  readonly summaryConditionalFormats: (n: number) => string;
  readonly summaryTables: (names: readonly string[]) => string;
  readonly summaryNames: (names: readonly string[]) => string;
  readonly summaryProtected: string;
  readonly summaryFreeze: (rows: number, columns: number) => string;
  readonly inputCell: string;
}
