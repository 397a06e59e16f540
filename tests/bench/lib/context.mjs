// Shared state and helpers handed to every metric's run(ctx). Fixtures (the signed-in device, the
// training board, seeded boards) are created on first use and memoised, so metrics can run in any
// order or alone (`node tests/bench/run.mjs demoOpenMs`).
import { withTimeout } from './stats.mjs';

/** The app's NETWORK_DRAWN_EVENT (src/features/network/activeNetwork.ts). Only used as a backstop. */
const DRAWN_EVENT = 'pp:network-drawn';

// Runs in every benchmark page before the app's own scripts. It records each network draw, so a
// draw that happens before the lazily loaded test API has installed its listener is not lost.
function recordDraws(eventName) {
  window.__benchDrawn = [];
  window.addEventListener(eventName, (e) =>
    window.__benchDrawn.push({ ...e.detail, at: performance.now() }),
  );
}

export function createContext({ browserContext, baseUrl, log = console.log, newProfile }) {
  const memo = new Map();
  const once = (key, make) => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key);
  };
  const notes = [];

  const ctx = {
    baseUrl,
    browserContext,
    log,
    /**
     * A second, empty browser profile (its own IndexedDB) as a context like this one, for metrics
     * that change the whole device (protection): `{ ctx, close }`.
     */
    newProfile: () => newProfile(),
    /** Set once the profile's device is protected: pages then unlock with it as they open. */
    passphrase: null,
    /** A line printed under the results table. */
    note: (text) => notes.push(text),
    notes,

    /** `/?e2e<hash>`: the app with the test-only window API (`window.__pp`). */
    appUrl: (hash = '#/', { e2e = true } = {}) => `${baseUrl}/${e2e ? '?e2e' : ''}${hash}`,

    /**
     * A new tab. `cold`: the HTTP cache is disabled for it (CDP Network.setCacheDisabled), so every
     * script is fetched and compiled afresh while IndexedDB (the persistent profile) is kept.
     */
    async newPage({ cold = false } = {}) {
      const page = await browserContext.newPage();
      page.setDefaultTimeout(60_000);
      page.on('pageerror', (err) => log(`  [page error] ${err.message}`));
      await page.addInitScript(recordDraws, DRAWN_EVENT);
      if (cold) {
        const cdp = await browserContext.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      }
      return page;
    },

    /**
     * Opens `hash` in the page; on a protected device it types the passphrase into the lock
     * screen first, as the chair would after a reload.
     */
    async open(page, hash, options) {
      await page.goto(ctx.appUrl(hash, options));
      if (!ctx.passphrase) return;
      await page.getByLabel('Passphrase', { exact: true }).fill(ctx.passphrase);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    },

    /** Waits for the test API to be installed. */
    async waitForTestApi(page, timeoutMs = 60_000) {
      await page.waitForFunction(() => Boolean(window.__pp), null, { timeout: timeoutMs });
    },

    /**
     * Resolves with `{ boardId, nodes, edges, at }` once the board's network is drawn with at least
     * `minNodes` nodes; `at` is performance.now() in the page (ms since its navigation started).
     * Uses `__pp.waitForDrawn`, falling back to the init-script record for a draw that came first.
     */
    async waitForDrawn(page, boardId, minNodes, timeoutMs = 60_000) {
      return withTimeout(
        page.evaluate(
          async ([id, n, timeout]) => {
            const start = performance.now();
            while (!window.__pp) {
              if (performance.now() - start > timeout)
                throw new Error('window.__pp never appeared (is ?e2e in the URL?)');
              await new Promise((r) => setTimeout(r, 5));
            }
            const early = (window.__benchDrawn ?? []).find((d) => d.boardId === id && d.nodes >= n);
            if (early) return { ...early, source: 'init-script' };
            return { ...(await window.__pp.waitForDrawn(id, n, timeout)), source: '__pp' };
          },
          [boardId, minNodes, timeoutMs],
        ),
        timeoutMs + 10_000,
        `network ${boardId} drawn with ${minNodes} nodes`,
      );
    },

    /** Waits `ms`, then for an idle moment: the page has finished what the last step started. */
    async settle(page, ms = 400) {
      await page.waitForTimeout(ms);
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 3000 })),
      );
    },

    /**
     * Opens a seeded board (`seed`, `people`, three associations each) in a new tab and waits until
     * it is drawn; returns `{ page, id, drawn }`. The caller closes the page.
     */
    async openSeededBoard(seed, people) {
      const id = await ctx.seededBoard(seed, people, 3 * people);
      await ctx.signedIn();
      const page = await ctx.newPage();
      await ctx.open(page, `#/board/${encodeURIComponent(id)}`);
      const drawn = await ctx.waitForDrawn(page, id, people, 120_000);
      return { page, id, drawn };
    },

    /** Opens the board list (`/?e2e#/`) in a new tab and waits until it and `__pp` are ready. */
    async openBoardList({ cold = false } = {}) {
      await ctx.signedIn();
      const page = await ctx.newPage({ cold });
      await ctx.open(page, '#/');
      await page.getByRole('heading', { name: 'Boards', exact: true }).waitFor();
      await ctx.waitForTestApi(page);
      return page;
    },

    /** First visit: answers "Your name" so later pages open straight onto the app. */
    signedIn: () =>
      once('signedIn', async () => {
        const page = await ctx.newPage();
        await page.goto(ctx.appUrl('#/'));
        const nameBox = page.getByLabel('Your name');
        const boards = page.getByRole('heading', { name: 'Boards', exact: true });
        await nameBox.or(boards).first().waitFor();
        if (await nameBox.isVisible()) {
          await nameBox.fill('Benchmark');
          await page.getByRole('button', { name: 'Continue' }).click();
        }
        await boards.waitFor();
        await page.close();
      }),

    /** Adds the training board through the UI, opens it, and returns `{ id, nodes }`. */
    trainingBoard: () =>
      once('trainingBoard', async () => {
        const page = await ctx.openBoardList();
        await page.getByRole('button', { name: 'Add training board' }).click();
        // The card's Open button (the list's own "Open board file" also starts with "Open ").
        const open = page
          .getByRole('list', { name: 'Boards on this device' })
          .getByRole('button', { name: /^Open / })
          .first();
        await open.waitFor();
        await open.click();
        await page.waitForURL(/#\/board\/[^/]+/);
        const id = decodeURIComponent(/#\/board\/([^/?#]+)/.exec(page.url())[1]);
        const drawn = await ctx.waitForDrawn(page, id, 1);
        await page.close();
        log(`  training board ${id}: ${drawn.nodes} people, ${drawn.edges} edges drawn`);
        return { id, nodes: drawn.nodes };
      }),

    /** A seeded board with places and incidents around the training town (`map`: counts). */
    seededMapBoard: (seed, people, associations, map) =>
      once(
        `seeded-map:${seed}:${people}:${associations}:${map.places}:${map.incidents}`,
        async () => {
          const page = await ctx.openBoardList();
          const t0 = Date.now();
          const id = await withTimeout(
            page.evaluate(
              ([s, p, a, m]) => window.__pp.seedBoard(s, p, a, m),
              [seed, people, associations, map],
            ),
            600_000,
            `seeding ${people} people, ${map.places} places, ${map.incidents} incidents`,
          );
          log(`  seeded ${id} with its map in ${Date.now() - t0} ms`);
          await page.close();
          return id;
        },
      ),

    /** Seeds a generated board through `__pp.seedBoard` (the app's command bus); returns its id. */
    seededBoard: (seed, people, associations) =>
      once(`seeded:${seed}:${people}:${associations}`, async () => {
        const page = await ctx.openBoardList();
        const t0 = Date.now();
        const id = await withTimeout(
          page.evaluate(
            ([s, p, a]) => window.__pp.seedBoard(s, p, a),
            [seed, people, associations],
          ),
          300_000,
          `seeding ${people} people / ${associations} associations`,
        );
        log(
          `  seeded ${id} (${people} people, ${associations} associations) in ${Date.now() - t0} ms`,
        );
        await page.close();
        return id;
      }),
  };
  return ctx;
}
