/**
 * @jest-environment jsdom
 *
 * 回収: returned questionnaires picked → what came back (counts, duplicates, unreadable files, respondents) → the
 * collection sheets written into Excel. The returned file is a questionnaire the pane's own code exports.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CollectSection } from "../../../src/taskpane/components/CollectSection";
import { createFileOperations } from "../../../src/taskpane/files/file-operations";
import { EMPTY_EVENT } from "../../../src/taskpane/state/event-form";
import {
  initialQuestionnaireForm,
  toQuestionnaireRequest,
} from "../../../src/taskpane/state/questionnaire-form";
import { bundledScenarioData } from "../../../src/taskpane/state/scenario-data";
import { buildStateTests } from "./build-states";
import { alerts, button, click, fakeGateway, ja, renderEventSection } from "./render-pane";
import type { FakeGateway } from "./render-pane";
import { TextDecoder, TextEncoder } from "node:util";

// jest's jsdom lacks the encoders every browser has; the .xlsx code uses them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

let questionnaire: Uint8Array;

beforeAll(async () => {
  const data = bundledScenarioData();
  const request = toQuestionnaireRequest(data, initialQuestionnaireForm(data), {
    ...EMPTY_EVENT,
    name: "環境フェスタ",
  });
  if (!request.ok) throw new Error("the default questionnaire is invalid");
  questionnaire = await createFileOperations().exportQuestionnaire(request.value);
}, 30_000);

const xlsx = (name: string, bytes: Uint8Array = questionnaire) =>
  new File([new Uint8Array(bytes)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

/** Picks `files` as the clerk does with ファイルを選択, and waits until they are read. */
async function pick(...files: File[]): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(ja.collectPick), { target: { files } });
  });
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout: 10_000 });
}

const countOf = (key: string) =>
  Number(screen.getByTestId(`collect-count-${key}`).getAttribute("data-value"));

function renderCollect(gateway: FakeGateway = fakeGateway()) {
  renderEventSection(CollectSection, gateway);
}

describe("CollectSection", () => {
  test("before any file: the picker, the drop zone and no summary or build", () => {
    renderCollect();
    expect(button(ja.collectPick)).toBeTruthy();
    expect(screen.getByText(ja.collectDrop)).toBeTruthy();
    expect(screen.getByText(ja.collectPrivacy)).toBeTruthy();
    expect(screen.queryByTestId("collect-summary")).toBeNull();
    expect(screen.queryByRole("button", { name: ja.writeToExcel })).toBeNull();
  });

  test("a returned questionnaire is counted, with its respondent, and can be written", async () => {
    renderCollect();
    await pick(xlsx("主催者.xlsx"));
    const summary = screen.getByRole("region", { name: ja.collectSummaryTitle });
    expect(countOf("files")).toBe(1);
    expect(countOf("collected")).toBe(1);
    expect(countOf("duplicates")).toBe(0);
    expect(countOf("skipped")).toBe(0);
    // Nothing was filled in: the respondent has no answers yet.
    expect(within(summary).getAllByTestId("collect-respondent")).toHaveLength(1);
    expect(within(summary).getByText(ja.respondentNoAnswers)).toBeTruthy();
    expect(button(ja.writeToExcel)).toBeTruthy();
    expect(button(ja.collectClear)).toBeTruthy();
  });

  test("the same file again is a duplicate; a file that is no questionnaire is unreadable", async () => {
    renderCollect();
    await pick(xlsx("a.xlsx"));
    await pick(xlsx("a-again.xlsx"), xlsx("notes.xlsx", new TextEncoder().encode("not a zip")));
    expect(countOf("files")).toBe(3);
    expect(countOf("collected")).toBe(1);
    expect(countOf("duplicates")).toBe(1);
    expect(countOf("skipped")).toBe(1);
    expect(
      within(screen.getByTestId("collect-duplicates")).getByText(/a-again\.xlsx/)
    ).toBeTruthy();
    expect(within(screen.getByTestId("collect-skipped")).getByText(/notes\.xlsx/)).toBeTruthy();
  });

  test("clearing removes the files and the summary", async () => {
    renderCollect();
    await pick(xlsx("a.xlsx"));
    await click(button(ja.collectClear));
    expect(screen.queryByTestId("collect-summary")).toBeNull();
    expect(screen.queryByRole("button", { name: ja.writeToExcel })).toBeNull();
  });

  test("a failure to read is shown in the section's error bar, not thrown", async () => {
    renderEventSection(CollectSection, fakeGateway());
    const broken = xlsx("broken.xlsx");
    // The pane reads a slice of each file: that read fails, as on a network drive gone away.
    Object.defineProperty(broken, "slice", {
      value: () => ({ arrayBuffer: () => Promise.reject(new Error("ディスクを読めません")) }),
    });
    await pick(broken);
    const texts = alerts().join();
    expect(texts).toContain(ja.collectFailedTitle);
    expect(texts).toContain("ディスクを読めません");
    expect(screen.queryByTestId("collect-summary")).toBeNull();
  });

  buildStateTests({
    renderReady: async (gateway) => {
      renderCollect(gateway);
      await pick(xlsx("主催者.xlsx"));
    },
    buildLabel: ja.writeToExcel,
    expectSheet: /回収/,
  });
});
