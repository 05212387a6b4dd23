/** Inserting a formula from the function catalog, and the status the pane shows for it (or for a failure nobody caught). */
import { useCallback, useEffect, useState } from "react";
import type { Status } from "../components/StatusMessage";
import type { PaneStrings } from "../i18n";
import type { ExcelGateway } from "../office/excel-gateway";
import { insertFailureStatus } from "./insert-status";

export function useInsert(gateway: ExcelGateway, strings: PaneStrings) {
  const [status, setStatus] = useState<Status | null>(null);

  // A failure nobody caught still reaches the user.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      setStatus({
        intent: "error",
        text: String(event.reason instanceof Error ? event.reason.message : event.reason),
      });
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);

  const insert = useCallback(
    async (formula: string) => {
      setStatus(null);
      try {
        await gateway.insertFormula(formula);
        setStatus({ intent: "success", text: strings.inserted(formula) });
      } catch (err) {
        setStatus(insertFailureStatus(err, strings, formula));
      }
    },
    [gateway, strings]
  );

  return { status, clearStatus: () => setStatus(null), insert };
}
