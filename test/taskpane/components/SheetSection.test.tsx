/**
 * @jest-environment jsdom
 *
 * 算定シート as a clerk uses it: the form, the preview, the checks at the fields, and building through the gateway
 * (outside Excel, inside Excel with progress and success, and a refusal of Excel shown in the section's bar).
 */
import { screen } from "@testing-library/react";
import { SheetSection } from "../../../src/taskpane/components/SheetSection";
import { GatewayError } from "../../../src/taskpane/office/excel-gateway";
import {
  alerts,
  buildAndSettle,
  buildButton,
  button,
  click,
  en,
  fakeGateway,
  fieldMessage,
  ja,
  previewSheetNames,
  renderEventSection,
  shownSheetNames,
  tooltipOf,
  type,
} from "./render-pane";

describe("SheetSection", () => {
  test("shows the event fields, the outputs and both actions in Japanese", () => {
    renderEventSection(SheetSection, fakeGateway());
    for (const label of [ja.eventName, ja.eventDates, ja.eventParticipants, ja.eventDays]) {
      expect(screen.getByRole("textbox", { name: label })).toBeTruthy();
    }
    expect(screen.getByRole("checkbox", { name: ja.withQuestionnaires })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: ja.withDisclosure })).toBeTruthy();
    expect(button(ja.preview).getAttribute("aria-expanded")).toBe("false");
    expect(buildButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  test("the same section in English", () => {
    renderEventSection(SheetSection, fakeGateway({ language: "en" }));
    expect(screen.getByRole("textbox", { name: en.eventParticipants })).toBeTruthy();
    expect(button(en.preview)).toBeTruthy();
    expect(buildButton(en)).toBeTruthy();
    expect(screen.queryByText(ja.eventParticipants)).toBeNull();
  });

  test("a valid event previews the sheets by name, and the preview follows the form", async () => {
    renderEventSection(SheetSection, fakeGateway());
    type(ja.eventName, "○○市環境フェスタ");
    type(ja.eventParticipants, "1200");
    const names = await previewSheetNames();
    expect(screen.getByTestId("preview-sheet-name").textContent).toContain(names[0]);
    expect(button(ja.hidePreview).getAttribute("aria-expanded")).toBe("true");

    // The event's name names the sheets; leaving out the questionnaires takes theirs out of the open preview.
    expect(names).toContain("算定_○○市環境フェスタ");
    expect(names.some((name) => name.startsWith("調査票_"))).toBe(true);
    await click(screen.getByRole("checkbox", { name: ja.withQuestionnaires }));
    expect(shownSheetNames()).toEqual(names.filter((name) => !name.startsWith("調査票_")));
  });

  test("an invalid count is named at its field and blocks the preview and the build", async () => {
    const gateway = fakeGateway();
    renderEventSection(SheetSection, gateway);
    type(ja.eventParticipants, "たくさん");
    expect(fieldMessage(ja.eventParticipants)).toContain("参加者数は 0 以上の整数");

    await click(button(ja.preview));
    expect(screen.queryByTestId("sheet-preview-area")).toBeNull();
    expect(alerts().join()).toContain(ja.checkInputTitle);

    await click(buildButton());
    expect(gateway.built).toHaveLength(0);
    expect(screen.queryByText(ja.builtTitle)).toBeNull();
  });

  test("outside Excel the build is disabled and says why", async () => {
    const gateway = fakeGateway({ isInExcel: false });
    renderEventSection(SheetSection, gateway);
    const build = buildButton();
    expect(build.getAttribute("aria-disabled")).toBe("true");
    await click(build);
    expect(gateway.built).toHaveLength(0);
    // The reason is the button's description (Fluent's tooltip).
    const tooltip = await tooltipOf(build);
    expect(tooltip.textContent).toBe(ja.buildOnlyInExcel);
    expect(build.getAttribute("aria-describedby")).toContain(tooltip.id);
  });

  test("inside Excel the build hands the previewed layouts to the gateway and reports the sheets", async () => {
    const gateway = fakeGateway();
    renderEventSection(SheetSection, gateway);
    const previewed = await previewSheetNames();
    await buildAndSettle(gateway);
    expect(gateway.built[0]?.map((l) => l.name)).toEqual(previewed);
    expect(screen.getByText(ja.builtTitle)).toBeTruthy();
    expect(screen.getByText(ja.built(previewed))).toBeTruthy();
    expect(alerts()).toEqual([]);
  });

  test("while Excel writes, the progress bar says what it does and the build cannot be pressed again", async () => {
    const gateway = fakeGateway({ holdWith: { message: "シートを書き込み中", fraction: 0.5 } });
    renderEventSection(SheetSection, gateway);
    await click(buildButton());
    await screen.findByRole("progressbar");
    expect(screen.getByText("シートを書き込み中")).toBeTruthy();
    expect(buildButton().hasAttribute("disabled")).toBe(true);
    await click(buildButton());
    expect(gateway.built).toHaveLength(1);

    gateway.finish();
    await screen.findByText(ja.builtTitle);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(buildButton().hasAttribute("disabled")).toBe(false);
  });

  test("a refusal of Excel is shown in the section's error bar, not thrown", async () => {
    const gateway = fakeGateway({
      failure: new GatewayError("excel", "セルを編集中です", { partialSheets: ["バウンダリ"] }),
    });
    renderEventSection(SheetSection, gateway);
    await buildAndSettle(gateway);
    const [bar, ...others] = alerts();
    expect(others).toEqual([]);
    expect(bar).toContain(ja.buildFailedTitle);
    expect(bar).toContain(ja.buildFailed("セルを編集中です"));
    expect(bar).toContain(ja.partialSheets(["バウンダリ"]));
    expect(screen.queryByText(ja.builtTitle)).toBeNull();
  });
});
