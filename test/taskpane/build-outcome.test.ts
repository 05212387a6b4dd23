/** What "Excel に作成" tells the user when it fails. */
import { paneStrings } from "../../src/taskpane/i18n";
import { GatewayError } from "../../src/taskpane/office/excel-gateway";
import { buildFailure } from "../../src/taskpane/state/build-outcome";

const ja = paneStrings("ja");
const en = paneStrings("en");

test("Excel's refusal quotes Excel's message and lists sheets that may be left half built", () => {
  const outcome = buildFailure(
    new GatewayError("excel", "AccessDenied", { partialSheets: ["算定", "調査票_主催者"] }),
    ja
  );
  expect(outcome).toMatchObject({ kind: "failed", title: ja.buildFailedTitle });
  if (outcome.kind !== "failed") return;
  expect(outcome.text).toContain("AccessDenied");
  expect(outcome.details).toEqual([ja.partialSheets(["算定", "調査票_主催者"])]);
  expect(outcome.details[0]).toContain("調査票_主催者");
});

test("a build that failed part way: the complete sheets and the incomplete ones are named apart, in both languages", () => {
  const err = new GatewayError("excel", "GeneralException", {
    completeSheets: ["回収一覧"],
    partialSheets: ["算定_回収"],
  });
  const outcome = buildFailure(err, ja);
  if (outcome.kind !== "failed") throw new Error("expected a failure");
  expect(outcome.details).toEqual([
    ja.completeSheets(["回収一覧"]),
    ja.partialSheets(["算定_回収"]),
  ]);
  expect(outcome.details[0]).toBe("次のシートは最後まで作成済みです: 回収一覧");
  expect(outcome.details[1]).toContain("完了していません");
  expect(outcome.details[1]).toContain("算定_回収");
  const english = buildFailure(err, en);
  expect(english.kind === "failed" && english.details).toEqual([
    "These sheets were completed: 回収一覧",
    en.partialSheets(["算定_回収"]),
  ]);
});

test("inconsistent layouts list the problems; a missing writer and 'not in Excel' say so", () => {
  const invalid = buildFailure(
    new GatewayError("invalid-layout", "2 problems", { problems: ["a", "b"] }),
    en
  );
  expect(invalid).toMatchObject({ text: en.invalidLayout("2 problems"), details: ["a", "b"] });
  expect(buildFailure(new GatewayError("load-failed", "chunk"), en)).toMatchObject({
    text: en.writerLoadFailed("chunk"),
    details: [],
  });
  expect(buildFailure(new GatewayError("not-in-excel", "x"), ja)).toMatchObject({
    text: ja.buildOnlyInExcel,
  });
  expect(buildFailure(new Error("boom"), ja)).toMatchObject({
    text: ja.buildFailed("boom"),
    details: [],
  });
  expect(buildFailure("text", ja)).toMatchObject({ text: ja.buildFailed("text") });
});
