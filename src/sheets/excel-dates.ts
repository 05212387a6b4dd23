/**
 * Dates: ISO "YYYY-MM-DD" as day numbers (Excel's serial: days since 1899-12-30), so the ledger's checks and its sheet
 * use the same values, and Excel's EDATE for "n months after" (also the preview evaluator's EDATE and date format).
 */

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** Excel's serial day number of an ISO date ("2011-12-10" → 40887), or null when the text is not a real date. */
export function excelDate(iso: string): number | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(y, mo - 1, d);
  const back = new Date(time);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return Math.round((time - EXCEL_EPOCH) / DAY);
}

/** ISO text of an Excel day number. */
export function isoDate(serial: number): string {
  return new Date(EXCEL_EPOCH + serial * DAY).toISOString().slice(0, 10);
}

/** Excel's EDATE: the same day `months` later, clamped to the month's last day (2011-08-31 + 6 → 2012-02-29). */
export function addMonths(serial: number, months: number): number {
  const date = new Date(EXCEL_EPOCH + serial * DAY);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const time = Date.UTC(year, month, Math.min(date.getUTCDate(), last));
  return Math.round((time - EXCEL_EPOCH) / DAY);
}

/** Whole months from one day number to a later one (for messages). */
export function monthsBetween(from: number, to: number): number {
  let months = 0;
  while (addMonths(from, months + 1) <= to) months += 1;
  return months;
}
