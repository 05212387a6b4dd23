/**
 * Cutting text to a length limit without breaking a character: never half a surrogate pair (an emoji such as 🌲 is
 * two UTF-16 units), never part of a grapheme cluster (a flag 🇯🇵 is two code points, a family 👨‍👩‍👧 five joined by
 * zero-width joiners, "か\u3099" and "e\u0301" a letter and a combining mark). Excel's limits (31 for a sheet name,
 * 32 for a validation title, 255 for a defined name) count UTF-16 units, as JavaScript's `length` does.
 *
 * Clusters come from Intl.Segmenter where the host has it (Node 16+, Chromium 87+, Safari 14.1+, Firefox 125+);
 * older Office web views get an approximation that keeps combining marks, variation selectors, emoji modifiers,
 * tags, zero-width-joiner sequences and regional-indicator pairs together.
 */

type Measure = "utf16" | "codePoints";

const length = (text: string, measure: Measure): number =>
  measure === "utf16" ? text.length : [...text].length;

const MARK = /^\p{M}$/u;
const ZWJ = "\u200D";
const between = (point: string, from: number, to: number): boolean => {
  const code = point.codePointAt(0) ?? 0;
  return code >= from && code <= to;
};
/** Code points that continue the cluster before them: marks (incl. variation selectors), joiners, skin tones, tags. */
const continuesCluster = (point: string): boolean =>
  MARK.test(point) ||
  point === ZWJ ||
  point === "\u200C" ||
  between(point, 0x1f3fb, 0x1f3ff) ||
  between(point, 0xe0020, 0xe007f);
const regionalIndicator = (point: string): boolean => between(point, 0x1f1e6, 0x1f1ff);

/** Grapheme clusters without Intl.Segmenter: an approximation of UAX #29 for the cases sheet names meet. */
export function approximateGraphemes(text: string): string[] {
  const clusters: string[] = [];
  let current = "";
  let regionalIndicators = 0;
  for (const point of text) {
    const joins =
      current !== "" &&
      (continuesCluster(point) ||
        current.endsWith(ZWJ) ||
        (regionalIndicator(point) && regionalIndicators % 2 === 1));
    if (joins) {
      current += point;
    } else {
      if (current !== "") clusters.push(current);
      current = point;
      regionalIndicators = 0;
    }
    if (regionalIndicator(point)) regionalIndicators += 1;
  }
  if (current !== "") clusters.push(current);
  return clusters;
}

let segmenter: Intl.Segmenter | null | undefined;

/** The text's grapheme clusters (what a reader sees as one character each). */
export function graphemes(text: string): string[] {
  if (segmenter === undefined)
    segmenter =
      typeof Intl !== "undefined" && typeof Intl.Segmenter === "function"
        ? new Intl.Segmenter(undefined, { granularity: "grapheme" })
        : null;
  return segmenter
    ? Array.from(segmenter.segment(text), (s) => s.segment)
    : approximateGraphemes(text);
}

/**
 * The longest start of text, in whole grapheme clusters, at most `max` long — UTF-16 units by default (Excel's
 * measure), or code points. A cluster longer than max on its own is left out whole.
 */
export function truncateText(text: string, max: number, measure: Measure = "utf16"): string {
  if (length(text, measure) <= max) return text;
  let out = "";
  let used = 0;
  for (const cluster of graphemes(text)) {
    const size = length(cluster, measure);
    if (used + size > max) break;
    out += cluster;
    used += size;
  }
  return out;
}

/** truncateText, ending with "…" when something was cut (the "…" counts towards max). */
export function truncateWithEllipsis(text: string, max: number): string {
  return text.length <= max ? text : `${truncateText(text, max - 1)}…`;
}

/** Surrogates without their partner (from text cut elsewhere), which Excel and XML cannot store, removed. */
export function withoutLoneSurrogates(text: string): string {
  // Iterating by code points yields a lone surrogate as a one-unit string of its own (no lookbehind: older Safari).
  return [...text]
    .filter(
      (point) =>
        !(point.length === 1 && point.charCodeAt(0) >= 0xd800 && point.charCodeAt(0) <= 0xdfff)
    )
    .join("");
}
