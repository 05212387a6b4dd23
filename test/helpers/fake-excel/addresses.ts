/** A1 addresses (independent of src/sheets/resolve-names.ts on purpose: the fake must not share the writer's bugs). */
import { invalid } from "./errors";

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly bounded: boolean;
}

export const ROWS = 1_048_576;
const COLUMNS = 16_384;

function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function parseBox(address: string): Box {
  const a = address.replace(/\$/g, "").trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const [c1, r1] = [colNumber(m[1] ?? ""), Number(m[2])];
    const [c2, r2] = m[3] ? [colNumber(m[3]), Number(m[4])] : [c1, r1];
    if (Math.max(c1, c2) > COLUMNS || Math.max(r1, r2) > ROWS || Math.min(r1, r2) < 1)
      throw invalid(`address ${address}`);
    return {
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
      bounded: true,
    };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m) {
    const [c1, c2] = [colNumber(m[1] ?? ""), colNumber(m[2] ?? "")];
    if (Math.max(c1, c2) > COLUMNS) throw invalid(`address ${address}`);
    return {
      top: 1,
      bottom: ROWS,
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
      bounded: false,
    };
  }
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) {
    const [r1, r2] = [Number(m[1]), Number(m[2])];
    if (Math.min(r1, r2) < 1 || Math.max(r1, r2) > ROWS) throw invalid(`address ${address}`);
    return {
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: 1,
      right: COLUMNS,
      bounded: false,
    };
  }
  throw invalid(`address ${address}`);
}

export const overlaps = (a: Box, b: Box) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
export const cellKey = (row: number, column: number) => `${row},${column}`;

/** Splits "'Sheet (2)'!A1:B3" / "Sheet1!A1" / "A1" into sheet name and local address. */
export function splitQualified(address: string): { sheet: string | null; local: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheet: (quoted[1] ?? "").replace(/''/g, "'"), local: quoted[2] ?? "" };
  const plain = /^([^'!]+)!(.+)$/.exec(address);
  if (plain) return { sheet: plain[1] ?? "", local: plain[2] ?? "" };
  return { sheet: null, local: address };
}
