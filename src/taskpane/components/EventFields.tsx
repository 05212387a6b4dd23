/** 名称・日程・場所・主催者・参加者数・日数・有料か (shared by every section). */
import { useMemo } from "react";
import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { toEventInfo, type EventDraft } from "../state/event-form";
import { issuesFor, type FormIssue } from "../state/issues";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  // Fluent's Input keeps its intrinsic width unless told otherwise; in the two-column row it must shrink.
  narrow: { minWidth: 0, width: "100%" },
});

export interface EventFieldsProps {
  readonly draft: EventDraft;
  readonly onChange: (draft: EventDraft) => void;
  readonly strings: PaneStrings;
}

export function EventFields({ draft, onChange, strings }: EventFieldsProps) {
  const styles = useStyles();
  const checked = useMemo(() => toEventInfo(draft), [draft]);
  const issues = checked.ok ? checked.warnings : checked.issues;
  const message = (field: FormIssue["field"]) => {
    const first = issuesFor(issues, field)[0];
    return first ? strings.issue(first, (k) => k) : undefined;
  };
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const participantsError = message("participants");
  const daysError = message("days");

  return (
    <div className={styles.root}>
      <Field label={strings.eventName}>
        <Input
          value={draft.name}
          placeholder={strings.eventNamePlaceholder}
          onChange={(_, d) => set("name", d.value)}
        />
      </Field>
      <Field label={strings.eventDates}>
        <Input
          value={draft.dates}
          placeholder={strings.eventDatesPlaceholder}
          onChange={(_, d) => set("dates", d.value)}
        />
      </Field>
      <Field label={strings.eventPlace}>
        <Input value={draft.place} onChange={(_, d) => set("place", d.value)} />
      </Field>
      <Field label={strings.eventOrganizer}>
        <Input value={draft.organizer} onChange={(_, d) => set("organizer", d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field
          label={strings.eventParticipants}
          hint={participantsError ? undefined : strings.eventParticipantsHint}
          validationState={participantsError ? "error" : "none"}
          validationMessage={participantsError}
        >
          <Input
            className={styles.narrow}
            inputMode="numeric"
            value={draft.participants}
            onChange={(_, d) => set("participants", d.value)}
          />
        </Field>
        <Field
          label={strings.eventDays}
          validationState={daysError ? "error" : "none"}
          validationMessage={daysError}
        >
          <Input
            className={styles.narrow}
            inputMode="numeric"
            value={draft.days}
            onChange={(_, d) => set("days", d.value)}
          />
        </Field>
      </div>
      <Checkbox
        checked={draft.paidEntry}
        label={strings.eventPaidEntry}
        onChange={(_, d) => set("paidEntry", d.checked === true)}
      />
    </div>
  );
}
