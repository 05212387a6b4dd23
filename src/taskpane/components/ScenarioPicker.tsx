import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { ScenarioId } from "../../scenarios/types";
import type { DisplayLanguage } from "../office/excel-gateway";
import { SCENARIO_IDS, findScenarioIn, type ScenarioData } from "../state/scenario-data";
import type { PaneStrings } from "../i18n";

/** "A1 会議・イベント": the scenario's own name once its data exists, the pane's otherwise. */
export function scenarioTitle(
  id: ScenarioId,
  data: ScenarioData,
  language: DisplayLanguage,
  strings: PaneStrings
): string {
  const name = findScenarioIn(data, id)?.name[language] || strings.scenarioFallbackNames[id];
  return id === "blank" ? name : `${id} ${name}`;
}

export interface ScenarioPickerProps {
  readonly value: ScenarioId;
  readonly onChange: (id: ScenarioId) => void;
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  /** Offer 白紙 (not for the disclosure sheet, whose tables belong to a scenario). */
  readonly includeBlank?: boolean;
}

export function ScenarioPicker({
  value,
  onChange,
  data,
  language,
  strings,
  includeBlank = true,
}: ScenarioPickerProps) {
  const ids = SCENARIO_IDS.filter((id) => includeBlank || id !== "blank");
  return (
    <Field label={strings.scenarioLabel}>
      <Dropdown
        value={scenarioTitle(value, data, language, strings)}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => {
          if (d.optionValue) onChange(d.optionValue as ScenarioId);
        }}
      >
        {ids.map((id) => (
          <Option key={id} value={id}>
            {scenarioTitle(id, data, language, strings)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
