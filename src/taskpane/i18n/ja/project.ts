/** プロジェクト and 企画書: the project and plan forms. (Japanese) */
import type { PlanStrings, ProjectStrings } from "../types/forms";

export const project: ProjectStrings = {
  help: "排出削減・吸収プロジェクトの算定シートを作成します。森林吸収は林分ごと・年度ごとの吸収量を、排出削減は方法論の排出活動を一覧にします。",
  kind: "プロジェクトの種類",
  forest: "森林吸収（B2・C1・C2）",
  reduction: "排出削減（B1）",
  scenario: "取組方法",
  scenarios: {
    B2: "B2 吸収活動によるクレジットの創出",
    C1: "C1 企業等への排出削減・吸収価値の提供",
    C2: "C2 自治体同士での排出削減・吸収価値の交換",
  },
  projectNamePlaceholder: "例: ○○市公有林の森林整備プロジェクト",
  reductionNamePlaceholder: "例: ○○市木質ペレットストーブ導入プロジェクト",
  standsHeading: "林分",
  stand: (n) => `林分 ${n}`,
  addStand: "林分を追加",
  example: "例を入力",
  exampleHelp:
    "スギ・ヒノキ・その他広葉樹の 3 林分、5 年間の例です（面積・林齢・成長量は説明用の値）。",
  noPrefecture: "（選択なし）",
  regionalHint: "その他針葉樹・その他広葉樹は、都道府県によって係数が変わります。",
  noStands: "林分がありません。「林分を追加」で加えてください。",
  methodologyHint: "J-VER の方法論（2011年3月15日現在）。算定で考慮する排出活動:",
  baseline: "ベースライン",
  projectSide: "プロジェクト",
};

export const plan: PlanStrings = {
  help: "ガイドブックの企画書の例に沿って、企画書のシートを作成します。数値は一緒に作成するシートから式で引用し、ないところは〇〇と表示します。",
  scenarios: {
    A1: "A1 会議・イベントでのオフセット",
    A2: "A2 事務事業等でのオフセット",
    B2: "B2 吸収活動によるクレジットの創出",
    C1: "C1 企業等への排出削減・吸収価値の提供",
    C2: "C2 自治体同士での排出削減・吸収価値の交換",
  },
  departmentPlaceholder: "例: 環境部環境政策課",
  offsetSide: "オフセット側",
  providerSide: "提供側",
  withLedger:
    "算定シート（共通の名称・日程と、シナリオの既定の対象活動）とクレジット管理台帳（「クレジット管理」タブの内容）と一緒に作成し、数値を引用する",
  withForest:
    "森林吸収プロジェクトのシート（「プロジェクト」タブの内容）と一緒に作成し、数値を引用する",
  withoutSource: "一緒に作成しないときは、数値の欄は〇〇になります。",
};
