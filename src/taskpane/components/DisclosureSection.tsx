/** 情報開示: scenario and who pays; preview or build the disclosure sheet. */
import { useCallback, useMemo } from "react";
import { Field, Switch, Text } from "@fluentui/react-components";
import { buildDisclosureSheet } from "../../sheets/builders";
import { dependsOnWhoPays, toDisclosureRequest } from "../state/disclosure-form";
import { withScenario, withWhoPays } from "../state/event-drafts";
import { prepareLayouts } from "../state/prepare";
import { disclosureFormOf } from "../state/shared-event";
import { BuildActions } from "./BuildActions";
import { ScenarioPicker } from "./ScenarioPicker";
import { SharedEventAccordion } from "./SharedEventAccordion";
import { useSectionStyles } from "./section-styles";
import { useActivityName, type SectionProps } from "./SheetSection";

export function DisclosureSection({
  gateway,
  data,
  language,
  strings,
  event,
  onEventChange,
  drafts,
  onDraftsChange,
}: SectionProps) {
  const styles = useSectionStyles();
  const form = useMemo(() => disclosureFormOf(drafts.shared), [drafts.shared]);
  const activityName = useActivityName(data, language);
  const prepare = useCallback(
    () => prepareLayouts(toDisclosureRequest(data, form, event), buildDisclosureSheet),
    [data, form, event]
  );
  const depends = useMemo(() => dependsOnWhoPays(data, form.scenario), [data, form.scenario]);

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {strings.disclosureHelp}
      </Text>
      <ScenarioPicker
        value={form.scenario}
        onChange={(id) => onDraftsChange(withScenario(id))}
        data={data}
        language={language}
        strings={strings}
      />
      <Field hint={depends === false ? strings.whoPaysIrrelevant : undefined}>
        <Switch
          checked={form.participantsPay}
          label={strings.participantsPay}
          onChange={(_, d) => onDraftsChange(withWhoPays(d.checked))}
        />
      </Field>
      <SharedEventAccordion draft={event} onChange={onEventChange} strings={strings} />
      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={activityName}
        name="disclosure"
      />
    </div>
  );
}
