/** The factor set the new sheets use (changing it resets the electricity factor to the set's default). */
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { FACTOR_SETS } from "../../../core";
import type { DisplayLanguage } from "../../office/excel-gateway";
import { changeFactorSet, type SettingsState } from "../../state/settings";
import type { PaneStrings } from "../../i18n";

type FactorSet = (typeof FACTOR_SETS)[number];

export interface FactorSetFieldProps {
  readonly value: SettingsState;
  readonly onChange: (state: SettingsState) => void;
  readonly set: FactorSet | undefined;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
}

export function FactorSetField({ value, onChange, set, language, strings }: FactorSetFieldProps) {
  const setTitle = (s: FactorSet) =>
    language === "ja" ? `${s.title.ja}（${s.date}）` : `${s.title.en} (${s.date})`;
  return (
    <Field label={strings.factorSet}>
      <Dropdown
        value={set ? setTitle(set) : value.factorSetId}
        selectedOptions={[value.factorSetId]}
        onOptionSelect={(_, d) => {
          if (d.optionValue) onChange(changeFactorSet(value, d.optionValue));
        }}
      >
        {FACTOR_SETS.map((s) => (
          <Option key={s.id} value={s.id}>
            {setTitle(s)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
