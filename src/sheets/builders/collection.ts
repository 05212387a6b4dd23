/** PLACEHOLDER — the lead implements it: 回収一覧 and a boundary sheet computing from the collected answers. */
import type { CollectionResult } from "../../collect/types";
import type { SheetLayout } from "../layout";
import type { BuildSettings, EventInfo } from "./options";

export interface CollectionWorkbookOptions {
  readonly settings: BuildSettings;
  readonly event: EventInfo;
}

export function buildCollectionWorkbook(result: CollectionResult, options: CollectionWorkbookOptions): SheetLayout[] {
  void result;
  void options;
  return [];
}
