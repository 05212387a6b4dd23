/** Files the user picked or dropped → the bytes collectResponses reads. */
import type { IncomingFile } from "../../collect/types";

/** Larger files are not read whole; collectResponses reports them as too large. Same as its default. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface PickedFile {
  readonly name: string;
  readonly size: number;
  slice(start?: number, end?: number): Blob;
}

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * Reads each file as an ArrayBuffer, in order. A file over `maxBytes` is read only up to `maxBytes + 1` bytes:
 * enough for collectResponses to call it too large without holding all of it in memory.
 */
export async function readPickedFiles(
  files: readonly PickedFile[],
  maxBytes = MAX_FILE_BYTES,
  onProgress?: (done: number, total: number) => void
): Promise<IncomingFile[]> {
  const read: IncomingFile[] = [];
  for (const [i, file] of files.entries()) {
    const blob = file.size > maxBytes ? file.slice(0, maxBytes + 1) : file.slice(0, file.size);
    read.push({ name: file.name, data: await readBlob(blob) });
    onProgress?.(i + 1, files.length);
  }
  return read;
}
