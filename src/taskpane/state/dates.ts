/** Dates as the pane's forms read them (pure). */

/**
 * A date typed or picked: "2010-11-30", "2010/11/30", "2010.11.30", "2010年11月30日" (full-width too) → "2010-11-30".
 * null when it is none of these or no such day exists.
 */
export function parseDateText(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Today as an ISO date in local time (what the user calls today), e.g. for the ledger's overdue checks. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
