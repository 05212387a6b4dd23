/**
 * @jest-environment jsdom
 *
 * 設定: factor set, electricity factor and ¥/t. An invalid ¥/t is reported at its field (and blocks the sheet
 * section's build), a price outside the guide range only warns, 既定値に戻す restores the defaults.
 */
import { screen } from "@testing-library/react";
import { SettingsSection } from "../../../src/taskpane/components/SettingsSection";
import { SheetSection } from "../../../src/taskpane/components/SheetSection";
import { EMPTY_EVENT } from "../../../src/taskpane/state/event-form";
import { defaultSettingsState, type SettingsState } from "../../../src/taskpane/state/settings";
import {
  Stateful,
  alerts,
  button,
  buildButton,
  choose,
  click,
  en,
  fakeGateway,
  fieldMessage,
  ja,
  renderEventSection,
  renderInPane,
  type,
} from "./render-pane";
import type { DisplayLanguage } from "../../../src/taskpane/office/excel-gateway";
import { paneStrings } from "../../../src/taskpane/i18n";

const DEFAULTS = defaultSettingsState();

function renderSettings(language: DisplayLanguage = "ja", notSaved = false) {
  const changes: SettingsState[] = [];
  renderInPane(
    <Stateful initial={DEFAULTS}>
      {(value, setValue) => (
        <SettingsSection
          value={value}
          onChange={(next) => {
            changes.push(next);
            setValue(next);
          }}
          language={language}
          strings={paneStrings(language)}
          notSaved={notSaved}
        />
      )}
    </Stateful>
  );
  return changes;
}

const yenBox = (strings = ja) =>
  screen.getByRole("textbox", { name: strings.yenPerTonne }) as HTMLInputElement;

describe("SettingsSection", () => {
  test("shows the factor set, the electricity factor with its source and the default ¥/t", () => {
    renderSettings();
    expect(screen.getByRole("combobox", { name: ja.factorSet }).textContent).not.toBe("");
    expect(screen.getByRole("combobox", { name: ja.electricity }).textContent).toMatch(
      /kg-CO2\/kWh/
    );
    expect(fieldMessage(ja.electricity)).toMatch(/^出典: /);
    expect(yenBox().value).toBe(DEFAULTS.yenPerTonne);
    expect(fieldMessage(ja.yenPerTonne)).toMatch(/^ガイドブックの目安は/);
    expect(screen.queryByText(ja.settingsNotSaved)).toBeNull();
  });

  test("in English", () => {
    renderSettings("en");
    expect(yenBox(en)).toBeTruthy();
    expect(button(en.resetSettings)).toBeTruthy();
    expect(screen.queryByText(ja.yenPerTonne)).toBeNull();
  });

  test("an invalid ¥/t is reported at its field; one outside the guide range only warns", () => {
    const changes = renderSettings();
    type(ja.yenPerTonne, "高い");
    expect(changes.at(-1)?.yenPerTonne).toBe("高い");
    expect(fieldMessage(ja.yenPerTonne)).toBe(
      "クレジット単価は 0 より大きい数で入力してください。"
    );
    expect(yenBox().getAttribute("aria-invalid")).toBe("true");

    type(ja.yenPerTonne, "100");
    expect(fieldMessage(ja.yenPerTonne)).toMatch(/ガイドブックの目安（.+）の範囲外です/);
    expect(yenBox().getAttribute("aria-invalid")).not.toBe("true");
  });

  test("an invalid ¥/t blocks the sheet section's build", async () => {
    const gateway = fakeGateway();
    renderEventSection(SheetSection, gateway, EMPTY_EVENT, { ...DEFAULTS, yenPerTonne: "-1" });
    await click(buildButton());
    expect(gateway.built).toHaveLength(0);
    expect(alerts().join()).toContain(ja.settingsInvalid);
  });

  test("a custom electricity factor gets its own field; 既定値に戻す restores the defaults", async () => {
    const changes = renderSettings();
    expect(screen.queryByRole("textbox", { name: ja.customElectricity })).toBeNull();
    await choose(ja.electricity, ja.electricityCustom);
    expect(screen.getByRole("textbox", { name: ja.customElectricity })).toBeTruthy();
    type(ja.customElectricity, "abc");
    expect(fieldMessage(ja.customElectricity)).not.toBe("");
    type(ja.yenPerTonne, "9000");

    await click(button(ja.resetSettings));
    expect(changes.at(-1)).toEqual(DEFAULTS);
    expect(screen.queryByRole("textbox", { name: ja.customElectricity })).toBeNull();
    expect(yenBox().value).toBe(DEFAULTS.yenPerTonne);
  });

  test("says when the settings could not be saved", () => {
    renderSettings("ja", true);
    expect(screen.getByText(ja.settingsNotSaved)).toBeTruthy();
  });
});
