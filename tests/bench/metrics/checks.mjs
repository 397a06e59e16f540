// checks2000Ms: all contextual checks (runChecks, src/domain/checks) on a generated 2,000-person
// board in Chromium, through __pp.timeChecks: the seedBoard generator's people and 6,000
// associations with 200 places, 2,000 incidents and their place links, filled in with schools,
// lead practitioners, dated indicators, 200 groups of ten and actions (src/app/checksBench.ts) so
// that every rule has work to do. Built in memory, as the board page holds its content; the
// checks run 7 times after one warm-up run and the median is taken in the page.
import { withTimeout } from '../lib/stats.mjs';

const RUNS = 7;

export default {
  metrics: { checks2000Ms: { max: 200, unit: 'ms' } },
  async run(ctx) {
    const page = await ctx.openBoardList();
    try {
      const r = await withTimeout(
        page.evaluate(
          ([runs]) => {
            window.__pp.timeChecks(1, 2000, 1);
            return window.__pp.timeChecks(1, 2000, runs);
          },
          [RUNS],
        ),
        120_000,
        'timing the checks',
      );
      ctx.log(`  checks2000Ms: ${r.ms.toFixed(1)} ms median (${r.findings} findings)`);
      return { checks2000Ms: r.ms };
    } finally {
      await page.close();
    }
  },
};
