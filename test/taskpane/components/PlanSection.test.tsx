/**
 * @jest-environment jsdom
 *
 * 企画書: scenario, title and department → the plan sheet; built alone or with the sheets it quotes (the ledger and
 * the boundary for A1/A2, the forest project for B2/C1/C2), whose problems then block it.
 */
import { screen } from "@testing-library/react";
import { PlanSection } from "../../../src/taskpane/components/PlanSection";
import { EMPTY_EVENT, type EventDraft } from "../../../src/taskpane/state/event-form";
import { minatoExample } from "../../../src/taskpane/state/ledger-examples";
import { initialProjectForm } from "../../../src/taskpane/state/project-drafts";
import { defaultSettingsState, toBuildSettings } from "../../../src/taskpane/state/settings";
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
  renderInPane,
  shownSheetNames,
  type,
  type FakeGateway,
  Stateful,
} from "./render-pane";
import { INITIAL_PLAN } from "../../../src/taskpane/state/plan-draft";
import type { PlanSide } from "../../../src/taskpane/state/drafts";

const s = ja.plan;
const SCENARIO = ja.project.scenario;

function renderPlan(gateway: FakeGateway = fakeGateway(), event: EventDraft = EMPTY_EVENT) {
  renderInPane(
    <Stateful initial={{ draft: INITIAL_PLAN, side: "offset" as PlanSide }}>
      {(plan, setPlan) => (
        <PlanSection
          gateway={gateway}
          strings={ja}
          settings={toBuildSettings(defaultSettingsState())}
          ledger={minatoExample()}
          project={initialProjectForm(2011)}
          event={event}
          draft={plan.draft}
          onDraftChange={(change) =>
            setPlan((p) => ({
              ...p,
              draft: typeof change === "function" ? change(p.draft) : change,
            }))
          }
          side={plan.side}
          onSideChange={(side) => setPlan((p) => ({ ...p, side }))}
        />
      )}
    </Stateful>
  );
}

describe("PlanSection", () => {
  test("shows the scenario, title, department and what to build with it, in Japanese", () => {
    renderPlan();
    expect(screen.getByRole("combobox", { name: SCENARIO }).textContent).toBe(s.scenarios.A1);
    const title = screen.getByRole("textbox", { name: ja.inputs.title }) as HTMLInputElement;
    expect(title.placeholder).toMatch(/^カーボン・オフセット企画書（.+）$/);
    // An empty department only warns (the sheet shows 〇〇部〇〇課), once the field is touched or the form submitted.
    expect(fieldMessage(ja.inputs.department)).toBe("");
    type(ja.inputs.department, "環境部");
    type(ja.inputs.department, "");
    expect(fieldMessage(ja.inputs.department)).toBe(
      "担当部署が空欄です。企画書には「〇〇部〇〇課」と表示されます。"
    );
    expect(screen.getByRole("checkbox", { name: s.withLedger })).toBeTruthy();
    expect(screen.getByText(s.withoutSource)).toBeTruthy();
    expect(buildButton()).toBeTruthy();
  });

  test("C2 asks which side the plan is for; B2 is built with the forest project", async () => {
    renderPlan();
    expect(screen.queryByRole("combobox", { name: ja.inputs.side })).toBeNull();
    await choose(SCENARIO, s.scenarios.C2);
    expect(screen.getByRole("combobox", { name: ja.inputs.side }).textContent).toBe(s.offsetSide);
    expect(screen.getByRole("checkbox", { name: s.withForest })).toBeTruthy();
    await choose(SCENARIO, s.scenarios.B2);
    expect(screen.queryByRole("combobox", { name: ja.inputs.side })).toBeNull();
  });

  test("pressing プレビュー shows the problems of the fields not touched yet", async () => {
    renderPlan();
    expect(fieldMessage(ja.inputs.department)).toBe("");
    await click(button(ja.preview));
    expect(fieldMessage(ja.inputs.department)).toBe(
      "担当部署が空欄です。企画書には「〇〇部〇〇課」と表示されます。"
    );
  });

  test("the preview shows the plan alone, then with the sheets it quotes", async () => {
    renderPlan();
    type(ja.inputs.department, "環境部環境政策課");
    expect(fieldMessage(ja.inputs.department)).toBe("");
    const alone = await previewSheetNames();
    expect(alone).toHaveLength(1);
    await click(screen.getByRole("checkbox", { name: s.withLedger }));
    expect(screen.queryByText(s.withoutSource)).toBeNull();
    const together = shownSheetNames();
    expect(together).toEqual(expect.arrayContaining(alone));
    expect(together).toContainEqual(expect.stringMatching(/台帳/));
  });

  test("with the boundary, an invalid shared event blocks the preview and the build", async () => {
    const gateway = fakeGateway();
    renderPlan(gateway, { ...EMPTY_EVENT, days: "0" });
    await click(screen.getByRole("checkbox", { name: s.withLedger }));
    await click(button(ja.preview));
    expect(screen.queryByTestId("plan-preview-area")).toBeNull();
    expect(alerts().join()).toContain("日数は 1 以上の整数で入力してください。");
    await click(buildButton());
    expect(gateway.built).toHaveLength(0);
  });

  buildStateTests({
    renderReady: (gateway) => {
      renderPlan(gateway);
      type(ja.inputs.department, "環境部環境政策課");
    },
    expectSheet: /企画書/,
  });
});
