/**
 * The guidebook's example notices, from seed 002:
 * - A1 チラシ・ホームページ等での表示の例 lines 491-539; 開催中の情報提供の例 (港区) lines 614-669;
 *   開催後の報告 (カーボン・オフセットイベント報告) lines 725-758;
 * - A2 実施後の情報提供の例 lines 1231-1265;
 * - D1 チラシ・ホームページ等での表示の例 lines 3326-3370. D1 prints no example of its post-tour report.
 *
 * Rules applied:
 * - Values the builder knows become placeholders (NOTICE_PLACEHOLDERS). Other concrete values of the example
 *   (the 港区 per-actor totals, project summaries, 2008 dates and Gold Standard details) become the guidebook's own
 *   blank mark ○/〇, as each example prints it. Blanks the guidebook already prints (○○社, 担当：○○) stay.
 * - The J-VER sentence 「環境省が管理するオフセット・クレジット（J-VER）制度に基づき認定された」 is kept as printed
 *   (it is J-VER-specific; the user edits it for other credits); {CREDIT_TYPE} fills only the slots naming the type.
 * - The callouts on the figures ((ア)…(オ), 温室効果ガス排出量についての説明 …), the photo caption
 *   木質ペレットストーブ使用による排出削減プロジェクト and 資料：港区 are not part of the notice and are left out.
 * - Markdown bullets of the extraction ("- ") become ・; spaces the extraction put between Japanese and Latin text
 *   are dropped (日 時 → 日時, NPO 法人 → NPO法人).
 * - Fixed: 「一部又は一部」 (line 620) → 全部又は一部, as every other definition in the guidebook reads;
 *   「海外での清掃活動」 (line 3348, an island tour) → 海岸; 「J-VÉR」 (line 3352) → J-VER. The A2 report keeps its
 *   heading <オフセット予定のプロジェクト> as printed although the offset is done.
 */
import type { Label } from "../core/data/types";
import type { NoticeTemplate } from "./types";

/** Every placeholder used in NOTICES; the builder fills them by formula from the boundary sheet. */
export const NOTICE_PLACEHOLDERS = {
  NAME: { ja: "会議・イベント・取組の名称", en: "Name of the event or activity" },
  DATES: { ja: "開催日時・実施期間", en: "Dates (and times) or period" },
  PLACE: { ja: "開催場所", en: "Venue" },
  ORGANIZER: { ja: "主催者・実施者", en: "Organizer" },
  TOTAL_KG: { ja: "温室効果ガス排出量（kg-CO2）", en: "Emissions (kg-CO2)" },
  TOTAL_T: { ja: "温室効果ガス排出量（t-CO2）", en: "Emissions (t-CO2)" },
  CREDITS_T: { ja: "クレジット量（t-CO2）", en: "Credits (t-CO2)" },
  CREDIT_TYPE: { ja: "クレジットの種類", en: "Credit type" },
  PROJECT_NAME: { ja: "プロジェクト名", en: "Project name" },
  PROJECT_NUMBER: { ja: "プロジェクト番号", en: "Project number" },
  SERIAL_FROM: { ja: "クレジットシリアル番号（始）", en: "First credit serial number" },
  SERIAL_TO: { ja: "クレジットシリアル番号（終）", en: "Last credit serial number" },
} as const satisfies Record<string, Label>;

const CO_DEFINITION =
  "カーボン・オフセットとは、自分の二酸化炭素排出量のうち、どうしても削減できない量の全部又は一部を他の場所での削減・吸収量でオフセット（埋め合わせ）することをいいます。";

const A1_FLYER = {
  key: "A1-flyer",
  title: { ja: "チラシ・ホームページ等での表示の例", en: "Example flyer / web page" },
  lines: [
    "カーボン・オフセット{NAME}を開催します",
    "～{NAME}の開催に伴い排出される CO2 {TOTAL_KG}kg をオフセット～",
    "<イベント概要>",
    "日時：{DATES}",
    "場所：{PLACE}",
    "主催：{ORGANIZER}",
    "<オフセット概要>",
    "{NAME}では、地球温暖化防止の重要性とカーボン・オフセットの普及・啓発のため、開催に伴うCO2排出量をオフセットすることにしました。",
    "<カーボン・オフセットとは>",
    `人間活動によって排出されたCO2などの温室効果ガスによって、温暖化が引き起こされています。${CO_DEFINITION}`,
    "また、会場内では省エネ、省資源に努め、ごみのリサイクルを実施しますので、ご協力ください。また、ご来場の際には、できるだけCO2排出量の少ない公共交通をご利用ください。",
    "<オフセット予定のプロジェクト>",
    "埋め合わせに利用するクレジットは、環境省が管理するオフセット・クレジット（J-VER）制度に基づき認定された、「{PROJECT_NAME}」によるクレジットを利用する予定です。",
    "クレジットは、オフセット・プロバイダーの○○社から購入し、無効化します。",
    "<排出量の算定>",
    "会場での電力・燃料の使用、会場設置時の搬入・搬出での自動車の使用、スタッフの移動に使用する電気自動車の走行からの温室効果ガス排出量がオフセットの対象です。CO2排出量の算定は、環境省のガイドラインに基づき算定します。",
    "なお、{NAME}開催後の温室効果ガス排出量の実績に基づき、オフセットの実施結果を○○市のホームページで報告する予定です。",
    "<問い合わせ先>",
    "{ORGANIZER}事務局（○○市○○課内） 担当：○○",
    "住所：○○市… 電話：○○○-○○○-○○○○",
    "e-mail：○○○○@○○○○.jp",
  ],
  citation: {
    source: "guidebook-2011",
    table: "A1 3(4) 開催前の周知・情報提供：チラシ・ホームページ等での表示の例",
  },
} as const satisfies NoticeTemplate;

/** 港区 エコライフ・フェアMINATO 2010: 500.00 / 194.64 / 979.46 kg-CO₂ by actor, 1.67 t-CO₂, 2.00 t-CO₂ of J-VER 0014. */
const A1_DURING = {
  key: "A1-during",
  title: { ja: "開催中の情報提供の例", en: "Example notice during the event" },
  lines: [
    "{NAME}は “カーボン・オフセット”しています。",
    "{NAME}では、開催に伴う温室効果ガス排出量をオフセット・クレジットによりカーボン・オフセットしています。",
    "「カーボン・オフセット」とは、自分が排出している温室効果ガスのうち、削減努力をしたうえで、どうしても削減できない量の全部又は一部を、他の場所での削減・吸収量で埋め合わせ（オフセット）することです。近年、食品・書籍等の商品や旅行等のサービスの提供、会議やイベントの実施において、カーボン・オフセットの取り組みが拡大しつつあります。",
    "{NAME}の開催に伴う温室効果ガス排出量",
    "温室効果ガス排出量：{TOTAL_T}t-CO₂",
    "今回のオフセットの対象となる活動と温室効果ガス排出量",
    "・来場者の排出量【○○kg-CO₂】",
    "◇オフセット体験プログラム参加者の日常生活における排出量",
    "・出展団体の排出量【○○kg-CO₂】",
    "◇資機材の運搬（搬入・搬出）",
    "◇会場の電力使用",
    "・イベント事務局の排出量【○○kg-CO₂】",
    "◇資機材の運搬（搬入・搬出）",
    "◇会場の電力使用",
    "◇発電機等の燃料使用",
    "◇電気自動車の使用",
    "◇チラシ・ポスターの配布",
    "クレジット量：{CREDITS_T}t-CO₂",
    "今回利用するクレジットの種類と排出削減プロジェクト情報",
    "・クレジットの種類：{CREDIT_TYPE}",
    "・プロジェクト名：{PROJECT_NAME}",
    "・プロジェクト番号：{PROJECT_NUMBER}",
    "・プロジェクト概要：○○",
    "・クレジットシリアル番号：{SERIAL_FROM}～{SERIAL_TO}",
    "・プロジェクト排出削減量：○○t-CO₂",
    "イベントの開催において、このような削減努力をしています。",
    "<来場者の努力>",
    "●{NAME}への参加",
    "●公共交通機関の利用",
    "●ごみの持ち帰り",
    "<出展団体の努力>",
    "●省エネ・省資源活動の実施",
    "●運搬車両の台数の削減",
    "●来場者への情報提供・啓発",
    "<イベント事務局の努力>",
    "●電気自動車を利用した移動",
    "●省エネ・省資源活動の実施",
    "●来場者・出展団体の取組支援",
  ],
  citation: {
    source: "guidebook-2011",
    table: "A1 3(5)③ 開催中の情報提供：開催中の情報提供の例（資料：港区）",
  },
} as const satisfies NoticeTemplate;

/** The printed example: 〇〇市花火大会, 2008年8月3日, a South African rural electrification VER (Gold Standard). */
const A1_REPORT = {
  key: "A1-report",
  title: { ja: "カーボン・オフセットイベント報告", en: "Carbon offset event report" },
  lines: [
    "〇〇市 環境課",
    "カーボン・オフセットイベント報告",
    "～{DATES}に開催された、{NAME}のカーボン・オフセットを実施しました～",
    "<カーボン・オフセットとは>",
    "カーボン・オフセットとは、自分の二酸化炭素排出量のうち、どうしても削減できない量の全部又は一部を他の場所での削減・吸収量でオフセット(埋め合わせ)することをいいます。",
    "〇〇市では、もはや一刻の猶予も許されない地球温暖化への取組の一環として、{NAME}のカーボン・オフセットに取組む事にしました。大会開催中は、省エネ電球への切り替えやゴミ持ち帰り運動などの削減努力により、前年比で〇トンのCO2削減に成功しましたが、削減しきれなかった{TOTAL_T}トンについて、{PROJECT_NAME}で大会に伴い排出されたCO2をオフセットすることにしました。",
    "<CO2算定根拠>",
    "{NAME}実施にあたり、■■研究所に排出量算定を依頼し次の通り算定を行いました。",
    "開催期間：{DATES}、オフセット対象：大会開催のために設置された照明器具の使用に伴う電力消費量、大会開催に伴い排出される廃棄物量、比較対象：昨年(〇年〇月〇日開催)の電力使用量及び廃棄物量〇トンとの比較。",
    "算定結果：今年の廃棄物処理量は〇トンでありCO2量にして〇kgの削減に成功",
    "排出量の算定は、環境省・経済産業省「温室効果ガス排出量算定・報告マニュアル(Ver2.3)」(平成20年5月)に基づき次の通り■■研究所が算定【詳細を記載】",
    "<オフセットの方法>",
    "オフセットに使用するクレジット(排出権)は、{CREDIT_TYPE}を用います。{PROJECT_NAME}から生成されるクレジットは、〇〇認証を取得しており、〇年〇月に発行される予定です。クレジットが発行され次第、〇〇のレジストリ(管理簿)上で無効化(二重に使用されないよう取消す処理)を行い、本ウェブサイトにてご報告します。",
    "<お問い合わせ先>",
    "〇〇市環境課 0120-000-000",
    "電子メールでの問い合わせ 〇〇〇〇@〇〇〇〇.jp",
    "<{PROJECT_NAME}>",
    "〇〇するプロジェクトです。〇〇が出資しており〇年〇月よりプロジェクトが開始されています。詳細は〇〇のウェブサイト<リンク先>をご覧ください。",
  ],
  citation: {
    source: "guidebook-2011",
    table: "A1 3(8) 開催後の情報の提供・公開：カーボン・オフセットイベント報告",
  },
} as const satisfies NoticeTemplate;

/** The printed example: 〇〇区役所's 2011年度 office emissions, 1,200 t-CO₂ of J-VER. */
const A2_REPORT = {
  key: "A2-report",
  title: { ja: "実施後の情報提供の例", en: "Example report after the offset" },
  lines: [
    "{NAME}をカーボン・オフセットしました",
    "<オフセット概要>",
    "これまで、{ORGANIZER}では、〇〇区地球温暖化対策実行計画（事務事業編）を策定し、職員の省エネ活動のほか、太陽光発電設備やハイブリッド自動車の導入などを行い、{DATES}の排出量を前年より〇t-CO₂削減しました。このたび、さらに地球温暖化防止に貢献するため、削減が困難な{TOTAL_T}t-CO₂について、カーボン・オフセットを実施しました。",
    "<カーボン・オフセットとは>",
    `人間活動によって排出されたCO₂などの温室効果ガスによって、温暖化が引き起こされています。${CO_DEFINITION}`,
    "<オフセット予定のプロジェクト>",
    "埋め合わせに利用するクレジットは、環境省が管理するオフセット・クレジット（J-VER）制度に基づき認定された、「{PROJECT_NAME}」によるクレジットを利用しました。",
    "クレジットは、オフセット・プロバイダーである■社から{CREDITS_T}t-CO₂を購入し、無効化しました。",
    "<排出量の算定>",
    "庁舎の電気の使用、都市ガスやLPガスなどの燃料の使用、廃棄物（廃プラ）の焼却、自動車の走行などからの温室効果ガス排出量がオフセットの対象です。CO₂排出量の算定は、環境省のガイドラインに基づき算定しました。",
    "<問い合わせ先>",
    "〇〇市環境課",
    "住所：〇〇市… 電話：〇〇〇-〇〇〇-〇〇〇〇",
    "e-mail：〇〇〇〇@〇〇〇〇.jp",
  ],
  citation: { source: "guidebook-2011", table: "A2 3(4) 情報の提供・公開：実施後の情報提供の例" },
} as const satisfies NoticeTemplate;

const D1_FLYER = {
  key: "D1-flyer",
  title: { ja: "チラシ・ホームページ等での表示の例", en: "Example flyer / web page" },
  lines: [
    "{NAME}で、カーボン・オフセットを実施します",
    "<ツアー概要>",
    "〇〇村〇〇島の特徴的な自然のスポットを巡ります。本島から船で〇〇島へ移動。エコツアーガイドによる解説もあります。",
    "日時：{DATES}",
    "参加費：〇〇〇〇円（カーボン・オフセットのための費用〇〇円を含む）",
    "主催：{ORGANIZER}、共催：NPO法人〇〇の自然を守る会",
    "<オフセット概要>",
    "自然の大切さを学ぶエコツアーでは、地球環境のことも考えます。ツアーの実施にあたり、CO2排出量をオフセットすることにしました。",
    "<カーボン・オフセットとは>",
    `人間活動によって排出されたCO2などの温室効果ガスによって、温暖化が引き起こされています。${CO_DEFINITION}`,
    "なお、ツアーの実施にあたり、島内移動のためのバスはBDF燃料を使用します。また、海岸での清掃活動も体験、実施しますので、ご協力ください。",
    "<オフセット予定のプロジェクト>",
    "埋め合わせに利用するクレジットは、環境省が管理するオフセット・クレジット（J-VER）制度に基づき認定された、「{PROJECT_NAME}」によるクレジットを利用する予定です。",
    "クレジットは、オフセット・プロバイダーの〇〇社から購入し、無効化します。",
    "<排出量の算定、参加者のオフセット費用>",
    "ツアー参加者の活動に伴う温室効果ガス排出量をオフセットの対象とします。島内を移動するバス、及び〇〇から〇〇までの旅客船（往復〇km）での化石燃料の使用、宿泊施設（宿泊2日分）での客室の照明・空調等の使用（電力）について、環境省のガイドラインに基づき算定します。",
    "1人あたり排出量に相当する〇キログラム分のクレジットの費用として、参加料に〇〇円が含まれています。",
    "<参加チケット販売>",
    "NPO法人〇〇の自然を守る会 担当：〇〇",
    "住所：〇〇村… 電話：〇〇〇-〇〇〇-〇〇〇〇",
    "e-mail：〇〇〇〇@〇〇〇〇.jp",
    "<お支払いについて> （キャンセル方法、販売数量、支払い方法など）",
  ],
  citation: {
    source: "guidebook-2011",
    table: "D1 3(4) 参加者の募集、事前の情報提供：チラシ・ホームページ等での表示の例",
  },
} as const satisfies NoticeTemplate;

export const NOTICES = {
  A1: [A1_FLYER, A1_DURING, A1_REPORT],
  A2: [A2_REPORT],
  D1: [D1_FLYER],
} as const satisfies Record<"A1" | "A2" | "D1", readonly NoticeTemplate[]>;
