import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { EventDraft } from "../state/event-form";
import { EventFields } from "./EventFields";
import type { PaneStrings } from "../i18n";

/** The event fields, folded away in the sections that mostly reuse what 算定シート asked. */
export function SharedEventAccordion({
  draft,
  onChange,
  strings,
}: {
  draft: EventDraft;
  onChange: (d: EventDraft) => void;
  strings: PaneStrings;
}) {
  const summary = [draft.name, draft.dates].filter(Boolean).join(" / ");
  return (
    <Accordion collapsible>
      <AccordionItem value="event">
        <AccordionHeader size="small" expandIconPosition="end">
          <span>
            {strings.eventHeading}
            {summary && (
              <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
                {` — ${summary}`}
              </Text>
            )}
          </span>
        </AccordionHeader>
        <AccordionPanel>
          <Text
            size={200}
            block
            style={{ color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS }}
          >
            {strings.eventShared}
          </Text>
          <EventFields draft={draft} onChange={onChange} strings={strings} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
