// addPersonVisibleMs: on the seeded 2,000-person board, as a chair adds someone from the keyboard:
// focus the diagram, press N, type a name into the inline "Name of new person" box and press Enter.
// Each sample runs from the Enter key press (performance.now() in a capture-phase keydown listener,
// before the app sees the key) to the first frame in which the new person is on screen
// (__pp.waitForShown with one more person, at or after that time). The app draws someone just added
// over the canvas at once (PendingPerson), timed in the animation frame that first paints it, and
// the canvas draws them itself a little later; whichever comes first counts.
// addPersonCanvasMs: the same Enter to the canvas's own draw with the new node (__pp.waitForDrawn),
// reported beside it, with no target. Ten adds, each once the page is idle again; each metric is the
// median (the 95th percentiles are logged).
import { median, percentile, withTimeout } from '../lib/stats.mjs';

const PEOPLE = 2000;
const SEED = 1;
const ADDS = 10;

export default {
  metrics: {
    addPersonVisibleMs: { max: 100, unit: 'ms' },
    addPersonCanvasMs: { unit: 'ms' },
  },
  async run(ctx) {
    const { page, id, drawn } = await ctx.openSeededBoard(SEED, PEOPLE);
    try {
      let nodes = drawn.nodes;
      await page.evaluate(() => {
        window.__enterAt = -1;
        window.addEventListener(
          'keydown',
          (e) => {
            if (e.key === 'Enter') window.__enterAt = performance.now();
          },
          { capture: true },
        );
      });
      await ctx.settle(page, 1000);
      await page.getByTestId('network-canvas').focus();
      const box = page.getByRole('textbox', { name: 'Name of new person', exact: true });

      const times = [];
      const canvasTimes = [];
      for (let i = 0; i < ADDS; i++) {
        await page.keyboard.press('n');
        await box.waitFor();
        await box.pressSequentially(`Bench Newcomer ${i + 1}`);
        await page.keyboard.press('Enter');
        const r = await withTimeout(
          page.evaluate(
            async ([boardId, n]) => {
              const since = window.__enterAt;
              const [shown, drawn] = await Promise.all([
                window.__pp.waitForShown(boardId, n, 30_000, since),
                window.__pp.waitForDrawn(boardId, n, 30_000, since),
              ]);
              return { ms: shown.at - since, canvasMs: drawn.at - since, nodes: drawn.nodes };
            },
            [id, nodes + 1],
          ),
          40_000,
          `person ${i + 1} drawn`,
        );
        nodes = r.nodes;
        times.push(r.ms);
        canvasTimes.push(r.canvasMs);
        await box.waitFor({ state: 'detached' });
        await ctx.settle(page, 300);
      }
      const added = nodes - drawn.nodes;
      if (added !== ADDS)
        throw new Error(`expected ${ADDS} people added, the diagram has ${added}`);
      ctx.log(
        `  add person (Enter to visible): ${times.map((t) => t.toFixed(0)).join(', ')} ms; ` +
          `p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
      ctx.log(
        `  add person (Enter to drawn on the canvas): ${canvasTimes.map((t) => t.toFixed(0)).join(', ')} ms; ` +
          `p95 ${percentile(canvasTimes, 95).toFixed(1)} ms`,
      );
      return { addPersonVisibleMs: median(times), addPersonCanvasMs: median(canvasTimes) };
    } finally {
      await page.close();
    }
  },
};
