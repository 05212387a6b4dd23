/** 名称・日程・場所・主催者・参加者数・日数・有料か: typed once, used by every sheet the pane builds. */
import type { EventInfo } from "../../sheets/builders/options";
import { checked, fieldIssue, parseNumberText, type Checked, type FormIssue } from "./issues";

/** The form as typed: numbers stay text so that a half-typed value is not lost. */
export interface EventDraft {
  readonly name: string;
  readonly dates: string;
  readonly place: string;
  readonly organizer: string;
  /** Expected participants; empty means unknown (0). */
  readonly participants: string;
  /** Days the event lasts; empty means 1. */
  readonly days: string;
  /** Whether participants pay an entry fee. */
  readonly paidEntry: boolean;
}

export const EMPTY_EVENT: EventDraft = {
  name: "",
  dates: "",
  place: "",
  organizer: "",
  participants: "",
  days: "1",
  paidEntry: false,
};

function wholeNumber(
  text: string,
  field: "participants" | "days",
  min: number,
  whenEmpty: number
): number | FormIssue {
  if (text.trim() === "") return whenEmpty;
  const value = parseNumberText(text);
  if (value === null || !Number.isInteger(value))
    return fieldIssue(`${field}/whole-number`, "error");
  if (value < min) return fieldIssue(`${field}/too-small`, "error", String(min));
  return value;
}

/** The builders' EventInfo, or what is wrong with the draft. Texts are trimmed. */
export function toEventInfo(draft: EventDraft): Checked<EventInfo> {
  const issues: FormIssue[] = [];
  const participants = wholeNumber(draft.participants, "participants", 0, 0);
  const days = wholeNumber(draft.days, "days", 1, 1);
  if (typeof participants !== "number") issues.push(participants);
  if (typeof days !== "number") issues.push(days);
  const event: EventInfo = {
    name: draft.name.trim(),
    dates: draft.dates.trim(),
    place: draft.place.trim(),
    organizer: draft.organizer.trim(),
    participants: typeof participants === "number" ? participants : 0,
    days: typeof days === "number" ? days : 1,
    paidEntry: draft.paidEntry,
  };
  return checked(event, issues);
}
