/** はじめに: ガイドブックの流れ。 (Japanese) */
import type { StartStrings } from "../types/start";

export const start: StartStrings["start"] = {
  heading: "カーボン・オフセットの流れ",
  intro: "ガイドブックの手順に沿って進めます。各手順のボタンで、その作業をする画面を開きます。",
  steps: {
    plan: {
      title: "企画",
      text: "何の排出を、誰が、どのクレジットで埋め合わせるかを決め、企画書にまとめます。",
    },
    calculate: {
      title: "算定",
      text: "対象の活動の排出量を算定シートで見積もります。参加者の活動量は調査票で集めて回収します。",
    },
    reduce: {
      title: "削減努力",
      text: "算定シートの結果を見て、減らせる排出を減らします。埋め合わせるのは減らせなかった分です。",
    },
    credits: {
      title: "クレジットの調達・無効化",
      text: "必要な量のクレジットを調達して無効化し、台帳と証書で記録します。",
    },
    inform: {
      title: "情報提供",
      text: "算定の結果とオフセットの内容を、情報開示のシートで参加者や住民に示します。",
    },
    review: {
      title: "見直し",
      text: "実施後に事後算定を行い（算定シートの事後算定の列、回収した調査票）、次の企画に生かします。",
    },
  },
  open: (section) => `${section}を開く`,
  sheets: {
    plan: (n) => `企画書 ${n} 枚`,
    boundary: (n) => `算定シート ${n} 枚`,
    questionnaire: (n) => `調査票 ${n} 枚`,
    collection: (n) => `回収一覧 ${n} 枚`,
    ledger: (n) => `クレジット管理台帳 ${n} 枚`,
    certificate: (n) => `証書のシート ${n} 枚`,
    disclosure: (n) => `情報開示 ${n} 枚`,
  },
  done: "このブックにあります",
  notYet: "このブックにはまだありません",
  checking: "ブックのシートを確認しています…",
  refresh: "状況を更新",
  statusInExcelOnly: "どこまで進んだかは、Excel の中で開くとブックのシートから表示されます。",
  statusFailed: "ブックのシートを読めなかったため、進み具合を表示できません。",
};
