// layout<N>Ms: on a seeded board of N people (3N associations), drawn and idle: time from a click on
// "Force-directed" in the Layout menu (performance.now() stamped in the page just before `click()`)
// to the next frame Cytoscape draws with the new positions (__pp.waitForDrawn since the click). It
// covers the layout in its worker, the one-command write of every position and the redraw. The menu
// is opened just before, as a user does (opening it starts loading the layout worker). Between runs
// Ctrl+Z puts everyone back, so each run lays out the same board. Median of 3 runs on one page: the
// first includes starting the worker; each run's time is logged.
import { median, withTimeout } from '../lib/stats.mjs';

const RUNS = 3;
const SEED = 1;

/** Clicks a Layout menu item and resolves with the time until the laid-out board is drawn. */
function timeLayout(page, boardId, people, item) {
  return withTimeout(
    page.evaluate(
      async ([id, n, name]) => {
        const target = [...document.querySelectorAll('[role=menuitem]')].find(
          (e) => e.textContent === name,
        );
        if (!target) throw new Error(`no menu item "${name}"`);
        const t0 = performance.now();
        target.click();
        const drawn = await window.__pp.waitForDrawn(id, n, 120_000, t0);
        return { ms: drawn.at - t0, nodes: drawn.nodes };
      },
      [boardId, people, item],
    ),
    130_000,
    `layout of ${people} people drawn`,
  );
}

export function layoutMetric({ name, people, max }) {
  return {
    metrics: { [name]: { max, unit: 'ms' } },
    async run(ctx) {
      const { page, id } = await ctx.openSeededBoard(SEED, people);
      try {
        await ctx.settle(page, 1000);
        const toolbar = page.getByRole('toolbar', { name: 'Network tools' });
        const times = [];
        for (let i = 0; i < RUNS; i++) {
          await toolbar.getByRole('button', { name: 'Layout', exact: true }).click();
          await page.getByRole('menu', { name: 'Lay out the network' }).waitFor();
          const r = await timeLayout(page, id, people, 'Force-directed');
          times.push(r.ms);
          ctx.log(`  ${name} run ${i + 1}: ${r.ms.toFixed(0)} ms (${r.nodes} people drawn)`);
          // The view is fitted, then everyone is put back for the next run.
          await ctx.settle(page, 500);
          const undo = page.locator('header.app-header').getByRole('button', { name: 'Undo' });
          const stamp = await page.evaluate(() => performance.now());
          await undo.click();
          await page.evaluate(
            ([boardId, n, since]) => window.__pp.waitForDrawn(boardId, n, 120_000, since),
            [id, people, stamp],
          );
          await ctx.settle(page, 500);
        }
        return { [name]: median(times) };
      } finally {
        await page.close();
      }
    },
  };
}

export const layout200 = layoutMetric({ name: 'layout200Ms', people: 200, max: 1000 });
export const layout2000 = layoutMetric({ name: 'layout2000Ms', people: 2000, max: 5000 });
