// meetingPackMs: on the seeded board of 200 people and 600 associations (the one network200RenderMs
// uses), with the app loaded on the board list, time from setting location.hash to the board's
// meeting pack (`#/board/<id>/pack`; performance.now() stamped just before) to the pack marked
// ready: its pictures drawn from the records and loaded as images (`data-pack-ready` on the
// article), and the frame after that painted. The pack's chunk is loaded inside each run, as on a
// first open. Median of 3 runs, each in a new tab.
import { median, withTimeout } from '../lib/stats.mjs';

const RUNS = 3;
const SEED = 1;
const PEOPLE = 200;

export default {
  metrics: { meetingPackMs: { max: 3000, unit: 'ms' } },
  async run(ctx) {
    const id = await ctx.seededBoard(SEED, PEOPLE, 3 * PEOPLE);
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await ctx.openBoardList();
      try {
        await ctx.settle(page, 300);
        const r = await withTimeout(
          page.evaluate(async (boardId) => {
            const ready = () => document.querySelector('article.pack[data-pack-ready]');
            const t0 = performance.now();
            location.hash = `#/board/${encodeURIComponent(boardId)}/pack`;
            await new Promise((resolve, reject) => {
              const timer = setTimeout(() => {
                observer.disconnect();
                reject(new Error('the meeting pack never became ready'));
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
                attributeFilter: ['data-pack-ready'],
              });
            });
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            const images = [...document.querySelectorAll('article.pack img')];
            return {
              ms: performance.now() - t0,
              images: images.length,
              drawn: images.every((img) => img.complete && img.naturalWidth > 0),
            };
          }, id),
          70_000,
          `meeting pack of ${id}`,
        );
        if (!r.drawn) throw new Error('a picture of the meeting pack did not load');
        times.push(r.ms);
        ctx.log(`  meetingPackMs run ${i + 1}: ${r.ms.toFixed(0)} ms (${r.images} pictures)`);
      } finally {
        await page.close();
      }
    }
    return { meetingPackMs: median(times) };
  },
};
