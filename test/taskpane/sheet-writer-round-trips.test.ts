/** The sheet writer's round trips to Excel do not grow with the build. */
import { BATCH_TARGET_BYTES } from "../../src/taskpane/office/request-budget";
import { createFakeExcel } from "../helpers/fake-excel";
import { layout } from "../helpers/layouts";
import { bigLayout, write } from "./sheet-writer-fixtures";

describe("round trips do not grow with the build", () => {
  test("1 sheet: 2 syncs", async () => {
    const fake = createFakeExcel();
    expect((await write(fake, [layout("a", "A")])).syncs).toBe(2);
    expect(fake.syncCount).toBe(2);
  });

  test("3 sheets of 1,000 rows: requests follow the bytes, not the cells; one cell write per sheet", async () => {
    const fake = createFakeExcel();
    const result = await write(fake, [
      bigLayout("a", 1000),
      bigLayout("b", 1000),
      bigLayout("c", 1000),
    ]);
    // 3,000 bordered row formats are about 12 MB as office.js sends them: 4 requests under the budget, not 3,000.
    expect(result.requestEstimates.every((bytes) => bytes <= BATCH_TARGET_BYTES)).toBe(true);
    expect(result.syncs).toBe(1 + result.requestEstimates.length);
    expect(result.syncs).toBeLessThanOrEqual(6);
    expect(fake.syncCount).toBe(result.syncs);
    for (const name of ["調査票_a", "調査票_b", "調査票_c"]) {
      expect(fake.sheet(name).cellWrites).toEqual([
        { address: "A1:D1001", property: "formulas", rows: 1001, columns: 4 },
      ]);
      expect(fake.sheet(name).formulas("A1001:D1001")).toEqual([[1000, "質問 1000", "", "kWh"]]);
    }
  });

  test("nothing to write: no round trip", async () => {
    const fake = createFakeExcel();
    expect(await write(fake, [])).toEqual({
      sheets: [],
      warnings: [],
      syncs: 0,
      requestEstimates: [],
    });
    expect(fake.syncCount).toBe(0);
  });
});
