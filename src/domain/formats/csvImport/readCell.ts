import type { Parsed } from '../../kinds/fields';
import { MONTH_NAMES, monthNumber } from '../../dates';

/**
 * Readers for what a cell of a spreadsheet holds: dates as people in the UK write them, times,
 * numbers with a decimal point or comma. Each gives the stored form, or a problem in plain words
 * that names what was found.
 */

const pad = (n: number) => String(n).padStart(2, '0');

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
// Worked out, not asked of Date: a year of incidents is ten thousand dates.
const daysIn = (y: number, m: number) =>
  m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Why a year, month and day are not a date: "there is no month 13", "February 2026 has 28 days". */
function dayProblem(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return `there is no month ${m}`;
  if (d < 1) return `there is no day ${d}`;
  const days = daysIn(y, m);
  if (d > days) {
    const month = MONTH_NAMES[m - 1]!;
    return `${month[0]!.toUpperCase()}${month.slice(1)} ${y} has ${days} days`;
  }
  return null;
}

function dateFrom(text: string, y: number, m: number, d: number): Parsed {
  if (y < 1000) return { problem: `“${text}” does not give the year in full (write 2026, not 26)` };
  const wrong = dayProblem(y, m, d);
  if (wrong) return { problem: `“${text}” is not a real date: ${wrong}` };
  return { value: `${y}-${pad(m)}-${pad(d)}` };
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;
const WORDS = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+\.?),?[\s-]+(\d{2,4})$/;

/**
 * A calendar date as `YYYY-MM-DD`. Reads 2026-03-12, 12/03/2026, 12-03-2026, 12.03.2026 and
 * 12 Mar 2026. Numbers with slashes are read day first, as in the UK: 03/04/2026 is 3 April.
 */
export function readDate(text: string): Parsed {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return dateFrom(t, Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(t);
  // A year of two digits (03/04/26) is refused rather than guessed at: 1926 or 2026?
  if (m) return dateFrom(t, m[3]!.length === 4 ? Number(m[3]) : 0, Number(m[2]), Number(m[1]));
  m = WORDS.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month === null) return { problem: `“${t}” is not a date: “${m[2]}” is not a month` };
    return dateFrom(t, m[3]!.length === 4 ? Number(m[3]) : 0, month, Number(m[1]));
  }
  return {
    problem: `“${t}” is not a date this import can read (write it as 2026-03-12 or 12/03/2026)`,
  };
}

const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** A time of day as `HH:MM` (seconds are dropped): 17:30, 9.05, 17:30:00. */
export function readTime(text: string): Parsed {
  const t = text.trim();
  const m = TIME.exec(t);
  if (!m) return { problem: `“${t}” is not a time (write it as 17:30)` };
  const [h, min] = [Number(m[1]), Number(m[2])];
  if (h > 23 || min > 59) return { problem: `“${t}” is not a real time of day` };
  return { value: `${pad(h)}:${pad(min)}` };
}

/**
 * A date with an optional time: `YYYY-MM-DDTHH:MM`, and whether a time was given. The date and
 * time may be separated by a space or a T (2026-03-12T17:30, 12/03/2026 17:30:00).
 */
export function readDateTime(
  text: string,
): { value: string; timeGiven: boolean } | { problem: string } {
  const t = text.trim();
  const split = /^(.+?)(?:[T\s]+|,\s*)(\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z)?$/.exec(t);
  const date = readDate(split ? split[1]! : t);
  if ('problem' in date)
    return split || ISO.test(t) || DAY_FIRST.test(t) ? date : dateTimeProblem(t);
  if (!split) return { value: `${date.value as string}T00:00`, timeGiven: false };
  const time = readTime(split[2]!);
  if ('problem' in time) return { problem: `“${t}” has a time that is not real: ${split[2]}` };
  return { value: `${date.value as string}T${time.value as string}`, timeGiven: true };
}

const dateTimeProblem = (t: string) => ({
  problem: `“${t}” is not a date and time this import can read (write it as 2026-03-12 17:30 or 12/03/2026 17:30)`,
});

/** A number written with a decimal point or (as in much of Europe) a decimal comma. */
export function readDecimal(text: string): number | null {
  const t = text.trim();
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** A latitude or longitude in decimal degrees, in range. */
export function readCoordinate(text: string, which: 'latitude' | 'longitude'): Parsed {
  const n = readDecimal(text);
  if (n === null)
    return { problem: `“${text.trim()}” is not a ${which} in decimal degrees (such as 53.4012)` };
  const limit = which === 'latitude' ? 90 : 180;
  if (Math.abs(n) > limit)
    return {
      problem: `${which[0]!.toUpperCase()}${which.slice(1)} ${n} is outside -${limit} to ${limit}`,
    };
  return { value: n };
}

/** The items of a cell that lists several (kinds of harm, names): split on ; , | or a line break. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Whether a cell starts as a spreadsheet formula would (=, +, -, @) and is not simply a number.
 * Such text is imported as typed: this app never calculates it, and exports make it safe.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text) && readDecimal(text) === null;
}
