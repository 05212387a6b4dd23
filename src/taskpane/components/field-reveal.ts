/**
 * A field speaks (its error or warning) only once the clerk has touched it — changed it or left it — or pressed
 * プレビュー / Excel に作成 in the same section: a form nobody has touched shows no problems yet.
 * The press is a DOM event from the button, heard by the fields of the same tab panel, so that the sections need no
 * shared state for it and each render (a test's too) starts untouched.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

const REVEAL_EVENT = "ghg-reveal-field-issues";

/** The tab panel an element is in (null outside the pane's panels: a test renders one section alone). */
const scopeOf = (element: Element | null) => element?.closest('[role="tabpanel"]') ?? null;

/** Called by the section's submit buttons: every field of their tab panel shows its problems from now on. */
export function revealFieldIssues(from: Element | null): void {
  (from ?? document).dispatchEvent(new Event(REVEAL_EVENT, { bubbles: true }));
}

export interface FieldTouch<E extends HTMLElement> {
  /** On the field's root, to know its tab panel. */
  readonly ref: RefObject<E>;
  /** Whether the field may show its problems. */
  readonly touched: boolean;
  /** For the control's change and blur. */
  readonly touch: () => void;
}

export function useFieldTouch<E extends HTMLElement>(): FieldTouch<E> {
  const ref = useRef<E>(null);
  const [touched, setTouched] = useState(false);
  const touch = useCallback(() => setTouched(true), []);
  useEffect(() => {
    if (touched) return undefined;
    const onReveal = (event: Event) => {
      // A rendered section's submit buttons and its fields share a panel, or are both outside any.
      const from = event.target instanceof Element ? event.target : null;
      if (scopeOf(from) === scopeOf(ref.current)) setTouched(true);
    };
    document.addEventListener(REVEAL_EVENT, onReveal);
    return () => document.removeEventListener(REVEAL_EVENT, onReveal);
  }, [touched]);
  return { ref, touched, touch };
}
