/** Small labelled inputs shared by the credit, certificate, project and plan sections. */
import {
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
  type InputProps,
} from "@fluentui/react-components";
import type { FormIssue } from "../state/issues";
import type { PaneStrings } from "../i18n";
import { useFieldTouch } from "./field-reveal";
import { withTerms } from "./Term";
import { WithUnits } from "./Units";

export const useFieldStyles = makeStyles({
  // Fluent's Input keeps its intrinsic width unless told otherwise; in a two-column row it must shrink.
  input: { minWidth: 0, width: "100%" },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  dropdown: { minWidth: 0, width: "100%" },
});

const NO_VALIDATION = { validationState: "none" as const, validationMessage: undefined };

/** The first issue of `input` among `issues`, as Field's validation state and message. */
export function fieldValidation(issues: readonly FormIssue[], input: string, strings: PaneStrings) {
  const first = issues.find((i) => i.input === input);
  if (!first) return NO_VALIDATION;
  return { validationState: first.severity, validationMessage: strings.issue(first, (k) => k) };
}

/** The field's validation once it is touched (or its section submitted); none before. */
function shownValidation(
  touched: boolean,
  issues: readonly FormIssue[],
  input: string | undefined,
  strings: PaneStrings
) {
  return touched && input ? fieldValidation(issues, input, strings) : NO_VALIDATION;
}

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly strings: PaneStrings;
  /** Issues of the row or form; the field shows those naming `input`. */
  readonly issues?: readonly FormIssue[];
  readonly input?: string;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly type?: InputProps["type"];
  readonly inputMode?: InputProps["inputMode"];
  readonly required?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  strings,
  issues = [],
  input,
  placeholder,
  hint,
  type,
  inputMode,
  required,
}: TextFieldProps) {
  const styles = useFieldStyles();
  const { ref, touched, touch } = useFieldTouch<HTMLDivElement>();
  const validation = shownValidation(touched, issues, input, strings);
  return (
    <Field
      ref={ref}
      label={withTerms(label)}
      hint={validation.validationMessage || !hint ? undefined : <WithUnits text={hint} />}
      required={required}
      {...validation}
    >
      <Input
        className={styles.input}
        value={value}
        placeholder={placeholder}
        type={type}
        inputMode={inputMode}
        onChange={(_, d) => {
          touch();
          onChange(d.value);
        }}
        onBlur={touch}
      />
    </Field>
  );
}

export interface ChoiceFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly text: string }[];
  readonly onChange: (value: T) => void;
  readonly strings: PaneStrings;
  readonly issues?: readonly FormIssue[];
  readonly input?: string;
  readonly hint?: string;
  /** Shown when the value is none of the options. */
  readonly placeholder?: string;
}

/** A drop-down of fixed choices (the selected option's text is shown). */
export function ChoiceField<T extends string>({
  label,
  value,
  options,
  onChange,
  strings,
  issues = [],
  input,
  hint,
  placeholder,
}: ChoiceFieldProps<T>) {
  const styles = useFieldStyles();
  const { ref, touched, touch } = useFieldTouch<HTMLDivElement>();
  const validation = shownValidation(touched, issues, input, strings);
  const selected = options.find((o) => o.value === value);
  return (
    <Field
      ref={ref}
      label={withTerms(label)}
      hint={validation.validationMessage || !hint ? undefined : <WithUnits text={hint} />}
      {...validation}
    >
      <Dropdown
        className={styles.dropdown}
        value={selected?.text ?? ""}
        placeholder={placeholder}
        selectedOptions={selected ? [value] : []}
        onOptionSelect={(_, d) => {
          touch();
          if (d.optionValue !== undefined) onChange(d.optionValue as T);
        }}
        onBlur={touch}
      >
        {options.map((o) => (
          <Option key={o.value} value={o.value} text={o.text}>
            {/* One flex item: Fluent's option is a flex box, and Chrome puts a space between items in its name. */}
            <span>{withTerms(o.text, false)}</span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
