/**
 * Saving one section's file: prepares the request from the form, makes the bytes and offers them, and keeps what
 * happened (saved, failed, or the request that was refused) for the section to show.
 */
import { useState } from "react";
import type { PaneStrings } from "../../i18n";
import { fileFailure, type FailureText, type SaveRequest } from "../../state/file-outcome";

export type SaveOutcome =
  | { readonly kind: "saved"; readonly fileName: string }
  | ({ readonly kind: "failed" } & FailureText);

export function useSaveFile(
  prepare: () => SaveRequest,
  save: (bytes: Uint8Array, fileName: string) => void,
  strings: PaneStrings
) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [attempt, setAttempt] = useState<SaveRequest | null>(null);

  const run = async () => {
    const request = prepare();
    setOutcome(null);
    setAttempt(request);
    if (request.kind !== "ok") return;
    setBusy(true);
    try {
      const bytes = await request.make();
      save(bytes, request.fileName);
      setOutcome({ kind: "saved", fileName: request.fileName });
    } catch (err) {
      setOutcome({ kind: "failed", ...fileFailure(err, strings) });
    } finally {
      setBusy(false);
    }
  };

  return { busy, outcome, attempt, run };
}
