/**
 * Writing a section's layouts into the workbook: refused with the form's issues, or translated for this Excel and
 * written through the gateway with progress; the outcome stays until the next attempt.
 */
import { useState } from "react";
import type { PaneStrings } from "../../i18n";
import type { ExcelGateway } from "../../office/excel-gateway";
import { buildFailure, type BuildOutcome } from "../../state/build-outcome";
import type { Prepared } from "../../state/prepare";
import { layoutsForHost } from "./host-layouts";

export interface BuildProgressState {
  readonly message: string;
  readonly fraction: number;
}

export interface BuildState {
  /** The last attempt the form refused (its issues stay until the next attempt). */
  readonly attempt: Prepared | null;
  /** While Excel writes; null otherwise. */
  readonly progress: BuildProgressState | null;
  readonly outcome: BuildOutcome | null;
  readonly build: () => Promise<void>;
}

export function useBuild(
  gateway: ExcelGateway,
  strings: PaneStrings,
  prepare: () => Prepared
): BuildState {
  const [attempt, setAttempt] = useState<Prepared | null>(null);
  const [progress, setProgress] = useState<BuildProgressState | null>(null);
  const [outcome, setOutcome] = useState<BuildOutcome | null>(null);

  const build = async () => {
    const prepared = prepare();
    setOutcome(null);
    if (prepared.kind !== "ok") {
      setAttempt(prepared);
      return;
    }
    setAttempt(null);
    setProgress({ message: strings.building, fraction: 0 });
    try {
      const host = await layoutsForHost(gateway, prepared.layouts, strings);
      if (host.kind === "refused") {
        setOutcome(host.outcome);
        return;
      }
      const result = await gateway.buildSheets(host.layouts, (message, fraction) =>
        setProgress({
          message: message || strings.building,
          fraction: Math.min(1, Math.max(0, fraction)),
        })
      );
      const factorSheet =
        host.factorSheetKey === undefined
          ? undefined
          : result.sheets.find((s) => s.key === host.factorSheetKey)?.name;
      setOutcome({ kind: "built", result, factorSheet });
    } catch (err) {
      setOutcome(buildFailure(err, strings));
    } finally {
      setProgress(null);
    }
  };

  return { attempt, progress, outcome, build };
}
