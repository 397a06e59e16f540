// snapshotDiffMs: two snapshots of a seeded 2,000-person board (6,000 associations). In the page,
// through the real commands: a meeting is started and ended (its snapshot stored), 50 people have
// their risk changed, 50 associations are removed and 50 people added, and a second meeting is
// held. Timed: reading both snapshots from IndexedDB and comparing them, as "What changed" does.
// Its own seed, so the meetings and changes leave the boards other metrics use untouched.
import { median, withTimeout } from '../lib/stats.mjs';

const PEOPLE = 2000;
const SEED = 5;
const RUNS = 3;

export default {
  metrics: { snapshotDiffMs: { max: 500, unit: 'ms' } },
  async run(ctx) {
    const id = await ctx.seededBoard(SEED, PEOPLE, 3 * PEOPLE);
    const page = await ctx.openBoardList();
    try {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await withTimeout(
          page.evaluate((boardId) => window.__pp.timeSnapshotDiff(boardId, 50), id),
          120_000,
          'two meetings held and their snapshots compared',
        );
        // 50 risks changed, 50 associations removed, 50 people added.
        if (r.found < 150) throw new Error(`the diff found ${r.found} changes, expected 150`);
        ctx.log(
          `  snapshotDiffMs: ${r.ms.toFixed(0)} ms (read ${r.readMs.toFixed(0)} ms, compare ${r.diffMs.toFixed(0)} ms, ${r.found} changes)`,
        );
        times.push(r.ms);
        await ctx.settle(page, 300);
      }
      return { snapshotDiffMs: median(times) };
    } finally {
      await page.close();
    }
  },
};
