/**
 * Round trips: export a questionnaire, fill it in as a respondent would (ExcelJS standing in for Excel, and doing
 * what Excel does to names and references on a rename or move), read it back.
 */
import { createHash } from "node:crypto";
import type { Workbook, Worksheet } from "exceljs";
import {
  FORM_SHEET_NAME,
  exportQuestionnaire,
  questionnaireFile,
} from "../../src/xlsx/questionnaire-file";
import { parseReference, rawValue, readResponse } from "../../src/xlsx/read-response";
import type { RawAnswer, ResponseFile } from "../../src/xlsx/types";
import { EXHIBITORS, EXHIBITOR_NUMBERS, openWorkbook, saveWorkbook, zipPart } from "./fixtures";

const SHEET = "調査票_協力団体、出展団体";
const file = questionnaireFile(EXHIBITORS, EXHIBITOR_NUMBERS);
const addressOf = (definedName: string) =>
  file.names.get(definedName)!.split("!")[1]!.replace(/\$/g, "");

/** What the respondent types, by question id; the value ExcelJS stores → the raw answer expected back. */
const ANSWERS: Record<string, { cell: unknown; raw: RawAnswer }> = {
  "6.device_name.pre": {
    cell: '=HYPERLINK("http://example.com","照明")',
    raw: '=HYPERLINK("http://example.com","照明")',
  },
  "6.device_name.post": {
    cell: { richText: [{ text: "LED" }, { font: { bold: true }, text: "照明" }] },
    raw: "LED照明",
  },
  "6.count.pre": { cell: -5, raw: -5 },
  "6.count.post": { cell: 12, raw: 12 },
  "6.watts.pre": { cell: "四十", raw: "四十" },
  "6.watts.post": { cell: { formula: "20*2", result: 40 }, raw: 40 },
  // 6.hours.pre stays blank
  "6.hours.post": { cell: { formula: "1+1" }, raw: null },
  "7.fuel.pre": { cell: "軽油", raw: "軽油" },
  "7.km.pre": { cell: { error: "#N/A" }, raw: "#N/A" },
  "7.km.post": { cell: new Date(Date.UTC(2024, 5, 1)), raw: "2024-06-01T00:00:00.000Z" },
  "7.use.pre": { cell: "営業用", raw: "営業用" },
  "7.max_load.pre": { cell: true, raw: true },
};

function fill(sheet: Worksheet, address: (definedName: string) => string): void {
  sheet.getCell(address("GHG_R_ORG")).value = "株式会社テスト運送";
  sheet.getCell(address("GHG_R_PERSON")).value = " 山田 太郎 ";
  sheet.getCell(address("GHG_R_CONTACT")).value = "03-1234-5678";
  for (const q of file.form.questions) {
    const answer = ANSWERS[q.id];
    if (!answer) continue;
    const cell = sheet.getCell(address(q.definedName));
    cell.value = answer.cell as never;
    // As Excel formats a date typed in. (Cells loaded by ExcelJS share style objects: replace, never mutate.)
    if (answer.cell instanceof Date) cell.style = { ...cell.style, numFmt: "yyyy/m/d" };
  }
}

function expectAnswers(
  result: ResponseFile,
  expected: (id: string) => RawAnswer = (id) => ANSWERS[id]?.raw ?? null
): void {
  if (!result.ok) throw new Error(`not ok: ${result.problem} ${result.message.en}`);
  expect(result.form).toEqual(file.form);
  expect(result.answers.map((a) => a.question)).toEqual(file.form.questions);
  expect(Object.fromEntries(result.answers.map((a) => [a.question.id, a.raw]))).toEqual(
    Object.fromEntries(file.form.questions.map((q) => [q.id, expected(q.id)]))
  );
}

/** What Excel does to every name and meta reference when a sheet is renamed. */
function renameSheet(workbook: Workbook, from: string, to: string): void {
  workbook.getWorksheet(from)!.name = to;
  const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
  workbook.definedNames.model = workbook.definedNames.model.map((n) => ({
    ...n,
    ranges: n.ranges.map((r) => r.split(quote(from)).join(quote(to))),
  }));
  workbook.getWorksheet(FORM_SHEET_NAME)?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula)
        cell.value = { formula: cell.formula.split(quote(from)).join(quote(to)) } as never;
    })
  );
}

async function exported(): Promise<Workbook> {
  return openWorkbook(await exportQuestionnaire(EXHIBITORS, EXHIBITOR_NUMBERS));
}

describe("readResponse round trips", () => {
  test("a blank questionnaire reads back with every answer null", async () => {
    const bytes = await exportQuestionnaire(EXHIBITORS, EXHIBITOR_NUMBERS);
    const result = await readResponse(bytes, "blank.xlsx");
    expectAnswers(result, () => null);
    expect(result).toMatchObject({
      ok: true,
      fileName: "blank.xlsx",
      respondent: { organization: "", person: "", contact: "" },
    });
  });

  test("filled in place: every answer with its question id and raw value; digest is the SHA-256 of the bytes", async () => {
    const workbook = await exported();
    fill(workbook.getWorksheet(SHEET)!, addressOf);
    const bytes = await saveWorkbook(workbook);
    const result = await readResponse(bytes, "回答.xlsx");
    expectAnswers(result);
    expect(result).toMatchObject({
      ok: true,
      respondent: {
        organization: "株式会社テスト運送",
        person: "山田 太郎",
        contact: "03-1234-5678",
      },
    });
    expect(result.ok && result.digest).toBe(createHash("sha256").update(bytes).digest("hex"));
    // an ArrayBuffer works as well and gives the same digest
    const copy = bytes.slice().buffer;
    expect(
      (await readResponse(copy, "回答.xlsx")).ok &&
        ((await readResponse(copy, "回答.xlsx")) as { digest: string }).digest
    ).toBe(result.ok && result.digest);
  });

  test("renamed sheet and answers moved elsewhere: matched by defined name, not by position", async () => {
    const workbook = await exported();
    const sheet = workbook.getWorksheet(SHEET)!;
    // The respondent's answers end up 30 rows lower and 3 columns to the right (as after inserting rows and columns):
    // Excel moves the names with them; the meta sheet's recorded addresses are now wrong.
    const moved = (definedName: string) => {
      const address = addressOf(definedName);
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      return `${String.fromCharCode(m[1]!.charCodeAt(0) + 3)}${Number(m[2]) + 30}`;
    };
    fill(sheet, moved);
    workbook.definedNames.model = workbook.definedNames.model.map((n) => ({
      ...n,
      ranges: [`'${SHEET}'!$${moved(n.name).replace(/(\d+)/, "$$$1")}`],
    }));
    renameSheet(workbook, SHEET, "回答済み 'A社' 分");
    // a decoy in the old place of an answer: must not be read
    sheet.getCell(addressOf("GHG_Q_6_count_pre")).value = 999;
    const result = await readResponse(await saveWorkbook(workbook), "moved.xlsx");
    expectAnswers(result);
    expect(result).toMatchObject({ respondent: { organization: "株式会社テスト運送" } });
  });

  test("the meta sheet renamed too: found by its marker", async () => {
    const workbook = await exported();
    fill(workbook.getWorksheet(SHEET)!, addressOf);
    workbook.getWorksheet(FORM_SHEET_NAME)!.name = "Sheet9";
    expectAnswers(await readResponse(await saveWorkbook(workbook), "meta-renamed.xlsx"));
  });

  test("names removed: the meta sheet's references (rewritten by Excel on a rename) find the answers", async () => {
    const workbook = await exported();
    fill(workbook.getWorksheet(SHEET)!, addressOf);
    workbook.definedNames.model = [];
    renameSheet(workbook, SHEET, "別名");
    expectAnswers(await readResponse(await saveWorkbook(workbook), "no-names.xlsx"));
  });

  test("names and references removed: the recorded addresses on the only visible sheet", async () => {
    const workbook = await exported();
    fill(workbook.getWorksheet(SHEET)!, addressOf);
    workbook.definedNames.model = [];
    workbook.getWorksheet(SHEET)!.name = "別名";
    workbook.getWorksheet(FORM_SHEET_NAME)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = null;
      })
    );
    expectAnswers(await readResponse(await saveWorkbook(workbook), "addresses.xlsx"));
  });

  test("a name Excel turned into #REF! (its row was deleted) gives a blank answer, not the cell now at the old address", async () => {
    const workbook = await exported();
    fill(workbook.getWorksheet(SHEET)!, addressOf);
    // ExcelJS drops a name it cannot resolve when it saves, so the #REF! name is put back as render-xlsx writes names.
    workbook.definedNames.model = workbook.definedNames.model.filter(
      (n) => n.name !== "GHG_Q_6_count_pre"
    );
    const definedNames = workbook.definedNames as unknown as object;
    const get = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(definedNames) as object,
      "model"
    )!.get!;
    Object.defineProperty(definedNames, "model", {
      get: () => [
        ...(get.call(definedNames) as unknown[]),
        { name: "GHG_Q_6_count_pre", ranges: [`'${SHEET}'!#REF!`] },
      ],
    });
    const result = await readResponse(await saveWorkbook(workbook), "ref.xlsx");
    expectAnswers(result, (id) => (id === "6.count.pre" ? null : (ANSWERS[id]?.raw ?? null)));
  });
});

test("a copied sheet with sheet-level copies of the names: the workbook-level names win", async () => {
  const workbook = await exported();
  fill(workbook.getWorksheet(SHEET)!, addressOf);
  const copy = workbook.addWorksheet("コピー");
  for (const q of file.form.questions) copy.getCell(addressOf(q.definedName)).value = "copy";
  const copyIndex = workbook.worksheets.indexOf(copy);
  // Excel lists the copy's sheet-level names as well (localSheetId). ExcelJS's own model keeps only the last of
  // several names of the same name, here the copy's.
  const local = [...file.names].map(([name, reference]) => ({
    name,
    ranges: [`'コピー'!${reference.split("!")[1]}`],
    localSheetId: copyIndex,
  }));
  const definedNames = workbook.definedNames as unknown as object;
  const get = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(definedNames) as object,
    "model"
  )!.get!;
  Object.defineProperty(definedNames, "model", {
    get: () => [...(get.call(definedNames) as unknown[]), ...local],
  });
  const bytes = await saveWorkbook(workbook);
  expect(await zipPart(bytes, "xl/workbook.xml")).toContain(
    `<definedName name="GHG_R_ORG" localSheetId="${copyIndex}">`
  );
  expectAnswers(await readResponse(bytes, "copied.xlsx"));
});

describe("readResponse problems", () => {
  test("not a questionnaire: a plain workbook", async () => {
    const ExcelJS = await (await import("../../src/xlsx/load-exceljs")).loadExcelJS();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "団体名";
    const result = await readResponse(await saveWorkbook(workbook), "plain.xlsx");
    expect(result).toMatchObject({
      ok: false,
      fileName: "plain.xlsx",
      problem: "not-a-questionnaire",
    });
    expect(!result.ok && result.message.ja).toContain("調査票ではありません");
    expect(!result.ok && result.message.en).toContain("not a questionnaire");
  });

  test("corrupt: random bytes, a truncated file, an empty file", async () => {
    const bytes = await exportQuestionnaire(EXHIBITORS, EXHIBITOR_NUMBERS);
    for (const data of [
      new Uint8Array(500).map((_, i) => (i * 7) & 0xff),
      bytes.slice(0, bytes.length / 2),
      new Uint8Array(0),
      new TextEncoder().encode("団体名,担当者名\nA,B\n"),
    ]) {
      const result = await readResponse(data, "broken.xlsx");
      expect(result).toMatchObject({ ok: false, problem: "corrupt" });
      expect(!result.ok && result.message.ja).toContain("読み込めませんでした");
      // No raw message of the zip library in either language ("Corrupted zip?", "End of data reached …").
      expect(!result.ok && result.message.en).toContain("could not be read");
      expect(!result.ok && `${result.message.ja} ${result.message.en}`).not.toMatch(
        /zip|End of data/i
      );
    }
  });

  test("too large: refused before parsing", async () => {
    const result = await readResponse(new Uint8Array(2000), "big.xlsx", { maxBytes: 1000 });
    expect(result).toMatchObject({ ok: false, problem: "too-large" });
    expect(!result.ok && result.message.en).toContain("too large");
    const bytes = await exportQuestionnaire(EXHIBITORS, EXHIBITOR_NUMBERS);
    expect((await readResponse(bytes, "q.xlsx", { maxBytes: bytes.length - 1 })).ok).toBe(false);
    expect((await readResponse(bytes, "q.xlsx", { maxBytes: bytes.length })).ok).toBe(true);
  });

  test("unknown version", async () => {
    const workbook = await exported();
    workbook.getWorksheet(FORM_SHEET_NAME)!.getCell("B3").value = 99;
    const result = await readResponse(await saveWorkbook(workbook), "future.xlsx");
    expect(result).toMatchObject({ ok: false, problem: "unsupported-version" });
    expect(!result.ok && result.message.ja).toContain("版 99");
  });

  test("a damaged meta sheet is corrupt, not a crash", async () => {
    const workbook = await exported();
    workbook.getWorksheet(FORM_SHEET_NAME)!.getCell("B6").value = "[{not json";
    expect(await readResponse(await saveWorkbook(workbook), "damaged.xlsx")).toMatchObject({
      ok: false,
      problem: "corrupt",
    });
  });
});

describe("helpers", () => {
  test("parseReference: quoted and plain sheet names, ranges, #REF!", () => {
    expect(parseReference("'回答済み ''A社'''!$D$12")).toEqual({
      sheet: "回答済み 'A社'",
      address: "D12",
    });
    expect(parseReference("=Sheet1!B6:E6")).toEqual({ sheet: "Sheet1", address: "B6" });
    expect(parseReference("'調査票'!#REF!")).toBeNull();
    expect(parseReference("SUM(A1)")).toBeNull();
  });

  test("rawValue never evaluates: a formula gives its cached result", () => {
    expect(rawValue({ formula: 'HYPERLINK("x")', result: "x" })).toBe("x");
    expect(rawValue({ sharedFormula: "D12", result: 3 })).toBe(3);
    expect(rawValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(rawValue({ text: "link", hyperlink: "http://x" })).toBe("link");
    expect(rawValue("")).toBeNull();
    expect(rawValue(Number.NaN)).toBeNull();
  });
});
