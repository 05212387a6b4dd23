/** The pane's .xlsx operations: loaded on first use, errors as FileOperationError; and what the loaded code does. */
import ExcelJS from "exceljs";
import { buildWorkbook } from "../../src/sheets/builders";
import { DEFAULT_SETTINGS } from "../../src/sheets/builders/options";
import { paneStrings } from "../../src/taskpane/i18n";
import {
  FileOperationError,
  createFileOperations,
  type XlsxTasks,
} from "../../src/taskpane/files/file-operations";
import * as realTasks from "../../src/taskpane/files/xlsx-tasks";
import { fileFailure, saveRequestFromLayouts } from "../../src/taskpane/state/file-outcome";
import { initialBoundaryForm, toWorkbookRequest } from "../../src/taskpane/state/boundary-form";
import { EMPTY_EVENT } from "../../src/taskpane/state/event-form";
import { checked } from "../../src/taskpane/state/issues";
import { prepareLayouts } from "../../src/taskpane/state/prepare";
import { bundledScenarioData } from "../../src/taskpane/state/scenario-data";

const ja = paneStrings("ja");

function fakeTasks(overrides: Partial<XlsxTasks> = {}): XlsxTasks {
  return {
    ...realTasks,
    exportQuestionnaire: async () => new Uint8Array([0x50, 0x4b]),
    ...overrides,
  } as XlsxTasks;
}

test("nothing is loaded until an operation is used; then once", async () => {
  const load = jest.fn(async () => fakeTasks());
  const files = createFileOperations(load);
  expect(load).not.toHaveBeenCalled();
  const request = {
    scenario: "A1",
    actorKey: "x",
    activities: [],
    event: {
      name: "",
      dates: "",
      place: "",
      organizer: "",
      participants: 0,
      days: 1,
      paidEntry: false,
    },
  } as const;
  expect(await files.exportQuestionnaire(request)).toEqual(new Uint8Array([0x50, 0x4b]));
  expect(typeof (await files.collectionBuilder())).toBe("function");
  expect(load).toHaveBeenCalledTimes(1);
});

test("a failed load is reported as load-failed and tried again next time", async () => {
  const load = jest
    .fn<Promise<XlsxTasks>, []>()
    .mockRejectedValueOnce(new Error("Loading chunk 7 failed"))
    .mockResolvedValue(fakeTasks());
  const files = createFileOperations(load);
  const error = await files.collectResponses([]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileOperationError);
  expect(error).toMatchObject({ code: "load-failed", detail: "Loading chunk 7 failed" });
  expect(fileFailure(error, ja).text).toBe(ja.fileToolsLoadFailed("Loading chunk 7 failed"));
  expect((await files.collectResponses([])).summary).toEqual({
    files: 0,
    collected: 0,
    complete: 0,
    duplicates: 0,
    skipped: 0,
  });
  expect(load).toHaveBeenCalledTimes(2);
});

test("an operation that throws is reported as failed, with its message", async () => {
  const files = createFileOperations(async () =>
    fakeTasks({
      exportQuestionnaire: async () => {
        throw new Error("no activities");
      },
    })
  );
  const error = await files.exportQuestionnaire({} as never).catch((e: unknown) => e);
  expect(error).toMatchObject({
    name: "FileOperationError",
    code: "failed",
    detail: "no activities",
  });
  expect(fileFailure(error, ja)).toEqual({
    title: ja.saveFailedTitle,
    text: ja.saveFailed("no activities"),
  });
  expect(fileFailure(new Error("x"), ja, ja.collectFailedTitle, ja.collectFailed)).toEqual({
    title: ja.collectFailedTitle,
    text: ja.collectFailed("x"),
  });
});

test("a save request is made from prepared layouts only when they are ok", async () => {
  const make = jest.fn(async () => new Uint8Array([1]));
  const invalid = saveRequestFromLayouts(
    { kind: "invalid", issues: [{ field: "days", code: "too-small", severity: "error" }] },
    "a.xlsx",
    make
  );
  expect(invalid.kind).toBe("invalid");
  const ok = saveRequestFromLayouts({ kind: "ok", layouts: [], warnings: [] }, "a.xlsx", make);
  expect(ok).toMatchObject({ kind: "ok", fileName: "a.xlsx" });
  if (ok.kind === "ok") expect(await ok.make()).toEqual(new Uint8Array([1]));
  expect(make).toHaveBeenCalledTimes(1);
});

test("the portable workbook of the 算定シート preview is an .xlsx calling no add-in function", async () => {
  const data = bundledScenarioData();
  const prepared = prepareLayouts(
    toWorkbookRequest(data, initialBoundaryForm(data), EMPTY_EVENT, checked(DEFAULT_SETTINGS, [])),
    buildWorkbook
  );
  if (prepared.kind !== "ok") throw new Error(`not ok: ${prepared.kind}`);
  const bytes = await createFileOperations(async () => realTasks).portableWorkbook(
    prepared.layouts,
    { title: "テスト" }
  );
  expect(Buffer.from(bytes.subarray(0, 2)).toString("latin1")).toBe("PK");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(workbook.worksheets.length).toBeGreaterThanOrEqual(prepared.layouts.length);
  const formulas: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => void (cell.formula && formulas.push(cell.formula)))
    )
  );
  expect(formulas.length).toBeGreaterThan(0);
  expect(formulas.filter((f) => /\bGHG\./i.test(f) || f.includes("{{"))).toEqual([]);
}, 30_000);
