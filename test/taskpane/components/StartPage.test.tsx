/**
 * @jest-environment jsdom
 *
 * はじめに: the guidebook's six steps in order, each opening its sections; inside Excel, what the workbook already has
 * (read once from its sheet names, again on 状況を更新); outside Excel, where the status shows.
 */
import { screen, within } from "@testing-library/react";
import { StartPage } from "../../../src/taskpane/components/StartPage";
import {
  SHEET_NAME_PREFIXES,
  START_STEPS,
  sheetsFound,
} from "../../../src/taskpane/components/start/start-steps";
import type { SectionKey } from "../../../src/taskpane/i18n";
import type { ExcelGateway } from "../../../src/taskpane/office/excel-gateway";
import { CERTIFICATE_SHEET_NAMES } from "../../../src/ledger/builders/certificate-columns";
import { LEDGER_SHEET_NAME } from "../../../src/ledger/builders/ledger-columns";
import { DEFAULT_SETTINGS, defaultActivities } from "../../../src/sheets/builders/options";
import { buildWorkbook } from "../../../src/sheets/builders";
import { click, en, fakeGateway, ja, renderInPane } from "./render-pane";

/** A gateway whose workbook has `sheets` (each read answers the list as it is then); counts the reads. */
function workbookGateway(sheets: string[] | Error) {
  const reads = { count: 0 };
  const gateway: ExcelGateway = {
    ...fakeGateway(),
    listSheetNames: async () => {
      reads.count += 1;
      if (sheets instanceof Error) throw sheets;
      return [...sheets];
    },
  };
  return { gateway, reads };
}

function renderStart(gateway: ExcelGateway, strings = ja) {
  const opened: SectionKey[] = [];
  renderInPane(
    <StartPage gateway={gateway} strings={strings} onOpen={(key) => opened.push(key)} />
  );
  return opened;
}

const step = (key: string) => screen.getByTestId(`start-step-${key}`);

test("the six steps in the guidebook's order, each button opening its section", async () => {
  const opened = renderStart(fakeGateway({ isInExcel: false }));
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
    "1. 企画",
    "2. 算定",
    "3. 削減努力",
    "4. クレジットの調達・無効化",
    "5. 情報提供",
    "6. 見直し",
  ]);
  for (const { key, sections } of START_STEPS) {
    for (const section of sections) {
      const title = ja.start.steps[key].title;
      await click(
        within(step(key)).getByRole("button", {
          name: `${title}: ${ja.start.open(ja.sections[section])}`,
        })
      );
    }
  }
  expect(opened).toEqual(START_STEPS.flatMap((s) => s.sections));
  expect(opened.slice(0, 4)).toEqual(["plan", "sheet", "questionnaire", "collect"]);
});

test("outside Excel it says the status shows inside Excel, and offers no refresh", () => {
  renderStart(fakeGateway({ isInExcel: false }), en);
  expect(screen.getByRole("status").textContent).toBe(en.start.statusInExcelOnly);
  expect(screen.queryByRole("button", { name: en.start.refresh })).toBeNull();
  expect(screen.queryByText(en.start.done)).toBeNull();
});

test("inside Excel it marks the steps whose sheets the workbook has, and reads again on refresh", async () => {
  const sheets = ["Sheet1", "算定_夏祭り", "調査票_来場者", "調査票_出展者", "情報開示_夏祭り (2)"];
  const { gateway, reads } = workbookGateway(sheets);
  renderStart(gateway);
  expect(await within(step("calculate")).findByText(ja.start.done)).toBeTruthy();
  expect(within(step("calculate")).getByText("算定シート 1 枚・調査票 2 枚")).toBeTruthy();
  expect(within(step("inform")).getByText("情報開示 1 枚")).toBeTruthy();
  expect(within(step("plan")).getByText(ja.start.notYet)).toBeTruthy();
  expect(within(step("credits")).getByText(ja.start.notYet)).toBeTruthy();
  // A workbook cannot show reduction or review: those steps say nothing either way.
  expect(within(step("reduce")).queryByText(ja.start.notYet)).toBeNull();
  expect(within(step("review")).queryByText(ja.start.done)).toBeNull();
  expect(reads.count).toBe(1);

  sheets.push("クレジット管理台帳");
  await click(screen.getByRole("button", { name: ja.start.refresh }));
  expect(await within(step("credits")).findByText("クレジット管理台帳 1 枚")).toBeTruthy();
  expect(reads.count).toBe(2);
});

test("a workbook that cannot be read says so instead of showing progress", async () => {
  renderStart(workbookGateway(new Error("busy")).gateway);
  expect(await screen.findByText(ja.start.statusFailed)).toBeTruthy();
  expect(screen.queryByText(ja.start.notYet)).toBeNull();
});

test("the prefixes find the sheets the builders make", () => {
  const layouts = buildWorkbook({
    scenario: "A1",
    event: {
      name: "環境フェア",
      dates: "",
      place: "",
      organizer: "",
      participants: 10,
      days: 1,
      paidEntry: false,
    },
    activities: defaultActivities("A1"),
    settings: DEFAULT_SETTINGS,
    withQuestionnaires: true,
    withDisclosure: true,
    participantsPay: false,
  });
  const names = layouts.map((l) => l.name);
  const kinds = sheetsFound(["boundary", "questionnaire", "disclosure"], names).map((f) => f.kind);
  expect(kinds).toEqual(["boundary", "questionnaire", "disclosure"]);
  expect(SHEET_NAME_PREFIXES.ledger).toEqual([LEDGER_SHEET_NAME]);
  expect(SHEET_NAME_PREFIXES.certificate).toEqual([
    CERTIFICATE_SHEET_NAMES.issued,
    CERTIFICATE_SHEET_NAMES.received,
  ]);
});
