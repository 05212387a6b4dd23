/**
 * What every form shares: dates as typed, combining checked values, and each issue's wording in both languages.
 */
import { parseDateText, todayIso } from "../../src/taskpane/state/dates";
import { checked, combineChecked, type FormIssue } from "../../src/taskpane/state/issues";
import {
  EMPTY_LEDGER,
  addAllocation,
  updateHolding,
  updateTarget,
} from "../../src/taskpane/state/ledger-form";
import { ledgerFormIssues } from "../../src/taskpane/state/ledger-request";
import { initialProjectForm, toForestRequest } from "../../src/taskpane/state/project-form";
import { en, ja, SETTINGS, smallLedger, word } from "./project-forms-fixtures";

describe("dates", () => {
  test("typed and picked dates read as ISO; impossible days do not", () => {
    expect(parseDateText("2011-10-16")).toBe("2011-10-16");
    expect(parseDateText("2011/1/6")).toBe("2011-01-06");
    expect(parseDateText("２０１１年１０月１６日")).toBe("2011-10-16");
    expect(parseDateText("2011-02-30")).toBeNull();
    expect(parseDateText("来月")).toBeNull();
    expect(todayIso(new Date(2026, 0, 5))).toBe("2026-01-05");
  });
});

describe("combineChecked", () => {
  test("ok with every part's warnings, or refused with every part's issues", () => {
    const warn: FormIssue = {
      field: "plan",
      input: "department",
      code: "required",
      severity: "warning",
    };
    const error: FormIssue = {
      field: "certificate",
      input: "firstNumber",
      code: "whole-number",
      severity: "error",
    };
    expect(combineChecked({ a: checked(1, [warn]), b: checked("x", []) })).toEqual({
      ok: true,
      value: { a: 1, b: "x" },
      warnings: [warn],
    });
    expect(combineChecked({ a: checked(1, [warn]), b: checked("x", [error]) })).toEqual({
      ok: false,
      issues: [warn, error],
    });
  });
});

describe("wording", () => {
  test("every issue of these forms has its own text in both languages", () => {
    const all: FormIssue[] = [
      ...ledgerFormIssues(
        updateTarget(updateHolding(smallLedger(), "H1", { serialFrom: "", acquired: "x" }), "T1", {
          creditsNeededT: "y",
          name: "",
        })
      ),
      ...ledgerFormIssues(addAllocation(EMPTY_LEDGER)),
    ];
    const forest = toForestRequest(
      { ...initialProjectForm(2026).forest, firstYear: "x", years: "9999" },
      SETTINGS
    );
    if (!forest.ok) all.push(...forest.issues);
    expect(all.length).toBeGreaterThan(8);
    for (const issue of all) {
      for (const strings of [ja, en]) {
        const text = word(issue, strings);
        expect(text).not.toMatch(
          /: (required|serial|date|not-a-number|missing-ref|unknown|whole-number|too-large)$/
        );
        expect(text.length).toBeGreaterThan(8);
      }
    }
  });
});
