/** What the sheet section builds: the calculation sheet's layouts, and the same layouts saved as a standalone workbook. */
import { useCallback } from "react";
import { buildWorkbook } from "../../../sheets/builders";
import type { BuildSettings } from "../../../sheets/builders/options";
import { xlsxFileName } from "../../files/file-names";
import type { FileOperations } from "../../files/file-operations";
import { toWorkbookRequest, type BoundaryForm } from "../../state/boundary-form";
import type { EventDraft } from "../../state/event-form";
import { saveRequestFromLayouts, type SaveRequest } from "../../state/file-outcome";
import type { Checked } from "../../state/issues";
import { prepareLayouts } from "../../state/prepare";
import type { ScenarioData } from "../../state/scenario-data";
import type { PaneStrings } from "../../i18n";

export interface SheetInputs {
  readonly data: ScenarioData;
  readonly form: BoundaryForm;
  readonly event: EventDraft;
  readonly settings: Checked<BuildSettings>;
  readonly files: FileOperations;
  readonly strings: PaneStrings;
}

export function useSheetPrepare({ data, form, event, settings, files, strings }: SheetInputs) {
  const prepare = useCallback(
    () => prepareLayouts(toWorkbookRequest(data, form, event, settings), buildWorkbook),
    [data, form, event, settings]
  );
  // The same layouts as the preview, saved as a workbook that computes without the add-in.
  const preparePortable = useCallback((): SaveRequest => {
    const name = event.name.trim();
    const fileName = xlsxFileName(strings.portableFilePrefix, name || form.scenario);
    return saveRequestFromLayouts(prepare(), fileName, (p) =>
      files.portableWorkbook(p.layouts, { title: name || strings.title })
    );
  }, [prepare, event.name, form.scenario, files, strings]);
  return { prepare, preparePortable };
}
