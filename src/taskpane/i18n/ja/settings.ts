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
};
