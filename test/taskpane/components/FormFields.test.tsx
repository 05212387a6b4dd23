/**
 * @jest-environment jsdom
 *
 * The shared fields: a guidebook term in a label is marked and explained without changing the field's name, and a
 * field's problem is shown only once the field is touched or its tab panel's submit buttons are pressed.
 */
import { screen } from "@testing-library/react";
import { TextField, ChoiceField } from "../../../src/taskpane/components/FormFields";
import { revealFieldIssues } from "../../../src/taskpane/components/field-reveal";
import type { FormIssue } from "../../../src/taskpane/state/issues";
import { GLOSSARY } from "../../../src/scenarios/glossary";
import { act } from "react";
import { Stateful, click, fieldMessage, ja, renderInPane, type } from "./render-pane";

const ISSUE: FormIssue = {
  field: "plan",
  code: "positive-number",
  severity: "error",
  input: "department",
};
const LABEL = "担当部署";

function field(issues: readonly FormIssue[]) {
  return (
    <Stateful<string> initial="">
      {(value, setValue) => (
        <TextField
          label={LABEL}
          value={value}
          onChange={setValue}
          strings={ja}
          issues={issues}
          input="department"
          hint="例: 環境部"
        />
      )}
    </Stateful>
  );
}

describe("a field's problems", () => {
  test("wait until the field is changed", () => {
    renderInPane(field([ISSUE]));
    expect(fieldMessage(LABEL)).toBe("例: 環境部");
    type(LABEL, "x");
    expect(fieldMessage(LABEL)).not.toBe("例: 環境部");
    expect(fieldMessage(LABEL)).not.toBe("");
  });

  test("show in every field of the panel whose submit button was pressed, not in another panel", () => {
    renderInPane(
      <>
        <div role="tabpanel" aria-label="a">
          {field([ISSUE])}
          <button>submit a</button>
        </div>
        <div role="tabpanel" aria-label="b">
          {field([ISSUE])}
        </div>
      </>
    );
    act(() => revealFieldIssues(screen.getByText("submit a")));
    expect(fieldMessage(LABEL, 0)).not.toBe("例: 環境部");
    expect(fieldMessage(LABEL, 1)).toBe("例: 環境部");
  });
});

describe("guidebook terms", () => {
  test("a term in a label is focusable, explained, and leaves the field's name as it was", () => {
    renderInPane(
      <TextField label="証書の管理者（団体）" value="" onChange={() => {}} strings={ja} />
    );
    expect(screen.getByRole("textbox", { name: "証書の管理者（団体）" })).toBeTruthy();
    const term = document.querySelector<HTMLElement>('[data-term="証書"]');
    expect(term?.textContent).toBe("証書");
    expect(term?.tabIndex).toBe(0);
    expect(term?.getAttribute("aria-description")).toBe(
      GLOSSARY.find((e) => e.term === "証書")?.ja
    );
  });

  test("a term in an option is explained but takes no focus of its own; 調整後 and レベル2 find their entries", async () => {
    renderInPane(
      <ChoiceField
        label="排出係数"
        value="a"
        options={[
          { value: "a", text: "東京電力・調整後排出係数" },
          { value: "b", text: "レベル2（積み上げ法）" },
          { value: "c", text: "調整後" },
        ]}
        onChange={() => {}}
        strings={ja}
      />
    );
    await click(screen.getByRole("combobox"));
    const terms = [...document.querySelectorAll<HTMLElement>('[role="option"] [data-term]')];
    expect(terms.map((t) => [t.textContent, t.dataset.term, t.tabIndex])).toEqual([
      ["調整後排出係数", "調整後排出係数", -1],
      ["レベル2", "レベル", -1],
      ["調整後", "調整後排出係数", -1],
    ]);
  });
});
