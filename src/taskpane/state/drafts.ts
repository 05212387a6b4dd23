/**
 * Everything the clerk typed or chose, kept per workbook (the gateway stores it: the workbook's document settings in
 * Excel, localStorage outside) so that it survives a reload and closing the pane. Drafts are only ever the forms'
 * inputs: the sheets built from them hold every value in their own cells, and their formulas refer only to cells,
 * so a draft restored or cleared never changes a result already in a workbook.
 * Stored as JSON with a version; a part that is unknown or broken falls back to its starting value, on its own.
 */
import type { CreditKind } from "../../ledger/types";
import type { ScenarioId } from "../../scenarios/types";
import type { ActivityDraft, ActorDraft } from "./activity-selection";
import type { CertificateDraft } from "./certificate-form";
import { conform, flag, list, map, oneOf, record, text, type Shape } from "./draft-shape";
import type { EventDraft } from "./event-form";
import type {
  AllocationDraft,
  ForestDraft,
  HoldingDraft,
  LedgerForm,
  ProjectForm,
  ReductionDraft,
  StandDraft,
  TargetDraft,
} from "./form-drafts";
import { PLAN_SCENARIOS, type PlanDraft } from "./plan-draft";
import type { PaneDrafts } from "./initial-drafts";
import type { QuestionnaireExtras, SharedEvent, SheetOutputs } from "./event-drafts";

/** Bumped when a stored part would no longer read as the same thing; older drafts are then ignored. */
export const DRAFTS_VERSION = 1;

export { initialDrafts, type PaneDrafts, type PlanSide } from "./initial-drafts";

// Keyed by every member of a union, so that a new member has to be listed here (the compiler checks).
const SCENARIO_IDS = Object.keys({ A1: 1, A2: 1, D1: 1, blank: 1 } satisfies Record<ScenarioId, 1>);
const CREDIT_KINDS = Object.keys({
  "j-ver": 1,
  kyoto: 1,
  jpa: 1,
  "other-ver": 1,
  "green-power": 1,
} satisfies Record<CreditKind, 1>);

/** A record shape naming every field of T, so that a field added to a form has to be given a shape here. */
const fieldsOf = <T>(fields: { readonly [K in keyof T]-?: Shape }): Shape => record(fields);

/** Fields that are all text (the forms keep numbers as typed). */
const texts = <K extends string>(...keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, text])) as Record<K, Shape>;

const EVENT = fieldsOf<EventDraft>({
  ...texts("name", "dates", "place", "organizer", "participants", "days"),
  paidEntry: flag,
});
const ACTIVITY = fieldsOf<ActivityDraft>({
  ...texts("activityKey", "methodKey"),
  included: flag,
});
const ACTOR = fieldsOf<ActorDraft>({
  actorKey: text,
  included: flag,
  activities: list(ACTIVITY),
});

const PARTS: { readonly [K in keyof PaneDrafts]-?: Shape } = {
  shared: fieldsOf<SharedEvent>({
    scenario: oneOf(SCENARIO_IDS),
    event: EVENT,
    participantsPay: flag,
    choices: map(SCENARIO_IDS, list(ACTOR)),
  }),
  sheet: fieldsOf<SheetOutputs>({ withQuestionnaires: flag, withDisclosure: flag }),
  questionnaire: fieldsOf<QuestionnaireExtras>(texts("actorKey", "replyBy", "contact")),
  plan: fieldsOf<PlanDraft>({
    scenario: oneOf(PLAN_SCENARIOS),
    ...texts("title", "department"),
    withSource: flag,
  }),
  planSide: oneOf(["offset", "provider"]),
  ledger: fieldsOf<LedgerForm>({
    holdings: list(
      fieldsOf<HoldingDraft>({
        ...texts(
          "id",
          "projectName",
          "projectNumber",
          "projectType",
          "region",
          "period",
          "projectTotalT",
          "serialFrom",
          "serialTo",
          "acquired",
          "provider"
        ),
        kind: oneOf(CREDIT_KINDS),
      })
    ),
    targets: list(
      fieldsOf<TargetDraft>({
        ...texts("id", "name", "municipality", "activityEnd", "creditsNeededT"),
        kind: oneOf(["event", "office", "ecotour"]),
      })
    ),
    allocations: list(
      fieldsOf<AllocationDraft>(
        texts(
          "id",
          "holdingId",
          "targetId",
          "serialFrom",
          "serialTo",
          "retired",
          "retiredBy",
          "certificateNumber"
        )
      )
    ),
    withCertificates: flag,
  }),
  certificate: fieldsOf<CertificateDraft>({
    direction: oneOf(["received", "issued"]),
    ...texts("issuer", "issuerContact", "prefix", "firstNumber"),
  }),
  project: fieldsOf<ProjectForm>({
    kind: oneOf(["forest", "reduction"]),
    forest: fieldsOf<ForestDraft>({
      scenario: oneOf(["B2", "C1", "C2"]),
      ...texts("projectName", "firstYear", "years"),
      stands: list(
        fieldsOf<StandDraft>(
          texts("id", "name", "areaHa", "species", "ageAtStart", "growth", "prefecture")
        )
      ),
    }),
    reduction: fieldsOf<ReductionDraft>(texts("projectName", "methodology")),
  }),
};

export function serializeDrafts(drafts: PaneDrafts): string {
  return JSON.stringify({ version: DRAFTS_VERSION, drafts });
}

/**
 * The drafts stored as `json`, each part that reads as its shape; every other part (missing, broken, of another
 * version) as in `fallback`. Never throws.
 */
export function deserializeDrafts(
  json: string | null | undefined,
  fallback: PaneDrafts
): PaneDrafts {
  if (!json) return fallback;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return fallback;
  }
  if (typeof stored !== "object" || stored === null) return fallback;
  const { version, drafts } = stored as { version?: unknown; drafts?: unknown };
  if (version !== DRAFTS_VERSION || typeof drafts !== "object" || drafts === null) return fallback;
  const parts = drafts as Record<string, unknown>;
  const restored: Record<string, unknown> = { ...fallback };
  for (const [key, shape] of Object.entries(PARTS)) {
    const value = conform(parts[key], shape);
    if (value !== undefined) restored[key] = value;
  }
  return restored as unknown as PaneDrafts;
}

export interface DraftSaver {
  /** Saves these drafts once no newer ones came for `delayMs` (typing saves once per pause, not per key). */
  schedule(drafts: PaneDrafts): void;
  /** Saves what is scheduled now (the page is being hidden or closed). */
  flush(): void;
  /** Drops what is scheduled. */
  cancel(): void;
}

export function createDraftSaver(save: (json: string) => void, delayMs = 400): DraftSaver {
  let pending: PaneDrafts | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending === null) return;
    const drafts = pending;
    pending = null;
    save(serializeDrafts(drafts));
  };
  return {
    schedule(drafts) {
      pending = drafts;
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    },
  };
}
