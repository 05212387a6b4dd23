/** buildSheets over the writer: progress messages, column widths in points, and the build as the pane runs it. */
import { buildSheets } from "../../src/taskpane/office/build-sheets";
import { charactersToPoints, writeLayouts } from "../../src/taskpane/office/sheet-writer";
import { createFakeExcel, type FakeExcel } from "../helpers/fake-excel";
import { layout } from "../helpers/layouts";
import { ALL, boundary } from "./sheet-writer-fixtures";

test("progress goes from 0 to 1 with Japanese / English messages", async () => {
  const seen: [string, number][] = [];
  await writeLayouts(createFakeExcel().context, [layout("a", "A"), layout("b", "B")], {
    ...ALL,
    onProgress: (m, f) => seen.push([m, f]),
  });
  expect(seen[0]).toEqual(["ブックを確認しています / Reading the workbook", 0]);
  expect(seen.at(-1)).toEqual(["完了しました / Done", 1]);
  const fractions = seen.map(([, f]) => f);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
});

test("column widths: characters of the default font to points", () => {
  expect(charactersToPoints(10)).toBe(63.75);
  expect(charactersToPoints(8.38)).toBeCloseTo(54, 0); // Japanese Excel's default column, 72 px
  expect(charactersToPoints(0)).toBe(0);
});

describe("buildSheets", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  function install(fake: FakeExcel, supported: readonly string[]) {
    (globalThis as Record<string, unknown>).Excel = {
      run: (batch: (c: Excel.RequestContext) => Promise<unknown>) => fake.run(batch),
    };
    (globalThis as Record<string, unknown>).Office = {
      context: {
        requirements: {
          isSetSupported: (set: string, version: string) =>
            set === "ExcelApi" && supported.includes(version),
        },
      },
    };
  }

  test("runs the writer in Excel.run with the running Excel's requirement sets", async () => {
    const fake = createFakeExcel();
    install(fake, ["1.1", "1.2", "1.4", "1.6", "1.7"]);
    const progress: number[] = [];
    const result = await buildSheets([boundary], (_m, f) => progress.push(f));
    expect(result.sheets).toEqual([{ key: "boundary", name: "算定シート" }]);
    expect(result.warnings).toEqual([expect.stringMatching(/ExcelApi 1\.8/)]);
    expect(progress.at(-1)).toBe(1);
  });

  test("a failure of Excel.run itself is a SheetWriteError too", async () => {
    (globalThis as Record<string, unknown>).Excel = {
      run: async () =>
        Promise.reject(Object.assign(new Error("Excel is busy"), { code: "ActivityLimitReached" })),
    };
    (globalThis as Record<string, unknown>).Office = {
      context: { requirements: { isSetSupported: () => true } },
    };
    await expect(buildSheets([boundary])).rejects.toMatchObject({
      name: "SheetWriteError",
      code: "ActivityLimitReached",
      detail: "Excel is busy",
    });
  });
});
