/** クレジット管理 and 証書: the credit ledger and certificate forms. (Japanese) */
import { CREDIT_KIND_LABELS } from "../../../ledger/credit-kinds";
import type { CertificateStrings, LedgerStrings } from "../types/forms";

export const ledger: LedgerStrings = {
  help: "保有しているクレジット、オフセットの対象、割当て（無効化）を記録し、クレジット管理台帳を作成します。入力中も二重使用・不足・無効化の遅れなどを確認します。",
  exampleMinato: "例: エコライフ・フェアMINATO",
  exampleJoint: "例: 共同購入 100 t",
  exampleHelp:
    "例を入力すると、いまの入力は置き換えられます。共同購入の例の名称・日付・シリアル番号は説明用の架空の値です。",
  clear: "すべて消去",
  filledMinato:
    "ガイドブックの例（港区 エコライフ・フェアMINATO 2010）を入力しました。日付・購入先・無効化はガイドブックに記載がないため空欄です。",
  filledJoint: "共同購入の例（100 t を複数の自治体のイベントで分けて使用）を入力しました。",
  holdingsHeading: "保有クレジット",
  holding: (id) => `保有 ${id}`,
  addHolding: "保有を追加",
  targetsHeading: "オフセットの対象",
  target: (id) => `対象 ${id}`,
  addTarget: "対象を追加",
  allocationsHeading: "割当て・無効化",
  allocation: (n) => `割当 ${n}`,
  addAllocation: "割当てを追加",
  allocationNeeds: "割当てには、保有クレジットとオフセットの対象が 1 件ずつ以上必要です。",
  remove: (what) => `${what}を削除`,
  none: "まだありません。",
  noName: "（名称なし）",
  // The sheet's own labels, so the choice reads as the ledger will show it.
  kinds: CREDIT_KIND_LABELS,
  targetKinds: { event: "会議・イベント", office: "事務事業", ecotour: "エコツアー" },
  serialPlaceholder: "例: JP-200-000-000-011-157",
  serialToHint: "1 t なら空欄。末尾の番号だけ（例: 158）でも構いません。",
  periodPlaceholder: "例: 2008-04〜2013-03",
  tonnes: (n) => `${n.toLocaleString("ja-JP")} t-CO2`,
  notRead: "シリアル番号未入力",
  allocated: (allocated, needed) =>
    `割当て ${allocated.toLocaleString("ja-JP")} / 必要 ${needed.toLocaleString("ja-JP")} t-CO2`,
  notRetired: "未無効化",
  retiredOn: (date) => `${date} 無効化`,
  retiredHint: "まだ無効化していなければ空欄",
  certificateHint: "この割当てで発行・受領した証書の番号（証書シートが照合します）。なければ空欄。",
  activityEndHint:
    "無効化の目安: 会議・イベントは終了後速やかに（遅くとも半年〜1年以内）、事務事業は概ね半年以内。",
  checksHeading: "台帳のチェック",
  checksOk: "問題は見つかりませんでした。",
  checksEmpty: "保有・割当てを入力すると、ここで内容を確認します。",
  checksFailed: (detail) => `台帳のチェックを実行できませんでした。（${detail}）`,
  checksCount: (errors, warnings) => `エラー ${errors} 件・注意 ${warnings} 件`,
  withCertificates: "証書シートも作成（番号などは「証書」タブで設定）",
};

export const certificate: CertificateStrings = {
  help: "カーボン・オフセットの証書を記録・発行するシートを作成します。番号は再利用せず、続きから振ります。",
  direction: "証書",
  received: "受け取った証書",
  issued: "発行する証書",
  receivedHint: "オフセット・プロバイダーなどから受け取った証書を記録します。",
  issuedHint: "自治体が企業や他の自治体に発行する証書です（C1・C2）。",
  issuerReceived: "証書の管理者（団体）",
  issuerIssued: "証書の管理者・発行者（団体）",
  issuerPlaceholder: "例: ○○市環境部環境政策課",
  contactPlaceholder: "例: 03-0000-0000、○○@city.example.lg.jp",
  prefixPlaceholder: "例: ○○市CO-",
  firstNumberHint:
    "証書番号は接頭部と連番（ゼロ埋め）です。続きから振るときは、前回の最後の番号の次を入れてください。",
  withLedger: "クレジット管理台帳（「クレジット管理」タブの内容）も作成",
};
