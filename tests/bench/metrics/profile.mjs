// profileReportMs: on the board of 2,000 people, 6,000 associations, 500 places and 10,000
// incidents (the one whatIfMs uses), with the app loaded on the board list, time from setting
// location.hash to the board's problem profile (`#/profile?boards=<id>`; performance.now()
// stamped just before) to the report marked ready (`data-profile-ready` on the article: the
// board read, the profile counted and its charts drawn) and the frame after that painted. The
// report's chunk is loaded inside each run, as on a first open. Median of 3 runs, each in a new tab.
import { median, withTimeout } from '../lib/stats.mjs';

const RUNS = 3;

export default {
  metrics: { profileReportMs: { max: 3000, unit: 'ms' } },
  async run(ctx) {
    const id = await ctx.seededMapBoard(5, 2000, 6000, { places: 500, incidents: 10000 });
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await ctx.openBoardList();
      try {
        await ctx.settle(page, 300);
        const r = await withTimeout(
          page.evaluate(async (boardId) => {
            const ready = () => document.querySelector('article.profile[data-profile-ready]');
            const t0 = performance.now();
            location.hash = `#/profile?boards=${encodeURIComponent(boardId)}`;
            await new Promise((resolve, reject) => {
              const timer = setTimeout(() => {
                observer.disconnect();
                reject(new Error('the problem profile never became ready'));
              }, 60_000);
              const observer = new MutationObserver(() => {
                if (!ready()) return;
                observer.disconnect();
                clearTimeout(timer);
                resolve();
              });
              observer.observe(document.body, {
                subtree: true,
                childList: true,
                attributes: true,
                attributeFilter: ['data-profile-ready'],
              });
            });
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            const article = ready();
            return {
              ms: performance.now() - t0,
              bars: article.querySelectorAll('svg.profile-chart rect').length,
              strips: article.querySelectorAll('svg.profile-hours').length,
            };
          }, id),
          70_000,
          `problem profile of ${id}`,
        );
        if (r.bars === 0 || r.strips === 0) throw new Error('the problem profile drew no charts');
        times.push(r.ms);
        ctx.log(
          `  profileReportMs run ${i + 1}: ${r.ms.toFixed(0)} ms (${r.bars} bar segments, ${r.strips} hour strips)`,
        );
      } finally {
        await page.close();
      }
    }
    return { profileReportMs: median(times) };
  },
};
