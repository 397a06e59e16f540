/**
 * Failed unlocks slow the next try down: 1, 2, 4, 8… seconds, up to 5 minutes. Kept in this tab's
 * sessionStorage, so reloading the page does not start the count again.
 */
export const FAILURES_KEY = 'pp-unlock-failures';
const LONGEST_WAIT_S = 300;

export interface Failures {
  count: number;
  /** When the next try may be made (ms since 1970). */
  until: number;
}

const none: Failures = { count: 0, until: 0 };

export function readFailures(storage: Storage = sessionStorage): Failures {
  try {
    const got = JSON.parse(storage.getItem(FAILURES_KEY) ?? 'null') as Partial<Failures> | null;
    return typeof got?.count === 'number' && typeof got.until === 'number'
      ? { count: got.count, until: got.until }
      : none;
  } catch {
    return none;
  }
}

/** One more wrong passphrase: the wait before the next try doubles. */
export function recordFailure(now: number, storage: Storage = sessionStorage): Failures {
  const count = readFailures(storage).count + 1;
  const wait = Math.min(LONGEST_WAIT_S, 2 ** (count - 1));
  const next = { count, until: now + wait * 1000 };
  storage.setItem(FAILURES_KEY, JSON.stringify(next));
  return next;
}

export function clearFailures(storage: Storage = sessionStorage): void {
  storage.removeItem(FAILURES_KEY);
}

/** Whole seconds left before the next try (0: try now). */
export const secondsToWait = (failures: Failures, now: number) =>
  Math.max(0, Math.ceil((failures.until - now) / 1000));
