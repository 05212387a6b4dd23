/** 入力欄の名前と、フォームの問題の文言。 */
import type { InputKey } from "../types/forms";
import type { IssueTexts } from "../types/issues";

export const inputs: Readonly<Record<InputKey, string>> = {
  kind: "種類",
  projectName: "プロジェクト名",
  projectNumber: "プロジェクト番号",
  projectType: "プロジェクトの種類",
  region: "実施地域",
  period: "プロジェクト期間",
  projectTotalT: "プロジェクトの排出削減・吸収量（t-CO2）",
  serialFrom: "シリアル番号（始）",
  serialTo: "シリアル番号（終）",
  acquired: "取得日",
  provider: "購入先",
  name: "名称",
  municipality: "自治体",
  activityEnd: "終了日",
  creditsNeededT: "必要量（t-CO2）",
  holdingId: "使うクレジット",
  targetId: "オフセットの対象",
  retired: "無効化日",
  retiredBy: "無効化の実施者",
  certificateNumber: "証書番号",
  direction: "証書",
  issuer: "証書の管理者",
  issuerContact: "連絡先",
  prefix: "証書番号の接頭部",
  firstNumber: "証書の最初の番号",
  firstYear: "開始年度",
  years: "年数",
  areaHa: "面積（ha）",
  species: "樹種",
  ageAtStart: "林齢（開始年度）",
  growth: "成長量（m³/ha・年）",
  prefecture: "都道府県",
  methodology: "方法論",
  title: "件名",
  department: "担当部署",
  side: "企画書の立場",
};

export const issues: IssueTexts = {
  language: "ja",
  fields: {
    "participants/whole-number": () =>
      "参加者数は 0 以上の整数で入力してください（分からなければ空欄）。",
    "participants/too-small": () =>
      "参加者数は 0 以上の整数で入力してください（分からなければ空欄）。",
    "days/whole-number": () => "日数は 1 以上の整数で入力してください。",
    "days/too-small": () => "日数は 1 以上の整数で入力してください。",
    "yenPerTonne/positive-number": () => "クレジット単価は 0 より大きい数で入力してください。",
    "yenPerTonne/outside-guide-range": (d) =>
      `クレジット単価がガイドブックの目安（${d} 円/t-CO2）の範囲外です。`,
    "electricity/positive-number": () =>
      "電力の排出係数は 0 より大きい数（kg-CO2/kWh）で入力してください。",
    "electricity/unknown": () => "選んだ電力の排出係数がこの係数セットにありません。",
    "factorSet/unknown": () => "係数セットが見つかりません。",
    "settings/unknown": () => "設定タブの値に誤りがあります。設定を確認してください。",
    "actor/none-selected": () => "主体を選んでください。",
    "activities/none-selected": () =>
      "活動が 1 つも選ばれていません。見出しだけのシートになります。",
    "method/no-method": (d, activityName) =>
      `「${activityName(d)}」には選べる算定方法がないため、含められません。`,
    "stand/none-selected": () => "林分がありません。見出しだけのシートになります。",
  },
  inputs: {
    required: (label, _, severity) =>
      severity === "error" ? `${label}を入力してください。` : `${label}が空欄です。`,
    serial: (label, d) =>
      `${label}「${d}」を読み取れません。JP-200-000-000-011-157 のように、英字と数字の区切りをハイフン（-）でつないで入力してください。`,
    "serial-range": () =>
      "シリアル番号（終）が（始）より前か、（始）と英字・桁の区切りが違います。",
    date: (label, d) => `${label}「${d}」を日付として読み取れません（例: 2011-10-16）。`,
    "not-a-number": (label) => `${label}は 0 以上の数で入力してください。`,
    "positive-number": (label) => `${label}は 0 より大きい数で入力してください。`,
    "whole-number": (label) => `${label}は整数で入力してください。`,
    "too-small": (label, d) => `${label}は ${d} 以上にしてください。`,
    "too-large": (label, d) => `${label}は ${d} 以下にしてください。`,
    "missing-ref": (label) => `${label}を選んでください。`,
    unknown: (label, d) => `${label}「${d}」が見つかりません。`,
  },
  places: {
    holding: (n) => `保有「H${n}」`,
    target: (n) => `対象「T${n}」`,
    allocation: (n) => `割当 ${n} 行目`,
    stand: (n) => `林分 ${n}`,
  },
  planRequired: (label) => `${label}が空欄です。企画書には「〇〇部〇〇課」と表示されます。`,
  speciesUnknown: (d) => `樹種「${d}」は係数の表にありません。`,
};
