/** UI texts of the task pane: Japanese first, English where Office runs in English. */
import type { FunctionCategory } from "../../core/functions/types";
import type { DisplayLanguage } from "../office/excel-gateway";

export interface PaneStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly inExcel: string;
  readonly outsideExcelTitle: string;
  readonly outsideExcel: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly count: (shown: number, total: number) => string;
  readonly noMatch: string;
  readonly unit: string;
  readonly noUnit: string;
  readonly parameters: string;
  readonly noParameters: string;
  readonly optional: string;
  readonly example: string;
  readonly exampleResult: string;
  readonly insert: string;
  readonly insertTitle: (formula: string) => string;
  readonly inserted: (formula: string) => string;
  readonly insertFailedTitle: string;
  readonly insertFailed: (detail: string) => string;
  readonly notInExcelError: string;
  readonly invalidFormula: (formula: string) => string;
  readonly dismiss: string;
  readonly categories: Readonly<Record<FunctionCategory, string>>;
}

const ja: PaneStrings = {
  title: "カーボン・オフセット算定",
  subtitle: "GHG.* 関数の一覧",
  inExcel: "Excel に接続中",
  outsideExcelTitle: "Excel の外で開いています",
  outsideExcel:
    "この画面は Excel の外で開かれています。関数の一覧は見られますが、セルへの挿入は Excel の作業ウィンドウからのみ使えます。",
  searchLabel: "関数を検索",
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
  insert: "選択セルに挿入",
  insertTitle: (formula) => `${formula} を選択中のセルに入力します`,
  inserted: (formula) => `${formula} をセルに入力しました。`,
  insertFailedTitle: "挿入できませんでした",
  insertFailed: (detail) => `セルに数式を書き込めませんでした。セルの編集中やシートが保護されていないか確認してください。（${detail}）`,
  notInExcelError: "Excel の外ではセルに挿入できません。",
  invalidFormula: (formula) => `数式が正しくありません: ${formula}`,
  dismiss: "閉じる",
  categories: {
    energy: "エネルギー",
    transport: "運輸・移動",
    "lodging-print": "宿泊・印刷",
    forest: "森林吸収",
    credits: "クレジット",
    factors: "係数",
  },
};

const en: PaneStrings = {
  title: "Carbon Offset Calculator",
  subtitle: "GHG.* functions",
  inExcel: "In Excel",
  outsideExcelTitle: "Open outside Excel",
  outsideExcel:
    "This page is open outside Excel. You can browse the functions, but inserting them into cells only works in Excel's task pane.",
  searchLabel: "Search functions",
  searchPlaceholder: "e.g. diesel, electricity, forest",
  count: (shown, total) => (shown === total ? `${total} functions` : `${shown} of ${total} functions`),
  noMatch: "No function matches.",
  unit: "Unit",
  noUnit: "(text)",
  parameters: "Parameters",
  noParameters: "No parameters",
  optional: "optional",
  example: "Example",
  exampleResult: "Result",
  insert: "Insert into selected cell",
  insertTitle: (formula) => `Enter ${formula} into the active cell`,
  inserted: (formula) => `Entered ${formula} into the cell.`,
  insertFailedTitle: "Could not insert",
  insertFailed: (detail) =>
    `The formula could not be written to the cell. Check that no cell is being edited and the sheet is not protected. (${detail})`,
  notInExcelError: "Cells can only be filled inside Excel.",
  invalidFormula: (formula) => `Invalid formula: ${formula}`,
  dismiss: "Dismiss",
  categories: {
    energy: "Energy",
    transport: "Transport",
    "lodging-print": "Lodging & printing",
    forest: "Forest absorption",
    credits: "Credits",
    factors: "Factors",
  },
};

export function paneStrings(language: DisplayLanguage): PaneStrings {
  return language === "en" ? en : ja;
}
