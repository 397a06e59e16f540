/** Long enough that a guess at 600,000 PBKDF2 iterations each is hopeless for a few words. */
export const DEVICE_PASSPHRASE_MIN = 10;

export interface NewPassphrase {
  first: string;
  second: string;
}

export const noNewPassphrase: NewPassphrase = { first: '', second: '' };

/** What is wrong with a new passphrase typed twice, said plainly, by field; or nothing. */
export function newPassphraseProblems(entry: NewPassphrase): { first?: string; second?: string } {
  const length = [...entry.first].length;
  if (length < DEVICE_PASSPHRASE_MIN) {
    const more = DEVICE_PASSPHRASE_MIN - length;
    return {
      first: `Too short: use at least ${DEVICE_PASSPHRASE_MIN} characters (${more} more).`,
    };
  }
  if (entry.first.trim() === '' || new Set(entry.first).size < 3)
    return { first: 'Too easy to guess: use a few different words.' };
  if (entry.second !== entry.first) return { second: 'The two passphrases are not the same.' };
  return {};
}
