/** What the settings as typed resolve to: the chosen set, its electricity options and price range, each field's first message. */
import { useMemo } from "react";
import { FACTOR_SETS } from "../../../core";
import type { PaneStrings } from "../../i18n";
import { issuesFor, type FormIssue } from "../../state/issues";
import {
  creditPriceRange,
  electricityOptions,
  factorSetById,
  toBuildSettings,
  type SettingsState,
} from "../../state/settings";

export interface FieldMessage {
  readonly state: FormIssue["severity"];
  readonly text: string;
}

export function useSettingsCheck(value: SettingsState, strings: PaneStrings) {
  const set = factorSetById(value.factorSetId) ?? FACTOR_SETS[0];
  const options = useMemo(() => (set ? electricityOptions(set) : []), [set]);
  const range = set ? creditPriceRange(set) : { min: 5000, max: 20000 };
  const checked = useMemo(() => toBuildSettings(value), [value]);
  const issues = checked.ok ? checked.warnings : checked.issues;
  const message = (field: FormIssue["field"]): FieldMessage | undefined => {
    const first = issuesFor(issues, field)[0];
    return first ? { state: first.severity, text: strings.issue(first, (k) => k) } : undefined;
  };
  return {
    set,
    options,
    range,
    electricityMessage: message("electricity"),
    yenMessage: message("yenPerTonne"),
  };
}
