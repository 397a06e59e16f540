import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearFailures,
  FAILURES_KEY,
  readFailures,
  recordFailure,
  secondsToWait,
} from '../../src/features/protection/failedTries';
import { newPassphraseProblems } from '../../src/features/protection/passphraseRules';
import { autoLockMinutes } from '../../src/features/protection/protectionUiStore';

/** Device protection's rules: the passphrase chosen, and the wait after wrong ones. */

describe('a new device passphrase', () => {
  it('needs 10 characters or more, and says how many more', () => {
    expect(newPassphraseProblems({ first: 'harbour', second: 'harbour' })).toEqual({
      first: 'Too short: use at least 10 characters (3 more).',
    });
    expect(newPassphraseProblems({ first: 'heron lantern', second: 'heron lantern' })).toEqual({});
  });

  it('refuses one character repeated, and two that differ', () => {
    expect(newPassphraseProblems({ first: 'aaaaaaaaaaaa', second: 'aaaaaaaaaaaa' }).first).toBe(
      'Too easy to guess: use a few different words.',
    );
    expect(newPassphraseProblems({ first: 'heron lantern', second: 'heron lanterns' })).toEqual({
      second: 'The two passphrases are not the same.',
    });
  });
});

describe('wrong passphrases on the lock screen', () => {
  beforeEach(() => sessionStorage.clear());

  it('make the next try wait 1, 2, 4, 8 … seconds, up to five minutes', () => {
    const now = 1_000_000;
    const waits = Array.from({ length: 11 }, () => secondsToWait(recordFailure(now), now));
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
  });

  it('are counted across a reload (sessionStorage) until the right one clears them', () => {
    recordFailure(5_000);
    recordFailure(5_000);
    expect(readFailures()).toEqual({ count: 2, until: 7_000 });
    expect(secondsToWait(readFailures(), 6_001)).toBe(1);
    expect(secondsToWait(readFailures(), 7_000)).toBe(0);
    clearFailures();
    expect(readFailures()).toEqual({ count: 0, until: 0 });
  });

  it('a damaged count is read as none rather than stopping the lock screen', () => {
    sessionStorage.setItem(FAILURES_KEY, '{not json');
    expect(readFailures()).toEqual({ count: 0, until: 0 });
    sessionStorage.setItem(FAILURES_KEY, '{"count":"3"}');
    expect(readFailures()).toEqual({ count: 0, until: 0 });
  });
});

describe('the auto-lock time', () => {
  it('is one of the choices, else 10 minutes', () => {
    expect(autoLockMinutes(2)).toBe(2);
    expect(autoLockMinutes(60)).toBe(60);
    expect(autoLockMinutes(7)).toBe(10);
    expect(autoLockMinutes('5')).toBe(10);
    expect(autoLockMinutes(undefined)).toBe(10);
  });
});
