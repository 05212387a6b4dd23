/**
 * @jest-environment jsdom
 *
 * 関数: the catalogue searched by name or word, the insert button only where formulas can be inserted, and (in the
 * pane) a refused insertion shown in the pane's status bar.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import { FUNCTION_CATALOG } from "../../../src/core/functions/catalog";
import { App } from "../../../src/taskpane/App";
import { FunctionCatalog } from "../../../src/taskpane/components/FunctionCatalog";
import { GatewayError } from "../../../src/taskpane/office/excel-gateway";
import { click, en, fakeGateway, ja, renderInPane, type } from "./render-pane";

const TOTAL = FUNCTION_CATALOG.length;
const functionNames = () =>
  within(screen.getByTestId("function-list"))
    .getAllByRole("heading", { level: 2 })
    .map((h) => h.textContent);

function renderCatalog(onInsert?: (formula: string) => Promise<void>, strings = ja) {
  renderInPane(
    <FunctionCatalog
      catalog={FUNCTION_CATALOG}
      language={strings === ja ? "ja" : "en"}
      strings={strings}
      onInsert={onInsert}
    />
  );
}

describe("FunctionCatalog", () => {
  test("lists every function with its count, and no insert button outside Excel", () => {
    renderCatalog();
    expect(screen.getByRole("searchbox", { name: ja.searchLabel })).toBeTruthy();
    expect(screen.getByText(ja.count(TOTAL, TOTAL))).toBeTruthy();
    expect(functionNames()).toHaveLength(TOTAL);
    expect(functionNames()).toContain("GHG.CO2_FUEL");
    expect(screen.queryByRole("button", { name: ja.insert })).toBeNull();
  });

  test("in English", () => {
    renderCatalog(undefined, en);
    expect(screen.getByRole("searchbox", { name: en.searchLabel })).toBeTruthy();
    expect(screen.getByText(en.count(TOTAL, TOTAL))).toBeTruthy();
  });

  test("a search narrows the list; one that matches nothing says so", async () => {
    renderCatalog();
    await act(async () => type(ja.searchLabel, "CO2_FUEL"));
    expect(functionNames()).toContain("GHG.CO2_FUEL");
    expect(functionNames().length).toBeLessThan(TOTAL);
    expect(screen.getByText(ja.count(functionNames().length, TOTAL))).toBeTruthy();

    await act(async () => type(ja.searchLabel, "該当しない語qqq"));
    expect(screen.getByText(ja.noMatch)).toBeTruthy();
    expect(screen.queryByTestId("function-list")).toBeNull();
  });

  // Each card's button names its function: 21 buttons that all said 「選択セルに挿入」 could not be told apart.
  test("inside Excel each card inserts its example formula", async () => {
    const inserted: string[] = [];
    renderCatalog(async (formula) => {
      inserted.push(formula);
    });
    await act(async () => type(ja.searchLabel, "CO2_FUEL"));
    const card = screen.getByRole("article", { name: "GHG.CO2_FUEL" });
    await click(within(card).getByRole("button", { name: ja.insertNamed("CO2_FUEL") }));
    expect(inserted).toEqual([expect.stringMatching(/^=GHG\.CO2_FUEL\(/)]);
  });

  // The whole pane renders every eager section: queries stay inside the catalogue and the notices (role queries
  // over the whole pane are slow in jsdom).
  test("in the pane, a refused insertion is shown in the status bar, not thrown", async () => {
    const gateway = fakeGateway({
      insertFailure: new GatewayError("excel", "シートが保護されています"),
    });
    await act(async () => {
      render(<App gateway={gateway} />);
    });
    // The pane opens on はじめに; 関数's code loads with its tab.
    await click(document.getElementById("tab-functions") as HTMLElement);
    const panel = document.getElementById("panel-functions") as HTMLElement;
    await waitFor(() => expect(within(panel).getByLabelText(ja.searchLabel)).toBeTruthy(), {
      timeout: 20_000,
    });
    await act(async () => type(ja.searchLabel, "CO2_FUEL"));
    const card = within(panel).getByRole("article", { name: "GHG.CO2_FUEL" });
    await click(within(card).getByRole("button", { name: ja.insertNamed("CO2_FUEL") }));
    expect(gateway.inserted).toHaveLength(1);
    const bars = [...document.querySelectorAll('[role="alert"]')].map((b) => b.textContent);
    expect(bars).toEqual([expect.stringContaining(ja.insertFailedTitle)]);
    expect(bars[0]).toContain(ja.insertFailed("シートが保護されています"));
  }, 60_000);
});
