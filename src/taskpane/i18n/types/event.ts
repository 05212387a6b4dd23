import type { ScenarioId } from "../../../scenarios/types";

/** シナリオと行事: the scenario, the shared event details, actors and activities. */
export interface EventStrings {
  readonly scenarioLabel: string;
  readonly scenarioFallbackNames: Readonly<Record<ScenarioId, string>>;
  readonly eventHeading: string;
  readonly eventShared: string;
  readonly eventName: string;
  readonly eventNamePlaceholder: string;
  readonly eventDates: string;
  readonly eventDatesPlaceholder: string;
  readonly eventPlace: string;
  readonly eventOrganizer: string;
  readonly eventParticipants: string;
  readonly eventParticipantsHint: string;
  readonly eventDays: string;
  readonly eventPaidEntry: string;
  readonly actorsHeading: string;
  readonly actorsHelp: string;
  readonly freeActor: string;
  readonly freeActorRole: string;
  readonly activitiesSelected: (selected: number, total: number) => string;
  readonly noActors: string;
  readonly noActivities: string;
  readonly method: string;
  readonly level: (level: number) => string;
  readonly noMethod: string;
  readonly addActivity: string;
  readonly addActivityPlaceholder: string;
  readonly unknownActivity: (key: string) => string;
}
