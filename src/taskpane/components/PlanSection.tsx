/**
 * 企画書: scenario, title and department → preview / build the plan sheet; optionally built with the ledger (A1, A2)
 * or the forest project sheet (B2, C1, C2) of the other sections, whose figures it then quotes by formula.
 */
import { useMemo, type Dispatch, type SetStateAction } from "react";
import { Checkbox, Text } from "@fluentui/react-components";
import type { BuildSettings } from "../../sheets/builders/options";
import type { ExcelGateway } from "../office/excel-gateway";
import type { EventDraft } from "../state/event-form";
import type { Checked } from "../state/issues";
import type { LedgerForm, ProjectForm } from "../state/form-drafts";
import { planSourceOf, toPlanRequest, type PlanDraft } from "../state/plan-form";
import { BuildActions } from "./BuildActions";
import { TextField } from "./FormFields";
import { PlanScenarioFields, planDefaultTitle } from "./plan/PlanScenarioFields";
import { usePlanPrepare, type PlanSide } from "./plan/use-plan-prepare";
import { useSectionStyles } from "./section-styles";
import type { PaneStrings } from "../i18n";

export interface PlanSectionProps {
  readonly gateway: ExcelGateway;
  readonly strings: PaneStrings;
  readonly settings: Checked<BuildSettings>;
  /** The クレジット管理 and プロジェクト sections' forms, to build with the plan. */
  readonly ledger: LedgerForm;
  readonly project: ProjectForm;
  /** The shared 名称・日程 of the sheet sections, for the boundary an A1/A2 plan is built with. */
  readonly event: EventDraft;
  /** The plan's form and side, kept by App with the other drafts. */
  readonly draft: PlanDraft;
  readonly onDraftChange: Dispatch<SetStateAction<PlanDraft>>;
  readonly side: PlanSide;
  readonly onSideChange: (side: PlanSide) => void;
}

const identity = (key: string) => key;

export function PlanSection({
  gateway,
  strings,
  settings,
  ledger,
  project,
  event,
  draft,
  onDraftChange: setDraft,
  side,
  onSideChange: setSide,
}: PlanSectionProps) {
  const styles = useSectionStyles();
  const s = strings.plan;
  const source = planSourceOf(draft.scenario);
  const planChecked = useMemo(() => toPlanRequest(draft), [draft]);
  const planIssues = planChecked.ok ? planChecked.warnings : planChecked.issues;
  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const prepare = usePlanPrepare(draft, side, { settings, ledger, project, event });
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {s.help}
      </Text>
      <PlanScenarioFields
        scenario={draft.scenario}
        onScenarioChange={(scenario) => set({ scenario })}
        side={side}
        onSideChange={setSide}
        strings={strings}
      />
      <TextField
        label={strings.inputs.title}
        value={draft.title}
        placeholder={planDefaultTitle(draft.scenario, side)}
        onChange={(title) => set({ title })}
        strings={strings}
      />
      <TextField
        label={strings.inputs.department}
        value={draft.department}
        placeholder={s.departmentPlaceholder}
        onChange={(department) => set({ department })}
        strings={strings}
        issues={planIssues}
        input="department"
      />
      <fieldset className={styles.group}>
        <legend className={styles.heading}>{strings.outputsHeading}</legend>
        <Checkbox
          checked={draft.withSource}
          label={source === "ledger" ? s.withLedger : s.withForest}
          onChange={(_, d) => set({ withSource: d.checked === true })}
        />
        {!draft.withSource && (
          <Text size={200} className={styles.help}>
            {s.withoutSource}
          </Text>
        )}
      </fieldset>
      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={identity}
        name="plan"
      />
    </div>
  );
}
