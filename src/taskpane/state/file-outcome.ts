/** Saving a file from the pane: what to make, and what the user is told when it fails (pure). */
import type { PaneStrings } from "../i18n";
import { FileOperationError, type FileOperationErrorCode } from "../files/file-operations";
import type { FormIssue } from "./issues";
import type { Prepared } from "./prepare";

/** What a "save as file" button does when pressed: make the bytes and offer them as `fileName` — or why it cannot. */
export type SaveRequest =
  | {
      readonly kind: "ok";
      readonly fileName: string;
      readonly make: () => Promise<Uint8Array>;
      readonly warnings: readonly FormIssue[];
    }
  | { readonly kind: "invalid"; readonly issues: readonly FormIssue[] }
  | {
      readonly kind: "builder-failed";
      readonly message: string;
      readonly warnings: readonly FormIssue[];
    };

/** A save request from prepared layouts (as the preview shows them). */
export function saveRequestFromLayouts(
  prepared: Prepared,
  fileName: string,
  make: (layouts: Prepared & { kind: "ok" }) => Promise<Uint8Array>
): SaveRequest {
  if (prepared.kind !== "ok") return prepared;
  return { kind: "ok", fileName, make: () => make(prepared), warnings: prepared.warnings };
}

export interface FailureText {
  readonly title: string;
  readonly text: string;
}

/** A failure of a file operation, in words: the file code did not load, or making/reading the file failed. */
export function fileFailure(
  err: unknown,
  strings: PaneStrings,
  title = strings.saveFailedTitle,
  failed = strings.saveFailed
): FailureText {
  if (err instanceof FileOperationError) {
    const texts: Readonly<Record<FileOperationErrorCode, (detail: string) => string>> = {
      "load-failed": strings.fileToolsLoadFailed,
      failed,
    };
    return { title, text: texts[err.code](err.detail) };
  }
  return { title, text: failed(err instanceof Error ? err.message : String(err)) };
}
