/**
 * @jest-environment jsdom
 *
 * The whole pane with a gateway that keeps drafts in memory: what is typed comes back when the pane is opened again,
 * 「入力をクリア」 clears it after asking, stored data that does not read is ignored, and the scenario and the activity
 * choices are one for 算定シート, 調査票 and 情報開示.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../../src/taskpane/App";
import type { SectionKey } from "../../../src/taskpane/i18n";
import { click, fakeGateway, ja, renderInPane, type FakeGateway } from "./render-pane";

// The whole pane, opened twice in a test, takes longer than one section.
jest.setTimeout(90_000);

/** A gateway whose drafts live in `store.json`, as a workbook's document settings would. */
function keepingGateway(store: { json: string | null }): FakeGateway {
  return Object.assign(fakeGateway(), {
    loadDrafts: () => store.json,
    saveDrafts: async (json: string) => {
      store.json = json;
      return true;
    },
  });
}

async function openTab(key: SectionKey): Promise<HTMLElement> {
  await click(screen.getByRole("tab", { name: ja.sections[key] }));
  const panel = document.getElementById(`panel-${key}`);
  if (!panel) throw new Error(`no panel ${key}`);
  return panel;
}

/** The scenario picker of a section, once its (possibly lazy) code is there. */
async function scenarioBox(key: SectionKey): Promise<HTMLElement> {
  const panel = await openTab(key);
  return within(panel).findByRole("combobox", { name: ja.scenarioLabel });
}

async function chooseScenarioIn(key: SectionKey, id: string): Promise<void> {
  const box = await scenarioBox(key);
  await click(box);
  // Closed lists of other sections may stay in the page: the option of this box's own list.
  const list = document.getElementById(box.getAttribute("aria-controls") ?? "");
  if (!list) throw new Error(`no list for the scenario of ${key}`);
  await click(within(list).getByRole("option", { name: new RegExp(`^${id}\\b`) }));
}

async function eventNameBox(): Promise<HTMLInputElement> {
  const panel = await openTab("sheet");
  return (await within(panel).findByRole("textbox", { name: ja.eventName })) as HTMLInputElement;
}

test("the event typed is there again when the pane is opened again; 入力をクリア clears it after asking", async () => {
  const store = { json: null as string | null };
  const first = renderInPane(<App gateway={keepingGateway(store)} />);
  fireEvent.change(await eventNameBox(), { target: { value: "○○市環境フェスタ" } });
  // Closing the pane saves what is waiting.
  first.unmount();
  expect(store.json).toContain("○○市環境フェスタ");

  const second = renderInPane(<App gateway={keepingGateway(store)} />);
  expect((await eventNameBox()).value).toBe("○○市環境フェスタ");

  const settings = await openTab("settings");
  await click(within(settings).getByRole("button", { name: ja.clearDrafts }));
  expect(within(settings).getByText(ja.clearDraftsConfirm)).toBeTruthy();
  await click(within(settings).getByRole("button", { name: ja.clearDraftsCancel }));
  expect((await eventNameBox()).value).toBe("○○市環境フェスタ");

  await openTab("settings");
  await click(within(settings).getByRole("button", { name: ja.clearDrafts }));
  await click(within(settings).getByRole("button", { name: ja.clearDraftsYes }));
  expect((await eventNameBox()).value).toBe("");
  second.unmount();
  expect(store.json).not.toContain("○○市環境フェスタ");
});

test("stored data that does not read is ignored: the pane starts empty", async () => {
  const store = { json: '{"version":1,"drafts":{"shared":{"scenario":42}}' };
  renderInPane(<App gateway={keepingGateway(store)} />);
  expect((await eventNameBox()).value).toBe("");
  expect((await scenarioBox("sheet")).textContent).toMatch(/^A1/);
});

test("the scenario chosen in one section is every event section's, with the choices made for it", async () => {
  renderInPane(<App gateway={fakeGateway()} />);
  await chooseScenarioIn("sheet", "A2");
  expect((await scenarioBox("questionnaire")).textContent).toMatch(/^A2/);
  expect((await scenarioBox("disclosure")).textContent).toMatch(/^A2/);

  // A box unticked in 算定シート (the first actor or activity) stays unticked in the choices of A2.
  const sheet = await openTab("sheet");
  const ticked = () =>
    within(sheet)
      .getAllByRole("checkbox")
      .filter((c) => (c as HTMLInputElement).checked);
  const before = ticked();
  await act(async () => {
    fireEvent.click(before[0]!);
  });
  await waitFor(() => expect(ticked().length).toBeLessThan(before.length));
  const chosen = ticked().map((c) => (c as HTMLInputElement).labels?.[0]?.textContent ?? "");

  // Another scenario and back: the choices made for A2 come back.
  await chooseScenarioIn("disclosure", "D1");
  expect((await scenarioBox("sheet")).textContent).toMatch(/^D1/);
  await chooseScenarioIn("questionnaire", "A2");
  await openTab("sheet");
  expect(ticked().map((c) => (c as HTMLInputElement).labels?.[0]?.textContent ?? "")).toEqual(
    chosen
  );
});
