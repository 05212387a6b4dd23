/**
 * One 証書 register laid out: the head (■ 基本情報, 次に使う番号), the guidebook's wording above the column headers, and
 * each numbered slot with its formulas and 状況.
 */
import {
  absolute,
  cellAddress,
  formula,
  quote,
  rangeAddress,
  type SheetGrid,
} from "../../sheets/grid";
import type { CellContent } from "../../sheets/layout";
import { COLORS } from "../../sheets/builders/styles";
import { ledgerNameKeys } from "./ledger";
import type { CertificateRequest } from "../types";
import {
  CERTIFICATE_SLOTS,
  guidebookLabel,
  registerColumns,
  type RegisterColumn,
} from "./certificate-columns";

// Header block rows (value in column C).
export const HEAD = { issuer: 5, contact: 6, prefix: 7, first: 8, next: 9 } as const;
export const VALUE = 3;

export interface CertificateCells {
  readonly prefix: string;
  readonly firstNumber: string;
  readonly nextNumber: string;
  readonly register: { readonly header: number; readonly first: number; readonly last: number };
  readonly publication?: { readonly header: number; readonly first: number; readonly last: number };
  /** Column number of each register column key. */
  readonly columns: Readonly<Record<string, number>>;
}

/** One register being laid out: its columns, where its rows are, and how its numbers are written. */
export interface Register {
  readonly request: CertificateRequest;
  readonly direction: CertificateRequest["direction"];
  readonly ledger: { readonly key: string } | undefined;
  readonly columns: readonly RegisterColumn[];
  /** Column number of each column key. */
  readonly at: Record<string, number>;
  readonly lastColumn: number;
  /** The zero padding of the numbers, as a formula text ("0000"). */
  readonly pad: string;
  readonly header: number;
  readonly first: number;
  readonly last: number;
}

export const PREFIX_CELL = absolute(HEAD.prefix, VALUE);
const REGISTER_SECTION = HEAD.next + 2;

export const columnOf = (register: Register, key: string): number => register.at[key] as number;
/** A column of the register's rows, absolute. */
export const columnRange = (register: Register, key: string): string =>
  `${absolute(register.first, columnOf(register, key))}:${absolute(register.last, columnOf(register, key))}`;

export function registerOf(
  request: CertificateRequest,
  ledger: { key: string } | undefined
): Register {
  const { direction } = request;
  const columns = registerColumns(direction, ledger !== undefined);
  const digits = Math.max(
    4,
    String(Math.max(0, request.firstNumber) + CERTIFICATE_SLOTS - 1).length
  );
  const header = REGISTER_SECTION + 2;
  return {
    request,
    direction,
    ledger,
    columns,
    at: Object.fromEntries(columns.map((c, i) => [c.key, i + 1])) as Record<string, number>,
    lastColumn: columns.length,
    pad: quote("0".repeat(digits)),
    header,
    first: header + 1,
    last: header + CERTIFICATE_SLOTS,
  };
}

/** The title, what the register is for, and ■ 基本情報: the issuer, its contact, the prefix and the first number. */
export function addHead(grid: SheetGrid, { request, direction, lastColumn }: Register): void {
  grid.title(
    direction === "issued" ? "証書の登録簿（発行した証書）" : "証書の登録簿（受け取った証書）"
  );
  grid.set(
    2,
    1,
    direction === "issued"
      ? "発行する証書に番号を付与して識別し、どの取り組みでどれだけの量の埋め合わせに用いたかを管理します（ダブルカウントの防止）。番号は再使用しません。取り消した証書も行を残してください。必須の記載事項が空欄の行は ✖ になります。"
      : "受け取った証書を番号を付けて記録します。ガイドブックが望ましいとする記載事項が空欄の行は △ になります。番号は再使用しません。"
  );
  grid.format({ range: "A2", wrap: true });
  grid.merges.push(rangeAddress(1, 1, 1, lastColumn), rangeAddress(2, 1, 2, lastColumn));

  grid.section("■ 基本情報", 4);
  const head: [number, string, CellContent, string][] = [
    [
      HEAD.issuer,
      direction === "issued" ? "証書の管理者・発行者（団体）" : "証書の管理者（団体）",
      request.issuer || null,
      "",
    ],
    [HEAD.contact, "連絡先", request.issuerContact || null, ""],
    [
      HEAD.prefix,
      "証書番号の接頭部",
      request.prefix || null,
      "証書番号 = 接頭部 + 連番（ゼロ埋め）",
    ],
    [HEAD.first, "最初の番号", request.firstNumber, "この登録簿の最初の連番"],
  ];
  for (const [row, text, value, note] of head) {
    grid.merges.push(rangeAddress(row, 1, row, 2));
    grid.set(row, 1, text);
    grid.set(row, VALUE, value);
    if (note) grid.set(row, VALUE + 1, note);
  }
  grid.format({
    range: rangeAddress(HEAD.issuer, 1, HEAD.next, 1),
    bold: true,
    fill: COLORS.header,
  });
  grid.format({
    range: rangeAddress(HEAD.issuer, VALUE, HEAD.first, VALUE),
    fill: COLORS.input,
    border: true,
  });
  grid.validations.push({
    range: cellAddress(HEAD.first, VALUE),
    rule: { kind: "whole", min: 0 },
    prompt: {
      title: "最初の番号",
      message: "前の登録簿の最後の番号の次から始めます。番号は再使用しません。",
    },
  });
}

/** ■ 証書の登録簿: the guidebook's wording of each item above the column headers. */
export function addRegisterHeader(
  grid: SheetGrid,
  { columns, direction, lastColumn, header }: Register
): void {
  const section = REGISTER_SECTION;
  grid.section("■ 証書の登録簿", section);
  const guideRow = section + 1;
  grid.set(guideRow, 1, "記載事項 →");
  columns.forEach((c, i) => {
    if (c.items.length > 0) grid.set(guideRow, i + 1, guidebookLabel(c, direction));
    grid.set(header, i + 1, c.header);
  });
  grid.format({
    range: rangeAddress(guideRow, 1, guideRow, lastColumn),
    italic: true,
    wrap: true,
    fontColor: COLORS.section,
  });
  grid.format({
    range: rangeAddress(header, 1, header, lastColumn),
    bold: true,
    fill: COLORS.header,
    wrap: true,
    horizontal: "Center",
  });
}

/** One numbered slot: its number, the helper columns and its 状況. */
export function registerRow(grid: SheetGrid, register: Register, row: number): void {
  const { request, direction, ledger, columns, first, pad } = register;
  const column = (key: string) => columnOf(register, key);
  const inputs = columns.filter((c) => ["date", "text", "tonnes", "list"].includes(c.type));
  const cell = (key: string) => cellAddress(row, column(key));
  const seq = cell("seq");
  const used = `COUNTA(${inputs
    .filter((c) => c.key !== "issuer-contact")
    .map((c) => cell(c.key))
    .join(",")})>0`;
  grid.set(row, column("seq"), request.firstNumber + (row - first));
  grid.set(row, column("number"), formula(`IF(${seq}="","",${PREFIX_CELL}&TEXT(${seq},${pad}))`));
  if (direction === "issued") {
    grid.set(
      row,
      column("issuer-contact"),
      formula(
        `IF(${absolute(HEAD.issuer, VALUE)}&${absolute(HEAD.contact, VALUE)}="","",${absolute(HEAD.issuer, VALUE)}&" "&${absolute(HEAD.contact, VALUE)})`
      )
    );
  }
  if (ledger) {
    const keys = ledgerNameKeys(ledger.key);
    grid.set(
      row,
      column("ledger"),
      formula(
        `IF(OR(${cell("number")}="",NOT(${used})),"",SUMIFS({{name:${keys.allocationT}}},{{name:${keys.allocationCertificate}}},${cell("number")}))`
      )
    );
  }
  grid.set(row, column("used"), formula(`IF(${used},${seq},"")`));
  grid.set(row, column("status"), formula(rowStatus(register, row, used)));
}

/** The 状況 of a slot: a duplicated number always; missing items, amounts and the ledger once the slot is in use. */
function rowStatus(register: Register, row: number, used: string): string {
  const { direction, ledger, columns } = register;
  const cell = (key: string) => cellAddress(row, columnOf(register, key));
  const amountKey = direction === "issued" ? "value" : "amount";
  const duplicated = `IF(${cell("number")}="",FALSE(),COUNTIF(${columnRange(register, "number")},${cell("number")})>1)`;
  const tokens: string[] = [`IF(${duplicated}," ✖番号重複","")`];
  const missing: string[] = [];
  const seen = new Set<string>();
  // Required items first (✖), then desirable ones (△).
  for (const c of [
    ...columns.filter((o) => o.need === "required"),
    ...columns.filter((o) => o.need === "desirable"),
  ]) {
    if (!c.need || !c.short || seen.has(c.short)) continue;
    seen.add(c.short);
    const cellsOf = columns.filter((o) => o.short === c.short).map((o) => cell(o.key));
    const mark = c.need === "required" ? "✖" : "△";
    missing.push(
      `IF(OR(${cellsOf.map((a) => `${a}=""`).join(",")}),${quote(` ${mark}${c.short}未記入`)},"")`
    );
  }
  const checks: string[] = [...missing];
  const amount = cell(amountKey);
  checks.push(`IF(AND(${amount}<>"",NOT(ISNUMBER(${amount})))," ✖量が数値ではない","")`);
  if (direction === "issued") {
    const [from, to] = [cell("valid-from"), cell("valid-to")];
    checks.push(
      `IF(AND(ISNUMBER(${from}),ISNUMBER(${to})),IF(${to}<${from}," ✖有効期間不正",""),"")`
    );
  }
  if (ledger) {
    const inLedger = cell("ledger");
    checks.push(
      `IF(ISNUMBER(${amount}),IF(N(${inLedger})=0," ✖台帳に記録なし",IF(ABS(N(${inLedger})-${amount})>0.000001," ✖台帳と不一致","")),"")`
    );
  }
  // Checks of content only once the slot is in use; a duplicated number always.
  tokens.push(`IF(${used},${checks.join("&")},"")`);
  return `IF(AND(NOT(${used}),NOT(${duplicated})),"",TRIM(SUBSTITUTE("OK"&${tokens.join("&")},"OK ","",1)))`;
}

/** 次に使う番号: after the highest number in use, or the first one. */
export function addNextNumber(grid: SheetGrid, register: Register): void {
  const usedRange = columnRange(register, "used");
  grid.merges.push(rangeAddress(HEAD.next, 1, HEAD.next, 2));
  grid.set(HEAD.next, 1, "次に使う番号");
  grid.set(
    HEAD.next,
    VALUE,
    formula(
      `${PREFIX_CELL}&TEXT(IF(COUNT(${usedRange})=0,${absolute(HEAD.first, VALUE)},MAX(${usedRange})+1),${register.pad})`
    )
  );
  grid.set(HEAD.next, VALUE + 1, "使用中の最大の番号の次（番号は再使用しません）");
  grid.format({
    range: cellAddress(HEAD.next, VALUE),
    bold: true,
    fill: COLORS.total,
    border: true,
  });
}
