/**
 * The three states of "Excel に作成" every section shares (BuildActions): outside Excel it is disabled with the reason;
 * inside Excel it hands the previewed layouts to the gateway and reports the sheets; a refusal of Excel is shown in
 * the section's one error bar instead of being thrown. Each section test calls `buildStateTests` with how to render
 * the section ready to build (a valid form).
 */
import { screen } from "@testing-library/react";
import { GatewayError } from "../../../src/taskpane/office/excel-gateway";
import type { PaneStrings } from "../../../src/taskpane/i18n";
import {
  alerts,
  buildAndSettle,
  buildButton,
  click,
  fakeGateway,
  ja,
  previewSheetNames,
  tooltipOf,
  type FakeGateway,
} from "./render-pane";

export interface BuildStateOptions {
  /** Renders the section with this gateway and fills what a build needs. */
  readonly renderReady: (gateway: FakeGateway) => unknown;
  readonly strings?: PaneStrings;
  /** The build button's text, when not "Excel に作成". */
  readonly buildLabel?: string;
  /** A sheet the build must write (checked in the preview and in what the gateway received). */
  readonly expectSheet: string | RegExp;
}

export function buildStateTests({
  renderReady,
  strings = ja,
  buildLabel = strings.build,
  expectSheet,
}: BuildStateOptions): void {
  describe("building", () => {
    test("outside Excel the build is disabled and says why", async () => {
      const gateway = fakeGateway({ isInExcel: false });
      await renderReady(gateway);
      const build = buildButton(strings, buildLabel);
      expect(build.getAttribute("aria-disabled")).toBe("true");
      await click(build);
      expect(gateway.built).toHaveLength(0);
      const tooltip = await tooltipOf(build);
      expect(tooltip.textContent).toBe(strings.buildOnlyInExcel);
    });

    test("inside Excel the previewed sheets go to the gateway and are reported", async () => {
      const gateway = fakeGateway();
      await renderReady(gateway);
      const previewed = await previewSheetNames(strings);
      expect(previewed).toContainEqual(expect.stringMatching(expectSheet));
      await buildAndSettle(gateway, strings, buildLabel);
      const written = gateway.built[0]?.map((l) => l.name) ?? [];
      expect(written).toEqual(previewed);
      expect(screen.getByText(strings.builtTitle)).toBeTruthy();
      expect(screen.getByText(strings.built(written))).toBeTruthy();
      expect(alerts()).toEqual([]);
    });

    test("a refusal of Excel is shown in one error bar, not thrown", async () => {
      const gateway = fakeGateway({
        failure: new GatewayError("excel", "ブックが保護されています"),
      });
      await renderReady(gateway);
      await buildAndSettle(gateway, strings, buildLabel);
      expect(alerts()).toEqual([
        expect.stringContaining(strings.buildFailed("ブックが保護されています")),
      ]);
      expect(alerts()[0]).toContain(strings.buildFailedTitle);
      expect(screen.queryByText(strings.builtTitle)).toBeNull();
    });
  });
}
