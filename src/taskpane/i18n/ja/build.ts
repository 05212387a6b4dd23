/** プレビュー / Excel に作成: the preview, building and what the build reports. (Japanese) */
import type { BuildStrings } from "../types/build";

export const build: BuildStrings = {
  preview: "プレビュー",
  hidePreview: "プレビューを閉じる",
  build: "Excel に作成",
  buildOnlyInExcel: "Excel の作業ウィンドウで開いたときに使えます",
  building: "作成中…",
  builtTitle: "シートを作成しました",
  built: (names) => `${names.length} 枚: ${names.join("、")}`,
  warningsTitle: "確認してください",
  buildFailedTitle: "作成できませんでした",
  buildFailed: (detail) =>
    `Excel にシートを書き込めませんでした。セルの編集中でないか、ブックが保護されていないか確認してください。（${detail}）`,
  writerLoadFailed: (detail) =>
    `作成機能を読み込めませんでした。作業ウィンドウを開き直してください。（${detail}）`,
  invalidLayout: (detail) =>
    `シートの内容に不整合があるため、何も書き込みませんでした。（${detail}）`,
  partialSheets: (names) =>
    `次のシートは作成が完了していません（途中までの内容が残っています）。不要なら削除してから作り直してください: ${names.join("、")}`,
  completeSheets: (names) => `次のシートは最後まで作成済みです: ${names.join("、")}`,
  builderFailedTitle: "シートの内容を組み立てられませんでした",
  builderFailed: (detail) => `選んだ内容ではシートを作れません。（${detail}）`,
  builtNative: (sheet) =>
    `この Excel ではアドインの関数が使えないため、GHG.* 関数の代わりに Excel 標準の数式で作成しました。係数は「${sheet}」シートにあります。`,
  nativeFailedTitle: "この Excel では作成できません",
  untranslatableFunctions: (functions) =>
    `${functions.map((f) => `GHG.${f}`).join("、")} は Excel 標準の数式に置き換えられないため、カスタム関数のないこの Excel では計算できるシートを作れません。何も書き込んでいません。Microsoft 365 や Excel on the web など、カスタム関数に対応した Excel で作成してください。`,
  nativeFailed: (detail) =>
    `数式を Excel 標準の数式に置き換えられなかったため、何も書き込んでいません。（${detail}）`,
  previewNative:
    "この Excel では、GHG.* 関数を Excel 標準の数式に置き換え、「係数表」シートを加えて作成します。",
  checkInputTitle: "入力を確認してください",
  previewHeading: "プレビュー",
  previewShown: (sheets) => `プレビューを表示しました：${sheets.join("、")}`,
  previewNote: "Excel に作成される内容です。数式は文字のまま表示しています。",
  previewSheets: "シート",
  rowsTruncated: (shown, total) => `先頭 ${shown} 行のみ表示しています（全 ${total} 行）。`,
  columnsTruncated: (shown, total) => `先頭 ${shown} 列のみ表示しています（全 ${total} 列）。`,
  emptyLayout: "このシートは空です。",
  noLayouts: "作成されるシートはありません。",
  summaryValidations: (n) => `入力規則 ${n} 件`,
  summaryConditionalFormats: (n) => `条件付き書式 ${n} 件`,
  summaryTables: (names) => `テーブル: ${names.join("、")}`,
  summaryNames: (names) => `名前: ${names.join("、")}`,
  summaryProtected: "シート保護（入力欄のみ編集可）",
  summaryFreeze: (rows, columns) =>
    columns > 0
      ? `ウィンドウ枠の固定: ${rows} 行・${columns} 列`
      : `ウィンドウ枠の固定: ${rows} 行`,
  inputCell: "入力欄",
};
