/**
 * The texts the specs look for, per language: the pane's own strings (src/taskpane/i18n/ja and en), kept here by
 * hand so that a changed string is a visible change to the tests.
 */
export type Lang = "ja" | "en";

/** The section keys: the tab's id is `panel-<key>`. */
export type Section =
  | "start"
  | "sheet"
  | "questionnaire"
  | "collect"
  | "disclosure"
  | "settings"
  | "functions"
  | "ledger"
  | "certificate"
  | "project"
  | "plan";

export const TEXTS = {
  ja: {
    title: "カーボン・オフセット算定",
    outside: "Excel の外で開いています",
    insert: "選択セルに挿入",
    noMatch: "一致する関数はありません",
    tabs: {
      start: "はじめに",
      sheet: "算定シート",
      questionnaire: "調査票",
      collect: "回収",
      disclosure: "情報開示",
      settings: "設定",
      functions: "関数",
      ledger: "クレジット管理",
      certificate: "証書",
      project: "プロジェクト",
      plan: "企画書",
    },
    sections: "機能",
    scenario: "シナリオ",
    build: "Excel に作成",
    buildTooltip: "Excel の作業ウィンドウで開いたときに使えます",
    participantsPay: "参加者がオフセットの費用を負担する",
    yen: "クレジット単価（円/t-CO2）",
    electricity: "電力の排出係数",
    electricityOption: "東京電力・調整後排出係数",
    settingsInvalid: "設定タブの値に誤りがあります",
    yenPositive: "クレジット単価は 0 より大きい数",
    yenRange: "範囲外",
    savedTitle: "ファイルを保存しました",
    questionnairePrefix: "調査票_",
    portablePrefix: "算定シート_",
    duplicates: "重複しているファイル",
    skipped: "読み取れなかったファイル",
    statusWords: ["数値ではない", "負の値"],
    minatoTonnes: "2 t-CO2",
    serialFrom: "シリアル番号（始）",
    serialError: "ハイフンで区切られていません",
    certificateDirection: "証書",
    issued: "発行する証書",
    issuer: "証書の管理者・発行者（団体）",
    prefix: "証書番号の接頭部",
    projectKind: "プロジェクトの種類",
    reduction: "排出削減（B1）",
    methodology: "方法論",
    addStand: "林分を追加",
    approach: "取組方法",
    withForest: "森林吸収プロジェクトのシート",
    forest: "森林吸収",
    removeStand: /を削除$/,
    factorQuery: "軽油",
  },
  en: {
    title: "Carbon Offset Calculator",
    outside: "Open outside Excel",
    insert: "Insert into selected cell",
    noMatch: "No function matches",
    tabs: {
      start: "Start",
      sheet: "Sheet",
      questionnaire: "Survey",
      collect: "Collect",
      disclosure: "Disclosure",
      settings: "Settings",
      functions: "Functions",
      ledger: "Credits",
      certificate: "Certificates",
      project: "Projects",
      plan: "Plan",
    },
    sections: "Sections",
    scenario: "Scenario",
    build: "Create in Excel",
    buildTooltip: "Available when the pane runs in Excel",
    participantsPay: "Participants pay for the offset",
    yen: "Credit price (yen/t-CO2)",
    electricity: "Electricity emission factor",
    electricityOption: "TEPCO FY2009 adjusted",
    settingsInvalid: "A value on the Settings tab is invalid",
    yenPositive: "Enter the credit price as a number greater than 0",
    yenRange: "outside the guidebook's range",
    savedTitle: "File saved",
    questionnairePrefix: "survey_",
    portablePrefix: "calculation_",
    duplicates: "Duplicate files",
    skipped: "Files that could not be read",
    statusWords: ["not a number", "negative"],
    minatoTonnes: "2 t-CO2",
    serialFrom: "First serial",
    serialError: "has no hyphen-separated blocks",
    certificateDirection: "Certificates",
    issued: "Issued by us",
    issuer: "Issued and kept by (organization)",
    prefix: "Number prefix",
    projectKind: "Project type",
    reduction: "Emission reduction (B1)",
    methodology: "Methodology",
    addStand: "Add a stand",
    approach: "Approach",
    withForest: "Build with the forest project sheet",
    forest: "Forest",
    removeStand: /^Remove /,
    factorQuery: "diesel",
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

export type Texts = (typeof TEXTS)[Lang];

/** What the stand-in for Excel (e2e/fake-office.ts) answers to anything but inserting a function. */
export const FAKE_REFUSAL = "テスト用の Excel ではシートを作成できません";

/** The in-Excel spec runs in Japanese only: what the pane says there. */
export const IN_EXCEL = {
  connecting: "Excel に接続中",
  inserted: "をセルに入力しました",
  failed: "作成できませんでした",
} as const;
