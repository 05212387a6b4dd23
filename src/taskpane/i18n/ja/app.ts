/** The pane around the sections: title, notices, tabs, loading. (Japanese) */
import type { AppStrings } from "../types/app";

export const app: AppStrings = {
  title: "カーボン・オフセット算定",
  subtitle: "自治体向けガイドブックに沿った排出量の算定",
  inExcel: "Excel に接続中",
  outsideExcelTitle: "Excel の外で開いています",
  outsideExcel:
    "関数の一覧とシートのプレビューは使えます。セルへの挿入と「Excel に作成」は Excel の中でだけ使えます。",
  noCustomFunctionsTitle: "この Excel ではアドインの関数（GHG.*）が使えません",
  noCustomFunctions:
    "カスタム関数に対応していない Excel です（ボリューム ライセンス版の Office 2019 以前、iPad の Excel など）。シートは GHG.* 関数の代わりに Excel 標準の数式と「係数表」シートで作成するので、そのまま計算できます。関数をセルに挿入することはできません。",
  sectionsLabel: "機能",
  sections: {
    start: "はじめに",
    functions: "関数",
    sheet: "算定シート",
    questionnaire: "調査票",
    collect: "回収",
    disclosure: "情報開示",
    settings: "設定",
    ledger: "クレジット管理",
    certificate: "証書",
    project: "プロジェクト",
    plan: "企画書",
  },
  loading: "読み込み中…",
  sectionLoadFailedTitle: "この機能を読み込めませんでした",
  sectionLoadFailed: (detail) =>
    `ネットワークを確認し、作業ウィンドウを開き直してください。（${detail}）`,
  dismiss: "閉じる",
};
