/** Long enough that the 600,000 iterations protecting it are worth something. */
export const PASSPHRASE_MIN = 8;

export interface PassphraseEntry {
  protect: boolean;
  first: string;
  second: string;
}

export const noPassphrase: PassphraseEntry = { protect: false, first: '', second: '' };

/** What is wrong with a passphrase typed twice, by field, or nothing. */
export function passphraseProblems(entry: PassphraseEntry): { first?: string; second?: string } {
  if (!entry.protect) return {};
  if (entry.first.length < PASSPHRASE_MIN)
    return {
      first: `Use at least ${PASSPHRASE_MIN} characters (a few words are easier to remember)`,
    };
  if (entry.second !== entry.first) return { second: 'The two passphrases are not the same' };
  return {};
}
