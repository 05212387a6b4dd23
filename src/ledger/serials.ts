/**
 * Registry serial numbers of credits, one per tonne: "JP-200-000-000-011-157" is tonne 157 of the block
 * "JP-200-000-000-011" (the guidebook's example: A1 3(5)③ 開催中の情報提供, 「●開催中の情報提供の例」 (資料：港区),
 * クレジットシリアル番号 JP-200-000-000-011-157～JP-200-000-000-011-158 = 2 t; seed 002 lines 646-650). The last
 * hyphen-separated block is the tonne number; the blocks before it (the prefix) name the registry, project and issuance. A range is the tonnes from one serial to
 * another of the same prefix, both included.
 *
 * Typed serials are forgiving: full-width letters and digits (ＪＰ－２００…), the dashes a Japanese IME produces
 * (－ − ‐ ― ー …), spaces and lower case all read as the same serial. The ledger sheet applies the same substitutions
 * with native formulas (SERIAL_SUBSTITUTIONS), so the sheet and these functions agree.
 *
 * Pure: no Office, no clock.
 */
import type { Label } from "../core/data/types";

/** One tonne's serial, split. */
export interface Serial {
  /** Normalized blocks before the last one, e.g. "JP-200-000-000-011". */
  readonly prefix: string;
  /** The last block as a number: the tonne. */
  readonly number: number;
  /** Digits of the last block as typed (157 → 3, 007 → 3), to print the serial back the same way. */
  readonly digits: number;
}

/** Tonnes `from` … `to` (both included) of one prefix. */
export interface SerialRange {
  readonly prefix: string;
  readonly from: number;
  readonly to: number;
  readonly digits: number;
}

export type SerialResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Label };

/** Dashes and long-vowel marks users type for "-" (full-width, minus, hyphen, non-breaking hyphen, en/em/bar, ー, ｰ). */
const SERIAL_DASHES = ["－", "−", "‐", "‑", "–", "—", "―", "ー", "ｰ"] as const;

const FULL_WIDTH_DIGITS = [..."０１２３４５６７８９"].map((ch, i) => [ch, String(i)] as const);
const FULL_WIDTH_LETTERS = [..."ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"].map(
  (ch, i) => [ch, String.fromCharCode(65 + i)] as const
);

/**
 * What a typed serial goes through after upper-casing, in order: full-width digits and capitals to ASCII, every dash
 * to "-", spaces (ASCII and ideographic) removed. The sheet nests one SUBSTITUTE per pair (48 levels with UPPER,
 * within Excel's 64); this module gets the same result from NFKC plus the dashes.
 */
export const SERIAL_SUBSTITUTIONS: readonly (readonly [string, string])[] = [
  ...FULL_WIDTH_DIGITS,
  ...FULL_WIDTH_LETTERS,
  ...SERIAL_DASHES.map((dash) => [dash, "-"] as const),
  [" ", ""],
  ["　", ""],
];

/** Range separators in a typed range "A～B": wave dashes and tilde. */
const RANGE_SEPARATORS = /[～〜~∼]/u;

const DASHES = new RegExp(`[${SERIAL_DASHES.join("")}]`, "gu");

/** The serial as compared: NFKC (full-width → ASCII), dashes → "-", no whitespace, upper case. */
export function normalizeSerial(text: string): string {
  return text.normalize("NFKC").replace(DASHES, "-").replace(/\s+/gu, "").toUpperCase();
}

const EXAMPLE = "JP-200-000-000-011-157";

function fail<T>(ja: string, en: string): SerialResult<T> {
  return { ok: false, error: { ja, en } };
}

/** Parses one serial; the error says what is wrong with it, in Japanese and English. */
export function parseSerial(text: string): SerialResult<Serial> {
  const typed = text.trim();
  if (typed === "") return fail("シリアル番号が空です。", "The serial number is empty.");
  const serial = normalizeSerial(typed);
  const odd = /[^A-Z0-9-]/u.exec(serial);
  if (odd) {
    return fail(
      `シリアル番号「${typed}」に使えない文字「${odd[0]}」があります。英数字とハイフンで入力してください（例: ${EXAMPLE}）。`,
      `The serial number "${typed}" contains "${odd[0]}"; use letters, digits and hyphens (e.g. ${EXAMPLE}).`
    );
  }
  const blocks = serial.split("-");
  if (blocks.length < 2) {
    return fail(
      `シリアル番号「${typed}」がハイフンで区切られていません。登録簿のシリアル番号をそのまま入力してください（例: ${EXAMPLE}）。`,
      `The serial number "${typed}" has no hyphen-separated blocks; copy it from the registry (e.g. ${EXAMPLE}).`
    );
  }
  if (blocks.some((block) => block === "")) {
    return fail(
      `シリアル番号「${typed}」に空の区切りがあります（ハイフンが続いているか、先頭か末尾にあります）。`,
      `The serial number "${typed}" has an empty block (two hyphens in a row, or one at the start or end).`
    );
  }
  const last = blocks[blocks.length - 1] as string;
  if (!/^\d+$/u.test(last)) {
    return fail(
      `シリアル番号「${typed}」の最後の区切り「${last}」が数字ではありません。最後の区切りはトンごとの通し番号です（例: ${EXAMPLE} の 157）。`,
      `The last block "${last}" of the serial number "${typed}" is not a number; it numbers the tonnes (157 in ${EXAMPLE}).`
    );
  }
  const number = Number(last);
  if (!Number.isSafeInteger(number)) {
    return fail(
      `シリアル番号「${typed}」の通し番号「${last}」が大きすぎます。`,
      `The tonne number "${last}" of "${typed}" is too large.`
    );
  }
  return {
    ok: true,
    value: { prefix: blocks.slice(0, -1).join("-"), number, digits: last.length },
  };
}

/**
 * The range from one serial to another, both included. `to` may be left out (or blank) for a single tonne, or be the
 * last block alone ("158"), as registries print ranges: JP-200-000-000-011-157～158.
 */
export function parseSerialRange(from: string, to?: string): SerialResult<SerialRange> {
  const start = parseSerial(from);
  if (!start.ok) return start;
  const toText = to?.trim() ?? "";
  const shortTo = /^\d+$/u.test(normalizeSerial(toText));
  const end =
    toText === ""
      ? start
      : shortTo
        ? parseSerial(`${start.value.prefix}-${normalizeSerial(toText)}`)
        : parseSerial(toText);
  if (!end.ok) return end;
  const a = start.value;
  const b = end.value;
  if (a.prefix !== b.prefix) {
    return fail(
      `シリアル番号の始め「${from.trim()}」と終わり「${toText}」は別のブロックです（${a.prefix} と ${b.prefix}）。ブロックごとに1行に分けて入力してください。`,
      `The first serial "${from.trim()}" and the last "${toText}" belong to different blocks (${a.prefix} and ${b.prefix}); enter one row per block.`
    );
  }
  if (a.number > b.number) {
    return fail(
      `シリアル番号の始め（${a.number}）が終わり（${b.number}）より大きくなっています。始めと終わりを確認してください。`,
      `The first serial's tonne (${a.number}) is larger than the last one's (${b.number}); check the order.`
    );
  }
  return {
    ok: true,
    value: { prefix: a.prefix, from: a.number, to: b.number, digits: Math.max(a.digits, b.digits) },
  };
}

/** A typed range in one text: "JP-200-000-000-011-157～JP-200-000-000-011-158", "…-157～158" or a single serial. */
export function parseSerialRangeText(text: string): SerialResult<SerialRange> {
  const parts = text.split(RANGE_SEPARATORS);
  if (parts.length > 2) {
    return fail(
      `シリアル番号の範囲「${text.trim()}」に「～」が2つ以上あります。`,
      `The serial range "${text.trim()}" has more than one "～".`
    );
  }
  return parseSerialRange(parts[0] ?? "", parts[1]);
}

/** Tonnes in a range (both ends included). */
export function tonnesIn(range: SerialRange): number {
  return range.to - range.from + 1;
}

/** The tonnes two ranges share, or null when they share none (another prefix, or apart). */
export function overlapOf(a: SerialRange, b: SerialRange): SerialRange | null {
  if (a.prefix !== b.prefix) return null;
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { prefix: a.prefix, from, to, digits: Math.max(a.digits, b.digits) } : null;
}

/** Whether every tonne of `inner` is in `outer`. */
export function rangeContains(outer: SerialRange, inner: SerialRange): boolean {
  return outer.prefix === inner.prefix && outer.from <= inner.from && inner.to <= outer.to;
}

/** A row's serial range, with the row and its index: what overlappingPairs compares. */
export interface IndexedRange<T> {
  readonly item: T;
  readonly index: number;
  readonly range: SerialRange;
}

/** Pairs of overlapping ranges, each pair once (earlier index first): sorted by prefix and start, then swept. */
export function overlappingPairs<T>(
  parsed: readonly IndexedRange<T>[]
): [IndexedRange<T>, IndexedRange<T>][] {
  const sorted = [...parsed].sort((a, b) =>
    a.range.prefix < b.range.prefix
      ? -1
      : a.range.prefix > b.range.prefix
        ? 1
        : a.range.from - b.range.from || a.index - b.index
  );
  const pairs: [IndexedRange<T>, IndexedRange<T>][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as IndexedRange<T>;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as IndexedRange<T>;
      if (b.range.prefix !== a.range.prefix || b.range.from > a.range.to) break;
      pairs.push(a.index < b.index ? [a, b] : [b, a]);
    }
  }
  return pairs.sort((p, q) => p[1].index - q[1].index || p[0].index - q[0].index);
}

/** One tonne's serial as text, the number padded to `digits` (JP-200-000-000-011-007). */
export function formatSerial(prefix: string, number: number, digits = 0): string {
  return `${prefix}-${String(number).padStart(digits, "0")}`;
}

/** A range as text the way the guidebook prints it: "JP-200-000-000-011-157～JP-200-000-000-011-158" (one serial for 1 t). */
export function formatSerialRange(range: SerialRange): string {
  const from = formatSerial(range.prefix, range.from, range.digits);
  return range.from === range.to
    ? from
    : `${from}～${formatSerial(range.prefix, range.to, range.digits)}`;
}
