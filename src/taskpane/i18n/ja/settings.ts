/** 設定: the defaults written into new sheets. (Japanese) */
import type { SettingsStrings } from "../types/settings";

const yen = (n: number) => n.toLocaleString("ja-JP");

export const settings: SettingsStrings = {
  settingsHeading: "新しく作成するシートの既定値",
  settingsHelp:
    "ここでの値は、作成するシートに見えるセルとして書き込まれます。作成済みのシートの計算結果は変わりません。値はこの作業ウィンドウにだけ保存され、ブックには隠れた設定として残りません。",
  factorSet: "係数セット",
  electricity: "電力の排出係数",
  electricityCustom: "その他（数値を入力）",
  customElectricity: "電力の排出係数（kg-CO2/kWh）",
  electricitySource: (title, table) => `出典: ${title}（${table}）`,
  yenPerTonne: "クレジット単価（円/t-CO2）",
  yenHelp: (min, max) =>
    `ガイドブックの目安は ${yen(min)}〜${yen(max)} 円/t-CO2 です。費用の見積もりに使います。`,
  resetSettings: "既定値に戻す",
  settingsNotSaved:
    "設定をこのパソコンに保存できませんでした。作業ウィンドウを閉じるまで有効です。",
  settingsInvalid: "設定タブの値に誤りがあります。",
  draftsHeading: "入力の保存",
  draftsHelp: (inExcel) =>
    inExcel
      ? "催事・活動の選択・台帳・証書・プロジェクト・企画書の入力は、このブックに自動で保存され、作業ウィンドウを開き直しても残ります。作成済みのシートの値は変わりません。"
      : "催事・活動の選択・台帳・証書・プロジェクト・企画書の入力は、このブラウザーに自動で保存され、ページを開き直しても残ります。",
  clearDrafts: "入力をクリア",
  clearDraftsConfirm:
    "すべてのタブの入力（設定を除く）を消去して最初の状態に戻します。よろしいですか？作成済みのシートは消えません。",
  clearDraftsYes: "消去する",
  clearDraftsCancel: "キャンセル",
  draftsCleared: "入力をクリアしました。",
  draftsNotSaved: "入力を保存できませんでした。作業ウィンドウを閉じるまでは残ります。",
};
