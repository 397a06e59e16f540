// editCommitP50Ms / editCommitP95Ms: with the 2,000-person board open and drawn, 200 add-person
// commands run one after another through the command bus (__pp.timeAddPeople), as a chair adds
// people one by one: each command starts once the previous person is drawn. Each sample is one
// command's call-to-commit time. Percentiles over the 200 samples (one run; no median needed).
import { percentile, withTimeout } from '../lib/stats.mjs';

const PEOPLE = 2000;
const COUNT = 200;

export default {
  metrics: {
    editCommitP50Ms: { unit: 'ms' },
    editCommitP95Ms: { max: 50, unit: 'ms' },
  },
  async run(ctx) {
    const id = await ctx.seededBoard(1, PEOPLE, 3 * PEOPLE);
    await ctx.signedIn();
    const page = await ctx.newPage();
    try {
      await ctx.open(page, `#/board/${encodeURIComponent(id)}`);
      await ctx.waitForDrawn(page, id, PEOPLE, 120_000);
      await page.waitForTimeout(500);
      const times = await withTimeout(
        page.evaluate(
          ([boardId, n, before]) => window.__pp.timeAddPeople(boardId, n, before),
          [id, COUNT, PEOPLE],
        ),
        20 * 60_000, // generous: each command also waits for its person to be drawn
        `${COUNT} add-person commands`,
      );
      if (times.length !== COUNT) throw new Error(`expected ${COUNT} timings, got ${times.length}`);
      ctx.log(
        `  add person: min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
      );
      return { editCommitP50Ms: percentile(times, 50), editCommitP95Ms: percentile(times, 95) };
    } finally {
      await page.close();
    }
  },
};
