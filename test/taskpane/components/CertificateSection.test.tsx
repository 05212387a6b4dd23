/**
 * @jest-environment jsdom
 *
 * 証書: received or issued, issuer and numbering → the certificate sheet; a first number that is no number is named
 * at its field and blocks the preview and the build; the ledger can be built with it.
 */
import { screen } from "@testing-library/react";
import { CertificateSection } from "../../../src/taskpane/components/CertificateSection";
import {
  INITIAL_CERTIFICATE,
  type CertificateDraft,
} from "../../../src/taskpane/state/certificate-form";
import type { LedgerForm } from "../../../src/taskpane/state/form-drafts";
import { minatoExample } from "../../../src/taskpane/state/ledger-examples";
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
  shownSheetNames,
  type,
  type FakeGateway,
} from "./render-pane";

const s = ja.certificate;

function renderCertificate(
  gateway: FakeGateway = fakeGateway(),
  ledger: LedgerForm = minatoExample()
) {
  renderInPane(
    <Stateful<CertificateDraft> initial={INITIAL_CERTIFICATE}>
      {(draft, setDraft) => (
        <CertificateSection
          gateway={gateway}
          strings={ja}
          draft={draft}
          onChange={setDraft}
          ledger={ledger}
        />
      )}
    </Stateful>
  );
}

describe("CertificateSection", () => {
  test("shows who keeps the certificates, the numbering and the actions in Japanese", () => {
    renderCertificate();
    expect(screen.getByRole("combobox", { name: s.direction }).textContent).toBe(s.received);
    expect(fieldMessage(s.direction)).toBe(s.receivedHint);
    expect(screen.getByRole("textbox", { name: s.issuerReceived })).toBeTruthy();
    expect(
      (screen.getByRole("textbox", { name: ja.inputs.firstNumber }) as HTMLInputElement).value
    ).toBe("1");
    expect(screen.getByRole("checkbox", { name: s.withLedger })).toBeTruthy();
    expect(button(ja.preview)).toBeTruthy();
    expect(buildButton()).toBeTruthy();
  });

  test("issuing certificates renames the issuer field and its hint", async () => {
    renderCertificate();
    await choose(s.direction, s.issued);
    expect(fieldMessage(s.direction)).toBe(s.issuedHint);
    expect(screen.getByRole("textbox", { name: s.issuerIssued })).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: s.issuerReceived })).toBeNull();
  });

  test("the preview shows the certificate sheet, and the ledger's too when asked", async () => {
    renderCertificate();
    type(s.issuerReceived, "○○市環境政策課");
    const alone = await previewSheetNames();
    expect(alone).toHaveLength(1);
    await click(screen.getByRole("checkbox", { name: s.withLedger }));
    const both = shownSheetNames();
    expect(both).toEqual(expect.arrayContaining(alone));
    expect(both).toContainEqual(expect.stringMatching(/台帳/));
  });

  test("a first number that is no number is named at its field and blocks the build", async () => {
    const gateway = fakeGateway();
    renderCertificate(gateway);
    type(ja.inputs.firstNumber, "一番");
    expect(fieldMessage(ja.inputs.firstNumber)).toContain(ja.inputs.firstNumber);
    const message = fieldMessage(ja.inputs.firstNumber);
    await click(button(ja.preview));
    expect(screen.queryByTestId("certificate-preview-area")).toBeNull();
    expect(alerts().join()).toContain(message);
    await click(buildButton());
    expect(gateway.built).toHaveLength(0);
  });

  buildStateTests({
    renderReady: (gateway) => {
      renderCertificate(gateway);
      type(s.issuerReceived, "○○市環境政策課");
    },
    expectSheet: /証書/,
  });
});
