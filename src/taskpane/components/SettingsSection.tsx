/** 設定: factor set, electricity factor and ¥/t — the defaults written into new sheets as visible cells. */
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import type { DisplayLanguage } from "../office/excel-gateway";
import { defaultSettingsState, type SettingsState } from "../state/settings";
import { useSectionStyles } from "./section-styles";
import { ElectricityFields } from "./settings/ElectricityFields";
import { FactorSetField } from "./settings/FactorSetField";
import { useSettingsCheck } from "./settings/use-settings-check";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

export interface SettingsSectionProps {
  readonly value: SettingsState;
  readonly onChange: (state: SettingsState) => void;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  /** The settings could not be written to localStorage. */
  readonly notSaved: boolean;
}

export function SettingsSection({
  value,
  onChange,
  language,
  strings,
  notSaved,
}: SettingsSectionProps) {
  const styles = useSectionStyles();
  const { set, options, range, electricityMessage, yenMessage } = useSettingsCheck(value, strings);

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {strings.settingsHelp}
      </Text>
      {notSaved && (
        <StatusMessage
          status={{ intent: "warning", text: strings.settingsNotSaved }}
          role="group"
        />
      )}
      <fieldset className={styles.group}>
        <legend className={styles.heading}>{strings.settingsHeading}</legend>
        <FactorSetField
          value={value}
          onChange={onChange}
          set={set}
          language={language}
          strings={strings}
        />
        <ElectricityFields
          value={value}
          onChange={onChange}
          options={options}
          message={electricityMessage}
          language={language}
          strings={strings}
        />
        <Field
          label={strings.yenPerTonne}
          hint={strings.yenHelp(range.min, range.max)}
          validationState={yenMessage ? yenMessage.state : "none"}
          validationMessage={yenMessage?.text}
        >
          <Input
            inputMode="numeric"
            value={value.yenPerTonne}
            onChange={(_, d) => onChange({ ...value, yenPerTonne: d.value })}
          />
        </Field>
      </fieldset>
      <div>
        <Button icon={<ArrowResetRegular />} onClick={() => onChange(defaultSettingsState())}>
          {strings.resetSettings}
        </Button>
      </div>
    </div>
  );
}
