/** The ledger's checks as the user types, and the ledger and certificate layouts the forms request. */
import {
  INITIAL_CERTIFICATE,
  toCertificateRequest,
} from "../../src/taskpane/state/certificate-form";
import { combineChecked } from "../../src/taskpane/state/issues";
import { cardChecks, checkPlace, ledgerChecks } from "../../src/taskpane/state/ledger-card-checks";
import { jointPurchaseExample, minatoExample } from "../../src/taskpane/state/ledger-examples";
import {
  EMPTY_LEDGER,
  addAllocation,
  updateAllocation,
  updateHolding,
  updateTarget,
} from "../../src/taskpane/state/ledger-form";
import { rangeTonnes } from "../../src/taskpane/state/ledger-ranges";
import { ledgerFormIssues, toLedgerRequest } from "../../src/taskpane/state/ledger-request";
import { prepareLayouts } from "../../src/taskpane/state/prepare";
import { certificateLayouts, ledgerLayouts } from "../../src/taskpane/state/project-layouts";
import { smallLedger, word } from "./project-forms-fixtures";

describe("ledger checks as the user types", () => {
  test("the guidebook's example (エコライフ・フェアMINATO): no errors, warnings for what the guidebook leaves open", () => {
    const form = minatoExample();
    expect(ledgerFormIssues(form)).toEqual([]);
    expect(rangeTonnes(form.holdings[0] as { serialFrom: string; serialTo: string })).toBe(2);
    const checks = ledgerChecks(form, "2026-01-01");
    if (!checks.ok) throw new Error(checks.message);
    expect(checks.issues.map((i) => [i.severity, i.code])).toEqual([
      ["warning", "missing-activity-end"],
      ["warning", "missing-retirement-date"],
      ["warning", "retirement-pending"],
    ]);
    expect(checks.issues.map(checkPlace)).toEqual([
      { field: "target", row: 1 },
      { field: "allocation", row: 1 },
      { field: "target", row: 1 },
    ]);
  });

  test("the joint purchase: 100 t shared by events of several municipalities, one overdue and one not covered", () => {
    const form = jointPurchaseExample();
    expect(ledgerFormIssues(form)).toEqual([]);
    expect(rangeTonnes(form.holdings[0] as { serialFrom: string; serialTo: string })).toBe(100);
    expect(new Set(form.targets.map((t) => t.municipality)).size).toBeGreaterThan(2);
    const checks = ledgerChecks(form, "2026-01-01");
    if (!checks.ok) throw new Error(checks.message);
    expect(checks.issues.map((i) => [i.severity, i.code, checkPlace(i)])).toEqual([
      ["error", "retirement-overdue", { field: "allocation", row: 4 }],
      ["warning", "retirement-pending", { field: "target", row: 4 }],
      ["error", "not-covered", { field: "target", row: 5 }],
    ]);
    // Without today nothing is judged overdue.
    const undated = ledgerChecks(form);
    expect(undated.ok && undated.issues.map((i) => i.code)).toContain("missing-retirement-date");
  });

  test("a card leaves out the checks its fields already show (a serial or date that does not read)", () => {
    const form = updateHolding(minatoExample(), "H1", { serialFrom: "JP200" });
    const checks = ledgerChecks(form);
    expect(checks.ok && checks.issues.map((i) => i.code)).toContain("serial-invalid");
    expect(cardChecks(checks, "holding", 1, ledgerFormIssues(form)).map((i) => i.code)).toEqual([]);
    const dated = updateTarget(minatoExample(), "T1", { activityEnd: "いつか" });
    const datedChecks = ledgerChecks(dated);
    expect(
      cardChecks(datedChecks, "target", 1, ledgerFormIssues(dated)).map((i) => i.code)
    ).toEqual(["retirement-pending"]);
    expect(cardChecks(datedChecks, "target", 1, []).map((i) => i.code)).toEqual([
      "invalid-date",
      "retirement-pending",
    ]);
  });

  test("double use is found while typing: two allocations of the same serials", () => {
    let form = addAllocation(smallLedger(), "H1", "T1");
    form = addAllocation(form, "H1", "T2");
    form = updateAllocation(form, "A2", {
      serialFrom: "JP-200-000-000-050-003",
      serialTo: "JP-200-000-000-050-004",
    });
    const checks = ledgerChecks(form);
    expect(
      checks.ok && checks.issues.filter((i) => i.severity === "error").map((i) => i.code)
    ).toEqual(["double-allocation"]);
  });
});

describe("ledger and certificate layouts", () => {
  test("the ledger builds, alone or with the certificate sheet that names it", () => {
    const request = toLedgerRequest(minatoExample());
    const alone = prepareLayouts(request, (r) => ledgerLayouts({ ledger: r }));
    expect(alone.kind).toBe("ok");
    const both = prepareLayouts(
      combineChecked({ ledger: request, certificate: toCertificateRequest(INITIAL_CERTIFICATE) }),
      (r) => ledgerLayouts(r)
    );
    if (both.kind !== "ok") throw new Error(both.kind);
    expect(both.layouts.map((l) => l.key)).toEqual(["ledger", "certificates-received"]);
    const formulas = JSON.stringify(both.layouts[1]?.cells);
    expect(formulas).toContain("{{name:");
  });

  test("an empty ledger still builds (a sheet to fill in)", () => {
    const prepared = prepareLayouts(toLedgerRequest(EMPTY_LEDGER), (r) =>
      ledgerLayouts({ ledger: r })
    );
    expect(prepared.kind).toBe("ok");
  });

  test("the certificate form: numbering from a whole number ≥ 1, issuer empty is a warning", () => {
    expect(toCertificateRequest(INITIAL_CERTIFICATE)).toMatchObject({
      ok: true,
      value: { direction: "received", firstNumber: 1 },
    });
    const issued = toCertificateRequest({
      direction: "issued",
      issuer: " 港区 ",
      issuerContact: "",
      prefix: "ＣＯ－",
      firstNumber: "１２",
    });
    expect(issued).toEqual({
      ok: true,
      value: {
        direction: "issued",
        issuer: "港区",
        issuerContact: "",
        prefix: "CO-",
        firstNumber: 12,
      },
      warnings: [],
    });
    const bad = toCertificateRequest({ ...INITIAL_CERTIFICATE, firstNumber: "1.5" });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => word(i))).toContain(
      "証書の最初の番号は整数で入力してください。"
    );
    const zero = toCertificateRequest({ ...INITIAL_CERTIFICATE, firstNumber: "0" });
    expect(!zero.ok && zero.issues.map((i) => word(i))).toContain(
      "証書の最初の番号は 1 以上にしてください。"
    );
    const certs = prepareLayouts(toCertificateRequest(INITIAL_CERTIFICATE), (r) =>
      certificateLayouts({ certificate: r })
    );
    expect(certs.kind === "ok" && certs.layouts.length).toBe(1);
  });
});
