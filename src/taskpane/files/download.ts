/**
 * Hands a file made in the pane to the user: a Blob, an object URL and a click on `<a download>`. Works in a browser,
 * Excel on the web and the Edge WebView2 of Excel for Windows (which shows its download bar); where the web view
 * ignores downloads nothing happens, so the pane says where the file should have gone.
 */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What `saveFile` needs from the page (a seam for tests). */
export interface DownloadEnvironment {
  readonly document: Document;
  readonly createObjectURL: (blob: Blob) => string;
  readonly revokeObjectURL: (url: string) => void;
  /** Legacy Edge (EdgeHTML web views) only. */
  readonly msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
}

export function browserDownloadEnvironment(): DownloadEnvironment {
  const nav = navigator as Navigator & { msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean };
  return {
    document,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    ...(typeof nav.msSaveOrOpenBlob === "function"
      ? { msSaveOrOpenBlob: nav.msSaveOrOpenBlob.bind(nav) }
      : {}),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  };
}

/** The object URL stays valid this long after the click: some browsers start reading it only later. */
const REVOKE_AFTER_MS = 60_000;

/** Offers `bytes` as a download named `fileName`. */
export function saveFile(
  bytes: Uint8Array,
  fileName: string,
  mime = XLSX_MIME,
  env: DownloadEnvironment = browserDownloadEnvironment()
): void {
  // A copy backed by a plain ArrayBuffer (a BlobPart; a view of a SharedArrayBuffer is not).
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const blob = new Blob([copy], { type: mime });
  if (env.msSaveOrOpenBlob) {
    env.msSaveOrOpenBlob(blob, fileName);
    return;
  }
  const url = env.createObjectURL(blob);
  const a = env.document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  env.document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    env.setTimeout(() => env.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
