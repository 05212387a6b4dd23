/**
 * A computed cell value as Excel shows it, for the pane's preview: the number formats the builders use (`#,##0.0`,
 * `0.000`, `0.0##`, `yyyy/mm/dd` …), and Excel's General format otherwise (up to 10 significant digits, exponent
 * beyond). A format outside that subset falls back to General: the preview is a preview, Excel has the last word.
 */
import type { ComputedValue } from "./evaluate-layouts";
import { isoDate } from "./excel-dates";

/** `#,##0.0#` → grouping, minimum and maximum decimals; null when it is not such a format. */
function parseDecimal(
  format: string
): { group: boolean; min: number; max: number; percent: boolean } | null {
  const match = /^(#,##)?0(?:\.(0*)(#*))?(%?)$/.exec(format.trim());
  if (!match) return null;
  const [, group, zeros = "", hashes = "", percent] = match;
  return {
    group: group !== undefined,
    min: zeros.length,
    max: zeros.length + hashes.length,
    percent: percent === "%",
  };
}

function decimal(value: number, format: NonNullable<ReturnType<typeof parseDecimal>>): string {
  const scaled = format.percent ? value * 100 : value;
  const text = scaled.toLocaleString("en-US", {
    useGrouping: format.group,
    minimumFractionDigits: format.min,
    maximumFractionDigits: format.max,
  });
  return format.percent ? `${text}%` : text;
}

function date(serial: number, format: string): string | null {
  if (!/^yyyy\/mm\/dd$/i.test(format.trim()) || serial < 61) return null;
  return isoDate(Math.floor(serial)).replace(/-/g, "/");
}

/** Excel's General: integers as they are, others to 10 significant digits, very large or small in exponent form. */
function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e11 || magnitude < 1e-9)) {
    return value
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .toUpperCase();
  }
  return String(Number(value.toPrecision(10)));
}

/** The text a cell shows for `value` under `numberFormat` (undefined: General). */
export function formatValue(value: ComputedValue, numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (numberFormat && numberFormat !== "General") {
    const asDate = date(value, numberFormat);
    if (asDate !== null) return asDate;
    const asDecimal = parseDecimal(numberFormat);
    if (asDecimal) return decimal(value, asDecimal);
  }
  return general(value);
}
