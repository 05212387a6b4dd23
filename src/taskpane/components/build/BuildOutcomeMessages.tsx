/** What writing said: the sheets written, the factor sheet native formulas read, the writer's warnings, or the error. */
import type { PaneStrings } from "../../i18n";
import type { BuildOutcome } from "../../state/build-outcome";
import { StatusMessage } from "../StatusMessage";

interface BuildOutcomeMessagesProps {
  readonly outcome: BuildOutcome | null;
  readonly strings: PaneStrings;
  /** The section's name, for the test id of the native-formulas notice. */
  readonly name: string;
}

export function BuildOutcomeMessages({ outcome, strings, name }: BuildOutcomeMessagesProps) {
  if (outcome === null) return null;
  if (outcome.kind === "failed")
    return (
      <StatusMessage
        status={{ intent: "error", title: outcome.title, text: outcome.text }}
        details={outcome.details}
        layout="multiline"
      />
    );
  return (
    <>
      <StatusMessage
        status={{
          intent: "success",
          title: strings.builtTitle,
          text: strings.built(outcome.result.sheets.map((s) => s.name)),
        }}
        role="group"
        layout="multiline"
      />
      {outcome.factorSheet !== undefined && (
        <StatusMessage
          status={{ intent: "info", text: strings.builtNative(outcome.factorSheet) }}
          role="group"
          layout="multiline"
          data-testid={`${name}-native`}
        />
      )}
      {outcome.result.warnings.length > 0 && (
        <StatusMessage
          status={{ intent: "warning", title: strings.warningsTitle }}
          details={outcome.result.warnings}
          role="group"
          layout="multiline"
        />
      )}
    </>
  );
}
