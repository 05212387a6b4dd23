/**
 * The pane's drafts (state/drafts.ts), read from the gateway once at start and saved back a moment after each change,
 * and at once when the page is hidden or closed. A gateway that keeps no drafts (a test's stand-in) starts empty.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from "react";
import type { ExcelGateway } from "../office/excel-gateway";
import type { EventDraft } from "../state/event-form";
import type { EventDrafts, EventDraftsUpdate } from "../state/event-drafts";
import {
  createDraftSaver,
  deserializeDrafts,
  initialDrafts,
  type PaneDrafts,
} from "../state/drafts";

type DraftSetters = { readonly [K in keyof PaneDrafts]: Dispatch<SetStateAction<PaneDrafts[K]>> };

function apply<T>(action: SetStateAction<T>, previous: T): T {
  return typeof action === "function" ? (action as (p: T) => T)(previous) : action;
}

function startingDrafts(): PaneDrafts {
  return initialDrafts(new Date().getFullYear());
}

export function usePaneDrafts(gateway: ExcelGateway) {
  const [drafts, setDrafts] = useState<PaneDrafts>(() =>
    deserializeDrafts(gateway.loadDrafts?.(), startingDrafts())
  );
  const [notSaved, setNotSaved] = useState(false);
  const saver = useMemo(() => {
    const save = gateway.saveDrafts?.bind(gateway);
    if (!save) return null;
    return createDraftSaver((json) => {
      void save(json).then((ok) => setNotSaved(!ok));
    });
  }, [gateway]);

  // What was read at start needs no saving; every later change does.
  const loaded = useRef(drafts);
  useEffect(() => {
    if (drafts !== loaded.current) saver?.schedule(drafts);
  }, [drafts, saver]);

  useEffect(() => {
    if (!saver) return;
    const flushWhenHidden = () => {
      if (document.visibilityState === "hidden") saver.flush();
    };
    window.addEventListener("pagehide", saver.flush);
    document.addEventListener("visibilitychange", flushWhenHidden);
    return () => {
      window.removeEventListener("pagehide", saver.flush);
      document.removeEventListener("visibilitychange", flushWhenHidden);
      saver.flush();
    };
  }, [saver]);

  const set = useMemo(() => {
    const setters: Partial<Record<keyof PaneDrafts, unknown>> = {};
    for (const key of Object.keys(startingDrafts()) as (keyof PaneDrafts)[]) {
      setters[key] = (action: SetStateAction<unknown>) =>
        setDrafts((d) => ({ ...d, [key]: apply(action, d[key]) }));
    }
    return setters as DraftSetters;
  }, []);

  /** Every form back to its starting value (saved like any change). */
  const clear = useCallback(() => setDrafts(startingDrafts()), []);
  const onEventDraftsChange = useCallback(
    (update: EventDraftsUpdate) => setDrafts((d) => ({ ...d, ...update(d) })),
    []
  );
  const setEvent = useCallback(
    (action: SetStateAction<EventDraft>) =>
      set.shared((s) => ({ ...s, event: apply(action, s.event) })),
    [set]
  );

  // The fields of PaneState the drafts give (sections.tsx).
  return {
    eventDrafts: drafts as EventDrafts,
    onEventDraftsChange,
    event: drafts.shared.event,
    setEvent,
    ledger: drafts.ledger,
    setLedger: set.ledger,
    certificate: drafts.certificate,
    setCertificate: set.certificate,
    project: drafts.project,
    setProject: set.project,
    plan: drafts.plan,
    setPlan: set.plan,
    planSide: drafts.planSide,
    setPlanSide: set.planSide,
    clearDrafts: clear,
    draftsNotSaved: notSaved,
  };
}
