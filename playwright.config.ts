import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.mjs';
import { assertTestApiBuilt } from './tests/testApiBuilt.mjs';

const PORT = Number(process.env.PP_E2E_PORT || 4174);

// The tests drive the e2e build (`vite build --mode e2e`); a production build has no test API, so
// stop now, loudly, rather than let every test time out waiting for it.
assertTestApiBuilt(process.env.PP_OUT_DIR || 'dist');

/**
 * End-to-end tests against the e2e build of the app (`vite build --mode e2e` runs first, in `npm run test:e2e`), served
 * by `vite preview`, in Debian's Chromium. Playwright never downloads a browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1600, height: 900 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // The built app registers a service worker (offline use). Blocked in every test but
    // offline.spec.ts (`test.use({ serviceWorkers: 'allow' })`): a worker taking over a page midway
    // would race the tests' own loads and reloads.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
