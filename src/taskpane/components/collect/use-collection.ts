/**
 * The files collected so far and what they say: picked files are read in the pane, added to those already read (a
 * file picked twice is reported as a duplicate) and checked with the .xlsx code, loaded on the first pick.
 */
import { useState } from "react";
import type { CollectionResult, IncomingFile } from "../../../collect/types";
import type { CollectionBuilder, FileOperations } from "../../files/file-operations";
import { MAX_FILE_BYTES, readPickedFiles, type PickedFile } from "../../files/read-files";
import type { PaneStrings } from "../../i18n";
import { fileFailure, type FailureText } from "../../state/file-outcome";

export interface Collected {
  readonly files: readonly IncomingFile[];
  readonly result: CollectionResult;
  readonly build: CollectionBuilder;
}

export function useCollection(files: FileOperations, strings: PaneStrings) {
  const [collected, setCollected] = useState<Collected | null>(null);
  const [progress, setProgress] = useState<{ message: string; fraction: number } | null>(null);
  const [failure, setFailure] = useState<FailureText | null>(null);
  const busy = progress !== null;

  const add = async (picked: readonly PickedFile[]) => {
    if (picked.length === 0 || busy) return;
    setFailure(null);
    setProgress({ message: strings.collectReading(0, picked.length), fraction: 0 });
    try {
      const read = await readPickedFiles(picked, MAX_FILE_BYTES, (done, total) =>
        setProgress({
          message: strings.collectReading(done, total),
          fraction: (0.3 * done) / total,
        })
      );
      const all = [...(collected?.files ?? []), ...read];
      const result = await files.collectResponses(all, {
        maxBytes: MAX_FILE_BYTES,
        onProgress: (done, total) =>
          setProgress({
            message: strings.collectChecking(done, total),
            fraction: 0.3 + (0.7 * done) / Math.max(1, total),
          }),
      });
      const build = await files.collectionBuilder();
      setCollected({ files: all, result, build });
    } catch (err) {
      setFailure(fileFailure(err, strings, strings.collectFailedTitle, strings.collectFailed));
    } finally {
      setProgress(null);
    }
  };

  return {
    collected,
    clear: () => setCollected(null),
    progress,
    busy,
    failure,
    add,
  };
}
