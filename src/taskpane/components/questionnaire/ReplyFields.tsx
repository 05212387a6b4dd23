/** 回答期限 and 問い合わせ先: when and to whom the questionnaire is answered. */
import type { Dispatch, SetStateAction } from "react";
import { Field, Input } from "@fluentui/react-components";
import type { QuestionnaireForm } from "../../state/questionnaire-form";
import type { PaneStrings } from "../../i18n";

export interface ReplyFieldsProps {
  readonly form: QuestionnaireForm;
  readonly setForm: Dispatch<SetStateAction<QuestionnaireForm>>;
  readonly strings: PaneStrings;
}

export function ReplyFields({ form, setForm, strings }: ReplyFieldsProps) {
  return (
    <>
      <Field label={strings.replyBy}>
        <Input
          value={form.replyBy}
          placeholder={strings.replyByPlaceholder}
          onChange={(_, d) => setForm((f) => ({ ...f, replyBy: d.value }))}
        />
      </Field>
      <Field label={strings.contact}>
        <Input
          value={form.contact}
          placeholder={strings.contactPlaceholder}
          onChange={(_, d) => setForm((f) => ({ ...f, contact: d.value }))}
        />
      </Field>
    </>
  );
}
