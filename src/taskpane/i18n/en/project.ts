/** プロジェクト and 企画書: the project and plan forms. (English) */
import type { PlanStrings, ProjectStrings } from "../types/forms";

export const project: ProjectStrings = {
  help: "Creates the calculation sheet of an emission-reduction or removal project: a forest project by stand and year, a reduction project with its methodology's emission sources.",
  kind: "Project type",
  forest: "Forest removal (B2, C1, C2)",
  reduction: "Emission reduction (B1)",
  scenario: "Approach",
  scenarios: {
    B2: "B2 Credits from removal activities",
    C1: "C1 Providing value to companies",
    C2: "C2 Exchange between municipalities",
  },
  projectNamePlaceholder: "e.g. City forest management project",
  reductionNamePlaceholder: "e.g. City wood-pellet stove project",
  standsHeading: "Stands",
  stand: (n) => `Stand ${n}`,
  addStand: "Add a stand",
  example: "Fill in an example",
  exampleHelp:
    "Three stands (sugi, hinoki, other broadleaves) over 5 years; areas, ages and growth are made up.",
  noPrefecture: "(none)",
  regionalHint: "Other conifers and other broadleaves take the coefficients of the prefecture.",
  noStands: "No stands. Add one with “Add a stand”.",
  methodologyHint: "J-VER methodology (as of 15 March 2011). Emission sources counted:",
  baseline: "Baseline",
  projectSide: "Project",
};

export const plan: PlanStrings = {
  help: "Creates a plan sheet following the guidebook's example plans. Figures are quoted by formula from the sheets built with it; otherwise they show 〇〇.",
  scenarios: {
    A1: "A1 Offsetting a meeting or event",
    A2: "A2 Offsetting office operations",
    B2: "B2 Credits from removal activities",
    C1: "C1 Providing value to companies",
    C2: "C2 Exchange between municipalities",
  },
  departmentPlaceholder: "e.g. Environment Policy Division",
  offsetSide: "Offsetting side",
  providerSide: "Providing side",
  withLedger:
    "Build with a boundary sheet (the shared name and dates, the scenario's default activities) and the credit ledger (from the Credits tab), and quote their figures",
  withForest: "Build with the forest project sheet (from the Projects tab) and quote its figures",
  withoutSource: "Otherwise the figures show 〇〇.",
};
