/** PLACEHOLDER — the lead implements it. Reads returned questionnaires and classifies every answer. */
import type { CollectionResult, IncomingFile } from "./types";

export interface CollectOptions {
  /** Form ids the user is collecting; a file of another form gets the status unknown-form. */
  readonly expectedFormIds?: readonly string[];
  /** Larger files are skipped with a message (default 5 MB). */
  readonly maxBytes?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export async function collectResponses(files: readonly IncomingFile[], options: CollectOptions = {}): Promise<CollectionResult> {
  void files;
  void options;
  throw new Error("collectResponses: not implemented yet");
}
