// twoTabConvergeMs: one board (200 people, 600 associations) open in two tabs of one browser. Tab A
// renames a person through the command bus; tab B waits, frame by frame, for its diagram to draw the
// new label. The time is from just before A runs the command to the start of the first frame in B
// showing it, on one wall clock (performance.timeOrigin + now(), the same clock in both tabs).
// Median of 15 renames, each of a different person.
import { median, withTimeout } from '../lib/stats.mjs';

const PEOPLE = 200;
const EDITS = 15;

export default {
  metrics: { twoTabConvergeMs: { max: 200, unit: 'ms' } },
  async run(ctx) {
    const { page: a, id } = await ctx.openSeededBoard(1, PEOPLE);
    const b = await ctx.newPage();
    try {
      await b.goto(ctx.appUrl(`#/board/${encodeURIComponent(id)}`));
      await ctx.waitForDrawn(b, id, PEOPLE, 120_000);
      await ctx.settle(a);
      await ctx.settle(b);
      const ids = await a.evaluate(([board, n]) => window.__pp.personIds(board, n), [id, EDITS]);
      const times = [];
      for (const [i, personId] of ids.entries()) {
        const label = `Renamed ${i} ${Date.now()}`;
        const shown = b.evaluate(
          ([p, l]) => window.__pp.frameShowingLabel(p, l),
          [personId, label],
        );
        // B is watching before A writes, so the first frame with the label is caught.
        await b.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const startedAt = await a.evaluate(
          ([p, l]) => window.__pp.renamePerson(p, l),
          [personId, label],
        );
        const shownAt = await withTimeout(shown, 40_000, `tab B showing ${label}`);
        times.push(shownAt - startedAt);
        ctx.log(`  rename ${i + 1}: ${(shownAt - startedAt).toFixed(1)} ms`);
      }
      return { twoTabConvergeMs: median(times) };
    } finally {
      await b.close();
      await a.close();
    }
  },
};
