/** The questionnaire file: what a respondent without the add-in gets, and the meta sheet and names that come back. */
import { createHash } from "node:crypto";
import type { Workbook, Worksheet } from "exceljs";
import { validateLayouts } from "../../src/sheets/validate-layout";
import {
  FORM_MARKER,
  FORM_SHEET_NAME,
  QUESTION_COLUMNS,
  canonicalJson,
  exportQuestionnaire,
  questionnaireFile,
  sha256Hex,
} from "../../src/xlsx/questionnaire-file";
import { FORM_FORMAT_VERSION } from "../../src/xlsx/types";
import { EVENT, EXHIBITORS, EXHIBITOR_NUMBERS, openWorkbook, zipPart } from "./fixtures";

const SHEET = "調査票_協力団体、出展団体";

describe("questionnaireFile", () => {
  const file = questionnaireFile(EXHIBITORS, EXHIBITOR_NUMBERS);
  const { form } = file;

  test("the layouts are resolved and valid: the questionnaire, then the meta sheet", () => {
    expect(file.layouts.map((l) => l.name)).toEqual([SHEET, FORM_SHEET_NAME]);
    expect(validateLayouts(file.layouts).filter((p) => p.severity === "error")).toEqual([]);
    expect(JSON.stringify(file.layouts)).not.toContain("{{");
  });

  test("the form: identity, activities with their boundary numbers, one question per answer cell", () => {
    expect(form).toMatchObject({
      version: FORM_FORMAT_VERSION,
      scenario: "A1",
      actorKey: "exhibitors",
    });
    expect(form.formId).toMatch(/^[0-9a-f]{16}$/);
    expect(form.activities.map((a) => [a.number, a.activityKey])).toEqual([
      [6, "venue-electricity"],
      [7, "equipment-transport"],
    ]);
    const count = form.questions.find((q) => q.id === "6.count.pre")!;
    expect(count).toEqual({
      id: "6.count.pre",
      activityNumber: 6,
      activityKey: "venue-electricity",
      methodKey: "venue-electricity.equipment",
      inputKey: "count",
      stage: "pre",
      item: expect.stringContaining("台数"),
      unit: expect.any(String),
      kind: "number",
      definedName: "GHG_Q_6_count_pre",
    });
    expect(new Set(form.questions.map((q) => q.id)).size).toBe(form.questions.length);
    expect(
      form.questions.every((q) => q.id === `${q.activityNumber}.${q.inputKey}.${q.stage}`)
    ).toBe(true);
    expect(form.respondentNames).toEqual({
      organization: "GHG_R_ORG",
      person: "GHG_R_PERSON",
      contact: "GHG_R_CONTACT",
    });
  });

  test("names: every answer cell and the respondent cells, qualified with the final sheet name", () => {
    expect(file.names.get("GHG_R_ORG")).toBe(`'${SHEET}'!$B$6`);
    expect(file.names.get("GHG_R_PERSON")).toBe(`'${SHEET}'!$B$7`);
    expect(file.names.get("GHG_R_CONTACT")).toBe(`'${SHEET}'!$B$8`);
    for (const q of form.questions)
      expect(file.names.get(q.definedName)).toMatch(new RegExp(`^'${SHEET}'!\\$[DE]\\$\\d+$`));
    expect(file.names.size).toBe(form.questions.length + 3);
    // pre answers in column D, post answers in column E
    expect(file.names.get("GHG_Q_6_count_pre")).toMatch(/!\$D\$/);
    expect(file.names.get("GHG_Q_6_count_post")).toMatch(/!\$E\$/);
  });

  test("formId is stable for the same request and changes with the activities, numbers or event", () => {
    expect(questionnaireFile(EXHIBITORS, EXHIBITOR_NUMBERS).form.formId).toBe(form.formId);
    expect(
      questionnaireFile({ ...EXHIBITORS, replyBy: "later" }, EXHIBITOR_NUMBERS).form.formId
    ).toBe(form.formId);
    expect(questionnaireFile(EXHIBITORS).form.formId).not.toBe(form.formId);
    expect(
      questionnaireFile(
        { ...EXHIBITORS, event: { ...EVENT, dates: "2025年6月1日" } },
        EXHIBITOR_NUMBERS
      ).form.formId
    ).not.toBe(form.formId);
    expect(
      questionnaireFile(
        { ...EXHIBITORS, activities: EXHIBITORS.activities.slice(0, 1) },
        EXHIBITOR_NUMBERS
      ).form.formId
    ).not.toBe(form.formId);
  });

  test("sha256Hex matches node:crypto; canonicalJson sorts keys", () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 1000, 100_000]) {
      const data = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 0xff);
      expect(sha256Hex(data)).toBe(createHash("sha256").update(data).digest("hex"));
    }
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: "x" }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});

describe("exportQuestionnaire", () => {
  let bytes: Uint8Array;
  let workbook: Workbook;
  let sheet: Worksheet;
  let meta: Worksheet;
  const { form, names } = questionnaireFile(EXHIBITORS, EXHIBITOR_NUMBERS);
  const local = (name: string) => names.get(name)!.split("!")[1]!.replace(/\$/g, "");

  beforeAll(async () => {
    bytes = await exportQuestionnaire(EXHIBITORS, EXHIBITOR_NUMBERS);
    workbook = await openWorkbook(bytes);
    sheet = workbook.getWorksheet(SHEET)!;
    meta = workbook.getWorksheet(FORM_SHEET_NAME)!;
  });

  test("two sheets: the questionnaire shown and active, the meta sheet very hidden", () => {
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [SHEET, "visible"],
      [FORM_SHEET_NAME, "veryHidden"],
    ]);
    expect(workbook.views[0]).toMatchObject({ activeTab: 0 });
    expect(workbook.title).toBe("調査票 環境フェア2024");
  });

  test("the Japanese instructions, respondent labels and the questions are on the sheet", () => {
    expect(sheet.getCell("A1").value).toBe("温室効果ガス排出量 調査票");
    expect(String(sheet.getCell("A2").value)).toContain("環境フェア2024");
    expect(String(sheet.getCell("A3").value)).toContain("黄色の欄にご記入ください");
    expect(String(sheet.getCell("A4").value)).toContain("回答期限: 2024年5月20日");
    expect([
      sheet.getCell("A6").value,
      sheet.getCell("A7").value,
      sheet.getCell("A8").value,
    ]).toEqual(["団体名", "担当者名", "連絡先"]);
    const row = Number(local("GHG_Q_6_count_pre").slice(1));
    expect(String(sheet.getCell(row, 2).value)).toContain("台数");
    expect(sheet.getCell(local("GHG_Q_6_count_pre")).value).toBeNull();
  });

  test("merges: title rows, respondent cells, activity names", () => {
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(["A1:F1", "A3:F3", "B6:E6", "B7:E7", "B8:E8"]));
  });

  test("validations: native drop-downs and numbers ≥ 0, with Japanese input messages and error alerts", () => {
    const count = sheet.getCell(local("GHG_Q_6_count_pre")).dataValidation;
    expect(count).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      showInputMessage: true,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "入力できない値です",
    });
    expect(count.prompt).toContain("0 以上の数値");
    const fuel = sheet.getCell(local("GHG_Q_7_fuel_post")).dataValidation;
    expect(fuel.type).toBe("list");
    expect(fuel.formulae[0]).toMatch(/^"ガソリン,.*軽油.*"$/);
    expect(fuel.showInputMessage).toBe(true);
    expect(fuel.prompt).toContain("一覧から選んでください");
    expect(fuel.showErrorMessage).toBe(true);
    expect(sheet.getCell(local("GHG_Q_7_use_pre")).dataValidation.formulae).toEqual([
      '"営業用,自家用"',
    ]);
  });

  test("protection: the sheet is protected, only answer and respondent cells are unlocked", async () => {
    expect(
      (sheet as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection
    ).toMatchObject({ sheet: true, selectLockedCells: undefined, formatColumns: true });
    const unlocked = new Set(
      [...names.values()].map((ref) => ref.split("!")[1]!.replace(/\$/g, ""))
    );
    for (const address of unlocked) expect(sheet.getCell(address).protection?.locked).toBe(false);
    // the rest of the merged respondent cells too
    expect(sheet.getCell("E6").protection?.locked).toBe(false);
    let lockedCells = 0;
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (unlocked.has(cell.address) || /^[B-E][678]$/.test(cell.address)) return;
        expect(cell.protection?.locked).not.toBe(false);
        lockedCells++;
      })
    );
    expect(lockedCells).toBeGreaterThan(50);
    expect(await zipPart(bytes, "xl/worksheets/sheet1.xml")).toMatch(
      /<sheetProtection sheet="1"[^>]*\/>/
    );
    expect(
      (meta as unknown as { sheetProtection: { sheet?: boolean } }).sheetProtection
    ).toMatchObject({ sheet: true });
  });

  test("workbook-level defined names for every answer cell and the respondent cells", async () => {
    const model = workbook.definedNames.model;
    expect(model.map((n) => n.name).sort()).toEqual([...names.keys()].sort());
    expect(workbook.definedNames.getRanges("GHG_Q_6_count_pre").ranges).toEqual([
      names.get("GHG_Q_6_count_pre"),
    ]);
    const xml = await zipPart(bytes, "xl/workbook.xml");
    expect(xml).toContain(`<definedName name="GHG_R_ORG">&apos;${SHEET}&apos;!$B$6</definedName>`);
    expect(xml).not.toContain("localSheetId");
  });

  test("the meta sheet: marker, identity, activities, respondent rows and one row per question", () => {
    const value = (address: string) => meta.getCell(address).value;
    expect(value("A1")).toBe(FORM_MARKER);
    expect([value("A2"), value("B2")]).toEqual(["formId", form.formId]);
    expect([value("A3"), value("B3")]).toEqual(["version", 1]);
    expect([value("A4"), value("B4")]).toEqual(["scenario", "A1"]);
    expect([value("A5"), value("B5")]).toEqual(["actorKey", "exhibitors"]);
    expect(JSON.parse(String(value("B6")))).toEqual(form.activities);
    expect([value("A7"), value("B7")]).toEqual(["sheet", SHEET]);
    expect([value("A8"), value("B8"), value("C8")]).toEqual([
      "respondent.organization",
      "GHG_R_ORG",
      "B6",
    ]);
    expect(meta.getCell("D8").formula).toBe(`'${SHEET}'!$B$6`);
    const header = meta.getRow(12).values as unknown[];
    expect(header.slice(1)).toEqual([...QUESTION_COLUMNS]);
    form.questions.forEach((q, i) => {
      const row = meta.getRow(13 + i);
      expect(row.getCell(1).value).toBe(q.id);
      expect(row.getCell(2).value).toBe(q.activityNumber);
      expect(row.getCell(10).value).toBe(q.definedName);
      expect(row.getCell(11).value).toBe(local(q.definedName));
      expect(row.getCell(12).formula).toBe(names.get(q.definedName));
    });
    expect(meta.getCell(13 + form.questions.length, 1).value).toBeNull();
  });
});
