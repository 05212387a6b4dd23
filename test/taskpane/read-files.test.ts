/** Files the user picked → the bytes collectResponses reads. */
import { readPickedFiles, type PickedFile } from "../../src/taskpane/files/read-files";

function picked(
  name: string,
  bytes: Uint8Array<ArrayBuffer>
): PickedFile & { sliced: [number | undefined, number | undefined][] } {
  const blob = new Blob([bytes]);
  const sliced: [number | undefined, number | undefined][] = [];
  return {
    name,
    size: blob.size,
    sliced,
    slice: (start, end) => {
      sliced.push([start, end]);
      return blob.slice(start, end);
    },
  };
}

test("reads every file in order, reporting progress", async () => {
  const progress: [number, number][] = [];
  const files = [picked("a.xlsx", new Uint8Array([1, 2])), picked("b.xlsx", new Uint8Array([3]))];
  const read = await readPickedFiles(files, 100, (done, total) => progress.push([done, total]));
  expect(read.map((f) => [f.name, [...new Uint8Array(f.data as ArrayBuffer)]])).toEqual([
    ["a.xlsx", [1, 2]],
    ["b.xlsx", [3]],
  ]);
  expect(progress).toEqual([
    [1, 2],
    [2, 2],
  ]);
});

test("a file over the limit is read only up to limit + 1 bytes (enough to be called too large)", async () => {
  const big = picked("big.xlsx", new Uint8Array(50).fill(7));
  const [read] = await readPickedFiles([big], 10);
  expect(big.sliced).toEqual([[0, 11]]);
  expect((read!.data as ArrayBuffer).byteLength).toBe(11);
});
