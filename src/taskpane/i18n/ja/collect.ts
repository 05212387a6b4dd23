/** 回収: reading returned surveys and what they say. (Japanese) */
import type { CollectStrings } from "../types/collect";
import { unitOf } from "../format";

export const collect: CollectStrings = {
  collectHelp:
    "返送された調査票（.xlsx）を読み込み、回答を一覧にします。回答者ごとに未回答や誤りを確かめ、回収一覧と算定シートを Excel に書き込めます。",
  collectPick: "ファイルを選択",
  collectDrop:
    "返送された調査票をここにドロップするか、「ファイルを選択」で選んでください（複数可）。",
  collectPrivacy: "ファイルはこのパソコンの中で読み取ります。どこにも送信しません。",
  collectReading: (done, total) => `ファイルを読み込み中（${done} / ${total} 件）`,
  collectChecking: (done, total) => `回答を確認中（${done} / ${total} 件）`,
  collectClear: "選んだファイルをすべて外す",
  collectFailedTitle: "読み込めませんでした",
  collectFailed: (detail) => `ファイルを読み込めませんでした。（${detail}）`,
  collectSummaryTitle: "回収の状況",
  summaryFiles: "ファイル",
  summaryCollected: "回収",
  summaryComplete: "回答完了",
  summaryDuplicates: "重複",
  summarySkipped: "読み取れず",
  duplicatesTitle: "重複しているファイル（集計に含めません）",
  duplicateOf: (fileName) => `「${fileName}」と同じ内容です。`,
  skippedTitle: "読み取れなかったファイル",
  respondentsTitle: "回答者ごとの状況",
  respondentComplete: "すべて回答済み",
  respondentProblems: (n) => `確認が必要な回答 ${n} 件`,
  respondentNoAnswers: "まだ回答がありません",
  stagePending: (stage, n) =>
    `${stage === "pre" ? "事前" : "事後"}の回答はまだありません（${n} 項目）。`,
  noRespondentName: "（団体名なし）",
  answerStatus: {
    missing: "未回答",
    "not-a-number": "数値ではない",
    negative: "負の値",
    "unknown-choice": "一覧にない選択肢",
    "unknown-form": "不明な様式",
  },
  questionLabel: (q) =>
    `No.${q.activityNumber} ${q.item}${unitOf(q) ? `（${unitOf(q)}）` : ""}・${q.stage === "pre" ? "事前" : "事後"}`,
  collectSheetsHeading: "回収一覧と算定シート",
  writeToExcel: "Excel に書き込む",
  collectWriteNote:
    "同じ名前のシートがあるときは「(2)」などを付けた新しいシートに書き込みます。既存のシートは変更しません。",
};
