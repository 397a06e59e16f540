// addPersonVisibleMs: on the seeded 2,000-person board, as a chair adds someone from the keyboard:
// focus the diagram, press N, type a name into the inline "Name of new person" box and press Enter.
// Each sample runs from the Enter key press (performance.now() in a capture-phase keydown listener,
// before the app sees the key) to the frame that draws the new person (__pp.waitForDrawn with one
// more node, drawn at or after that time). Ten adds, each once the page is idle again; the metric is
// the median (the 95th percentile is logged).
import { median, percentile, withTimeout } from '../lib/stats.mjs';

const PEOPLE = 2000;
const SEED = 1;
const ADDS = 10;

export default {
  metrics: { addPersonVisibleMs: { max: 100, unit: 'ms' } },
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
      for (let i = 0; i < ADDS; i++) {
        await page.keyboard.press('n');
        await box.waitFor();
        await box.pressSequentially(`Bench Newcomer ${i + 1}`);
        await page.keyboard.press('Enter');
        const r = await withTimeout(
          page.evaluate(
            async ([boardId, n]) => {
              const since = window.__enterAt;
              const d = await window.__pp.waitForDrawn(boardId, n, 30_000, since);
              return { ms: d.at - since, nodes: d.nodes };
            },
            [id, nodes + 1],
          ),
          40_000,
          `person ${i + 1} drawn`,
        );
        nodes = r.nodes;
        times.push(r.ms);
        await box.waitFor({ state: 'detached' });
        await ctx.settle(page, 300);
      }
      const added = nodes - drawn.nodes;
      if (added !== ADDS)
        throw new Error(`expected ${ADDS} people added, the diagram has ${added}`);
      ctx.log(
        `  add person (Enter to drawn): ${times.map((t) => t.toFixed(0)).join(', ')} ms; ` +
          `p95 ${percentile(times, 95).toFixed(1)} ms`,
      );
      return { addPersonVisibleMs: median(times) };
    } finally {
      await page.close();
    }
  },
};
