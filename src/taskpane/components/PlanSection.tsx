/**
 * 企画書: scenario, title and department → preview / build the plan sheet; optionally built with the ledger (A1, A2)
 * or the forest project sheet (B2, C1, C2) of the other sections, whose figures it then quotes by formula.
 */
import { useCallback, useMemo, useState } from "react";
import { Checkbox, Text } from "@fluentui/react-components";
import type { BuildSettings } from "../../sheets/builders/options";
import type { PlanScenario } from "../../scenarios/types";
import { PLAN_TEMPLATES } from "../../scenarios/plans";
import type { ExcelGateway } from "../office/excel-gateway";
import { toEventInfo, type EventDraft } from "../state/event-form";
import { checked, combineChecked, type Checked } from "../state/issues";
import type { ForestScenario, LedgerForm, ProjectForm } from "../state/form-drafts";
import { toLedgerRequest } from "../state/ledger-request";
import {
  INITIAL_PLAN,
  PLAN_SCENARIOS,
  planBoundaryRequest,
  planSourceOf,
  toPlanRequest,
  type PlanDraft,
} from "../state/plan-form";
import { prepareLayouts } from "../state/prepare";
import { toForestRequest } from "../state/project-form";
import { planLayouts, type PlanBuild } from "../state/project-layouts";
import { factorSetById } from "../state/settings";
import { BuildActions } from "./BuildActions";
import { ChoiceField, TextField } from "./FormFields";
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
}

const identity = (key: string) => key;

/** The plan's scenario for the forest sheet built with it (B2, C1, C2); the project section's otherwise. */
function forestScenarioOf(scenario: PlanScenario, fallback: ForestScenario): ForestScenario {
  return scenario === "B2" || scenario === "C1" || scenario === "C2" ? scenario : fallback;
}

export function PlanSection({
  gateway,
  strings,
  settings,
  ledger,
  project,
  event,
}: PlanSectionProps) {
  const styles = useSectionStyles();
  const s = strings.plan;
  const [draft, setDraft] = useState<PlanDraft>(INITIAL_PLAN);
  const [side, setSide] = useState<"offset" | "provider">("offset");
  const source = planSourceOf(draft.scenario);
  const planChecked = useMemo(() => toPlanRequest(draft), [draft]);
  const planIssues = planChecked.ok ? planChecked.warnings : planChecked.issues;
  const set = (patch: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const prepare = useCallback(() => {
    const factorSet = settings.ok ? factorSetById(settings.value.factorSetId) : undefined;
    const parts: Record<string, Checked<unknown>> = { plan: toPlanRequest(draft) };
    if (draft.withSource && source === "ledger") {
      parts.ledger = toLedgerRequest(ledger);
      const info = toEventInfo(event);
      const scenario = draft.scenario === "A2" ? "A2" : "A1";
      parts.boundary =
        info.ok && settings.ok
          ? checked(planBoundaryRequest(scenario, info.value, settings.value), info.warnings)
          : info.ok
            ? settings
            : info;
    }
    if (draft.withSource && source === "forest") {
      parts.forest = toForestRequest(
        { ...project.forest, scenario: forestScenarioOf(draft.scenario, project.forest.scenario) },
        settings,
        factorSet
      );
    }
    const request = combineChecked(parts);
    return prepareLayouts(request, (r) =>
      planLayouts({
        ...(r as Omit<PlanBuild, "side">),
        ...(draft.scenario === "C2" ? { side } : {}),
      })
    );
  }, [draft, side, source, ledger, project, settings, event]);

  const templateId =
    draft.scenario === "C2" && side === "provider" ? "C2-provider" : draft.scenario;
  // What the sheet's title will be when none is typed (the sheet is in Japanese whatever the pane's language).
  const defaultTitle = `カーボン・オフセット企画書（${PLAN_TEMPLATES[templateId].title.ja}）`;

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {s.help}
      </Text>
      <ChoiceField
        label={strings.project.scenario}
        value={draft.scenario}
        options={PLAN_SCENARIOS.map((id) => ({ value: id, text: s.scenarios[id] }))}
        onChange={(scenario: PlanScenario) => set({ scenario })}
        strings={strings}
      />
      {draft.scenario === "C2" && (
        <ChoiceField<"offset" | "provider">
          label={strings.inputs.side}
          value={side}
          options={[
            { value: "offset", text: s.offsetSide },
            { value: "provider", text: s.providerSide },
          ]}
          onChange={setSide}
          strings={strings}
        />
      )}
      <TextField
        label={strings.inputs.title}
        value={draft.title}
        placeholder={defaultTitle}
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
