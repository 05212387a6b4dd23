/**
 * @jest-environment jsdom
 */
/** Saving a file made in the pane: Blob, object URL, <a download>. */
import { XLSX_MIME, saveFile, type DownloadEnvironment } from "../../src/taskpane/files/download";

/** jsdom's Blob has no arrayBuffer(): read it the old way. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function fakeEnvironment(extra: Partial<DownloadEnvironment> = {}) {
  const calls = {
    blobs: [] as Blob[],
    revoked: [] as string[],
    timers: [] as [() => void, number][],
    clicked: [] as HTMLAnchorElement[],
  };
  const env: DownloadEnvironment = {
    document,
    createObjectURL: (blob) => {
      calls.blobs.push(blob);
      return "blob:test/1";
    },
    revokeObjectURL: (url) => calls.revoked.push(url),
    setTimeout: (fn, ms) => calls.timers.push([fn, ms]),
    ...extra,
  };
  return { env, calls };
}

test("clicks a hidden <a download> on an object URL, removes it, and revokes the URL later", async () => {
  const { env, calls } = fakeEnvironment();
  const onClick = jest.fn((e: MouseEvent) => {
    const a = e.target as HTMLAnchorElement;
    calls.clicked.push(a);
    expect(a.isConnected).toBe(true);
    e.preventDefault(); // jsdom would try to navigate
  });
  document.addEventListener("click", onClick);
  saveFile(new Uint8Array([0x50, 0x4b, 3, 4]), "調査票_主催者.xlsx", XLSX_MIME, env);
  document.removeEventListener("click", onClick);

  expect(onClick).toHaveBeenCalledTimes(1);
  const [a] = calls.clicked;
  expect(a!.download).toBe("調査票_主催者.xlsx");
  expect(a!.getAttribute("href")).toBe("blob:test/1");
  expect(a!.isConnected).toBe(false);
  expect(calls.blobs[0]!.type).toBe(XLSX_MIME);
  expect(await bytesOf(calls.blobs[0]!)).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
  expect(calls.revoked).toEqual([]);
  expect(calls.timers).toHaveLength(1);
  calls.timers[0]![0]();
  expect(calls.revoked).toEqual(["blob:test/1"]);
});

test("the Blob holds a copy: a view into a larger buffer gives only its own bytes", async () => {
  const { env, calls } = fakeEnvironment();
  const buffer = new Uint8Array([9, 9, 1, 2, 3, 9]);
  document.addEventListener("click", (e) => e.preventDefault(), { once: true });
  saveFile(buffer.subarray(2, 5), "x.xlsx", XLSX_MIME, env);
  expect(await bytesOf(calls.blobs[0]!)).toEqual(new Uint8Array([1, 2, 3]));
});

test("legacy Edge: msSaveOrOpenBlob, no object URL", () => {
  const saved: [Blob, string][] = [];
  const { env, calls } = fakeEnvironment({
    msSaveOrOpenBlob: (blob, name) => saved.push([blob, name]) > 0,
  });
  saveFile(new Uint8Array([1]), "a.xlsx", XLSX_MIME, env);
  expect(saved.map(([, name]) => name)).toEqual(["a.xlsx"]);
  expect(calls.blobs).toEqual([]);
});
