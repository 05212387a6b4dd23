/** All texts of the task pane in one language: the sections' texts side by side, as the components read them. */
import type { FormIssue } from "../../state/issues";
import type { AppStrings } from "./app";
import type { BuildStrings } from "./build";
import type { CollectStrings } from "./collect";
import type { EventStrings } from "./event";
import type {
  CertificateStrings,
  InputKey,
  LedgerStrings,
  PlanStrings,
  ProjectStrings,
} from "./forms";
import type { FunctionStrings } from "./functions";
import type { OutputStrings } from "./outputs";
import type { SettingsStrings } from "./settings";
import type { StartStrings } from "./start";

export interface PaneStrings
  extends
    AppStrings,
    FunctionStrings,
    EventStrings,
    OutputStrings,
    CollectStrings,
    BuildStrings,
    SettingsStrings,
    StartStrings {
  readonly ledger: LedgerStrings;
  readonly certificate: CertificateStrings;
  readonly project: ProjectStrings;
  readonly plan: PlanStrings;
  /** Labels of the inputs of the credit, certificate, project and plan forms (FormIssue.input names them too). */
  readonly inputs: Readonly<Record<InputKey, string>>;
  /** A form issue as the user reads it. */
  readonly issue: (issue: FormIssue, activityName: (key: string) => string) => string;
}
