/**
 * @jest-environment jsdom
 *
 * プロジェクト: a forest project's stands (added, removed, checked at their fields), its example and preview, and an
 * emission-reduction project with its methodology.
 */
import { screen, within } from "@testing-library/react";
import { ProjectSection } from "../../../src/taskpane/components/ProjectSection";
import type { ProjectForm } from "../../../src/taskpane/state/form-drafts";
import { initialProjectForm } from "../../../src/taskpane/state/project-drafts";
import { defaultSettingsState, toBuildSettings } from "../../../src/taskpane/state/settings";
import { buildStateTests } from "./build-states";
import {
  Stateful,
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
  type,
  type FakeGateway,
} from "./render-pane";

const s = ja.project;
const SETTINGS = toBuildSettings(defaultSettingsState());
const stands = () => screen.queryAllByTestId("project-stands-card");
const areaLabel = new RegExp(`^${ja.inputs.areaHa.replace(/[()（）]/g, ".")}`);

function renderProject(gateway: FakeGateway = fakeGateway()) {
  renderInPane(
    <Stateful<ProjectForm> initial={initialProjectForm(2011)}>
      {(form, setForm) => (
        <ProjectSection
          gateway={gateway}
          language="ja"
          strings={ja}
          settings={SETTINGS}
          form={form}
          onChange={setForm}
        />
      )}
    </Stateful>
  );
}

describe("ProjectSection", () => {
  test("a forest project with one open stand, in Japanese", () => {
    renderProject();
    expect(screen.getByRole("combobox", { name: s.kind }).textContent).toBe(s.forest);
    expect(screen.getByRole("textbox", { name: ja.inputs.firstYear })).toBeTruthy();
    expect(stands()).toHaveLength(1);
    expect(within(stands()[0] as HTMLElement).getByText(s.stand(1))).toBeTruthy();
    expect(screen.getByRole("textbox", { name: areaLabel })).toBeTruthy();
    expect(button(s.addStand)).toBeTruthy();
    expect(buildButton()).toBeTruthy();
  });

  test("adds and removes a stand", async () => {
    renderProject();
    await click(button(s.addStand));
    expect(stands()).toHaveLength(2);
    expect(screen.getByText(s.stand(2))).toBeTruthy();
    await click(button(ja.ledger.remove(s.stand(1))));
    expect(stands()).toHaveLength(1);
    expect(screen.queryByText(s.stand(2))).toBeNull();
    await click(button(ja.ledger.remove(s.stand(1))));
    expect(stands()).toHaveLength(0);
    expect(screen.getByText(s.noStands)).toBeTruthy();
  });

  test("an area that is no number is named at its field and blocks the build", async () => {
    const gateway = fakeGateway();
    renderProject(gateway);
    type(areaLabel, "広い");
    const message = fieldMessage(areaLabel);
    expect(message).toContain("面積");
    await click(button(ja.preview));
    expect(screen.queryByTestId("project-preview-area")).toBeNull();
    expect(alerts().join()).toContain(message);
    await click(buildButton());
    expect(gateway.built).toHaveLength(0);
  });

  test("the example fills valid stands and the preview names the project sheet", async () => {
    renderProject();
    await click(screen.getByTestId("project-example"));
    expect(stands().length).toBeGreaterThan(0);
    expect(screen.queryAllByLabelText(ja.checkInputTitle)).toHaveLength(0);
    const names = await previewSheetNames();
    expect(names.length).toBeGreaterThan(0);
    expect(screen.getByTestId("preview-sheet-name").textContent).toContain(names[0]);
  });

  test("an emission-reduction project shows its methodology's activities", async () => {
    renderProject();
    await choose(s.kind, s.reduction);
    expect(stands()).toHaveLength(0);
    expect(screen.queryByRole("button", { name: s.addStand })).toBeNull();
    const methodology = screen.getByTestId("project-methodology");
    expect(within(methodology).getByText(s.baseline)).toBeTruthy();
    expect(within(methodology).getAllByRole("listitem").length).toBeGreaterThan(0);
  });

  buildStateTests({
    renderReady: async (gateway) => {
      renderProject(gateway);
      await click(screen.getByTestId("project-example"));
    },
    expectSheet: /./,
  });
});
