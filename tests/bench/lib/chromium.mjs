// Chromium launch settings for the benchmark, taken from tests/chromium.ts (the e2e tests' source
// of truth) so the two never drift. Plain Node cannot import .ts, so the string list is read out of
// the file; if that ever fails, the fallback below (a copy of the list) is used with a warning.
import { readFileSync } from 'node:fs';

const FALLBACK_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function readArgs() {
  try {
    const src = readFileSync(new URL('../../chromium.ts', import.meta.url), 'utf8');
    const body = /chromiumArgs\s*=\s*\[([\s\S]*?)\]/.exec(src)?.[1];
    const args = body ? [...body.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]) : [];
    if (args.length > 0 && args.every((a) => a.startsWith('--'))) return args;
  } catch {
    // fall through
  }
  console.warn(
    'warning: could not read chromiumArgs from tests/chromium.ts; using the copy in tests/bench/lib/chromium.mjs',
  );
  return FALLBACK_ARGS;
}

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const chromiumArgs = readArgs();
