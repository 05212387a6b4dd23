/** 出力: what is built with the sheet (questionnaires, the disclosure sheet and who pays). */
import type { Dispatch, SetStateAction } from "react";
import { Checkbox } from "@fluentui/react-components";
import type { BoundaryForm } from "../../state/boundary-form";
import { useSectionStyles } from "../section-styles";
import type { PaneStrings } from "../../i18n";

export interface SheetOutputsProps {
  readonly form: BoundaryForm;
  readonly setForm: Dispatch<SetStateAction<BoundaryForm>>;
  readonly strings: PaneStrings;
}

export function SheetOutputs({ form, setForm, strings }: SheetOutputsProps) {
  const styles = useSectionStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.heading}>{strings.outputsHeading}</legend>
      <Checkbox
        checked={form.withQuestionnaires}
        label={strings.withQuestionnaires}
        onChange={(_, d) => setForm((f) => ({ ...f, withQuestionnaires: d.checked === true }))}
      />
      <Checkbox
        checked={form.withDisclosure}
        label={strings.withDisclosure}
        onChange={(_, d) => setForm((f) => ({ ...f, withDisclosure: d.checked === true }))}
      />
      {form.withDisclosure && (
        <Checkbox
          checked={form.participantsPay}
          label={strings.participantsPay}
          onChange={(_, d) => setForm((f) => ({ ...f, participantsPay: d.checked === true }))}
        />
      )}
    </fieldset>
  );
}
