/**
 * @jest-environment jsdom
 *
 * 調査票: one actor's questionnaire — the respondent, reply-by and contact fields, the preview named after the actor,
 * an invalid shared event blocking it, and building through the gateway.
 */
import { screen } from "@testing-library/react";
import { QuestionnaireSection } from "../../../src/taskpane/components/QuestionnaireSection";
import { EMPTY_EVENT } from "../../../src/taskpane/state/event-form";
import { buildStateTests } from "./build-states";
import {
  alerts,
  button,
  buildButton,
  choose,
  click,
  fakeGateway,
  fieldMessage,
  ja,
  previewSheetNames,
  renderEventSection,
  shownSheetNames,
} from "./render-pane";

describe("QuestionnaireSection", () => {
  test("shows the respondent, reply-by and contact fields and the actions in Japanese", () => {
    renderEventSection(QuestionnaireSection, fakeGateway());
    expect(screen.getByRole("combobox", { name: ja.questionnaireActor })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: ja.replyBy })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: ja.contact })).toBeTruthy();
    expect(button(ja.saveQuestionnaireFile)).toBeTruthy();
    expect(button(ja.preview)).toBeTruthy();
    expect(buildButton()).toBeTruthy();
  });

  test("the preview is the chosen respondent's questionnaire and follows a new choice", async () => {
    renderEventSection(QuestionnaireSection, fakeGateway());
    const actor = screen.getByRole("combobox", { name: ja.questionnaireActor });
    // The sheet is named after the respondent's short name (主催者 for 主催者（自治体…）).
    expect(actor.textContent).toMatch(/^主催者/);
    expect(await previewSheetNames()).toEqual(["調査票_主催者"]);
    await choose(ja.questionnaireActor, /^参加者/);
    expect(actor.textContent).toMatch(/^参加者/);
    expect(shownSheetNames()).toEqual(["調査票_参加者"]);
  });

  test("an invalid shared event is named at its field and blocks the preview and the build", async () => {
    const gateway = fakeGateway();
    renderEventSection(QuestionnaireSection, gateway, { ...EMPTY_EVENT, days: "0" });
    await click(screen.getByRole("button", { name: new RegExp(ja.eventHeading) }));
    expect(fieldMessage(ja.eventDays)).toBe("日数は 1 以上の整数で入力してください。");
    await click(button(ja.preview));
    expect(screen.queryByTestId("questionnaire-preview-area")).toBeNull();
    expect(alerts().join()).toContain("日数は 1 以上の整数で入力してください。");
    await click(buildButton());
    expect(gateway.built).toHaveLength(0);
  });

  buildStateTests({
    renderReady: (gateway) => renderEventSection(QuestionnaireSection, gateway),
    expectSheet: /^調査票_/,
  });
});
