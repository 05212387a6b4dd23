/**
 * What the pane does with .xlsx files: export a questionnaire, collect returned ones, build the collection sheets,
 * save a portable workbook. The code doing it (ExcelJS and the modules around it) is large, so it lives in
 * ./xlsx-tasks and is loaded with import() the first time the user asks for one of these — the pane's first chunks
 * never carry it. Components receive a `FileOperations` and never import ./xlsx-tasks themselves.
 * Nothing here touches Office: files are made and read in the pane, inside or outside Excel.
 */
import type { CollectOptions } from "../../collect/collect";
import type { CollectionResult, IncomingFile } from "../../collect/types";
import type { CollectionWorkbookOptions } from "../../collect/builders/collection";
import type { QuestionnaireRequest } from "../../sheets/builders/options";
import type { SheetLayout } from "../../sheets/layout";
import type { PortableOptions } from "./types";

/** Builds the collection layouts (回収一覧 and the boundary computing from the answers): pure once loaded. */
export type CollectionBuilder = (
  result: CollectionResult,
  options: CollectionWorkbookOptions
) => SheetLayout[];

export interface FileOperations {
  /** The questionnaire as a standalone .xlsx file (its form identity travels inside the file). */
  exportQuestionnaire(request: QuestionnaireRequest): Promise<Uint8Array>;
  /** Reads returned questionnaires and classifies every file and answer. */
  collectResponses(
    files: readonly IncomingFile[],
    options?: CollectOptions
  ): Promise<CollectionResult>;
  /** The (synchronous) builder of the collection layouts, once its code is loaded. */
  collectionBuilder(): Promise<CollectionBuilder>;
  /** Layouts (as the builders return them, with placeholders) → a workbook that computes without the add-in. */
  portableWorkbook(layouts: readonly SheetLayout[], options?: PortableOptions): Promise<Uint8Array>;
}

export type FileOperationErrorCode = "load-failed" | "failed";

/** "load-failed": the file code could not be loaded (network, closed pane); "failed": the operation threw. */
export class FileOperationError extends Error {
  readonly code: FileOperationErrorCode;
  readonly detail: string;

  constructor(code: FileOperationErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "FileOperationError";
    this.code = code;
    this.detail = detail;
  }
}

export type XlsxTasks = typeof import("./xlsx-tasks");

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The operations, loading their code on first use with `load` (a failed load is retried on the next call).
 * Errors come out as `FileOperationError`.
 */
export function createFileOperations(
  load: () => Promise<XlsxTasks> = () => import(/* webpackChunkName: "pane-xlsx" */ "./xlsx-tasks")
): FileOperations {
  let loading: Promise<XlsxTasks> | null = null;
  const tasks = async (): Promise<XlsxTasks> => {
    if (!loading) {
      loading = load().catch((err: unknown) => {
        loading = null;
        throw new FileOperationError("load-failed", message(err));
      });
    }
    return loading;
  };
  const run = async <T>(work: (t: XlsxTasks) => T | Promise<T>): Promise<T> => {
    const t = await tasks();
    try {
      return await work(t);
    } catch (err) {
      throw err instanceof FileOperationError
        ? err
        : new FileOperationError("failed", message(err));
    }
  };
  return {
    exportQuestionnaire: (request) => run((t) => t.exportQuestionnaire(request)),
    collectResponses: (files, options) => run((t) => t.collectResponses(files, options)),
    collectionBuilder: () => run((t) => t.buildCollectionWorkbook),
    portableWorkbook: (layouts, options) => run((t) => t.portableWorkbook(layouts, options)),
  };
}
