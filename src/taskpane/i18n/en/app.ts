/** The pane around the sections: title, notices, tabs, loading. (English) */
import type { AppStrings } from "../types/app";

export const app: AppStrings = {
  title: "Carbon Offset Calculator",
  subtitle: "Emissions by the municipal offset guidebook",
  inExcel: "In Excel",
  outsideExcelTitle: "Open outside Excel",
  outsideExcel:
    "Functions and sheet previews work here; inserting into cells and “Create in Excel” only work inside Excel.",
  noCustomFunctionsTitle: "The add-in's functions (GHG.*) are not available in this Excel",
  noCustomFunctions:
    "This Excel does not run custom functions (volume-licensed Office 2019 and earlier, Excel on iPad, …). Sheets are built with native Excel formulas over a factor sheet (係数表) instead of GHG.* functions, so they still compute. Functions cannot be inserted into cells.",
  sectionsLabel: "Sections",
  sections: {
    start: "Start",
    functions: "Functions",
    sheet: "Sheet",
    questionnaire: "Survey",
    collect: "Collect",
    disclosure: "Disclosure",
    settings: "Settings",
    ledger: "Credits",
    certificate: "Certificates",
    project: "Projects",
    plan: "Plan",
  },
  loading: "Loading…",
  sectionLoadFailedTitle: "This section could not be loaded",
  sectionLoadFailed: (detail) => `Check the network and reopen the task pane. (${detail})`,
  dismiss: "Dismiss",
};
