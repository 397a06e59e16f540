import { addDays, isRealDate, MONTH_NAMES, monthNumber } from '../dates';
import { weekdays } from '../vocabulary';

/**
 * Dates as a chair says them, in UK order: "3 Dec", "3rd December 2026", "3/12", "03/12/26",
 * "today", "tomorrow", "yesterday", "Friday". Without a year, an incident's date is the last such
 * day on or before today and a due date the next on or after today. An impossible date is refused
 * with the reason, never moved to a nearby one.
 */
export type DateRead = { date: string } | { problem: string };

/** Which way a date without a year falls: incidents have happened, actions are still to do. */
export type DateSide = 'past' | 'future';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function withYear(
  d: number,
  m: number,
  year: number | null,
  today: string,
  side: DateSide,
  said: string,
): DateRead {
  if (m < 1 || m > 12) return { problem: `“${said}”: there is no month ${m}` };
  if (d < 1 || d > 31) return { problem: `“${said}”: there is no day ${d} in a month` };
  const thisYear = Number(today.slice(0, 4));
  let y = year ?? thisYear;
  if (year === null) {
    const candidate = iso(y, m, Math.min(d, daysInMonth(y, m)));
    if (side === 'future' && candidate < today) y += 1;
    if (side === 'past' && candidate > today) y -= 1;
  }
  const date = iso(y, m, d);
  if (!isRealDate(date)) {
    const monthName = MONTH_NAMES[m - 1]!;
    const name = monthName[0]!.toUpperCase() + monthName.slice(1);
    return {
      problem: `“${said}” is not a real date: ${name} ${y} has ${daysInMonth(y, m)} days`,
    };
  }
  return { date };
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

/** Reads one date, or says why it cannot; null when the text does not look like a date at all. */
export function readUkDate(text: string, today: string, side: DateSide): DateRead | null {
  const said = text.trim();
  const t = said.toLowerCase();
  if (t === 'today') return { date: today };
  if (t === 'tomorrow') return { date: addDays(today, 1) };
  if (t === 'yesterday') return { date: addDays(today, -1) };
  const weekday = weekdays.findIndex(
    (w) =>
      t === w.key ||
      t === w.label.toLowerCase() ||
      (t.length >= 3 && w.label.toLowerCase().startsWith(t)),
  );
  if (weekday >= 0) {
    // 0 = Monday in the vocabulary; getUTCDay has 0 = Sunday.
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const todayIndex = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
    const ahead = (weekday - todayIndex + 7) % 7;
    return { date: addDays(today, side === 'future' ? ahead : ahead === 0 ? 0 : ahead - 7) };
  }
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(t);
  if (numeric) {
    const year = numeric[3] ? fullYear(numeric[3]) : null;
    return withYear(Number(numeric[1]), Number(numeric[2]), year, today, side, said);
  }
  const spoken = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)(?:\s+(\d{4}))?$/.exec(t);
  if (spoken) {
    const month = monthNumber(spoken[2]!);
    if (month === null) return null;
    const year = spoken[3] ? Number(spoken[3]) : null;
    return withYear(Number(spoken[1]), month, year, today, side, said);
  }
  return null;
}

/** A time of day: "21:30", "21.30", "9pm", "9.30pm". Null when it is not one. */
export function readTime(text: string): { time: string } | { problem: string } | null {
  const t = text.trim().toLowerCase();
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  const ampm = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)$/.exec(t);
  let h: number;
  let m: number;
  if (clock) [h, m] = [Number(clock[1]), Number(clock[2])];
  else if (ampm) {
    [h, m] = [Number(ampm[1]), Number(ampm[2] ?? 0)];
    if (h < 1 || h > 12) return { problem: `“${text.trim()}” is not a time` };
    h = (h % 12) + (ampm[3] === 'pm' ? 12 : 0);
  } else return null;
  if (h > 23 || m > 59) return { problem: `“${text.trim()}” is not a time of day` };
  return { time: `${pad(h)}:${pad(m)}` };
}
