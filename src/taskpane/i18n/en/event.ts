/** シナリオと行事: the scenario, the shared event details, actors and activities. (English) */
import type { EventStrings } from "../types/event";

export const event: EventStrings = {
  scenarioLabel: "Scenario",
  scenarioFallbackNames: {
    A1: "Meeting or event",
    A2: "Office operations",
    D1: "Eco-tour",
    blank: "Blank (choose freely)",
  },
  eventHeading: "Name, dates and place",
  eventShared: "Shared by the calculation sheet, survey and disclosure.",
  eventName: "Name",
  eventNamePlaceholder: "e.g. City Environment Festival 2011",
  eventDates: "Dates",
  eventDatesPlaceholder: "e.g. 1–2 October 2011",
  eventPlace: "Place",
  eventOrganizer: "Organizer",
  eventParticipants: "Participants",
  eventParticipantsHint: "Leave empty if unknown",
  eventDays: "Days",
  eventPaidEntry: "Paid entry (participants pay a fee)",
  actorsHeading: "Actors and activities",
  actorsHelp:
    "Choose the actors, activities and calculation methods to include. The defaults are the guidebook's example boundary and each activity's recommended method.",
  freeActor: "Own organization",
  freeActorRole: "Add activities to set the boundary",
  activitiesSelected: (selected, total) => `${selected} of ${total}`,
  noActors: "This scenario has no actors to choose.",
  noActivities: "No activities. Add one below.",
  method: "Method",
  level: (level) => `Level ${level}`,
  noMethod: "No calculation method available",
  addActivity: "Add an activity",
  addActivityPlaceholder: "Choose an activity to add",
  unknownActivity: (key) => `Unknown activity (${key})`,
};
