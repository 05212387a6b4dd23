/** The workbook's sheet names as the start page needs them: read once on mount, again on request. */
import { useCallback, useEffect, useState } from "react";
import type { ExcelGateway } from "../../office/excel-gateway";

export type SheetNames =
  | { readonly state: "outside" }
  | { readonly state: "reading" }
  | { readonly state: "failed" }
  | { readonly state: "read"; readonly names: readonly string[] };

export function useSheetNames(gateway: ExcelGateway): {
  readonly sheets: SheetNames;
  readonly refresh: (() => void) | undefined;
} {
  const list = gateway.isInExcel ? gateway.listSheetNames : undefined;
  const [sheets, setSheets] = useState<SheetNames>(() =>
    list ? { state: "reading" } : { state: "outside" }
  );
  const [reads, setReads] = useState(0);
  useEffect(() => {
    if (!list) return;
    let current = true;
    setSheets({ state: "reading" });
    list.call(gateway).then(
      (names) => current && setSheets({ state: "read", names }),
      () => current && setSheets({ state: "failed" })
    );
    return () => {
      current = false;
    };
  }, [gateway, list, reads]);
  const refresh = useCallback(() => setReads((n) => n + 1), []);
  return { sheets, refresh: list ? refresh : undefined };
}
