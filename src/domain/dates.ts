import { z } from 'zod';

/**
 * Dates are kept as ISO strings: calendar dates as `YYYY-MM-DD` (no time zone games for review and
 * due dates) and instants as full ISO date-times. A calendar date must exist: 2026-02-30 is refused.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export const isoDate = z.string().refine(isRealDate, {
  error: (iss) => `"${String(iss.input)}" is not a real date (use YYYY-MM-DD)`,
});

export const isoDateTime = z.iso.datetime({ offset: true, error: 'Not a valid date and time' });

/** Local calendar date of an instant, as `YYYY-MM-DD`. */
export function toDateString(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function todayString(now: Date = new Date()): string {
  return toDateString(now);
}

/** Adds whole days to a `YYYY-MM-DD` date, in UTC so daylight saving never shifts the result. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(b) - ms(a)) / 86_400_000);
}

// One formatter for every call: toLocaleDateString builds a new one each time, which costs about
// 50 ms over the thousand-odd days of a board's incidents when the map opens.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formats a `YYYY-MM-DD` date for people in the UK: 21 Nov 2026. */
export function formatDate(date: string | null | undefined): string {
  if (!date || !isRealDate(date)) return '';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dayFormat.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "3 March 2026": a `YYYY-MM-DD` date with its month in full, as a screen reader should say it. */
export function dateInWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const month = MONTH_NAMES[m - 1] ?? '';
  return `${d} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${y}`;
}

/** The months, lower case, January first: read in dates people type or files hold. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** 1–12 for a month's name or its three-letter short form ("Sept" too, with or without a dot). */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex(
    (m) => m.startsWith(w) && (w.length === 3 || m === w || w === 'sept'),
  );
  return i < 0 ? null : i + 1;
}
