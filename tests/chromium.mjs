// Launch settings for Debian's Chromium, shared by the e2e tests (playwright.config.ts) and the
// benchmark (tests/bench). Plain JavaScript so the benchmark can import it with Node alone.

/** The system Chromium: `CHROMIUM_PATH`, else Debian's. Playwright never downloads a browser here. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium tries to reach Google services at start; the
// app itself must make no request off the device, and these keep the browser quiet too.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
