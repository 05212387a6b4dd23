/** Names of the files the pane saves: readable, and valid on Windows, macOS and in a zip. */
import { truncateText } from "../../sheets/truncate";

/** Characters Windows refuses in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Windows device names, refused whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Room for the parts; with the extension well under the 255 UTF-16 units file systems allow. */
const MAX_PART = 60;

/** One part of a name: forbidden characters become "_", whitespace collapses, trailing dots and spaces go. */
export function fileNamePart(text: string): string {
  const cleaned = text
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(FORBIDDEN, "_")
    .trim()
    .replace(/[. ]+$/, "");
  const cut = truncateText(cleaned, MAX_PART, "codePoints").trim(); // whole characters: no half emoji or flag
  return RESERVED.test(cut) ? `${cut}_` : cut;
}

/** `prefix_part1_part2.xlsx`, leaving out empty parts; never empty. */
export function xlsxFileName(prefix: string, ...parts: readonly string[]): string {
  const all = [prefix, ...parts].map(fileNamePart).filter((p) => p !== "");
  return `${all.length > 0 ? all.join("_") : "workbook"}.xlsx`;
}
