/** 設定: factor set, electricity factor and ¥/t — the defaults written into new sheets as visible cells. */
import { useMemo } from "react";
import { Button, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import { ArrowResetRegular } from "@fluentui/react-icons";
import { FACTOR_SETS } from "../../core";
import type { DisplayLanguage } from "../office/excel-gateway";
import { issuesFor, type FormIssue } from "../state/issues";
import {
  changeFactorSet,
  creditPriceRange,
  defaultSettingsState,
  electricityOptions,
  factorSetById,
  toBuildSettings,
  type SettingsState,
} from "../state/settings";
import { useSectionStyles } from "./section-styles";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

const CUSTOM = "__custom__";

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
  const set = factorSetById(value.factorSetId) ?? FACTOR_SETS[0];
  const options = useMemo(() => (set ? electricityOptions(set) : []), [set]);
  const range = set ? creditPriceRange(set) : { min: 5000, max: 20000 };
  const checked = useMemo(() => toBuildSettings(value), [value]);
  const issues = checked.ok ? checked.warnings : checked.issues;
  const message = (field: FormIssue["field"]) => {
    const first = issuesFor(issues, field)[0];
    return first ? { state: first.severity, text: strings.issue(first, (k) => k) } : undefined;
  };
  const electricityMessage = message("electricity");
  const yenMessage = message("yenPerTonne");
  const selectedElectricity = value.electricityMode === "custom" ? CUSTOM : value.electricityKey;
  const chosen = options.find((o) => o.key === value.electricityKey);
  const optionText = (o: (typeof options)[number]) => `${o.name[language]} — ${o.value} ${o.unit}`;
  const setTitle = (s: (typeof FACTOR_SETS)[number]) =>
    language === "ja" ? `${s.title.ja}（${s.date}）` : `${s.title.en} (${s.date})`;

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

        <Field
          label={strings.electricity}
          hint={
            value.electricityMode === "factor" && chosen
              ? strings.electricitySource(chosen.sourceTitle[language], chosen.table)
              : undefined
          }
          validationState={
            value.electricityMode === "factor" && electricityMessage
              ? electricityMessage.state
              : "none"
          }
          validationMessage={
            value.electricityMode === "factor" ? electricityMessage?.text : undefined
          }
        >
          <Dropdown
            value={
              value.electricityMode === "custom"
                ? strings.electricityCustom
                : chosen
                  ? optionText(chosen)
                  : ""
            }
            selectedOptions={[selectedElectricity]}
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
                {optionText(o)}
              </Option>
            ))}
            <Option value={CUSTOM}>{strings.electricityCustom}</Option>
          </Dropdown>
        </Field>
        {value.electricityMode === "custom" && (
          <Field
            label={strings.customElectricity}
            validationState={electricityMessage ? electricityMessage.state : "none"}
            validationMessage={electricityMessage?.text}
          >
            <Input
              inputMode="decimal"
              value={value.customElectricity}
              onChange={(_, d) => onChange({ ...value, customElectricity: d.value })}
            />
          </Field>
        )}

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
