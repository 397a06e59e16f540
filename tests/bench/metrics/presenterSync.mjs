// presenterSyncMs: a board of 200 people (600 associations) open in the chair's window, and its
// presenter window opened from the header ("Open presenter screen"), as a chair would for the
// projector. A person is picked in the chair's People list; the time runs from just before the
// click to the first animation frame in the presenter window that draws that person as selected,
// on the system clock (Date.now(), the same in both windows; their performance.timeOrigin can be
// tens of ms apart). The presenter is watching before the click, so its first frame with the
// selection is caught.
// Twelve different people, each once both windows are idle; the median (the p95 is logged).
import { median, percentile, withTimeout } from '../lib/stats.mjs';

const PEOPLE = 200;
const PICKS = 12;

export default {
  metrics: { presenterSyncMs: { max: 100, unit: 'ms' } },
  async run(ctx) {
    const { page: chair, id } = await ctx.openSeededBoard(1, PEOPLE);
    let presenter = null;
    try {
      const opened = ctx.browserContext.waitForEvent('page');
      await chair.getByRole('button', { name: 'Open presenter screen' }).click();
      presenter = await opened;
      presenter.on('pageerror', (err) => ctx.log(`  [presenter page error] ${err.message}`));
      await ctx.waitForTestApi(presenter);
      await ctx.waitForDrawn(presenter, id, PEOPLE, 120_000);
      await ctx.settle(chair, 1000);
      await ctx.settle(presenter);
      const times = [];
      for (let i = 0; i < PICKS; i++) {
        // Every 13th person in list order: different people, spread down the list.
        const personId = await chair.evaluate((n) => {
          const options = [...document.querySelectorAll('.people-list [role="option"]')];
          return options[(n * 13) % options.length].dataset.personId;
        }, i);
        const shown = presenter.evaluate((p) => window.__pp.frameShowingSelected([p]), personId);
        await presenter.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const startedAt = await chair.evaluate((p) => {
          const option = document.querySelector(
            `.people-list [role="option"][data-person-id="${CSS.escape(p)}"]`,
          );
          const t0 = Date.now();
          option.click();
          return t0;
        }, personId);
        const shownAt = await withTimeout(shown, 30_000, `presenter showing ${personId} selected`);
        times.push(shownAt - startedAt);
        await ctx.settle(chair, 300);
        await ctx.settle(presenter, 100);
      }
      ctx.log(
        `  presenter sync (click to presenter frame): ${times.map((t) => t.toFixed(0)).join(', ')} ms; p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
      return { presenterSyncMs: median(times) };
    } finally {
      await presenter?.close();
      await chair.close();
    }
  },
};
