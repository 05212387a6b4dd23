import {
  formatSerial,
  formatSerialRange,
  normalizeSerial,
  overlapOf,
  parseSerial,
  parseSerialRange,
  parseSerialRangeText,
  rangeContains,
  SERIAL_SUBSTITUTIONS,
  tonnesIn,
  type SerialRange,
  type SerialResult,
} from "../../src/ledger/serials";

function ok<T>(result: SerialResult<T>): T {
  if (!result.ok) throw new Error(result.error.ja);
  return result.value;
}
function error<T>(result: SerialResult<T>): { ja: string; en: string } {
  if (result.ok) throw new Error(`parsed: ${JSON.stringify(result.value)}`);
  return result.error;
}
const range = (prefix: string, from: number, to: number): SerialRange => ({
  prefix,
  from,
  to,
  digits: 3,
});

describe("parseSerial", () => {
  test("the guidebook's example: the last block is the tonne", () => {
    expect(ok(parseSerial("JP-200-000-000-011-157"))).toEqual({
      prefix: "JP-200-000-000-011",
      number: 157,
      digits: 3,
    });
  });

  test.each([
    "ＪＰ－２００－０００－０００－０１１－１５７",
    " JP-200-000-000-011-157 ",
    "JP - 200 - 000 - 000 - 011 - 157",
    "jp-200-000-000-011-157",
    "JPー200ー000ー000ー011ー157",
    "JP−200−000−000−011−157",
    "JP‐200‐000‐000‐011‐157",
    "ＪＰ－２００－　０００－０００－０１１－１５７",
  ])("full-width, IME dashes, spaces and case read the same: %s", (typed) => {
    expect(ok(parseSerial(typed))).toEqual({
      prefix: "JP-200-000-000-011",
      number: 157,
      digits: 3,
    });
  });

  test("leading zeros of the tonne are kept for printing", () => {
    const serial = ok(parseSerial("JP-200-000-000-011-007"));
    expect(serial.number).toBe(7);
    expect(formatSerial(serial.prefix, serial.number, serial.digits)).toBe(
      "JP-200-000-000-011-007"
    );
  });

  test.each([
    ["", /シリアル番号が空です/, /empty/],
    ["JP200000000011157", /ハイフンで区切られていません/, /no hyphen/],
    ["JP-200--011-157", /空の区切り/, /empty block/],
    ["-200-157", /空の区切り/, /empty block/],
    ["JP-200-000-000-011-", /空の区切り/, /empty block/],
    ["JP-200-000-000-011-15A", /最後の区切り「15A」が数字ではありません/, /not a number/],
    ["JP-200/000-011-157", /使えない文字「\/」/, /contains "\/"/],
    ["JP-200-000-000-011-157～158", /使えない文字「~」/, /contains/],
  ])("malformed %j: a Japanese and an English message", (typed, ja, en) => {
    const e = error(parseSerial(typed));
    expect(e.ja).toMatch(ja);
    expect(e.en).toMatch(en);
  });
});

describe("ranges", () => {
  test("JP-200-000-000-011-157～158 is 2 t; the last serial may be the number alone or blank for 1 t", () => {
    const full = ok(parseSerialRange("JP-200-000-000-011-157", "JP-200-000-000-011-158"));
    expect(full).toEqual({ prefix: "JP-200-000-000-011", from: 157, to: 158, digits: 3 });
    expect(tonnesIn(full)).toBe(2);
    expect(ok(parseSerialRange("JP-200-000-000-011-157", "１５８"))).toEqual(full);
    expect(tonnesIn(ok(parseSerialRange("JP-200-000-000-011-157", "")))).toBe(1);
    expect(tonnesIn(ok(parseSerialRange("JP-200-000-000-011-157")))).toBe(1);
  });

  test("a range typed as one text, as the guidebook prints it", () => {
    expect(ok(parseSerialRangeText("JP-200-000-000-011-157 ～JP-200-000-000-011-158"))).toEqual(
      ok(parseSerialRange("JP-200-000-000-011-157", "JP-200-000-000-011-158"))
    );
    expect(tonnesIn(ok(parseSerialRangeText("JP-200-000-000-011-157〜160")))).toBe(4);
    expect(error(parseSerialRangeText("JP-200-000-000-011-157～158～159")).ja).toMatch(/2つ以上/);
    expect(formatSerialRange(ok(parseSerialRangeText("JP-200-000-000-011-157～158")))).toBe(
      "JP-200-000-000-011-157～JP-200-000-000-011-158"
    );
    expect(formatSerialRange(ok(parseSerialRangeText("JP-200-000-000-011-157")))).toBe(
      "JP-200-000-000-011-157"
    );
  });

  test("two blocks or a backward range are refused with the reason", () => {
    expect(error(parseSerialRange("JP-200-000-000-011-157", "JP-200-000-000-012-158")).ja).toMatch(
      /別のブロックです（JP-200-000-000-011 と JP-200-000-000-012）/
    );
    const backwards = error(parseSerialRange("JP-200-000-000-011-158", "JP-200-000-000-011-157"));
    expect(backwards.ja).toMatch(/始め（158）が終わり（157）より大きく/);
    expect(backwards.en).toMatch(/larger/);
    expect(error(parseSerialRange("JP-200-000-000-011-157", "JP-200-000-000-011-x")).ja).toMatch(
      /数字ではありません/
    );
  });

  test("overlap, containment and the tonnes shared", () => {
    const p = "JP-200-000-000-011";
    expect(overlapOf(range(p, 100, 110), range(p, 108, 120))).toEqual(range(p, 108, 110));
    expect(overlapOf(range(p, 100, 110), range(p, 110, 110)) !== null).toBe(true);
    expect(overlapOf(range(p, 100, 110), range(p, 111, 120)) !== null).toBe(false);
    expect(overlapOf(range(p, 100, 110), range("JP-200-000-000-012", 100, 110)) !== null).toBe(
      false
    );
    expect(rangeContains(range(p, 100, 110), range(p, 100, 110))).toBe(true);
    expect(rangeContains(range(p, 100, 110), range(p, 105, 111))).toBe(false);
    expect(rangeContains(range(p, 100, 110), range("JP-200-000-000-012", 105, 106))).toBe(false);
    expect(tonnesIn(range(p, 1001, 1100))).toBe(100);
  });
});

test("the sheet's substitutions give what normalizeSerial gives", () => {
  const typed = "ｊｐ－２００ー０００―０００−０１１‐１５７　Ａ";
  const bySheet = SERIAL_SUBSTITUTIONS.reduce(
    (text, [from, to]) => text.split(from).join(to),
    typed.toUpperCase()
  );
  expect(bySheet).toBe(normalizeSerial(typed));
  expect(bySheet).toBe("JP-200-000-000-011-157A");
});
