/**
 * The names of the credit kinds, as the クレジット管理台帳 lists them and the pane offers them: one table for both, so a
 * choice in the pane reads as the sheet will show it.
 */
import type { CreditKind } from "./types";

/** The drop-down words of the 種類 column: 「●クレジットの種類と特徴」 (A1 3(3)①, 49頁; seed 002 lines 451-457) and C1/C2 — J-VER, Kyoto, JPA, other VER, green power. */
export const CREDIT_KIND_LABELS: Readonly<Record<CreditKind, string>> = {
  "j-ver": "オフセット・クレジット（J-VER）",
  kyoto: "京都メカニズムクレジット",
  jpa: "自主参加型国内排出量取引制度の排出枠（JPA）",
  "other-ver": "その他VER",
  "green-power": "グリーン電力証書",
};
