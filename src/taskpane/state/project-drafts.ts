/**
 * The starting values of the credit and project forms, apart from the form modules: App keeps these forms (other
 * sections build with them) while the sections themselves, the checks and the builders load with the first visit
 * to one of them (chunk pane-projects). Type imports only, so importing this costs App nothing else.
 */
import type { LedgerForm, ProjectForm, StandDraft } from "./form-drafts";

export const EMPTY_LEDGER: LedgerForm = {
  holdings: [],
  targets: [],
  allocations: [],
  withCertificates: false,
};

/** The first methodology of the J-VER table (E001), selected until the user chooses another. */
export const FIRST_METHODOLOGY = "E001";

export function blankStand(id: string, species = "スギ"): StandDraft {
  return { id, name: "", areaHa: "", species, ageAtStart: "", growth: "", prefecture: "" };
}

/** A forest project of B2 from this year for 5 years (the guidebook's plans), with one empty stand. */
export function initialProjectForm(year: number): ProjectForm {
  return {
    kind: "forest",
    forest: {
      scenario: "B2",
      projectName: "",
      firstYear: String(year),
      years: "5",
      stands: [blankStand("s1")],
    },
    reduction: { projectName: "", methodology: FIRST_METHODOLOGY },
  };
}
