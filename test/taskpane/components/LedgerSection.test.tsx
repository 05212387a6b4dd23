/**
 * @jest-environment jsdom
 *
 * クレジット管理: an empty ledger, the two examples with their checks (the guidebook's: no errors, warnings; the
 * joint purchase: errors), a serial that cannot be read named at its field, and building the ledger.
 */
import { screen, within } from "@testing-library/react";
import { LedgerSection } from "../../../src/taskpane/components/LedgerSection";
import { INITIAL_CERTIFICATE } from "../../../src/taskpane/state/certificate-form";
import type { LedgerForm } from "../../../src/taskpane/state/form-drafts";
import { EMPTY_LEDGER } from "../../../src/taskpane/state/project-drafts";
import { buildStateTests } from "./build-states";
import {
  Stateful,
  button,
  buildButton,
  click,
  fakeGateway,
  fieldMessage,
  ja,
  previewSheetNames,
  renderInPane,
  type,
  type FakeGateway,
} from "./render-pane";

const s = ja.ledger;

function renderLedger(gateway: FakeGateway = fakeGateway()) {
  renderInPane(
    <Stateful<LedgerForm> initial={EMPTY_LEDGER}>
      {(form, setForm) => (
        <LedgerSection
          gateway={gateway}
          language={gateway.displayLanguage}
          strings={ja}
          form={form}
          onChange={setForm}
          certificate={INITIAL_CERTIFICATE}
        />
      )}
    </Stateful>
  );
}

const checks = () => screen.getByTestId("ledger-checks");
const count = (kind: "errors" | "warnings") => Number(checks().getAttribute(`data-${kind}`));

describe("LedgerSection", () => {
  test("an empty ledger: three empty lists, allocations wait for a holding and a target", () => {
    renderLedger();
    expect(screen.getAllByText(s.none)).toHaveLength(3);
    expect(button(s.exampleMinato)).toBeTruthy();
    expect(button(s.exampleJoint)).toBeTruthy();
    expect(button(s.addHolding)).toBeTruthy();
    expect(button(s.addAllocation).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText(s.allocationNeeds)).toBeTruthy();
    // Nothing typed: a neutral hint, no all-clear.
    expect(within(checks()).getByText(s.checksEmpty)).toBeTruthy();
    expect(within(checks()).queryByText(s.checksOk)).toBeNull();
    expect(buildButton()).toBeTruthy();
  });

  test("the guidebook example: its rows, no errors but warnings, and a preview of the ledger", async () => {
    renderLedger();
    await click(button(s.exampleMinato));
    expect(screen.getByText(s.filledMinato)).toBeTruthy();
    expect(screen.getAllByTestId("ledger-holdings-card").length).toBeGreaterThan(0);
    expect(screen.getAllByTestId("ledger-targets-card").length).toBeGreaterThan(0);
    expect(screen.getAllByTestId("ledger-allocations-card").length).toBeGreaterThan(0);
    expect(count("errors")).toBe(0);
    expect(count("warnings")).toBeGreaterThan(0);
    expect(screen.getByText(s.checksCount(0, count("warnings")))).toBeTruthy();
    expect(screen.queryByTestId("ledger-check-errors")).toBeNull();
    expect(screen.getByTestId("ledger-check-warnings")).toBeTruthy();
    expect(button(s.addAllocation).hasAttribute("disabled")).toBe(false);
    expect(await previewSheetNames()).toContainEqual(expect.stringMatching(/台帳/));
  });

  test("the joint purchase example has errors, listed in the red bar", async () => {
    renderLedger();
    await click(button(s.exampleJoint));
    expect(screen.getByText(s.filledJoint)).toBeTruthy();
    expect(count("errors")).toBeGreaterThan(0);
    const errors = screen.getByTestId("ledger-check-errors");
    expect(within(errors).getAllByRole("listitem")).toHaveLength(count("errors"));
    // A card with a problem says so next to its title.
    expect(screen.getAllByLabelText(ja.checkInputTitle).length).toBeGreaterThan(0);
  });

  test("a serial that cannot be read is named at its field", async () => {
    renderLedger();
    await click(button(s.addHolding));
    expect(screen.getAllByTestId("ledger-holdings-card")).toHaveLength(1);
    type(new RegExp(`^${ja.inputs.serialFrom}`), "ABC?123");
    const message = fieldMessage(new RegExp(`^${ja.inputs.serialFrom}`));
    expect(message).toContain("保有「H1」");
    expect(message).toContain("「ABC?123」に使えない文字「?」があります");
    expect(screen.getByLabelText(ja.checkInputTitle)).toBeTruthy();

    type(new RegExp(`^${ja.inputs.serialFrom}`), "JP-200-000-000-011-157");
    expect(fieldMessage(new RegExp(`^${ja.inputs.serialFrom}`))).not.toContain("使えない文字");
  });

  test("a row can be removed, and 消去 empties the ledger", async () => {
    renderLedger();
    await click(button(s.addHolding));
    await click(button(s.addTarget));
    await click(button(s.remove(s.target("T1"))));
    expect(screen.queryAllByTestId("ledger-targets-card")).toHaveLength(0);
    await click(screen.getByRole("button", { name: s.clear }));
    expect(screen.getAllByText(s.none)).toHaveLength(3);
  });

  buildStateTests({
    renderReady: async (gateway) => {
      renderLedger(gateway);
      await click(button(s.exampleMinato));
    },
    expectSheet: /台帳/,
  });
});
