/** The columns of the 証書 registers: the guidebook's items, issued (C1/C2) and received (A1). */
import { CERTIFICATE_ITEMS, MINIMUM_CERTIFICATE_ITEMS } from "../../scenarios/certificate";
import { CREDIT_KIND_LABELS } from "./ledger";
import type { CertificateRequest } from "../types";

export const CERTIFICATE_KEYS = {
  issued: "certificates-issued",
  received: "certificates-received",
} as const;
export const CERTIFICATE_SHEET_NAMES = { issued: "証書_発行", received: "証書_受領" } as const;
/** Numbered slots in a new register. */
export const CERTIFICATE_SLOTS = 20;

export const RECIPIENT_KINDS = { C1: "企業等", C2: "自治体" } as const;
export const PUBLISH_CHOICES = { yes: "公表する", no: "公表を希望しない" } as const;

export type ColumnType =
  "number" | "certificate" | "date" | "text" | "tonnes" | "list" | "ledger" | "status" | "helper";

export interface RegisterColumn {
  readonly key: string;
  readonly header: string;
  readonly type: ColumnType;
  /** Guidebook items (keys of CERTIFICATE_ITEMS or MINIMUM_CERTIFICATE_ITEMS) the column states. */
  readonly items: readonly string[];
  /** Short name in the 状況 words (「交付先未記入」). */
  readonly short?: string;
  /** Required (✖ when missing) or desirable (△). */
  readonly need?: "required" | "desirable";
  readonly choices?: readonly string[];
  readonly width: number;
}

const label = (key: string, items: readonly { key: string; label: { ja: string } }[]): string =>
  items.find((i) => i.key === key)?.label.ja ?? key;

/** 連番 (kept as a value) and the 証書番号 made from it. */
const numberColumns = (header: string, items: readonly string[]): RegisterColumn[] => [
  { key: "seq", header: "連番", type: "number", items: [], width: 7 },
  { key: "number", header, type: "certificate", items, width: 16 },
];

/** With a ledger alongside, its tonnes; then 状況 and the helper that marks a slot in use. */
const closingColumns = (withLedger: boolean): RegisterColumn[] => [
  ...(withLedger
    ? [
        {
          key: "ledger",
          header: "台帳の割当量 (t-CO2)",
          type: "ledger" as const,
          items: [],
          width: 12,
        },
      ]
    : []),
  { key: "status", header: "状況", type: "status", items: [], width: 28 },
  { key: "used", header: "（計算用）使用中の連番", type: "helper", items: [], width: 10 },
];

/** Issued: the guidebook's minimum items (required), with 交付日, 交付先の区分 and 名称の公表. */
const ISSUED_ITEM_COLUMNS: readonly RegisterColumn[] = [
  {
    key: "date",
    header: "交付日",
    type: "date",
    items: [],
    short: "交付日",
    need: "desirable",
    width: 12,
  },
  {
    key: "recipient-kind",
    header: "交付先の区分",
    type: "list",
    items: [],
    choices: Object.values(RECIPIENT_KINDS),
    short: "区分",
    need: "desirable",
    width: 10,
  },
  {
    key: "recipient",
    header: "証書の交付先名",
    type: "text",
    items: ["recipient"],
    short: "交付先",
    need: "required",
    width: 22,
  },
  {
    key: "value",
    header: "排出削減・吸収価値（オフセット量, t-CO2）",
    type: "tonnes",
    items: ["value"],
    short: "価値",
    need: "required",
    width: 14,
  },
  {
    key: "project",
    header: "排出削減・吸収プロジェクトの説明（実施場所、活動内容、検証の実施状況）",
    type: "text",
    items: ["project"],
    short: "プロジェクト説明",
    need: "required",
    width: 36,
  },
  {
    key: "issuer-contact",
    header: "証書の管理者・発行者（団体）の連絡先",
    type: "text",
    items: ["issuer-contact"],
    short: "連絡先",
    need: "required",
    width: 26,
  },
  {
    key: "valid-from",
    header: "協定・契約の有効期間（から）",
    type: "date",
    items: ["validity"],
    short: "有効期間",
    need: "required",
    width: 12,
  },
  {
    key: "valid-to",
    header: "協定・契約の有効期間（まで）",
    type: "date",
    items: ["validity"],
    short: "有効期間",
    need: "required",
    width: 12,
  },
  {
    key: "publish",
    header: "名称の公表",
    type: "list",
    items: [],
    choices: Object.values(PUBLISH_CHOICES),
    width: 14,
  },
];

function issuedColumns(withLedger: boolean): RegisterColumn[] {
  return [
    ...numberColumns("証書番号", ["number"]),
    ...ISSUED_ITEM_COLUMNS,
    ...closingColumns(withLedger),
  ];
}

function receivedColumns(withLedger: boolean): RegisterColumn[] {
  const item = (
    key: (typeof CERTIFICATE_ITEMS)[number]["key"],
    type: ColumnType,
    short: string,
    width: number,
    choices?: readonly string[]
  ): RegisterColumn => ({
    key,
    header: label(key, CERTIFICATE_ITEMS) + (type === "tonnes" ? " (t-CO2)" : ""),
    type,
    items: [key],
    short,
    need: "desirable",
    width,
    ...(choices ? { choices } : {}),
  });
  return [
    ...numberColumns("証書番号（受付）", []),
    {
      key: "date",
      header: "受領日",
      type: "date",
      items: [],
      short: "受領日",
      need: "desirable",
      width: 12,
    },
    {
      key: "issuer",
      header: "証書の発行者（オフセット・プロバイダー等）",
      type: "text",
      items: [],
      short: "発行者",
      need: "desirable",
      width: 20,
    },
    { key: "issuer-number", header: "発行者の証書番号", type: "text", items: [], width: 16 },
    item("target-activity", "text", "対象活動", 24),
    item("scope", "text", "期間等", 18),
    item("amount", "tonnes", "オフセット量", 12),
    item("method", "text", "算定方法", 20),
    item("credit-type", "list", "クレジットの種類", 22, Object.values(CREDIT_KIND_LABELS)),
    item("credit-status", "text", "調達状況・無効化方法", 22),
    item("credit-deadline", "date", "調達期限", 12),
    item("project", "text", "プロジェクト情報", 24),
    ...closingColumns(withLedger),
  ];
}

/** The register's columns for a direction (with the ledger column when a ledger is built alongside). */
export function registerColumns(
  direction: CertificateRequest["direction"],
  withLedger = false
): RegisterColumn[] {
  return direction === "issued" ? issuedColumns(withLedger) : receivedColumns(withLedger);
}

/** The guidebook's wording of what a column states: C1's and C2's labels where they differ. */
export function guidebookLabel(
  column: RegisterColumn,
  direction: CertificateRequest["direction"]
): string {
  if (direction === "received")
    return column.items.map((k) => label(k, CERTIFICATE_ITEMS)).join("／");
  return column.items
    .map((k) => {
      const c1 = label(k, MINIMUM_CERTIFICATE_ITEMS.C1);
      const c2 = label(k, MINIMUM_CERTIFICATE_ITEMS.C2);
      return c1 === c2 ? c1 : `${c1}（C1）／${c2}（C2）`;
    })
    .join("／");
}
