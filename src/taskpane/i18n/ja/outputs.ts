/** 算定シート, 調査票, 情報開示 and the files (.xlsx) saved from the pane. (Japanese) */
import type { OutputStrings } from "../types/outputs";

export const outputs: OutputStrings = {
  sheetHelp: "シナリオと行事の情報から、バウンダリ・算定シートを作成します。",
  outputsHeading: "一緒に作成するシート",
  withQuestionnaires: "調査票も作成",
  withDisclosure: "情報開示シートも作成",
  participantsPay: "参加者がオフセットの費用を負担する",
  questionnaireHelp: "主体ごとに、活動量を記入してもらう調査票を作成します。",
  questionnaireActor: "主体（回答者）",
  replyBy: "回答期限",
  replyByPlaceholder: "例: 2011年11月30日",
  contact: "提出先・問い合わせ先",
  contactPlaceholder: "例: 環境政策課 ○○（内線 1234）",
  saveQuestionnaireFile: "ファイルとして保存 (.xlsx)",
  questionnaireFileHelp:
    "保存したファイルをメールなどで回答者に送ってください。回答者は入力欄に記入して保存し、そのまま返送します（アドインは不要です）。返ってきたファイルは「回収」タブでまとめて読み込めます。",
  questionnaireFilePrefix: "調査票",
  savePortable: "互換ブックとして保存 (.xlsx)",
  portableHelp:
    "アドインがなくても計算できるブックです（Excel、Excel on the web、その他の表計算ソフトで開けます）。",
  portableFilePrefix: "算定シート",
  makingFile: "ファイルを作成中…",
  savedTitle: "ファイルを保存しました",
  saved: (fileName) =>
    `「${fileName}」を保存しました。見つからないときは「ダウンロード」フォルダーを確認してください。`,
  saveFailedTitle: "ファイルを作成できませんでした",
  saveFailed: (detail) => `ファイルを作成できませんでした。（${detail}）`,
  fileToolsLoadFailed: (detail) =>
    `ファイルを扱う機能を読み込めませんでした。ネットワークを確認し、作業ウィンドウを開き直してください。（${detail}）`,
  disclosureHelp: "ガイドブックの「提供すべき情報」の表と、周知・報告の文例をシートにします。",
  whoPaysIrrelevant: "このシナリオの表は、費用の負担者によらず共通です。",
};
