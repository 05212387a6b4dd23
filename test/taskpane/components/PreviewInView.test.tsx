/**
 * @jest-environment jsdom
 *
 * Issue 10 item 4: the preview opens where the clerk is looking — scrolled into view and focused, announced to
 * screen readers with the sheets it shows — and shows values, not formula text, once computed.
 */
import { screen, waitFor } from "@testing-library/react";
import { SheetSection } from "../../../src/taskpane/components/SheetSection";
import { button, click, fakeGateway, ja, renderEventSection, type } from "./render-pane";

let scrolled: Element[] = [];
beforeEach(() => {
  scrolled = [];
  // jsdom does not lay out: record what the pane asks to scroll into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});

test("opening the preview scrolls it into view, focuses it and says which sheets it shows", async () => {
  renderEventSection(SheetSection, fakeGateway());
  type(ja.eventName, "環境フェア");
  type(ja.eventParticipants, "1200");
  await click(button(ja.preview));
  const area = await screen.findByTestId("sheet-preview-area");
  expect(scrolled).toContain(area);
  expect(document.activeElement).toBe(area);
  expect(screen.getByRole("status").textContent).toContain("算定_環境フェア");
});

test("the preview's formula cells show computed values once the evaluator has run", async () => {
  renderEventSection(SheetSection, fakeGateway());
  type(ja.eventName, "環境フェア");
  type(ja.eventParticipants, "1200");
  await click(button(ja.preview));
  await waitFor(
    () => {
      const formulaCells = [...document.querySelectorAll('td[data-formula="true"]')];
      expect(formulaCells.length).toBeGreaterThan(0);
      expect(formulaCells.filter((td) => td.textContent?.startsWith("="))).toEqual([]);
    },
    { timeout: 20_000 }
  );
});
