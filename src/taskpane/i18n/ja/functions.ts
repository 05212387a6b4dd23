/** 関数: the function catalog, factor cards and inserting a formula into a cell. (Japanese) */
import type { FunctionStrings } from "../types/functions";
import { messages } from "../../../core/messages";

export const functions: FunctionStrings = {
  searchLabel: "関数・係数を検索",
  searchPlaceholder: "例: 軽油、電力、森林",
  count: (shown, total) => (shown === total ? `${total} 件の関数` : `${total} 件中 ${shown} 件`),
  noMatch: "一致する関数はありません。",
  unit: "単位",
  noUnit: "（文字列）",
  parameters: "引数",
  noParameters: "引数なし",
  optional: "省略可",
  example: "使用例",
  exampleResult: "結果",
  errorsNote: `入力に誤りがあると #VALUE! または #N/A になり、セルのエラー表示にマウスを合わせると直し方が出ます。#NUM! はメッセージを表示できません: ${messages.resultOverflow().ja}。`,
  insert: "選択セルに挿入",
  insertNamed: (name) => `${name} を選択セルに挿入`,
  searchClear: "検索語を消去",
  insertTitle: (formula) => `${formula} を選択中のセルに入力します`,
  inserted: (formula) => `${formula} をセルに入力しました。`,
  insertFailedTitle: "挿入できませんでした",
  insertFailed: (detail) =>
    `セルに数式を書き込めませんでした。セルの編集中やシートが保護されていないか確認してください。（${detail}）`,
  notInExcelError: "Excel の外ではセルに挿入できません。",
  noCustomFunctionsInsert: (formula) =>
    `この Excel ではアドインの関数が使えないため、${formula} は入力しませんでした（#NAME? になります）。「Excel に作成」で作るシートは Excel 標準の数式で計算します。`,
  invalidFormula: (formula) => `数式が正しくありません: ${formula}`,
  categories: {
    energy: "エネルギー",
    transport: "運輸・移動",
    "lodging-print": "宿泊・印刷",
    forest: "森林吸収",
    credits: "クレジット",
    factors: "係数",
  },
  functionsHeading: "関数",
  factorsHeading: "係数",
  factorCount: (n) => `${n} 件の係数`,
  jumpToFactors: (n) => `係数 ${n} 件へ`,
  factorValue: "値",
  factorSource: "出典",
  factorFormula: "数式",
};
