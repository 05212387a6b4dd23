/**
 * The pane's drafts (state/drafts.ts), read from the gateway once their code has loaded and saved back a moment after
 * each change, and at once when the page is hidden or closed. A gateway that keeps no drafts (a test's stand-in)
 * starts empty and saves nothing.
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
import type { DraftSaver } from "../state/drafts";
import type { EventDraft } from "../state/event-form";
import type { EventDrafts, EventDraftsUpdate } from "../state/event-drafts";
import { initialDrafts, type PaneDrafts } from "../state/initial-drafts";

type DraftSetters = { readonly [K in keyof PaneDrafts]: Dispatch<SetStateAction<PaneDrafts[K]>> };

function apply<T>(action: SetStateAction<T>, previous: T): T {
  return typeof action === "function" ? (action as (p: T) => T)(previous) : action;
}

function startingDrafts(): PaneDrafts {
  return initialDrafts(new Date().getFullYear());
}

/**
 * Reads the stored drafts and makes their saver once their code is there (chunk drafts: it loads right after the
 * tabs show, not before). Stored drafts replace the starting ones only if nothing was typed meanwhile.
 */
function useDraftStore(
  gateway: ExcelGateway,
  setDrafts: Dispatch<SetStateAction<PaneDrafts>>,
  start: PaneDrafts
) {
  const [saver, setSaver] = useState<DraftSaver | null>(null);
  const [notSaved, setNotSaved] = useState(false);
  // What was read from the store needs no saving back; every later change does.
  const restored = useRef<PaneDrafts | null>(null);
  useEffect(() => {
    let live = true;
    void import(/* webpackChunkName: "drafts" */ "../state/drafts").then((m) => {
      if (!live) return;
      setDrafts((d) => {
        const next = d === start ? m.deserializeDrafts(gateway.loadDrafts?.(), d) : d;
        restored.current = next;
        return next;
      });
      const save = gateway.saveDrafts?.bind(gateway);
      if (save)
        setSaver(m.createDraftSaver((json) => void save(json).then((ok) => setNotSaved(!ok))));
    });
    return () => {
      live = false;
    };
  }, [gateway, setDrafts, start]);
  return { saver, notSaved, restored };
}

export function usePaneDrafts(gateway: ExcelGateway) {
  const [start] = useState(startingDrafts);
  const [drafts, setDrafts] = useState<PaneDrafts>(start);
  const { saver, notSaved, restored } = useDraftStore(gateway, setDrafts, start);

  useEffect(() => {
    if (restored.current !== null && drafts !== restored.current) saver?.schedule(drafts);
  }, [drafts, saver, restored]);

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
