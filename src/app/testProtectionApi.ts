import type { ProtectionPass } from '../db/encryption/protectionSetting';

/** What a re-encryption pass did, for the benchmark: its time and how often it reported progress. */
export interface PassTiming {
  ms: number;
  progressReports: number;
  done: number;
  total: number;
}

async function timedPass(
  run: (progress: (p: ProtectionPass) => void) => Promise<unknown>,
): Promise<PassTiming> {
  let last: ProtectionPass | null = null;
  let reports = 0;
  const t0 = performance.now();
  await run((p) => {
    reports++;
    last = p;
  });
  const ms = performance.now() - t0;
  const end = last as ProtectionPass | null;
  return { ms, progressReports: reports, done: end?.done ?? 0, total: end?.total ?? 0 };
}

/**
 * Device protection through the same calls the protection dialog makes (loaded on first use, as in
 * the app), so the benchmark can time the passes on a seeded board without typing a passphrase
 * into a dialog for each.
 */
export const protectionTestApi = {
  async protectDevice(passphrase: string): Promise<PassTiming> {
    const { turnOn } = await import('../db/encryption/protection');
    return timedPass((progress) => turnOn(passphrase, progress));
  },
  async unprotectDevice(): Promise<PassTiming> {
    const { turnOff } = await import('../db/encryption/protection');
    return timedPass((progress) => turnOff(progress));
  },
};
