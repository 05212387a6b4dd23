/**
 * The preview draws a sheet's own colours, and some do not read on screen: the ledger's helper columns are grey
 * #808080 on #EDEDED (3.37:1). A font colour below WCAG AA's 4.5:1 on its fill (white when none) is darkened,
 * keeping its hue, until it reads; the built sheet keeps its colours.
 */
const AA = 4.5;

type Rgb = readonly [number, number, number];

function parseHex(color: string): Rgb | null {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number | null {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return null;
  const [la, lb] = [luminance(ca), luminance(cb)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const toHex = (rgb: Rgb) =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`.toUpperCase();

/** `font` as given when it reads on `fill`, else the same hue darkened just enough (colours it cannot parse as given). */
export function readableFont(font: string, fill = "#FFFFFF"): string {
  const rgb = parseHex(font);
  const ratio = contrastRatio(font, fill);
  if (!rgb || ratio === null || ratio >= AA) return font;
  for (let scale = 0.95; scale > 0; scale -= 0.05) {
    const darker = toHex(rgb.map((v) => v * scale) as unknown as Rgb);
    if ((contrastRatio(darker, fill) ?? 0) >= AA) return darker;
  }
  return "#000000";
}
