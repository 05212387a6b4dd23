/** The electricity factor: one of the set's grid factors, or a custom value typed in. */
import { Dropdown, Field, Input, Option } from "@fluentui/react-components";
import type { ElectricityOption, SettingsState } from "../../state/settings";
import type { DisplayLanguage } from "../../office/excel-gateway";
import type { PaneStrings } from "../../i18n";
import type { FieldMessage } from "./use-settings-check";
import { withTerms } from "../Term";

const CUSTOM = "__custom__";

export interface ElectricityFieldsProps {
  readonly value: SettingsState;
  readonly onChange: (state: SettingsState) => void;
  readonly options: readonly ElectricityOption[];
  readonly message: FieldMessage | undefined;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
}

export function ElectricityFields({
  value,
  onChange,
  options,
  message,
  language,
  strings,
}: ElectricityFieldsProps) {
  const custom = value.electricityMode === "custom";
  const chosen = options.find((o) => o.key === value.electricityKey);
  const optionText = (o: ElectricityOption) => `${o.name[language]} — ${o.value} ${o.unit}`;
  // A factor's message shows under the dropdown; a custom value's under its input.
  const factorMessage = custom ? undefined : message;
  return (
    <>
      <Field
        label={strings.electricity}
        hint={
          !custom && chosen
            ? strings.electricitySource(chosen.sourceTitle[language], chosen.table)
            : undefined
        }
        validationState={factorMessage ? factorMessage.state : "none"}
        validationMessage={factorMessage?.text}
      >
        <Dropdown
          value={custom ? strings.electricityCustom : chosen ? optionText(chosen) : ""}
          selectedOptions={[custom ? CUSTOM : value.electricityKey]}
          onOptionSelect={(_, d) => {
            if (!d.optionValue) return;
            onChange(
              d.optionValue === CUSTOM
                ? { ...value, electricityMode: "custom" }
                : { ...value, electricityMode: "factor", electricityKey: d.optionValue }
            );
          }}
        >
          {options.map((o) => (
            <Option key={o.key} value={o.key} text={optionText(o)}>
              {/* 受電端 / 発電端 / 調整後 explained on hover; one span, as the option is a flex box. */}
              <span>{withTerms(optionText(o), false)}</span>
            </Option>
          ))}
          <Option value={CUSTOM}>{strings.electricityCustom}</Option>
        </Dropdown>
      </Field>
      {custom && (
        <Field
          label={strings.customElectricity}
          validationState={message ? message.state : "none"}
          validationMessage={message?.text}
        >
          <Input
            inputMode="decimal"
            value={value.customElectricity}
            onChange={(_, d) => onChange({ ...value, customElectricity: d.value })}
          />
        </Field>
      )}
    </>
  );
}
