/**
 * 証書: a numbered register of offset certificates, issued or received.
 *
 * - Issued (C1 企業等 / C2 自治体, 特定者間完結型): the columns are the guidebook's 「証書に最低限明記すべき事項」
 *   (C1 3(3)④ 証書の発行 and C2 3(6)② 証書の発行【提供側】; MINIMUM_CERTIFICATE_ITEMS, seed 002 lines 2502-2509 and
 *   2928-2935), required: a row missing one is ✖. Below the
 *   register, 公表する一覧 — 「ホームページ等で最低限公開すべき事項: 証書を交付した全ての団体名と上記証書に記載した事項
 *   （※発行先の企業名については、公開を希望しない企業の場合はその旨を記載）」 (lines 2511-2514, 2937-2940) — built by
 *   formula from the register, row for row.
 * - Received (from a provider, A1): the columns are 「望ましい証書への記載事項」 (A1 3(4) 開催前の周知・情報提供;
 *   CERTIFICATE_ITEMS, lines 564-573);
 *   a missing one is △.
 *
 * Numbers: the guidebook's first double-counting measure is 「発行する証書に番号を付与して識別し、どのカーボン・オフセット
 * の取り組みで、どれだけの排出量の埋め合わせに用いたかを管理」 (「●ダブルカウント防止のための措置の例」 in C1 3(1)⑤ and
 * C2 3(3)② 排出削減・吸収価値を確認するための仕組みの構築; lines 2364, 2836). Every slot of the register carries its
 * sequence number as a value (request.firstNumber onwards), so deleting or sorting rows never renumbers a certificate
 * already given out; 証書番号 = prefix & the number zero-padded. 番号重複 flags a number used twice (COUNTIF), and
 * 次に使う番号 continues after the highest number in use. A withdrawn certificate keeps its row and number.
 *
 * With a ledger built alongside (`ledger.key`), each certificate's tonnes are compared with the allocations recorded
 * under its number in the ledger's 証書番号 column (SUMIFS over the ledger's defined names): issuing a certificate must
 * be recorded in the ledger.
 */
import { CERTIFICATE_ITEMS, MINIMUM_CERTIFICATE_ITEMS } from "../../scenarios/certificate";
import { absolute, cellAddress, formula, quote, rangeAddress, SheetGrid } from "../../sheets/grid";
import type { CellContent, SheetLayout, Validation } from "../../sheets/layout";
import { truncateText } from "../../sheets/truncate";
import { CREDIT_KIND_LABELS, DATE_FORMAT, ledgerNameKeys } from "./ledger";
import type { CertificateRequest } from "../types";
import { COLORS, NUMBER_FORMATS } from "../../sheets/builders/styles";

export const CERTIFICATE_KEYS = {
  issued: "certificates-issued",
  received: "certificates-received",
} as const;
export const CERTIFICATE_SHEET_NAMES = { issued: "証書_発行", received: "証書_受領" } as const;
/** Numbered slots in a new register. */
export const CERTIFICATE_SLOTS = 20;

export const RECIPIENT_KINDS = { C1: "企業等", C2: "自治体" } as const;
export const PUBLISH_CHOICES = { yes: "公表する", no: "公表を希望しない" } as const;
const UNPUBLISHED_NAME = "（公表を希望しない企業等のため名称は非公表）";

type ColumnType =
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

function issuedColumns(withLedger: boolean): RegisterColumn[] {
  return [
    { key: "seq", header: "連番", type: "number", items: [], width: 7 },
    { key: "number", header: "証書番号", type: "certificate", items: ["number"], width: 16 },
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
    { key: "seq", header: "連番", type: "number", items: [], width: 7 },
    { key: "number", header: "証書番号（受付）", type: "certificate", items: [], width: 16 },
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
}

/** The register's columns for a direction (with the ledger column when a ledger is built alongside). */
export function registerColumns(
  direction: CertificateRequest["direction"],
  withLedger = false
): RegisterColumn[] {
  return direction === "issued" ? issuedColumns(withLedger) : receivedColumns(withLedger);
}

/** The guidebook's wording of what a column states: C1's and C2's labels where they differ. */
function guidebookLabel(
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

// Header block rows (value in column C).
const HEAD = { issuer: 5, contact: 6, prefix: 7, first: 8, next: 9 } as const;
const VALUE = 3;

export interface CertificateCells {
  readonly prefix: string;
  readonly firstNumber: string;
  readonly nextNumber: string;
  readonly register: { readonly header: number; readonly first: number; readonly last: number };
  readonly publication?: { readonly header: number; readonly first: number; readonly last: number };
  /** Column number of each register column key. */
  readonly columns: Readonly<Record<string, number>>;
}

function dateValidation(range: string, title: string): Validation {
  return {
    range,
    rule: { kind: "whole", min: 36526, max: 73050 },
    prompt: { title, message: "日付を入力してください（例: 2012/4/1）。" },
    error: {
      title: "日付ではありません",
      message: "2000/1/1 から 2099/12/31 までの日付を入力してください。",
    },
  };
}

/** One register being laid out: its columns, where its rows are, and how its numbers are written. */
interface Register {
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

const PREFIX_CELL = absolute(HEAD.prefix, VALUE);
const REGISTER_SECTION = HEAD.next + 2;

const columnOf = (register: Register, key: string): number => register.at[key] as number;
/** A column of the register's rows, absolute. */
const columnRange = (register: Register, key: string): string =>
  `${absolute(register.first, columnOf(register, key))}:${absolute(register.last, columnOf(register, key))}`;

function registerOf(request: CertificateRequest, ledger: { key: string } | undefined): Register {
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

export function layoutCertificates(
  request: CertificateRequest,
  ledger?: { key: string }
): { layout: SheetLayout; cells: CertificateCells } {
  const register = registerOf(request, ledger);
  const { direction, columns, header, first, last } = register;
  const grid = new SheetGrid(
    CERTIFICATE_KEYS[direction],
    CERTIFICATE_SHEET_NAMES[direction],
    columns.map((c) => c.width)
  );
  addHead(grid, register);
  addRegisterHeader(grid, register);
  for (let row = first; row <= last; row++) registerRow(grid, register, row);
  registerFormats(grid, register);
  addNextNumber(grid, register);
  const publication = direction === "issued" ? addPublication(grid, register) : undefined;
  const cells: CertificateCells = {
    prefix: PREFIX_CELL,
    firstNumber: absolute(HEAD.first, VALUE),
    nextNumber: absolute(HEAD.next, VALUE),
    register: { header, first, last },
    ...(publication ? { publication } : {}),
    columns: register.at,
  };
  return { layout: grid.toLayout({ tabColor: COLORS.section }), cells };
}

/** The title, what the register is for, and ■ 基本情報: the issuer, its contact, the prefix and the first number. */
function addHead(grid: SheetGrid, { request, direction, lastColumn }: Register): void {
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
function addRegisterHeader(
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
function registerRow(grid: SheetGrid, register: Register, row: number): void {
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

/** The register's table, fills, number formats, validations and the conditional formats of 証書番号 and 状況. */
function registerFormats(grid: SheetGrid, register: Register): void {
  const { direction, columns, header, first, last, lastColumn } = register;
  const column = (key: string) => columnOf(register, key);
  const numbers = columnRange(register, "number");
  grid.tables.push({
    key: `${CERTIFICATE_KEYS[direction]}-register`,
    name: direction === "issued" ? "証書_発行登録簿" : "証書_受領登録簿",
    range: rangeAddress(header, 1, last, lastColumn),
    style: "TableStyleLight9",
  });
  grid.format({ range: rangeAddress(first, 1, last, lastColumn), border: true });
  for (const c of columns) {
    const range = rangeAddress(first, column(c.key), last, column(c.key));
    if (["date", "text", "tonnes", "list"].includes(c.type))
      grid.format({ range, fill: COLORS.input });
    if (c.type === "date") {
      grid.format({ range, numberFormat: DATE_FORMAT });
      grid.validations.push(dateValidation(range, truncateText(c.header, 32)));
    }
    if (c.type === "tonnes" || c.type === "ledger")
      grid.format({ range, numberFormat: NUMBER_FORMATS.t });
    if (c.type === "tonnes") {
      grid.validations.push({
        range,
        rule: { kind: "decimal", min: 0 },
        prompt: {
          title: "オフセット量 (t-CO2)",
          message: "0 以上の数値。台帳の割当量と一致させます。",
        },
      });
    }
    if (c.type === "list" && c.choices) {
      grid.validations.push({
        range,
        rule: { kind: "list", choices: c.choices },
        prompt: {
          title: truncateText(c.header, 32),
          message: truncateText(`${c.choices.join("、")} から選びます。`, 255),
        },
      });
    }
    if (c.type === "helper") grid.format({ range, fill: COLORS.notAsked, fontColor: "#808080" });
  }
  grid.validations.push({
    range: rangeAddress(first, column("seq"), last, column("seq")),
    rule: { kind: "whole", min: 0 },
    prompt: {
      title: "連番",
      message:
        "証書の通し番号。使った番号は再使用しません（行を追加するときは次に使う番号を入力）。",
    },
  });
  const numberRange = rangeAddress(first, column("number"), last, column("number"));
  grid.conditionalFormats.push({
    range: numberRange,
    formula: `=IF(${cellAddress(first, column("number"))}="",FALSE(),COUNTIF(${numbers},${cellAddress(first, column("number"))})>1)`,
    fill: COLORS.must,
    fontColor: "#9C0006",
  });
  const statusRange = rangeAddress(first, column("status"), last, column("status"));
  const statusTop = cellAddress(first, column("status"));
  grid.conditionalFormats.push(
    {
      range: statusRange,
      formula: `=ISNUMBER(FIND("✖",${statusTop}))`,
      fill: COLORS.must,
      fontColor: "#9C0006",
    },
    {
      range: statusRange,
      formula: `=AND(ISERROR(FIND("✖",${statusTop})),ISNUMBER(FIND("△",${statusTop})))`,
      fill: COLORS.should,
      fontColor: "#7F6000",
    },
    { range: statusRange, formula: `=${statusTop}="OK"`, fontColor: COLORS.section }
  );
}

/** 次に使う番号: after the highest number in use, or the first one. */
function addNextNumber(grid: SheetGrid, register: Register): void {
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

/** ■ 公表する一覧 (issued): the names and items the guidebook asks to publish, by formula from the register, row for row. */
function addPublication(
  grid: SheetGrid,
  register: Register
): NonNullable<CertificateCells["publication"]> {
  const { direction, first, last, lastColumn } = register;
  const column = (key: string) => columnOf(register, key);
  const title = last + 2;
  grid.section("■ 公表する一覧（ホームページ等で最低限公開すべき事項）", title);
  grid.set(
    title + 1,
    1,
    "証書を交付した全ての団体名と証書に記載した事項。発行先の企業名については、公開を希望しない企業の場合はその旨を記載します（登録簿から式で作成）。"
  );
  grid.merges.push(rangeAddress(title + 1, 1, title + 1, lastColumn));
  const pHeader = title + 2;
  const listColumns: [string, (row: number) => string, string | undefined][] = [
    ["証書番号", (r) => cellAddress(r, column("number")), undefined],
    [
      "交付日",
      (r) => `IF(${cellAddress(r, column("date"))}="","",${cellAddress(r, column("date"))})`,
      DATE_FORMAT,
    ],
    [
      "証書の交付先名",
      (r) =>
        `IF(${cellAddress(r, column("publish"))}=${quote(PUBLISH_CHOICES.no)},${quote(UNPUBLISHED_NAME)},${cellAddress(r, column("recipient"))})`,
      undefined,
    ],
    ["交付先の区分", (r) => `${cellAddress(r, column("recipient-kind"))}&""`, undefined],
    ["排出削減・吸収価値 (t-CO2)", (r) => cellAddress(r, column("value")), NUMBER_FORMATS.t],
    [
      "排出削減・吸収プロジェクトの説明",
      (r) => `${cellAddress(r, column("project"))}&""`,
      undefined,
    ],
    [
      "証書の管理者・発行者の連絡先",
      (r) => `${cellAddress(r, column("issuer-contact"))}&""`,
      undefined,
    ],
    [
      "協定・契約の有効期間",
      (r) => {
        const [from, to] = [
          cellAddress(r, column("valid-from")),
          cellAddress(r, column("valid-to")),
        ];
        return `IF(AND(ISNUMBER(${from}),ISNUMBER(${to})),TEXT(${from},"yyyy/mm/dd")&"～"&TEXT(${to},"yyyy/mm/dd"),"")`;
      },
      undefined,
    ],
  ];
  listColumns.forEach(([text], i) => grid.set(pHeader, i + 1, text));
  grid.format({
    range: rangeAddress(pHeader, 1, pHeader, listColumns.length),
    bold: true,
    fill: COLORS.header,
    wrap: true,
    horizontal: "Center",
  });
  for (let i = 0; i < CERTIFICATE_SLOTS; i++) {
    const source = first + i;
    const row = pHeader + 1 + i;
    const shown = `${cellAddress(source, column("recipient"))}<>""`;
    listColumns.forEach(([, expression], c) =>
      grid.set(row, c + 1, formula(`IF(${shown},${expression(source)},"")`))
    );
  }
  const pFirst = pHeader + 1;
  const pLast = pHeader + CERTIFICATE_SLOTS;
  listColumns.forEach(([, , numberFormat], c) => {
    if (numberFormat)
      grid.format({ range: rangeAddress(pFirst, c + 1, pLast, c + 1), numberFormat });
  });
  grid.format({
    range: rangeAddress(pFirst, 1, pLast, listColumns.length),
    border: true,
    wrap: true,
  });
  grid.tables.push({
    key: `${CERTIFICATE_KEYS[direction]}-publication`,
    name: "証書_公表一覧",
    range: rangeAddress(pHeader, 1, pLast, listColumns.length),
    style: "TableStyleLight1",
  });
  return { header: pHeader, first: pFirst, last: pLast };
}

/** 証書 register (issued: with the publication list). `ledger.key`: the ledger layout built alongside, to check tonnes. */
export function buildCertificateSheet(
  request: CertificateRequest,
  ledger?: { key: string }
): SheetLayout {
  return layoutCertificates(request, ledger).layout;
}
