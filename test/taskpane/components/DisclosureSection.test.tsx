/**
 * @jest-environment jsdom
 *
 * 情報開示: scenario and who pays → the disclosure sheet; in English too; an invalid shared event blocks it.
 */
import { screen } from "@testing-library/react";
import { DisclosureSection } from "../../../src/taskpane/components/DisclosureSection";
import { EMPTY_EVENT } from "../../../src/taskpane/state/event-form";
import { buildStateTests } from "./build-states";
import {
  alerts,
  button,
  buildButton,
  choose,
  click,
  en,
  fakeGateway,
  ja,
  previewSheetNames,
  renderEventSection,
  shownSheetNames,
} from "./render-pane";

describe("DisclosureSection", () => {
  test("shows the scenario, who pays and the actions in Japanese", () => {
    renderEventSection(DisclosureSection, fakeGateway());
    expect(screen.getByRole("combobox", { name: ja.scenarioLabel })).toBeTruthy();
    const pays = screen.getByRole("switch", { name: ja.participantsPay });
    expect((pays as HTMLInputElement).checked).toBe(false);
    expect(button(ja.preview)).toBeTruthy();
    expect(buildButton()).toBeTruthy();
    // A1's tables depend on who pays: no note that they do not.
    expect(screen.queryByText(ja.whoPaysIrrelevant)).toBeNull();
  });

  test("in English", async () => {
    renderEventSection(DisclosureSection, fakeGateway({ language: "en" }));
    expect(screen.getByRole("switch", { name: en.participantsPay })).toBeTruthy();
    expect(buildButton(en)).toBeTruthy();
    expect(await previewSheetNames(en)).toHaveLength(1);
  });

  test("the preview names the event's disclosure sheet and follows the scenario", async () => {
    renderEventSection(DisclosureSection, fakeGateway(), { ...EMPTY_EVENT, name: "環境フェスタ" });
    expect(await previewSheetNames()).toEqual(["情報開示_環境フェスタ"]);
    await choose(ja.scenarioLabel, /^A2 /);
    expect(screen.getByRole("combobox", { name: ja.scenarioLabel }).textContent).toMatch(/^A2 /);
    expect(shownSheetNames()).toHaveLength(1);
  });

  test("an invalid shared event blocks the preview and the build", async () => {
    const gateway = fakeGateway();
    renderEventSection(DisclosureSection, gateway, { ...EMPTY_EVENT, participants: "-5" });
    await click(button(ja.preview));
    expect(screen.queryByTestId("disclosure-preview-area")).toBeNull();
    expect(alerts().join()).toContain("参加者数は 0 以上の整数で入力してください");
    await click(buildButton());
    expect(gateway.built).toHaveLength(0);
  });

  buildStateTests({
    renderReady: (gateway) => renderEventSection(DisclosureSection, gateway),
    expectSheet: /^情報開示_/,
  });
});
