/** The plan's scenario, and for C2 which side of the offset the plan is written for. */
import type { PlanScenario } from "../../../scenarios/types";
import { PLAN_TEMPLATES } from "../../../scenarios/plans";
import { PLAN_SCENARIOS } from "../../state/plan-form";
import { ChoiceField } from "../FormFields";
import type { PaneStrings } from "../../i18n";
import type { PlanSide } from "./use-plan-prepare";

/** What the sheet's title will be when none is typed (the sheet is in Japanese whatever the pane's language). */
export function planDefaultTitle(scenario: PlanScenario, side: PlanSide): string {
  const templateId = scenario === "C2" && side === "provider" ? "C2-provider" : scenario;
  return `カーボン・オフセット企画書（${PLAN_TEMPLATES[templateId].title.ja}）`;
}

export interface PlanScenarioFieldsProps {
  readonly scenario: PlanScenario;
  readonly onScenarioChange: (scenario: PlanScenario) => void;
  readonly side: PlanSide;
  readonly onSideChange: (side: PlanSide) => void;
  readonly strings: PaneStrings;
}

export function PlanScenarioFields({
  scenario,
  onScenarioChange,
  side,
  onSideChange,
  strings,
}: PlanScenarioFieldsProps) {
  const s = strings.plan;
  return (
    <>
      <ChoiceField
        label={strings.project.scenario}
        value={scenario}
        options={PLAN_SCENARIOS.map((id) => ({ value: id, text: s.scenarios[id] }))}
        onChange={onScenarioChange}
        strings={strings}
      />
      {scenario === "C2" && (
        <ChoiceField<PlanSide>
          label={strings.inputs.side}
          value={side}
          options={[
            { value: "offset", text: s.offsetSide },
            { value: "provider", text: s.providerSide },
          ]}
          onChange={onSideChange}
          strings={strings}
        />
      )}
    </>
  );
}
